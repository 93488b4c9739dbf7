// Lists: growing, shrinking and editing a list's items block.
//
// A list holds a VALUES block of `capacity` words and a size; growth
// over-allocates as CPython's list_resize does ((n + n/8 + 6) & ~3), so
// appending is amortised O(1). Items are values; words past the size are 0.

import { allocate } from "../heap/alloc.js";
import {
  BLOCK_VALUES, FLAGS_WORD, HEADER_WORDS, LIST_CAPACITY, LIST_ITEMS, LIST_SIZE, LIST_WORDS, SIZE_SHIFT,
} from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import { isFreeThreaded, lockedWithoutGil, lockUnlessHeld, unlockObject, withObjectLock } from "../heap/lock.js";
import { typeById } from "./model.js";
import { listItemUnlocked } from "../objects/list.js";

export { listItemUnlocked };

/** A new list holding `items` (of class `type` when given, a list subclass). */
export function newList(th: Thread, items: readonly number[], type = 0): number {
  const list = allocate(th.heap, LIST_WORDS, type === 0 ? typeById(th, TypeId.list) : type);
  if (items.length > 0) {
    const block = allocate(th.heap, HEADER_WORDS + items.length, BLOCK_VALUES);
    const i32 = th.heap.i32;
    for (let k = 0; k < items.length; k++) i32[block + HEADER_WORDS + k] = items[k]!;
    i32[list + LIST_ITEMS] = block;
    i32[list + LIST_SIZE] = items.length;
    i32[list + LIST_CAPACITY] = items.length;
  }
  return list;
}

function listResizeUnlocked(th: Thread, list: number, size: number): void {
  const i32 = th.heap.i32;
  const capacity = i32[list + LIST_CAPACITY]!;
  if (size <= capacity) {
    const old = i32[list + LIST_SIZE]!;
    if (size < old) i32.fill(0, i32[list + LIST_ITEMS]! + HEADER_WORDS + size, i32[list + LIST_ITEMS]! + HEADER_WORDS + old);
    i32[list + LIST_SIZE] = size;
    return;
  }
  const newCapacity = (size + (size >> 3) + 6) & ~3;
  const block = allocate(th.heap, HEADER_WORDS + newCapacity, BLOCK_VALUES);
  const j = th.heap.i32;
  const oldBlock = j[list + LIST_ITEMS]!;
  const oldSize = j[list + LIST_SIZE]!;
  if (oldBlock !== 0) j.copyWithin(block + HEADER_WORDS, oldBlock + HEADER_WORDS, oldBlock + HEADER_WORDS + oldSize);
  j[list + LIST_ITEMS] = block;
  j[list + LIST_CAPACITY] = newCapacity;
  j[list + LIST_SIZE] = size;
}

function listAppendUnlocked(th: Thread, list: number, value: number): void {
  const i32 = th.heap.i32;
  const n = i32[list + LIST_SIZE]!;
  if (n < i32[list + LIST_CAPACITY]!) {
    i32[i32[list + LIST_ITEMS]! + HEADER_WORDS + n] = value;
    i32[list + LIST_SIZE] = n + 1;
    return;
  }
  listResizeUnlocked(th, list, n + 1);
  const j = th.heap.i32;
  j[j[list + LIST_ITEMS]! + HEADER_WORDS + n] = value;
}

function listExtendArrayUnlocked(th: Thread, list: number, items: readonly number[]): void {
  const n = th.heap.i32[list + LIST_SIZE]!;
  listResizeUnlocked(th, list, n + items.length);
  const i32 = th.heap.i32;
  const base = i32[list + LIST_ITEMS]! + HEADER_WORDS;
  for (let k = 0; k < items.length; k++) i32[base + n + k] = items[k]!;
}

function listSetUnlocked(th: Thread, list: number, index: number, value: number): void {
  const i32 = th.heap.i32;
  i32[i32[list + LIST_ITEMS]! + HEADER_WORDS + index] = value;
}

