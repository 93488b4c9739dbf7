// range objects: start, stop, step and length, all int values.

import { allocate } from "../heap/alloc.js";
import { IMMUTABLE_BIT, RANGE_LENGTH, RANGE_START, RANGE_STEP, RANGE_STOP, RANGE_WORDS } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import { typeById } from "./model.js";
import { raiseException } from "./exceptions.js";
import { bigOf, fromNumber, newIntFromBig } from "./int-values.js";

/** The number of items of range(start, stop, step). */
export function rangeLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n && start < stop) return (stop - start - 1n) / step + 1n;
  if (step < 0n && stop < start) return (start - stop - 1n) / -step + 1n;
  return 0n;
}

/** A range from int values; `length` when already known. */
export function makeRange(th: Thread, start: number, stop: number, step: number, length?: number): number {
  const len = length !== undefined ? fromNumber(th, length)
    : newIntFromBig(th, rangeLength(bigOf(th, start), bigOf(th, stop), bigOf(th, step)));
  th.pushRoot(len);
  try {
    const r = allocate(th.heap, RANGE_WORDS, typeById(th, TypeId.range), IMMUTABLE_BIT);
    const i32 = th.heap.i32;
    i32[r + RANGE_START] = start;
    i32[r + RANGE_STOP] = stop;
    i32[r + RANGE_STEP] = step;
    i32[r + RANGE_LENGTH] = len;
    return r;
  } finally {
    th.popRoots(1);
  }
}

/** range(stop), range(start, stop), range(start, stop, step) with int arguments. */
export function newRange(th: Thread, args: number[]): number {
  if (args.length === 1) return makeRange(th, 1, args[0]!, 3);
  const step = args.length === 3 ? args[2]! : 3;
  if (bigOf(th, step) === 0n) raiseException(th, "ValueError", "range() arg 3 must not be zero");
  return makeRange(th, args[0]!, args[1]!, step);
}
