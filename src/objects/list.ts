// list: a growable array of values.
//
// The list object holds a VALUES block of items (0 while the capacity is 0),
// the size and the capacity. Growing follows CPython's list_resize exactly
// (capacities 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...; no over-allocation
// when a single resize jumps far), and so does shrinking (only below half the
// capacity). Invariant: item slots at or past `size` hold 0, because the
// collector traces the whole block.
//
// A resize first tries to grow or shrink the block where it is (as realloc
// does); otherwise the items move to a new block and the old one is returned
// to the allocator (with the GIL; without it the collector reclaims it, since
// another thread may still be reading it).

import { allocate, freeBlock, resizeInPlace } from "../heap/alloc.js";
import { PyError } from "../heap/errors.js";
import type { Heap } from "../heap/heap.js";
import { isFreeThreaded, withObjectLock } from "../heap/lock.js";
import {
  BLOCK_VALUES, FLAGS_WORD, G_TYPES, LIST_CAPACITY, LIST_ITEMS, LIST_SIZE, LIST_WORDS, SIZE_SHIFT, TF_LIST_SUBCLASS,
  TYPE_FLAGS, TYPE_INSTANCE_WORDS, TYPE_WORD,
} from "../heap/layout.js";
import { TypeId } from "./type-ids.js";

/** Items start after the block's header. */
const FIRST_ITEM = 2;

/**
 * The item at `index` read without a lock, or 0 when out of
 * range or being changed. The block is read first and the index bounded by
 * its own capacity too, so a reader never strays past a block that another
 * thread has just replaced (blocks are reclaimed only with the world stopped).
 */
export function listItemUnlocked(i32: Int32Array, list: number, index: number): number {
  const block = i32[list + LIST_ITEMS]!;
  if (block === 0 || index < 0 || index >= i32[list + LIST_SIZE]!) return 0;
  if (index >= ((i32[block + FLAGS_WORD]! >>> SIZE_SHIFT) << 1) - FIRST_ITEM) return 0;
  return i32[block + FIRST_ITEM + index]!;
}

export function listType(heap: Heap): number {
  return heap.i32[G_TYPES + TypeId.list]!;
}

/** Whether `v` is exactly a list. */
export function isList(heap: Heap, v: number): boolean {
  return (v & 1) === 0 && v !== 0 && heap.i32[v + TYPE_WORD] === heap.i32[G_TYPES + TypeId.list];
}

/** Whether `v` is a list or an instance of a subclass of list. */
export function isListInstance(heap: Heap, v: number): boolean {
  if ((v & 1) === 1 || v === 0) return false;
  const type = heap.i32[v + TYPE_WORD]!;
  return (type & 1) === 0 && (heap.i32[type + TYPE_FLAGS]! & TF_LIST_SUBCLASS) !== 0;
}

/** A new empty list with room for `capacity` items (of class `type`, a list subclass, if given). */
export function newList(heap: Heap, capacity = 0, type = 0): number {
  const listClass = type === 0 ? heap.i32[G_TYPES + TypeId.list]! : type;
  const l = allocate(heap, type === 0 ? LIST_WORDS : heap.i32[type + TYPE_INSTANCE_WORDS]!, listClass);
  if (capacity > 0) setCapacity(heap, l, capacity);
  return l;
}

/** A new list of the given values. */
export function listOf(heap: Heap, items: readonly number[]): number {
  const l = newList(heap, items.length);
  const i32 = heap.i32;
  const block = i32[l + LIST_ITEMS]!;
  for (let i = 0; i < items.length; i++) i32[block + FIRST_ITEM + i] = items[i]!;
  i32[l + LIST_SIZE] = items.length;
  return l;
}

export function listSize(heap: Heap, l: number): number {
  return heap.i32[l + LIST_SIZE]!;
}

export function listCapacity(heap: Heap, l: number): number {
  return heap.i32[l + LIST_CAPACITY]!;
}

/** Item `i` (0 <= i < size; the caller checks). */
export function listItem(heap: Heap, l: number, i: number): number {
  const i32 = heap.i32;
  return i32[i32[l + LIST_ITEMS]! + FIRST_ITEM + i]!;
}

function listSetItemUnlocked(heap: Heap, l: number, i: number, value: number): void {
  const i32 = heap.i32;
  i32[i32[l + LIST_ITEMS]! + FIRST_ITEM + i] = value;
}

/** The items as a JavaScript array. */
export function listItems(heap: Heap, l: number): number[] {
  const i32 = heap.i32;
  const n = i32[l + LIST_SIZE]!;
  const block = i32[l + LIST_ITEMS]!;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = i32[block + FIRST_ITEM + i]!;
  return out;
}

