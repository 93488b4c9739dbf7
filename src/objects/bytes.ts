// bytes and bytearray.
//
// bytes is immutable: its length, its hash (computed at creation, the same
// function as str's over the bytes, so b"abc" and "abc" hash alike as in
// CPython), then the bytes from word 4. bytearray is mutable and growable:
// a RAW block of bytes, the length and the capacity; it grows by CPython's
// bytearray rule (at least 1/8 more than asked).

import { allocate, freeBlock } from "../heap/alloc.js";
import type { Heap } from "../heap/heap.js";
import { isFreeThreaded } from "../heap/lock.js";
import {
  BLOCK_RAW, BYTEARRAY_CAPACITY, BYTEARRAY_DATA, BYTEARRAY_LENGTH, BYTEARRAY_WORDS, BYTES_DATA, BYTES_HASH,
  BYTES_LENGTH, G_TYPES, IMMUTABLE_BIT, TF_BYTES_SUBCLASS, TYPE_DICT_OFFSET, TYPE_FLAGS, TYPE_INSTANCE_WORDS,
  TYPE_WORD,
} from "../heap/layout.js";
import { hashByteRange } from "./hash.js";
import { TypeId } from "./type-ids.js";

/** Whether `v` is bytes or an instance of a subclass of bytes. */
export function isBytes(heap: Heap, v: number): boolean {
  if ((v & 1) === 1 || v === 0) return false;
  const type = heap.i32[v + TYPE_WORD]!;
  return (type & 1) === 0 && (heap.i32[type + TYPE_FLAGS]! & TF_BYTES_SUBCLASS) !== 0;
}

/** A new bytes object holding `data` (of class `type`, a bytes subclass, if given). */
export function newBytes(heap: Heap, data: Uint8Array, type = 0): number {
  const bytesClass = type === 0 ? heap.i32[G_TYPES + TypeId.bytes]! : type;
  const extra = type !== 0 && heap.i32[type + TYPE_DICT_OFFSET] === -1 ? 1 : 0;
  const obj = allocate(heap, BYTES_DATA + ((data.length + 3) >> 2) + extra, bytesClass, IMMUTABLE_BIT);
  heap.u8.set(data, (obj + BYTES_DATA) * 4);
  heap.i32[obj + BYTES_LENGTH] = data.length;
  heap.i32[obj + BYTES_HASH] = hashByteRange(heap.u8, (obj + BYTES_DATA) * 4, data.length);
  return obj;
}

export function bytesLength(heap: Heap, v: number): number {
  return heap.i32[v + BYTES_LENGTH]!;
}

/** A view of the bytes (valid until the heap's views are next re-created). */
export function bytesData(heap: Heap, v: number): Uint8Array {
  const start = (v + BYTES_DATA) * 4;
  return heap.u8.subarray(start, start + heap.i32[v + BYTES_LENGTH]!);
}

export function bytesEquals(heap: Heap, a: number, b: number): boolean {
  if (a === b) return true;
  const i32 = heap.i32;
  const n = i32[a + BYTES_LENGTH]!;
  if (n !== i32[b + BYTES_LENGTH] || i32[a + BYTES_HASH] !== i32[b + BYTES_HASH]) return false;
  const u8 = heap.u8;
  const pa = (a + BYTES_DATA) * 4;
  const pb = (b + BYTES_DATA) * 4;
  for (let i = 0; i < n; i++) if (u8[pa + i] !== u8[pb + i]) return false;
  return true;
}

/** CPython's repr of bytes content: b'...' with \t \n \r \xNN escapes. */
export function reprBytes(data: Uint8Array, prefix = "b"): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const byte of data) {
    if (byte === 0x27) hasSingle = true;
    if (byte === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = prefix + String.fromCharCode(quote);
  for (const byte of data) {
    if (byte === quote || byte === 0x5c) out += "\\" + String.fromCharCode(byte);
    else if (byte === 0x09) out += "\\t";
    else if (byte === 0x0a) out += "\\n";
    else if (byte === 0x0d) out += "\\r";
    else if (byte < 0x20 || byte >= 0x7f) out += "\\x" + byte.toString(16).padStart(2, "0");
    else out += String.fromCharCode(byte);
  }
  return out + String.fromCharCode(quote);
}

// ---------------------------------------------------------------------------
// bytearray

/** A new bytearray holding a copy of `data`. */
export function newByteArray(heap: Heap, data: Uint8Array, type = 0): number {
  const arrayClass = type === 0 ? heap.i32[G_TYPES + TypeId.bytearray]! : type;
  const obj = allocate(heap, type === 0 ? BYTEARRAY_WORDS : heap.i32[type + TYPE_INSTANCE_WORDS]!, arrayClass);
  if (data.length > 0) {
    reserveByteArray(heap, obj, data.length);
    heap.u8.set(data, (heap.i32[obj + BYTEARRAY_DATA]! + 2) * 4);
  }
  heap.i32[obj + BYTEARRAY_LENGTH] = data.length;
  return obj;
}

export function byteArrayLength(heap: Heap, v: number): number {
  return heap.i32[v + BYTEARRAY_LENGTH]!;
}

/** A view of the bytearray's bytes (valid until it next grows or the views are re-created). */
export function byteArrayData(heap: Heap, v: number): Uint8Array {
  const block = heap.i32[v + BYTEARRAY_DATA]!;
  if (block === 0) return new Uint8Array(0);
  const start = (block + 2) * 4;
  return heap.u8.subarray(start, start + heap.i32[v + BYTEARRAY_LENGTH]!);
}

/** Makes room for at least `capacity` bytes, keeping the contents. */
function reserveByteArray(heap: Heap, v: number, capacity: number): void {
  const i32 = heap.i32;
  if (capacity <= i32[v + BYTEARRAY_CAPACITY]!) return;
  const old = i32[v + BYTEARRAY_DATA]!;
  const block = allocate(heap, 2 + ((capacity + 3) >> 2), BLOCK_RAW);
  const j32 = heap.i32;
  const length = j32[v + BYTEARRAY_LENGTH]!;
  if (old !== 0) heap.u8.copyWithin((block + 2) * 4, (old + 2) * 4, (old + 2) * 4 + length);
  j32[v + BYTEARRAY_DATA] = block;
  j32[v + BYTEARRAY_CAPACITY] = capacity;
  // Without the GIL another thread may still be copying the old block (readers
  // do not lock): the collector frees it once nothing points to it.
  if (old !== 0 && !isFreeThreaded(heap)) freeBlock(heap, old);
}

/** Sets the bytearray's length, growing its storage as CPython's bytearray does; new bytes are 0. */
export function resizeByteArray(heap: Heap, v: number, length: number): void {
  const i32 = heap.i32;
  const capacity = i32[v + BYTEARRAY_CAPACITY]!;
  const oldLength = i32[v + BYTEARRAY_LENGTH]!;
  if (length > capacity) {
    const grown = length <= capacity * 1.125 ? length + (length >> 3) + (length < 9 ? 3 : 6) : length;
    reserveByteArray(heap, v, grown);
  }
  if (length > oldLength) {
    const start = (heap.i32[v + BYTEARRAY_DATA]! + 2) * 4;
    heap.u8.fill(0, start + oldLength, start + length);
  }
  heap.i32[v + BYTEARRAY_LENGTH] = length;
}

/** Appends one byte. */
export function byteArrayAppend(heap: Heap, v: number, byte: number): void {
  const length = heap.i32[v + BYTEARRAY_LENGTH]!;
  resizeByteArray(heap, v, length + 1);
  heap.u8[(heap.i32[v + BYTEARRAY_DATA]! + 2) * 4 + length] = byte;
}