function listInsertUnlocked(th: Thread, list: number, index: number, value: number): void {
  const n = th.heap.i32[list + LIST_SIZE]!;
  listResizeUnlocked(th, list, n + 1);
  const i32 = th.heap.i32;
  const base = i32[list + LIST_ITEMS]! + HEADER_WORDS;
  i32.copyWithin(base + index + 1, base + index, base + n);
  i32[base + index] = value;
}

function listRemoveAtUnlocked(th: Thread, list: number, index: number): number {
  const i32 = th.heap.i32;
  const n = i32[list + LIST_SIZE]!;
  const base = i32[list + LIST_ITEMS]! + HEADER_WORDS;
  const v = i32[base + index]!;
  i32.copyWithin(base + index, base + index + 1, base + n);
  i32[base + n - 1] = 0;
  i32[list + LIST_SIZE] = n - 1;
  return v;
}

function listReplaceRangeUnlocked(th: Thread, list: number, start: number, stop: number, items: readonly number[]): void {
  const i32 = th.heap.i32;
  const n = i32[list + LIST_SIZE]!;
  const current = [];
  const base = i32[list + LIST_ITEMS]! + HEADER_WORDS;
  for (let k = 0; k < n; k++) current.push(i32[base + k]!);
  const next = [...current.slice(0, start), ...items, ...current.slice(stop)];
  listResizeUnlocked(th, list, next.length);
  const j = th.heap.i32;
  const b = j[list + LIST_ITEMS]! + HEADER_WORDS;
  for (let k = 0; k < next.length; k++) j[b + k] = next[k]!;
}

function listSetAllUnlocked(th: Thread, list: number, items: readonly number[]): void {
  listResizeUnlocked(th, list, items.length);
  const i32 = th.heap.i32;
  const base = i32[list + LIST_ITEMS]! + HEADER_WORDS;
  for (let k = 0; k < items.length; k++) i32[base + k] = items[k]!;
}

// ---------------------------------------------------------------------------
// Without the GIL, changes take the object's lock (src/heap/lock.ts).
//
// None of these changes runs Python code, so the busiest ones (resize, append,
// item store, insert, remove) take the plain lock, inline, instead of going
// through withObjectLock: no closure to make, no re-entrancy bookkeeping.

/** Makes room for `size` items, keeping the first min(old size, size) items. */
export function listResize(th: Thread, list: number, size: number): void {
  const heap = th.heap;
  if (!isFreeThreaded(heap)) return listResizeUnlocked(th, list, size);
  const took = lockUnlessHeld(heap, list);
  try {
    listResizeUnlocked(th, list, size);
  } finally {
    if (took) unlockObject(heap, list);
  }
}

export function listAppend(th: Thread, list: number, value: number): void {
  const heap = th.heap;
  if (!isFreeThreaded(heap)) return listAppendUnlocked(th, list, value);
  const took = lockUnlessHeld(heap, list);
  try {
    listAppendUnlocked(th, list, value);
  } finally {
    if (took) unlockObject(heap, list);
  }
}

export function listExtendArray(th: Thread, list: number, items: readonly number[]): void {
  if (!isFreeThreaded(th.heap)) return listExtendArrayUnlocked(th, list, items);
  withObjectLock(th.heap, list, () => listExtendArrayUnlocked(th, list, items));
}

export function listSet(th: Thread, list: number, index: number, value: number): void {
  const heap = th.heap;
  if (!isFreeThreaded(heap)) return listSetUnlocked(th, list, index, value);
  const took = lockUnlessHeld(heap, list);
  try {
    listSetUnlocked(th, list, index, value);
  } finally {
    if (took) unlockObject(heap, list);
  }
}

/** Inserts at `index` (already clamped to 0..size). */
export function listInsert(th: Thread, list: number, index: number, value: number): void {
  const heap = th.heap;
  if (!isFreeThreaded(heap)) return listInsertUnlocked(th, list, index, value);
  const took = lockUnlessHeld(heap, list);
  try {
    listInsertUnlocked(th, list, index, value);
  } finally {
    if (took) unlockObject(heap, list);
  }
}