/** Moves the items to a block of exactly `capacity` slots (0: no block). */
function setCapacity(heap: Heap, l: number, capacity: number): void {
  const old = heap.i32[l + LIST_ITEMS]!;
  if (old !== 0 && capacity !== 0 && resizeInPlace(heap, old, FIRST_ITEM + capacity)) {
    heap.i32[l + LIST_CAPACITY] = capacity;
    return;
  }
  const block = capacity === 0 ? 0 : allocate(heap, FIRST_ITEM + capacity, BLOCK_VALUES);
  const i32 = heap.i32;
  const keep = Math.min(i32[l + LIST_SIZE]!, capacity);
  if (old !== 0 && block !== 0) i32.copyWithin(block + FIRST_ITEM, old + FIRST_ITEM, old + FIRST_ITEM + keep);
  i32[l + LIST_ITEMS] = block;
  i32[l + LIST_CAPACITY] = capacity;
  if (old !== 0) freeBlock(heap, old);
}

function listResizeUnlocked(heap: Heap, l: number, newSize: number): void {
  const i32 = heap.i32;
  const size = i32[l + LIST_SIZE]!;
  const allocated = i32[l + LIST_CAPACITY]!;
  if (allocated >= newSize && newSize >= allocated >> 1) {
    if (newSize < size) i32.fill(0, i32[l + LIST_ITEMS]! + FIRST_ITEM + newSize, i32[l + LIST_ITEMS]! + FIRST_ITEM + size);
    i32[l + LIST_SIZE] = newSize;
    return;
  }
  let capacity = (newSize + (newSize >> 3) + 6) & ~3;
  if (newSize - size > capacity - newSize) capacity = (newSize + 3) & ~3;
  if (newSize === 0) capacity = 0;
  if (newSize < size) i32.fill(0, i32[l + LIST_ITEMS]! + FIRST_ITEM + newSize, i32[l + LIST_ITEMS]! + FIRST_ITEM + size);
  setCapacity(heap, l, capacity);
  heap.i32[l + LIST_SIZE] = newSize;
}

function listAppendUnlocked(heap: Heap, l: number, value: number): void {
  let i32 = heap.i32;
  const size = i32[l + LIST_SIZE]!;
  if (size < i32[l + LIST_CAPACITY]!) {
    i32[i32[l + LIST_ITEMS]! + FIRST_ITEM + size] = value;
    i32[l + LIST_SIZE] = size + 1;
    return;
  }
  listResizeUnlocked(heap, l, size + 1);
  i32 = heap.i32;
  i32[i32[l + LIST_ITEMS]! + FIRST_ITEM + size] = value;
}

function listInsertUnlocked(heap: Heap, l: number, index: number, value: number): void {
  const size = heap.i32[l + LIST_SIZE]!;
  if (index < 0) index = Math.max(0, index + size);
  if (index > size) index = size;
  listResizeUnlocked(heap, l, size + 1);
  const i32 = heap.i32;
  const block = i32[l + LIST_ITEMS]!;
  i32.copyWithin(block + FIRST_ITEM + index + 1, block + FIRST_ITEM + index, block + FIRST_ITEM + size);
  i32[block + FIRST_ITEM + index] = value;
}

function listPopUnlocked(heap: Heap, l: number, index = -1): number {
  const size = heap.i32[l + LIST_SIZE]!;
  if (size === 0) throw new PyError("IndexError", "pop from empty list");
  if (index < 0) index += size;
  if (index < 0 || index >= size) throw new PyError("IndexError", "pop index out of range");
  const value = listItem(heap, l, index);
  listDeleteRangeUnlocked(heap, l, index, index + 1);
  return value;
}

function listDeleteRangeUnlocked(heap: Heap, l: number, start: number, stop: number): void {
  listReplaceRangeUnlocked(heap, l, start, stop, []);
}

function listReplaceRangeUnlocked(heap: Heap, l: number, start: number, stop: number, values: readonly number[]): void {
  let i32 = heap.i32;
  const size = i32[l + LIST_SIZE]!;
  const removed = stop - start;
  const delta = values.length - removed;
  if (delta < 0) {
    const block = i32[l + LIST_ITEMS]!;
    i32.copyWithin(block + FIRST_ITEM + stop + delta, block + FIRST_ITEM + stop, block + FIRST_ITEM + size);
    listResizeUnlocked(heap, l, size + delta);
  } else if (delta > 0) {
    listResizeUnlocked(heap, l, size + delta);
    i32 = heap.i32;
    const block = i32[l + LIST_ITEMS]!;
    i32.copyWithin(block + FIRST_ITEM + stop + delta, block + FIRST_ITEM + stop, block + FIRST_ITEM + size);
  }
  i32 = heap.i32;
  const block = i32[l + LIST_ITEMS]!;
  for (let i = 0; i < values.length; i++) i32[block + FIRST_ITEM + start + i] = values[i]!;
}

function listExtendUnlocked(heap: Heap, l: number, values: readonly number[]): void {
  const size = heap.i32[l + LIST_SIZE]!;
  listReplaceRangeUnlocked(heap, l, size, size, values);
}

/** l[start:stop] as a new list, for 0 <= start <= stop <= size. */
export function listSlice(heap: Heap, l: number, start: number, stop: number): number {
  const copy = newList(heap, stop - start);
  const i32 = heap.i32;
  const from = i32[l + LIST_ITEMS]!;
  if (stop > start) i32.copyWithin(i32[copy + LIST_ITEMS]! + FIRST_ITEM, from + FIRST_ITEM + start, from + FIRST_ITEM + stop);
  i32[copy + LIST_SIZE] = stop - start;
  return copy;
}

