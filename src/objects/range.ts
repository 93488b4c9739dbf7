// range: start, stop, step and length, all int values (small or big), as
// CPython keeps them; the length is computed once, at creation.

import { allocate } from "../heap/alloc.js";
import { PyError } from "../heap/errors.js";
import type { Heap } from "../heap/heap.js";
import { G_TYPES, IMMUTABLE_BIT, RANGE_LENGTH, RANGE_START, RANGE_STEP, RANGE_STOP, RANGE_WORDS, TYPE_WORD } from "../heap/layout.js";
import { smallInt } from "../heap/value.js";
import { intFromBigInt, intFromNumber, intToBigInt, intToSafeNumber } from "./int.js";
import { intToString } from "./int-str.js";
import { TypeId } from "./type-ids.js";

export function isRange(heap: Heap, v: number): boolean {
  return (v & 1) === 0 && v !== 0 && heap.i32[v + TYPE_WORD] === heap.i32[G_TYPES + TypeId.range];
}

/** The number of items of range(start, stop, step) (CPython's compute_range_length). */
export function rangeLengthOf(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n && start < stop) return (stop - start - 1n) / step + 1n;
  if (step < 0n && start > stop) return (start - stop - 1n) / -step + 1n;
  return 0n;
}

/** range(start, stop, step) for int values; ValueError for a zero step. */
export function newRange(heap: Heap, start: number, stop: number, step: number): number {
  const a = intToSafeNumber(heap, start);
  const b = intToSafeNumber(heap, stop);
  const c = intToSafeNumber(heap, step);
  if (c === 0) throw new PyError("ValueError", "range() arg 3 must not be zero");
  let length: number;
  if (!Number.isNaN(a) && !Number.isNaN(b) && !Number.isNaN(c)) {
    const n = c > 0 ? (a < b ? Math.floor((b - a - 1) / c) + 1 : 0) : (a > b ? Math.floor((a - b - 1) / -c) + 1 : 0);
    length = intFromBigInt(heap, BigInt(n));
  } else {
    length = intFromBigInt(heap, rangeLengthOf(intToBigInt(heap, start), intToBigInt(heap, stop), intToBigInt(heap, step)));
  }
  const r = allocate(heap, RANGE_WORDS, heap.i32[G_TYPES + TypeId.range]!, IMMUTABLE_BIT);
  const i32 = heap.i32;
  i32[r + RANGE_START] = start;
  i32[r + RANGE_STOP] = stop;
  i32[r + RANGE_STEP] = step;
  i32[r + RANGE_LENGTH] = length;
  return r;
}

export function rangeStart(heap: Heap, r: number): number {
  return heap.i32[r + RANGE_START]!;
}

export function rangeStop(heap: Heap, r: number): number {
  return heap.i32[r + RANGE_STOP]!;
}

export function rangeStep(heap: Heap, r: number): number {
  return heap.i32[r + RANGE_STEP]!;
}

/** The length as an int value. */
export function rangeLength(heap: Heap, r: number): number {
  return heap.i32[r + RANGE_LENGTH]!;
}

/** Item `i` (0 <= i < length; the caller checks) as an int value. */
export function rangeItem(heap: Heap, r: number, i: number): number {
  const i32 = heap.i32;
  const start = intToSafeNumber(heap, i32[r + RANGE_START]!);
  const step = intToSafeNumber(heap, i32[r + RANGE_STEP]!);
  const item = start + i * step;
  if (Number.isSafeInteger(item)) return intFromNumber(heap, item);
  return intFromBigInt(heap, intToBigInt(heap, i32[r + RANGE_START]!) + BigInt(i) * intToBigInt(heap, i32[r + RANGE_STEP]!));
}

/** `value in r` for an int value. */
export function rangeContainsInt(heap: Heap, r: number, value: number): boolean {
  const i32 = heap.i32;
  const start = intToBigInt(heap, i32[r + RANGE_START]!);
  const stop = intToBigInt(heap, i32[r + RANGE_STOP]!);
  const step = intToBigInt(heap, i32[r + RANGE_STEP]!);
  const x = intToBigInt(heap, value);
  if (step > 0n ? x < start || x >= stop : x > start || x <= stop) return false;
  return (x - start) % step === 0n;
}

/** repr(r): range(0, 5) or range(0, 10, 2). */
export function rangeRepr(heap: Heap, r: number): string {
  const i32 = heap.i32;
  const start = intToString(heap, i32[r + RANGE_START]!);
  const stop = intToString(heap, i32[r + RANGE_STOP]!);
  const step = i32[r + RANGE_STEP]!;
  return step === smallInt(1) ? `range(${start}, ${stop})` : `range(${start}, ${stop}, ${intToString(heap, step)})`;
}
