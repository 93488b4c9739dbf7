// slice: start, stop and step (any values; None where omitted), and
// CPython's resolution of a slice against a sequence length
// (PySlice_Unpack + PySlice_AdjustIndices).

import { allocate } from "../heap/alloc.js";
import { PyError } from "../heap/errors.js";
import type { Heap } from "../heap/heap.js";
import { G_TYPES, IMMUTABLE_BIT, NONE, SLICE_START, SLICE_STEP, SLICE_STOP, SLICE_WORDS, TYPE_WORD } from "../heap/layout.js";
import { intToSafeNumber, isInt } from "./int.js";
import { TypeId } from "./type-ids.js";

/** Stands for PY_SSIZE_T_MAX: indices are clamped to it, as CPython clamps huge ints. */
const INDEX_MAX = Number.MAX_SAFE_INTEGER;

export function isSlice(heap: Heap, v: number): boolean {
  return (v & 1) === 0 && v !== 0 && heap.i32[v + TYPE_WORD] === heap.i32[G_TYPES + TypeId.slice];
}

/** slice(start, stop, step); pass NONE for an omitted part. */
export function newSlice(heap: Heap, start: number, stop: number, step: number): number {
  const s = allocate(heap, SLICE_WORDS, heap.i32[G_TYPES + TypeId.slice]!, IMMUTABLE_BIT);
  const i32 = heap.i32;
  i32[s + SLICE_START] = start;
  i32[s + SLICE_STOP] = stop;
  i32[s + SLICE_STEP] = step;
  return s;
}

export function sliceStart(heap: Heap, s: number): number {
  return heap.i32[s + SLICE_START]!;
}

export function sliceStop(heap: Heap, s: number): number {
  return heap.i32[s + SLICE_STOP]!;
}

export function sliceStep(heap: Heap, s: number): number {
  return heap.i32[s + SLICE_STEP]!;
}

/** An index of a slice as a number, clamped to ±INDEX_MAX; the value must be an int or None (the interpreter calls __index__ first). */
function indexOf(heap: Heap, v: number): number {
  if (!isInt(heap, v)) throw new PyError("TypeError", "slice indices must be integers or None or have an __index__ method");
  const n = intToSafeNumber(heap, v);
  if (Number.isNaN(n)) return heap.i32[v + 2]! < 0 ? -INDEX_MAX : INDEX_MAX;
  return n;
}

export interface SliceIndices {
  start: number;
  stop: number;
  step: number;
  /** How many items the slice selects. */
  length: number;
}

/** The indices the slice selects in a sequence of `length` items. */
export function sliceIndices(heap: Heap, s: number, length: number): SliceIndices {
  const i32 = heap.i32;
  const stepValue = i32[s + SLICE_STEP]!;
  const step = stepValue === NONE ? 1 : indexOf(heap, stepValue);
  if (step === 0) throw new PyError("ValueError", "slice step cannot be zero");
  const startValue = i32[s + SLICE_START]!;
  const stopValue = i32[s + SLICE_STOP]!;
  let start = startValue === NONE ? (step < 0 ? INDEX_MAX : 0) : indexOf(heap, startValue);
  let stop = stopValue === NONE ? (step < 0 ? -INDEX_MAX : INDEX_MAX) : indexOf(heap, stopValue);
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    count = Math.floor((stop - start - 1) / step) + 1;
  }
  return { start, stop, step, length: count };
}