/** a + b for lists. */
export function listConcat(heap: Heap, a: number, b: number): number {
  const na = heap.i32[a + LIST_SIZE]!;
  const nb = heap.i32[b + LIST_SIZE]!;
  const result = newList(heap, na + nb);
  const i32 = heap.i32;
  const to = i32[result + LIST_ITEMS]! + FIRST_ITEM;
  if (na > 0) i32.copyWithin(to, i32[a + LIST_ITEMS]! + FIRST_ITEM, i32[a + LIST_ITEMS]! + FIRST_ITEM + na);
  if (nb > 0) i32.copyWithin(to + na, i32[b + LIST_ITEMS]! + FIRST_ITEM, i32[b + LIST_ITEMS]! + FIRST_ITEM + nb);
  i32[result + LIST_SIZE] = na + nb;
  return result;
}

function listReverseUnlocked(heap: Heap, l: number): void {
  const i32 = heap.i32;
  const size = i32[l + LIST_SIZE]!;
  if (size < 2) return;
  const first = i32[l + LIST_ITEMS]! + FIRST_ITEM;
  i32.subarray(first, first + size).reverse();
}

function listClearUnlocked(heap: Heap, l: number): void {
  const i32 = heap.i32;
  const old = i32[l + LIST_ITEMS]!;
  i32[l + LIST_ITEMS] = 0;
  i32[l + LIST_SIZE] = 0;
  i32[l + LIST_CAPACITY] = 0;
  if (old !== 0) freeBlock(heap, old);
}

// ---------------------------------------------------------------------------
// Without the GIL, changes take the object's lock (src/heap/lock.ts).

/** Replaces item `i` (0 <= i < size; the caller checks). */
export function listSetItem(heap: Heap, l: number, i: number, value: number): void {
  if (!isFreeThreaded(heap)) return listSetItemUnlocked(heap, l, i, value);
  withObjectLock(heap, l, () => listSetItemUnlocked(heap, l, i, value));
}

/** Sets the size to `newSize` (CPython's list_resize); new slots are 0 for the caller to fill. */
export function listResize(heap: Heap, l: number, newSize: number): void {
  if (!isFreeThreaded(heap)) return listResizeUnlocked(heap, l, newSize);
  withObjectLock(heap, l, () => listResizeUnlocked(heap, l, newSize));
}

/** l.append(value) */
export function listAppend(heap: Heap, l: number, value: number): void {
  if (!isFreeThreaded(heap)) return listAppendUnlocked(heap, l, value);
  withObjectLock(heap, l, () => listAppendUnlocked(heap, l, value));
}

/** l.insert(index, value), with Python's clamping of the index. */
export function listInsert(heap: Heap, l: number, index: number, value: number): void {
  if (!isFreeThreaded(heap)) return listInsertUnlocked(heap, l, index, value);
  withObjectLock(heap, l, () => listInsertUnlocked(heap, l, index, value));
}

/** l.pop(index): removes and returns the item; IndexError as CPython when empty or out of range. */
export function listPop(heap: Heap, l: number, index = -1): number {
  if (!isFreeThreaded(heap)) return listPopUnlocked(heap, l, index);
  return withObjectLock(heap, l, () => listPopUnlocked(heap, l, index));
}

/** del l[start:stop] for 0 <= start <= stop <= size. */
export function listDeleteRange(heap: Heap, l: number, start: number, stop: number): void {
  if (!isFreeThreaded(heap)) return listDeleteRangeUnlocked(heap, l, start, stop);
  withObjectLock(heap, l, () => listDeleteRangeUnlocked(heap, l, start, stop));
}

/** l[start:stop] = values for 0 <= start <= stop <= size (CPython's list_ass_slice). */
export function listReplaceRange(heap: Heap, l: number, start: number, stop: number, values: readonly number[]): void {
  if (!isFreeThreaded(heap)) return listReplaceRangeUnlocked(heap, l, start, stop, values);
  withObjectLock(heap, l, () => listReplaceRangeUnlocked(heap, l, start, stop, values));
}

/** l.extend(values) */
export function listExtend(heap: Heap, l: number, values: readonly number[]): void {
  if (!isFreeThreaded(heap)) return listExtendUnlocked(heap, l, values);
  withObjectLock(heap, l, () => listExtendUnlocked(heap, l, values));
}

/** l.reverse() */
export function listReverse(heap: Heap, l: number): void {
  if (!isFreeThreaded(heap)) return listReverseUnlocked(heap, l);
  withObjectLock(heap, l, () => listReverseUnlocked(heap, l));
}

/** l.clear() */
export function listClear(heap: Heap, l: number): void {
  if (!isFreeThreaded(heap)) return listClearUnlocked(heap, l);
  withObjectLock(heap, l, () => listClearUnlocked(heap, l));
}
