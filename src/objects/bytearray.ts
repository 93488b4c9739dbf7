// Changing a bytearray, and reading it whole, safely without the GIL.
//
// The storage (a RAW block, the length, the capacity) and its growth rule
// live in bytes.ts. Here every change runs under the object's lock in
// free-threaded mode, as list changes do (src/vm/lists.ts), and checks its
// bounds inside the lock: another thread may have shrunk the array between
// the caller's check and the change, and the change must then fail cleanly
// (the caller raises IndexError) rather than write past the end. Reading the
// whole contents takes the lock too, so a copy never mixes the length of one
// state with the block of another.

import type { Heap } from "../heap/heap.js";
import { lockedWithoutGil } from "../heap/lock.js";
import { BYTEARRAY_DATA, BYTEARRAY_LENGTH } from "../heap/layout.js";
import { byteArrayAppend, byteArrayData, resizeByteArray } from "./bytes.js";


/** The byte offset in heap.u8 where the bytearray's contents start (0 when it has no block). */
function dataStart(heap: Heap, v: number): number {
  return (heap.i32[v + BYTEARRAY_DATA]! + 2) * 4;
}

/** A copy of the contents, taken in one consistent state. */
export function byteArrayCopy(heap: Heap, v: number): Uint8Array {
  return lockedWithoutGil(heap, v, () => byteArrayData(heap, v).slice());
}

/** The byte at `index` (0 <= index), or -1 when the index is past the end. */
export function byteArrayByteAt(heap: Heap, v: number, index: number): number {
  return lockedWithoutGil(heap, v, () => (index < heap.i32[v + BYTEARRAY_LENGTH]! ? heap.u8[dataStart(heap, v) + index]! : -1));
}

/** Replaces the bytes [start, stop) by `data` (start <= stop, both clamped to the length). */
export function byteArrayReplace(heap: Heap, v: number, start: number, stop: number, data: Uint8Array): void {
  lockedWithoutGil(heap, v, () => {
    const length = heap.i32[v + BYTEARRAY_LENGTH]!;
    const from = Math.min(start, length);
    const to = Math.max(from, Math.min(stop, length));
    const tail = byteArrayData(heap, v).slice(to);
    const newLength = from + data.length + tail.length;
    resizeByteArray(heap, v, newLength);
    const base = dataStart(heap, v);
    heap.u8.set(data, base + from);
    heap.u8.set(tail, base + from + data.length);
  });
}

/** Replaces all the contents by `data`. */
export function byteArraySetAll(heap: Heap, v: number, data: Uint8Array): void {
  byteArrayReplace(heap, v, 0, 0x7fffffff, data);
}

/** Appends `data` at the end. */
export function byteArrayExtend(heap: Heap, v: number, data: Uint8Array): void {
  byteArrayReplace(heap, v, 0x7fffffff, 0x7fffffff, data);
}

/** Appends one byte (the common case, without building an array). */
export function byteArrayAppendByte(heap: Heap, v: number, byte: number): void {
  lockedWithoutGil(heap, v, () => byteArrayAppend(heap, v, byte));
}

/** Sets the byte at `index` (0 <= index); false when the index is past the end. */
export function byteArraySetByte(heap: Heap, v: number, index: number, byte: number): boolean {
  return lockedWithoutGil(heap, v, () => {
    if (index >= heap.i32[v + BYTEARRAY_LENGTH]!) return false;
    heap.u8[dataStart(heap, v) + index] = byte;
    return true;
  });
}

/** Sets the bytes at start, start + step, ... to `data`; false when the array has become too short. */
export function byteArraySetStrided(heap: Heap, v: number, start: number, step: number, data: Uint8Array): boolean {
  return lockedWithoutGil(heap, v, () => {
    const length = heap.i32[v + BYTEARRAY_LENGTH]!;
    const last = start + (data.length - 1) * step;
    if (data.length > 0 && (Math.max(start, last) >= length || Math.min(start, last) < 0)) return false;
    const base = dataStart(heap, v);
    for (let k = 0; k < data.length; k++) heap.u8[base + start + k * step] = data[k]!;
    return true;
  });
}

/** Inserts `byte` before `index` (clamped to 0..length). */
export function byteArrayInsert(heap: Heap, v: number, index: number, byte: number): void {
  lockedWithoutGil(heap, v, () => {
    const length = heap.i32[v + BYTEARRAY_LENGTH]!;
    const at = Math.max(0, Math.min(index, length));
    resizeByteArray(heap, v, length + 1);
    const base = dataStart(heap, v);
    heap.u8.copyWithin(base + at + 1, base + at, base + length);
    heap.u8[base + at] = byte;
  });
}

function removeAtUnlocked(heap: Heap, v: number, at: number): number {
  const length = heap.i32[v + BYTEARRAY_LENGTH]!;
  const base = dataStart(heap, v);
  const byte = heap.u8[base + at]!;
  heap.u8.copyWithin(base + at, base + at + 1, base + length);
  heap.i32[v + BYTEARRAY_LENGTH] = length - 1;
  return byte;
}

/**
 * Removes and returns the byte at `index` (negative counts from the end);
 * -1 when the array is empty, -2 when the index is out of range.
 */
export function byteArrayRemoveAt(heap: Heap, v: number, index: number): number {
  return lockedWithoutGil(heap, v, () => {
    const length = heap.i32[v + BYTEARRAY_LENGTH]!;
    if (length === 0) return -1;
    const at = index < 0 ? index + length : index;
    if (at < 0 || at >= length) return -2;
    return removeAtUnlocked(heap, v, at);
  });
}

/** Removes the first byte equal to `byte`; false when there is none. */
export function byteArrayRemoveValue(heap: Heap, v: number, byte: number): boolean {
  return lockedWithoutGil(heap, v, () => {
    const index = byteArrayData(heap, v).indexOf(byte);
    if (index < 0) return false;
    removeAtUnlocked(heap, v, index);
    return true;
  });
}

/** Keeps only the bytes whose index `keep` accepts. */
export function byteArrayFilter(heap: Heap, v: number, keep: (index: number) => boolean): void {
  lockedWithoutGil(heap, v, () => {
    const kept = byteArrayData(heap, v).filter((_, k) => keep(k));
    heap.u8.set(kept, dataStart(heap, v));
    heap.i32[v + BYTEARRAY_LENGTH] = kept.length;
  });
}

/** Reverses the bytes in place. */
export function byteArrayReverse(heap: Heap, v: number): void {
  lockedWithoutGil(heap, v, () => byteArrayData(heap, v).reverse());
}