/** Removes and returns the item at `index` (in range). */
export function listRemoveAt(th: Thread, list: number, index: number): number {
  const heap = th.heap;
  if (!isFreeThreaded(heap)) return listRemoveAtUnlocked(th, list, index);
  const took = lockUnlessHeld(heap, list);
  try {
    return listRemoveAtUnlocked(th, list, index);
  } finally {
    if (took) unlockObject(heap, list);
  }
}

/** Replaces the items [start, stop) by `items` (a contiguous slice). */
export function listReplaceRange(th: Thread, list: number, start: number, stop: number, items: readonly number[]): void {
  if (!isFreeThreaded(th.heap)) return listReplaceRangeUnlocked(th, list, start, stop, items);
  withObjectLock(th.heap, list, () => listReplaceRangeUnlocked(th, list, start, stop, items));
}

/** Replaces all the items. */
export function listSetAll(th: Thread, list: number, items: readonly number[]): void {
  if (!isFreeThreaded(th.heap)) return listSetAllUnlocked(th, list, items);
  withObjectLock(th.heap, list, () => listSetAllUnlocked(th, list, items));
}

// ---------------------------------------------------------------------------
// Reads without a lock, and changes whose index depends on the size.
//
// Without the GIL another thread may grow, shrink or edit a list while this
// one reads it. A lock-free read takes the items block first and bounds the
// index by that block's own capacity as well as by the size, so it never
// reads past a block, even one replaced by a larger block meanwhile (blocks
// are freed only by a collection, with the world stopped). Slots past the
// size are 0, so a read of 0 means "changing under me": the caller then
// reads again under the lock, which sees a finished change. A change whose
// index depends on the size (pop, insert, negative indices, slices) takes the
// size inside the lock, so `l.pop()` in two threads never removes one item
// twice or a slot past the end.

/** Runs `body` holding the list's lock when the heap is free-threaded (re-entrant). */
export function withListLock<T>(th: Thread, list: number, body: () => T): T {
  return lockedWithoutGil(th.heap, list, body);
}

/** The item at `index` (0 <= index), or 0 when out of range. */
export function listItemAt(th: Thread, list: number, index: number): number {
  const item = listItemUnlocked(th.heap.i32, list, index);
  if (item !== 0 || !isFreeThreaded(th.heap)) return item;
  return withObjectLock(th.heap, list, () => listItemUnlocked(th.heap.i32, list, index));
}

/** The items as an array: a consistent snapshot, taken under the lock without the GIL. */
export function listSnapshot(th: Thread, list: number): number[] {
  return withListLock(th, list, () => {
    const i32 = th.heap.i32;
    const n = i32[list + LIST_SIZE]!;
    const base = i32[list + LIST_ITEMS]! + HEADER_WORDS;
    return Array.from(i32.subarray(base, base + n));
  });
}

/**
 * Writes the items of `list`, last first, to the words from `at` (the value
 * stack, for UNPACK_SEQUENCE) when it holds exactly `count` items. False
 * otherwise, with the word at `at` (the list itself, on the stack) untouched.
 *
 * Without the GIL the items are read without the lock, each as
 * listItemUnlocked reads one: from the block read first, bounded by that
 * block's own capacity, so no read strays past a block even while another
 * thread replaces it; a 0 means a change under way, and then the whole
 * unpacking is done again under the lock. As in CPython 3.13t, whose
 * UNPACK_SEQUENCE iterates a list with lock-free reads, the items read while
 * another thread edits the list need not all come from one instant; each is
 * a value the list held at its index.
 */
export function unpackListOnto(th: Thread, list: number, count: number, at: number): boolean {
  const i32 = th.heap.i32;
  const block = i32[list + LIST_ITEMS]!;
  if (i32[list + LIST_SIZE] !== count) return false;
  if (count === 0) return true;
  if (block === 0 || count > blockCapacity(i32, block)) return unpackListLocked(th, list, count, at);
  const first = block + HEADER_WORDS;
  // The word at `at` last: it holds the list until every other item is known to be there.
  for (let k = count - 2; k >= 0; k--) {
    const item = i32[first + k]!;
    if (item === 0) return unpackListLocked(th, list, count, at);
    i32[at + count - 1 - k] = item;
  }
  const last = i32[first + count - 1]!;
  if (last === 0) return unpackListLocked(th, list, count, at);
  i32[at] = last;
  return true;
}

