// The intern table: one canonical heap str per identifier, shared by every
// thread.
//
// The table is a VALUES block in the heap (G_INTERN_TABLE), a power-of-two
// array of str pointers searched by linear probing from the str's hash; it is
// at most two-thirds full and doubles when it would pass that. Interned
// strings are marked STR_INTERNED, so two different interned strs are known
// to differ without comparing characters. The table is a root: interned
// strings live as long as the heap (as identifiers live as long as the code
// that names them).
//
// Without the GIL, interning takes G_INTERN_LOCK (it may allocate, which takes
// the allocator's lock inside it: always in that order).

import { allocate } from "../heap/alloc.js";
import { type Heap, refreshViews } from "../heap/heap.js";
import {
  BLOCK_VALUES, G_FREE_THREADED, G_INTERN_COUNT, G_INTERN_LOCK, G_INTERN_TABLE, STR_FLAGS, STR_HASH,
  STR_INTERNED,
} from "../heap/layout.js";
import { lockWord, unlockWord } from "../heap/lock.js";
import { hashJsString } from "./hash.js";
import { isStr, newStr, strEquals, strEqualsJs, strValue } from "./str.js";

const INITIAL_SLOTS = 1024;
/** Table slots start after the block header. */
const SLOTS = 2;

function withInternLock<T>(heap: Heap, body: () => T): T {
  if (heap.i32[G_FREE_THREADED] === 0) return body();
  lockWord(heap.i32, G_INTERN_LOCK);
  refreshViews(heap);
  try {
    return body();
  } finally {
    unlockWord(heap.i32, G_INTERN_LOCK);
  }
}

function slotCount(heap: Heap, table: number): number {
  return 1 << (31 - Math.clz32(blockPayload(heap, table)));
}

function blockPayload(heap: Heap, table: number): number {
  return ((heap.i32[table + 1]! >>> 5) << 1) - SLOTS;
}

/** Creates the empty intern table (at heap creation). */
export function createInternTable(heap: Heap): void {
  heap.i32[G_INTERN_TABLE] = allocate(heap, SLOTS + INITIAL_SLOTS, BLOCK_VALUES);
  heap.i32[G_INTERN_COUNT] = 0;
}

/** The interned str equal to the JavaScript string `s`, created if needed. */
export function internString(heap: Heap, s: string): number {
  // Without the GIL the table may have moved into memory another thread grew the buffer by.
  if (heap.i32[G_FREE_THREADED] !== 0) refreshViews(heap);
  const found = findJs(heap, s);
  if (found !== 0) return found;
  return withInternLock(heap, () => findJs(heap, s) || insert(heap, newStr(heap, s)));
}

/** The interned str equal to the str `v`: `v` itself if it is the first of its text to be interned. */
export function internStr(heap: Heap, v: number): number {
  if ((heap.i32[v + STR_FLAGS]! & STR_INTERNED) !== 0) return v;
  return withInternLock(heap, () => findStr(heap, v) || insert(heap, isStr(heap, v) ? v : copyStr(heap, v)));
}

/** A str subclass instance interns as a plain str of the same text. */
function copyStr(heap: Heap, v: number): number {
  return newStr(heap, strValue(heap, v));
}

/** The number of interned strings. */
export function internedCount(heap: Heap): number {
  return heap.i32[G_INTERN_COUNT]!;
}

function findJs(heap: Heap, s: string): number {
  const i32 = heap.i32;
  const table = i32[G_INTERN_TABLE]!;
  const mask = slotCount(heap, table) - 1;
  const hash = hashJsString(s);
  for (let i = hash & mask; ; i = (i + 1) & mask) {
    const entry = i32[table + SLOTS + i]!;
    if (entry === 0) return 0;
    if (i32[entry + STR_HASH] === hash && strEqualsJs(heap, entry, s)) return entry;
  }
}

function findStr(heap: Heap, v: number): number {
  const i32 = heap.i32;
  const table = i32[G_INTERN_TABLE]!;
  const mask = slotCount(heap, table) - 1;
  const hash = i32[v + STR_HASH]!;
  for (let i = hash & mask; ; i = (i + 1) & mask) {
    const entry = i32[table + SLOTS + i]!;
    if (entry === 0) return 0;
    if (i32[entry + STR_HASH] === hash && strEquals(heap, entry, v)) return entry;
  }
}

function insert(heap: Heap, str: number): number {
  let i32 = heap.i32;
  if ((i32[G_INTERN_COUNT]! + 1) * 3 > slotCount(heap, i32[G_INTERN_TABLE]!) * 2) {
    grow(heap);
    i32 = heap.i32;
  }
  place(heap, i32[G_INTERN_TABLE]!, str);
  i32[str + STR_FLAGS] = i32[str + STR_FLAGS]! | STR_INTERNED;
  i32[G_INTERN_COUNT]++;
  return str;
}

function place(heap: Heap, table: number, str: number): void {
  const i32 = heap.i32;
  const mask = slotCount(heap, table) - 1;
  let i = i32[str + STR_HASH]! & mask;
  while (i32[table + SLOTS + i] !== 0) i = (i + 1) & mask;
  i32[table + SLOTS + i] = str;
}

function grow(heap: Heap): void {
  const old = heap.i32[G_INTERN_TABLE]!;
  const oldSlots = slotCount(heap, old);
  const table = allocate(heap, SLOTS + oldSlots * 2, BLOCK_VALUES);
  const i32 = heap.i32;
  for (let i = 0; i < oldSlots; i++) {
    const entry = i32[old + SLOTS + i]!;
    if (entry !== 0) place(heap, table, entry);
  }
  i32[G_INTERN_TABLE] = table;
}
