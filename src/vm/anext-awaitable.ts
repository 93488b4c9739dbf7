// anext(aiterator, default): an awaitable around `aiterator.__anext__()`
// that ends with the default instead of StopAsyncIteration, as CPython's
// anextawaitableobject. Each step finds the iterator of the wrapped
// awaitable afresh (a coroutine's is its __await__() wrapper) and forwards
// next/send/throw/close to it.

import { allocate } from "../heap/alloc.js";
import { NONE, PAIR_FIRST, PAIR_SECOND, PAIR_WORDS } from "../heap/layout.js";
import { PyError } from "../heap/errors.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import { builtinType, isCoroutine, isSubtype, newException, typeById, typeOfValue } from "./model.js";
import { PyRaise, raiseException } from "./exceptions.js";
import { getAttrString, lookupSpecial } from "./attributes.js";
import { callObject } from "./calls.js";
import { isIterator } from "./iteration.js";
import { awaitableIter } from "./awaitables.js";

export function newAnextAwaitable(th: Thread, awaitable: number, fallback: number): number {
  const o = allocate(th.heap, PAIR_WORDS, typeById(th, TypeId.anext_awaitable));
  th.heap.i32[o + PAIR_FIRST] = awaitable;
  th.heap.i32[o + PAIR_SECOND] = fallback;
  return o;
}

/** The iterator that runs the wrapped awaitable. */
function iteratorOf(th: Thread, o: number): number {
  const it = awaitableIter(th, th.heap.i32[o + PAIR_FIRST]!);
  if (!isCoroutine(th, it)) return it;
  // A coroutine has no __next__: its __await__() wrapper has.
  const wrapper = callObject(th, lookupSpecial(th, it, "__await__"), []);
  if (!isIterator(th, wrapper)) raiseException(th, "TypeError", "__await__ returned a non-iterable");
  return wrapper;
}

function isStopAsyncIteration(th: Thread, err: unknown): boolean {
  const want = builtinType(th, "StopAsyncIteration");
  if (err instanceof PyRaise) return isSubtype(th, typeOfValue(th, err.exc), want);
  if (err instanceof PyError) return isSubtype(th, builtinType(th, err.typeName), want);
  return false;
}

/** Calls method `name` of the iterator; StopAsyncIteration becomes StopIteration(default). */
export function anextAwaitableCall(th: Thread, o: number, name: string, args: number[]): number {
  const it = iteratorOf(th, o);
  th.pushRoot(it);
  try {
    const method = name === "__next__" ? lookupSpecial(th, it, name) : getAttrString(th, it, name);
    return callObject(th, method, args);
  } catch (err) {
    if (!isStopAsyncIteration(th, err)) throw err;
    const fallback = th.heap.i32[o + PAIR_SECOND]!;
    throw new PyRaise(newException(th, "StopIteration", fallback === NONE ? [] : [fallback]));
  } finally {
    th.popRoots(1);
  }
}