/** The number of item slots in an items block. */
function blockCapacity(i32: Int32Array, block: number): number {
  return ((i32[block + FLAGS_WORD]! >>> SIZE_SHIFT) << 1) - HEADER_WORDS;
}

/** unpackListOnto in one step under the list's lock, for when a lock-free read met a change under way. */
function unpackListLocked(th: Thread, list: number, count: number, at: number): boolean {
  const heap = th.heap;
  const took = isFreeThreaded(heap) && lockUnlessHeld(heap, list);
  try {
    const i32 = heap.i32;
    if (i32[list + LIST_SIZE] !== count) return false;
    const base = i32[list + LIST_ITEMS]! + HEADER_WORDS;
    for (let k = count - 1; k >= 0; k--) i32[at + count - 1 - k] = i32[base + k]!;
    return true;
  } finally {
    if (took) unlockObject(heap, list);
  }
}

/** `index` counted from the end when negative; -1 when out of [0, size). */
function inRange(index: number, size: number): number {
  const k = index < 0 ? index + size : index;
  return k >= 0 && k < size ? k : -1;
}

/** l[index] = value; false when the index is out of range. */
export function listSetIndex(th: Thread, list: number, index: number, value: number): boolean {
  const heap = th.heap;
  const took = isFreeThreaded(heap) && lockUnlessHeld(heap, list);
  try {
    const k = inRange(index, heap.i32[list + LIST_SIZE]!);
    if (k < 0) return false;
    listSetUnlocked(th, list, k, value);
    return true;
  } finally {
    if (took) unlockObject(heap, list);
  }
}

/** Removes and returns l[index]; 0 when the index is out of range. */
export function listPopIndex(th: Thread, list: number, index: number): number {
  return withListLock(th, list, () => {
    const k = inRange(index, th.heap.i32[list + LIST_SIZE]!);
    return k < 0 ? 0 : listRemoveAtUnlocked(th, list, k);
  });
}

/** l.insert(index, value), the index clamped to the size as list.insert does. */
export function listInsertClamped(th: Thread, list: number, index: number, value: number): void {
  withListLock(th, list, () => {
    const n = th.heap.i32[list + LIST_SIZE]!;
    const k = index < 0 ? Math.max(0, index + n) : Math.min(index, n);
    listInsertUnlocked(th, list, k, value);
  });
}

/** Reverses the items in place. */
export function listReverse(th: Thread, list: number): void {
  withListLock(th, list, () => {
    const i32 = th.heap.i32;
    const base = i32[list + LIST_ITEMS]! + HEADER_WORDS;
    i32.subarray(base, base + i32[list + LIST_SIZE]!).reverse();
  });
}

/**
 * Removes the item at `index` if the items before it and itself are still
 * `seen[0..index]` (the same objects): then it is still the first item equal
 * to what was searched for. False when the list changed meanwhile.
 */
export function listRemoveIfUnchanged(th: Thread, list: number, index: number, seen: readonly number[]): boolean {
  return withListLock(th, list, () => {
    const i32 = th.heap.i32;
    if (index >= i32[list + LIST_SIZE]!) return false;
    const base = i32[list + LIST_ITEMS]! + HEADER_WORDS;
    for (let k = 0; k <= index; k++) if (i32[base + k] !== seen[k]) return false;
    listRemoveAtUnlocked(th, list, index);
    return true;
  });
}

/** Takes every item out of the list (for sorting) and returns them. */
export function listTakeAll(th: Thread, list: number): number[] {
  return withListLock(th, list, () => {
    const items = listSnapshot(th, list);
    listSetAllUnlocked(th, list, []);
    return items;
  });
}

/** Puts `items` back after listTakeAll; false when the list was changed meanwhile (the changes are dropped). */
export function listPutBack(th: Thread, list: number, items: readonly number[]): boolean {
  return withListLock(th, list, () => {
    const untouched = th.heap.i32[list + LIST_SIZE] === 0;
    listSetAllUnlocked(th, list, items);
    return untouched;
  });
}
