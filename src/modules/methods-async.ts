// Methods of coroutines' __await__ wrappers, async generators and the
// awaitables their __anext__/asend/athrow/aclose return; the built-ins
// aiter() and anext() and anext's awaitable. The machinery is in
// src/vm/async-generators.ts and src/vm/anext-awaitable.ts.

import { allocate } from "../heap/alloc.js";
import { NONE, WRAPPER_VALUE, WRAPPER_WORDS } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import { internStr, newTuple, typeById, typeNameOf, typeOfValue } from "../vm/model.js";
import { lookupSpecial, lookupType } from "../vm/attributes.js";
import { callObject } from "../vm/calls.js";
import { anextAwaitableCall, newAnextAwaitable } from "../vm/anext-awaitable.js";
import { generatorClose, generatorSend, generatorThrow } from "../vm/generators.js";
import {
  asendClose, asendSend, asendThrow, athrowClose, athrowSend, athrowThrow, newAsend, newAthrow, outcomeValue,
  thrownValue,
} from "../vm/async-generators.js";
import { moduleFunction, typeMethod } from "./registry.js";
import { arity, noKeywords } from "./args.js";
import { raiseException } from "../vm/exceptions.js";

/** The coroutine a coroutine_wrapper runs. */
function wrapped(th: Thread, w: number): number {
  return th.heap.i32[w + WRAPPER_VALUE]!;
}

// ---------------------------------------------------------------------------
// coroutine.__await__() -> coroutine_wrapper, an iterator over the coroutine

typeMethod(TypeId.coroutine, "__await__", (th, args) => {
  const w = allocate(th.heap, WRAPPER_WORDS, typeById(th, TypeId.coroutine_wrapper));
  th.heap.i32[w + WRAPPER_VALUE] = args[0]!;
  return w;
});

const W = TypeId.coroutine_wrapper;
typeMethod(W, "send", (th, args) => {
  arity(th, "send", args.slice(1), 1, 1);
  return generatorSend(th, wrapped(th, args[0]!), args[1]!);
});
typeMethod(W, "throw", (th, args) => generatorThrow(th, wrapped(th, args[0]!), thrownValue(th, args.slice(1))));
typeMethod(W, "close", (th, args) => generatorClose(th, wrapped(th, args[0]!)));
typeMethod(W, "__next__", (th, args) => generatorSend(th, wrapped(th, args[0]!), NONE));
typeMethod(W, "__iter__", (_th, args) => args[0]!);

// ---------------------------------------------------------------------------
// async generators

const AG = TypeId.async_generator;
typeMethod(AG, "__aiter__", (_th, args) => args[0]!);
typeMethod(AG, "__anext__", (th, args) => newAsend(th, args[0]!, NONE));
typeMethod(AG, "asend", (th, args) => {
  arity(th, "asend", args.slice(1), 1, 1);
  return newAsend(th, args[0]!, args[1]!);
});
typeMethod(AG, "athrow", (th, args) => {
  if (args.length < 2) raiseException(th, "TypeError", "athrow expected at least 1 argument, got 0");
  if (args.length > 4) raiseException(th, "TypeError", `athrow expected at most 3 arguments, got ${args.length - 1}`);
  return newAthrow(th, args[0]!, newTuple(th, args.slice(1)));
});
typeMethod(AG, "aclose", (th, args) => newAthrow(th, args[0]!, 0));

const AS = TypeId.async_generator_asend;
typeMethod(AS, "send", (th, args) => {
  arity(th, "send", args.slice(1), 1, 1);
  return outcomeValue(th, asendSend(th, args[0]!, args[1]!));
});
typeMethod(AS, "throw", (th, args) => outcomeValue(th, asendThrow(th, args[0]!, throwArguments(th, args))));
typeMethod(AS, "close", (th, args) => asendClose(th, args[0]!));
typeMethod(AS, "__next__", (th, args) => outcomeValue(th, asendSend(th, args[0]!, NONE)));
typeMethod(AS, "__iter__", (_th, args) => args[0]!);
typeMethod(AS, "__await__", (_th, args) => args[0]!);

const AT = TypeId.async_generator_athrow;
typeMethod(AT, "send", (th, args) => {
  arity(th, "send", args.slice(1), 1, 1);
  return outcomeValue(th, athrowSend(th, args[0]!, args[1]!));
});
typeMethod(AT, "throw", (th, args) => outcomeValue(th, athrowThrow(th, args[0]!, throwArguments(th, args))));
typeMethod(AT, "close", (th, args) => athrowClose(th, args[0]!));
typeMethod(AT, "__next__", (th, args) => outcomeValue(th, athrowSend(th, args[0]!, NONE)));
typeMethod(AT, "__iter__", (_th, args) => args[0]!);
typeMethod(AT, "__await__", (_th, args) => args[0]!);

/** The arguments of an awaitable's throw(), without self. */
function throwArguments(th: Thread, args: number[]): number[] {
  if (args.length < 2) raiseException(th, "TypeError", "throw expected at least 1 argument, got 0");
  if (args.length > 4) raiseException(th, "TypeError", `throw expected at most 3 arguments, got ${args.length - 1}`);
  return args.slice(1);
}

// ---------------------------------------------------------------------------
// anext(aiterator, default)'s awaitable

const AA = TypeId.anext_awaitable;
typeMethod(AA, "__await__", (_th, args) => args[0]!);
typeMethod(AA, "__iter__", (_th, args) => args[0]!);
typeMethod(AA, "__next__", (th, args) => anextAwaitableCall(th, args[0]!, "__next__", []));
typeMethod(AA, "send", (th, args) => {
  arity(th, "send", args.slice(1), 1, 1);
  return anextAwaitableCall(th, args[0]!, "send", [args[1]!]);
});
typeMethod(AA, "throw", (th, args) => anextAwaitableCall(th, args[0]!, "throw", throwArguments(th, args)));
typeMethod(AA, "close", (th, args) => anextAwaitableCall(th, args[0]!, "close", []));

// ---------------------------------------------------------------------------
// aiter() and anext()

function hasSpecial(th: Thread, v: number, name: string): boolean {
  return lookupType(th, typeOfValue(th, v), internStr(th, name)) !== 0;
}

moduleFunction("builtins", "aiter", (th, args, kw) => {
  noKeywords(th, "aiter", kw);
  arity(th, "aiter", args, 1, 1);
  const obj = args[0]!;
  if (!hasSpecial(th, obj, "__aiter__")) raiseException(th, "TypeError", `'${typeNameOf(th, obj)}' object is not an async iterable`);
  const it = callObject(th, lookupSpecial(th, obj, "__aiter__"), []);
  if (!hasSpecial(th, it, "__anext__")) {
    raiseException(th, "TypeError", `aiter() returned not an async iterator of type '${typeNameOf(th, it)}'`);
  }
  return it;
});

moduleFunction("builtins", "anext", (th, args, kw) => {
  noKeywords(th, "anext", kw);
  arity(th, "anext", args, 1, 2);
  const it = args[0]!;
  if (!hasSpecial(th, it, "__anext__")) raiseException(th, "TypeError", `'${typeNameOf(th, it)}' object is not an async iterator`);
  const awaitable = callObject(th, lookupSpecial(th, it, "__anext__"), []);
  if (args.length === 1) return awaitable;
  th.pushRoot(awaitable);
  try {
    return newAnextAwaitable(th, awaitable, args[1]!);
  } finally {
    th.popRoots(1);
  }
});
