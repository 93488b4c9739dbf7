// The instructions of `await`, `async with` and `async for`: finding the
// iterator an await runs (GET_AWAITABLE), entering an asynchronous context
// manager (BEFORE_ASYNC_WITH), and stepping an asynchronous iterator
// (GET_AITER, GET_ANEXT, END_ASYNC_FOR), with CPython 3.13's checks and
// messages (ceval.c, genobject.c's _PyCoro_GetAwaitableIter).

import { CODE_FLAGS, EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS_CONTEXT, GEN_CODE, NONE } from "../heap/layout.js";
import { CO_ITERABLE_COROUTINE } from "../compiler/code.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import {
  builtinType, internStr, isCoroutine, isGenerator, isSubtype, newException, typeIdOfValue, typeName, typeOfValue,
} from "./model.js";
import { Flight, PyRaise, raiseException, toPyException } from "./exceptions.js";
import { lookupSpecial, lookupType } from "./attributes.js";
import { callObject } from "./calls.js";
import { isIterator } from "./iteration.js";
import { delegate } from "./generators.js";
import { newAsend } from "./async-generators.js";

/** A coroutine, or a generator made awaitable by types.coroutine (CO_ITERABLE_COROUTINE). */
export function isAwaitableCoroutine(th: Thread, v: number): boolean {
  if (isCoroutine(th, v)) return true;
  if (!isGenerator(th, v)) return false;
  const i32 = th.heap.i32;
  return (i32[i32[v + GEN_CODE]! + CODE_FLAGS]! & CO_ITERABLE_COROUTINE) !== 0;
}

function typeNameOf(th: Thread, v: number): string {
  return typeName(th, typeOfValue(th, v));
}

function hasSpecial(th: Thread, v: number, name: string): boolean {
  return lookupType(th, typeOfValue(th, v), internStr(th, name)) !== 0;
}

/** _PyCoro_GetAwaitableIter: the iterator `await v` runs. */
export function awaitableIter(th: Thread, v: number): number {
  if (isAwaitableCoroutine(th, v)) return v;
  const awaitMethod = lookupSpecial(th, v, "__await__");
  if (awaitMethod === 0) {
    raiseException(th, "TypeError", `object ${typeNameOf(th, v)} can't be used in 'await' expression`);
  }
  const it = callObject(th, awaitMethod, []);
  if (isAwaitableCoroutine(th, it)) raiseException(th, "TypeError", "__await__() returned a coroutine");
  if (!isIterator(th, it)) raiseException(th, "TypeError", `__await__() returned non-iterator of type '${typeNameOf(th, it)}'`);
  return it;
}

/**
 * GET_AWAITABLE: `where` is 1 after __aenter__, 2 after __aexit__, where an
 * object without __await__ gets a message naming the `async with`.
 */
export function getAwaitable(th: Thread, v: number, where: number): number {
  if ((where === 1 || where === 2) && !hasSpecial(th, v, "__await__") && !isAwaitableCoroutine(th, v)) {
    const method = where === 1 ? "__aenter__" : "__aexit__";
    raiseException(th, "TypeError", `'async with' received an object from ${method} that does not implement __await__: ${typeNameOf(th, v)}`);
  }
  const it = awaitableIter(th, v);
  if (isCoroutine(th, it) && delegate(th, it) !== 0) {
    raiseException(th, "RuntimeError", "coroutine is being awaited already");
  }
  return it;
}

/** BEFORE_ASYNC_WITH: the manager at stack word `at` becomes its bound __aexit__, and __aenter__()'s result goes above. */
export function beforeAsyncWith(th: Thread, at: number): void {
  const mgr = th.heap.i32[at]!;
  const enter = lookupSpecial(th, mgr, "__aenter__");
  if (enter === 0) {
    raiseException(th, "TypeError", `'${typeNameOf(th, mgr)}' object does not support the asynchronous context manager protocol`);
  }
  const exit = lookupSpecial(th, mgr, "__aexit__");
  if (exit === 0) {
    raiseException(th, "TypeError", `'${typeNameOf(th, mgr)}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  }
  th.heap.i32[at] = exit;
  const entered = callObject(th, enter, []);
  th.heap.i32[at + 1] = entered;
}

/** GET_AITER: `obj.__aiter__()`, which must have __anext__. */
export function getAIter(th: Thread, obj: number): number {
  const aiter = lookupSpecial(th, obj, "__aiter__");
  if (aiter === 0) {
    raiseException(th, "TypeError", `'async for' requires an object with __aiter__ method, got ${typeNameOf(th, obj)}`);
  }
  const it = callObject(th, aiter, []);
  if (!hasSpecial(th, it, "__anext__")) {
    raiseException(th, "TypeError", `'async for' received an object from __aiter__ that does not implement __anext__: ${typeNameOf(th, it)}`);
  }
  return it;
}

/** GET_ANEXT: the awaitable of the next step of `aiter`. */
export function getANext(th: Thread, aiter: number): number {
  if (typeIdOfValue(th, aiter) === TypeId.async_generator) return newAsend(th, aiter, NONE);
  const anext = lookupSpecial(th, aiter, "__anext__");
  if (anext === 0) {
    raiseException(th, "TypeError", `'async for' requires an iterator with __anext__ method, got ${typeNameOf(th, aiter)}`);
  }
  const next = callObject(th, anext, []);
  th.pushRoot(next);
  try {
    return awaitableIter(th, next);
  } catch (err) {
    const cause = toPyException(th, err).exc;
    throw new PyRaise(chainedError(th, "TypeError", `'async for' received an invalid object from __anext__: ${typeNameOf(th, next)}`, cause));
  } finally {
    th.popRoots(1);
  }
}

/** A new exception raised "from" `cause`, as CPython's _PyErr_FormatFromCause makes it. */
function chainedError(th: Thread, type: string, message: string, cause: number): number {
  th.pushRoot(cause);
  try {
    const error = newException(th, type, [message]);
    const i32 = th.heap.i32;
    i32[error + EXC_CAUSE] = cause;
    i32[error + EXC_CONTEXT] = cause;
    i32[error + EXC_SUPPRESS_CONTEXT] = 1;
    return error;
  } finally {
    th.popRoots(1);
  }
}

/** END_ASYNC_FOR: StopAsyncIteration ends the loop; anything else goes on. */
export function endAsyncFor(th: Thread, exc: number): void {
  if (isSubtype(th, typeOfValue(th, exc), builtinType(th, "StopAsyncIteration"))) return;
  throw new PyRaise(exc, Flight.Reraised);
}
