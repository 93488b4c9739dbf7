// Weak references: references that do not keep their referent alive.
//
// A weakref object (layout.ts WEAKREF_*) holds its referent's address as
// `address | 1`, which reads as a small int, so the marker passes over it. To
// find the weak references of an object, a table (G_WEAKREFS: a BLOCK_RAW
// block the collector keeps alive without tracing it) maps each weakly
// referenced object to the chain of its weak references, linked through
// WEAKREF_NEXT, in CPython's order: the plain `ref(obj)` first (every plain
// `ref(obj)` call shares it), then the others, newest first.
//
// A collection, with the world stopped, between marking and sweeping:
//   1. markPendingCallbacks: weak references whose callbacks wait to run are
//      marked with everything they reach (the callbacks may use any of it);
//   2. unmarkedReferents: notes the referents left unmarked so far;
//   3. finalizers.ts resurrects the garbage that has a __del__ to run;
//   4. clearDeadReferents: rebuilds the table. A weak reference left unmarked
//      is garbage itself and leaves its chain; a referent still unmarked is
//      gone: its weak references are cleared (referent word 0) and those with
//      a callback are queued (G_WEAKREF_PENDING, linked through WEAKREF_NEXT).
// Then, with the world running again, the collecting thread runs the queued
// callbacks (runPendingCallbacks); an exception in one is reported as
// "Exception ignored in: <callback>", as CPython does.
//
// Order with __del__: CPython runs __del__ before clearing the weak
// references when reference counting frees an object (subtype_dealloc), and
// after, for cyclic garbage (handle_weakrefs before finalize_garbage). pygil
// has no reference counts, and `del obj` of an object with both is far more
// common than such a cycle, so it follows the first order: an object
// resurrected for its __del__ keeps its weak references (r() inside __del__
// still gives the object), and once __del__ has run, a second collection
// (followUpCollection) clears them if the object stayed unreachable, so the
// callbacks run right after __del__, as in CPython.
//
// Prompt clearing: a weakly referenced object carries WATCHED_BIT, so the
// VM's hooks for finalizers (finalizers.ts) collect as soon as a reference to
// it is dropped, and `del obj; print(r())` prints None, as CPython's
// reference counting does.
//
// Invariant (free-threaded): a weak reference's referent word is written
// once, when the weak reference is made and before another thread can see
// it, and cleared only by the collector with the world stopped. Every weak
// reference with a referent is on that referent's chain, so the collector
// never misses one. A thread reading a non-zero referent word between two
// safepoints therefore holds an object that is alive, and it stays alive up
// to that thread's next safepoint, where it is a root if the thread kept it:
// a read never returns a freed object. The table changes only under
// G_WEAKREFS_LOCK, or with the world stopped; no Python code runs and no
// safepoint is reached while the lock is held.

import { allocate } from "../heap/alloc.js";
import { blockWords } from "../heap/block.js";
import type { MarkPhase } from "../heap/gc.js";
import { lockWord, unlockWord } from "../heap/lock.js";
import {
  BLOCK_RAW, FLAGS_WORD, G_WEAKREF_PENDING, G_WEAKREF_SERIAL, G_WEAKREFS, G_WEAKREFS_LOCK, NONE,
  TF_WEAKREFABLE, TYPE_FLAGS, TYPE_INSTANCE_WORDS, WATCHED_BIT, WEAKREF_CALLBACK, WEAKREF_NEXT, WEAKREF_REFERENT,
  WEAKREF_SLOT_WORDS, WEAKREF_TABLE_CAPACITY, WEAKREF_TABLE_SLOTS, WEAKREF_TABLE_USED,
} from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { callObject } from "./calls.js";
import { listedForFinalization, registerIfFinalizable, reportIgnored } from "./finalizers.js";
import { raiseException } from "./exceptions.js";
import { tpName, typeById, typeOfValue } from "./model.js";
import type { Thread } from "./thread.js";

const MIN_CAPACITY = 64;

// ---------------------------------------------------------------------------
// Reading a weak reference

/** The referent of weak reference `ref`, or 0 once it is gone. */
export function referentOf(i32: Int32Array, ref: number): number {
  return Atomics.load(i32, ref + WEAKREF_REFERENT) & ~1;
}

/** Whether instances of `value`'s type may be weakly referenced. */
export function canWeaklyReference(th: Thread, value: number): boolean {
  if ((value & 1) !== 0 || value === 0) return false;
  return (th.heap.i32[typeOfValue(th, value) + TYPE_FLAGS]! & TF_WEAKREFABLE) !== 0;
}

// ---------------------------------------------------------------------------
// Making a weak reference

/**
 * A new weak reference of `type` (ReferenceType or a subclass) to `referent`,
 * with `callback` (0 for none). A plain `ref(obj)` gives the object's existing
 * plain weak reference when it has one, as CPython does.
 */
export function newWeakref(th: Thread, type: number, referent: number, callback: number): number {
  if (!canWeaklyReference(th, referent)) {
    const name = (referent & 1) !== 0 ? "int" : tpName(th, typeOfValue(th, referent));
    raiseException(th, "TypeError", `cannot create weak reference to '${name}' object`);
  }
  const plain = callback === 0 && type === typeById(th, TypeId.ReferenceType);
  if (plain) {
    const existing = withTable(th, () => plainRefOf(th, referent));
    if (existing !== 0) return existing;
  }
  // Allocation never collects: `referent` and `callback` need no rooting here.
  const ref = allocate(th.heap, th.heap.i32[type + TYPE_INSTANCE_WORDS]!, type);
  const i32 = th.heap.i32;
  i32[ref + WEAKREF_CALLBACK] = callback;
  i32[ref + WEAKREF_REFERENT] = referent | 1;
  const made = withTable(th, () => {
    // Another thread may have made the plain one meanwhile.
    const existing = plain ? plainRefOf(th, referent) : 0;
    if (existing !== 0) return existing;
    link(th, ref, referent, plain);
    return ref;
  });
  if (made !== ref) return made;
  Atomics.or(th.heap.i32, referent + FLAGS_WORD, WATCHED_BIT);
  registerIfFinalizable(th, type, ref);
  return ref;
}

/** The object's plain weak reference (exact ReferenceType, no callback), or 0; under the lock. */
function plainRefOf(th: Thread, referent: number): number {
  const first = firstRefOf(th.heap.i32, referent);
  return first !== 0 && isPlain(th, first) ? first : 0;
}

function isPlain(th: Thread, ref: number): boolean {
  const i32 = th.heap.i32;
  return i32[ref] === typeById(th, TypeId.ReferenceType) && i32[ref + WEAKREF_CALLBACK] === 0;
}

/** Puts `ref` on `referent`'s chain: a plain one first, any other after the plain one (CPython's insert_head / insert_after). */
function link(th: Thread, ref: number, referent: number, plain: boolean): void {
  const slot = slotFor(th, referent);
  const i32 = th.heap.i32;
  const first = i32[slot + 1]!;
  if (first !== 0 && !plain && isPlain(th, first)) {
    i32[ref + WEAKREF_NEXT] = i32[first + WEAKREF_NEXT]!;
    i32[first + WEAKREF_NEXT] = ref | 1;
  } else {
    i32[ref + WEAKREF_NEXT] = first === 0 ? 0 : first | 1;
    i32[slot + 1] = ref;
  }
}

// ---------------------------------------------------------------------------
// The table: open addressing on the referent's address

function tableSlot(table: number, k: number): number {
  return table + WEAKREF_TABLE_SLOTS + k * WEAKREF_SLOT_WORDS;
}

/** Where the probe for `referent` starts: the high bits of a Fibonacci hash of its address. */
function startOf(referent: number, capacity: number): number {
  return Math.imul(referent, 0x9e3779b1) >>> (32 - (31 - Math.clz32(capacity)));
}

/** The slot of `referent` in the table, or 0 when it has none. */
function findSlot(i32: Int32Array, referent: number): number {
  const table = i32[G_WEAKREFS]!;
  if (table === 0) return 0;
  const capacity = i32[table + WEAKREF_TABLE_CAPACITY]!;
  for (let k = startOf(referent, capacity), n = 0; n < capacity; k = (k + 1) & (capacity - 1), n++) {
    const slot = tableSlot(table, k);
    const key = i32[slot]!;
    if (key === referent) return slot;
    if (key === 0) return 0;
  }
  return 0;
}

/** The first weak reference to `referent`, or 0. */
function firstRefOf(i32: Int32Array, referent: number): number {
  const slot = findSlot(i32, referent);
  return slot === 0 ? 0 : i32[slot + 1]!;
}

/** The slot of `referent`, made (with an empty chain and the next serial number) if it has none; under the lock. */
function slotFor(th: Thread, referent: number): number {
  const found = findSlot(th.heap.i32, referent);
  if (found !== 0) return found;
  const i32 = roomForOne(th);
  const slot = insertSlot(i32, i32[G_WEAKREFS]!, referent);
  i32[slot + 1] = 0;
  i32[slot + 2] = i32[G_WEAKREF_SERIAL]!;
  i32[G_WEAKREF_SERIAL] = (i32[G_WEAKREF_SERIAL]! + 1) | 0;
  return slot;
}

/** Claims an empty slot for `referent` (the table has room). */
function insertSlot(i32: Int32Array, table: number, referent: number): number {
  const capacity = i32[table + WEAKREF_TABLE_CAPACITY]!;
  let k = startOf(referent, capacity);
  while (i32[tableSlot(table, k)] !== 0) k = (k + 1) & (capacity - 1);
  const slot = tableSlot(table, k);
  i32[slot] = referent;
  i32[table + WEAKREF_TABLE_USED]!++;
  return slot;
}

/** Makes sure one more slot fits under a load of one half, growing the table if needed; returns the current view. */
function roomForOne(th: Thread): Int32Array {
  let i32 = th.heap.i32;
  const table = i32[G_WEAKREFS]!;
  const used = table === 0 ? 0 : i32[table + WEAKREF_TABLE_USED]!;
  const capacity = table === 0 ? 0 : i32[table + WEAKREF_TABLE_CAPACITY]!;
  if (2 * (used + 1) <= capacity) return i32;
  const grown = Math.max(MIN_CAPACITY, 2 * capacity);
  const fresh = allocate(th.heap, WEAKREF_TABLE_SLOTS + grown * WEAKREF_SLOT_WORDS, BLOCK_RAW);
  i32 = th.heap.i32;
  i32[fresh + WEAKREF_TABLE_CAPACITY] = grown;
  i32[fresh + WEAKREF_TABLE_USED] = 0;
  i32.fill(0, fresh + WEAKREF_TABLE_SLOTS, fresh + WEAKREF_TABLE_SLOTS + grown * WEAKREF_SLOT_WORDS);
  for (let k = 0; k < capacity; k++) {
    const slot = tableSlot(table, k);
    if (i32[slot] === 0) continue;
    const copy = insertSlot(i32, fresh, i32[slot]!);
    i32[copy + 1] = i32[slot + 1]!;
    i32[copy + 2] = i32[slot + 2]!;
  }
  i32[G_WEAKREFS] = fresh;
  return i32;
}

function withTable<T>(th: Thread, body: () => T): T {
  lockWord(th.heap.i32, G_WEAKREFS_LOCK);
  try {
    return body();
  } finally {
    unlockWord(th.heap.i32, G_WEAKREFS_LOCK);
  }
}

// ---------------------------------------------------------------------------
// Questions about an object's weak references

/** The weak references to `obj`, in CPython's order (getweakrefs, __weakref__). */
export function weakrefsOf(th: Thread, obj: number): number[] {
  if ((obj & 1) !== 0 || obj === 0) return [];
  return withTable(th, () => {
    const i32 = th.heap.i32;
    const refs: number[] = [];
    for (let ref = firstRefOf(i32, obj); ref !== 0; ref = i32[ref + WEAKREF_NEXT]! & ~1) refs.push(ref);
    return refs;
  });
}

/** obj.__weakref__: its first weak reference, or None. */
export function firstWeakref(th: Thread, obj: number): number {
  const refs = weakrefsOf(th, obj);
  return refs.length === 0 ? NONE : refs[0]!;
}

// ---------------------------------------------------------------------------
// The collector's steps (world stopped)

/** Set when a collection finds referents that are alive only for their __del__: collect again once it has run. */
let followUpWanted = false;

/** Step 1: keeps the table, and the weak references whose callbacks wait, with all they reach. */
export function markPendingCallbacks(i32: Int32Array, phase: MarkPhase): void {
  const table = i32[G_WEAKREFS]!;
  if (table !== 0) phase.markShallow(table);
  for (let ref = i32[G_WEAKREF_PENDING]!; ref !== 0; ref = i32[ref + WEAKREF_NEXT]! & ~1) phase.markDeep(ref);
}

/** Step 2: the referents that are garbage before finalizers resurrect anything. */
export function unmarkedReferents(i32: Int32Array, phase: MarkPhase): Set<number> {
  const dying = new Set<number>();
  const table = i32[G_WEAKREFS]!;
  if (table === 0) return dying;
  const capacity = i32[table + WEAKREF_TABLE_CAPACITY]!;
  for (let k = 0; k < capacity; k++) {
    const referent = i32[tableSlot(table, k)]!;
    if (referent !== 0 && !phase.isMarked(referent)) dying.add(referent);
  }
  return dying;
}

interface Entry {
  referent: number;
  serial: number;
  refs: number[];
}

/** Step 4: clears the weak references of dead referents, queues their callbacks, and rebuilds the table. */
export function clearDeadReferents(i32: Int32Array, phase: MarkPhase, dying: Set<number>): void {
  const table = i32[G_WEAKREFS]!;
  if (table === 0) return;
  const live: Entry[] = [];
  const dead: Entry[] = [];
  const unwatched: number[] = [];
  const capacity = i32[table + WEAKREF_TABLE_CAPACITY]!;
  for (let k = 0; k < capacity; k++) {
    const slot = tableSlot(table, k);
    const referent = i32[slot]!;
    if (referent === 0) continue;
    const refs: number[] = [];
    for (let ref = i32[slot + 1]!; ref !== 0; ref = i32[ref + WEAKREF_NEXT]! & ~1) {
      if (phase.isMarked(ref)) refs.push(ref);
    }
    const entry = { referent, serial: i32[slot + 2]!, refs };
    if (!phase.isMarked(referent)) dead.push(entry);
    else if (refs.length > 0) live.push(entry);
    else unwatched.push(referent);
    if (refs.length > 0 && phase.isMarked(referent) && dying.has(referent)) followUpWanted = true;
  }
  rebuild(i32, table, live);
  queueCallbacks(i32, dead);
  // An object no weak reference points at any more needs no prompt collection, unless it waits for __del__.
  if (unwatched.length > 0) {
    const listed = listedForFinalization(i32);
    for (const obj of unwatched) if (!listed.has(obj)) i32[obj + FLAGS_WORD] = i32[obj + FLAGS_WORD]! & ~WATCHED_BIT;
  }
}

/** Puts the surviving entries back, relinked, in a table sized for them (within the same block). */
function rebuild(i32: Int32Array, table: number, live: Entry[]): void {
  const room = Math.floor((blockWords(i32, table) - WEAKREF_TABLE_SLOTS) / WEAKREF_SLOT_WORDS);
  let capacity = MIN_CAPACITY;
  while (capacity < 4 * live.length && 2 * capacity <= room) capacity *= 2;
  i32.fill(0, table + WEAKREF_TABLE_SLOTS, table + WEAKREF_TABLE_SLOTS + capacity * WEAKREF_SLOT_WORDS);
  i32[table + WEAKREF_TABLE_CAPACITY] = capacity;
  i32[table + WEAKREF_TABLE_USED] = 0;
  for (const { referent, serial, refs } of live) {
    const slot = insertSlot(i32, table, referent);
    linkChain(i32, refs);
    i32[slot + 1] = refs[0]!;
    i32[slot + 2] = serial;
    // __del__ may have run since (finalizers.ts clears the bit then): the object is still watched.
    i32[referent + FLAGS_WORD] = i32[referent + FLAGS_WORD]! | WATCHED_BIT;
  }
}

function linkChain(i32: Int32Array, refs: number[]): void {
  refs.forEach((ref, k) => {
    const next = refs[k + 1];
    i32[ref + WEAKREF_NEXT] = next === undefined ? 0 : next | 1;
  });
}

/**
 * Clears the weak references of the dead referents and appends those with a
 * callback to the pending list: referents in the order they were first weakly
 * referenced, each one's weak references in chain order.
 */
function queueCallbacks(i32: Int32Array, dead: Entry[]): void {
  dead.sort((a, b) => a.serial - b.serial);
  const queued: number[] = [];
  for (const { refs } of dead) {
    for (const ref of refs) {
      i32[ref + WEAKREF_REFERENT] = 0;
      i32[ref + WEAKREF_NEXT] = 0;
      if (i32[ref + WEAKREF_CALLBACK] !== 0) queued.push(ref);
    }
  }
  if (queued.length === 0) return;
  linkChain(i32, queued);
  let last = i32[G_WEAKREF_PENDING]!;
  if (last === 0) {
    i32[G_WEAKREF_PENDING] = queued[0]!;
    return;
  }
  while ((i32[last + WEAKREF_NEXT]! & ~1) !== 0) last = i32[last + WEAKREF_NEXT]! & ~1;
  i32[last + WEAKREF_NEXT] = queued[0]! | 1;
}

/** Whether the collection just made left weakly referenced objects alive only for their __del__: asks once. */
export function takeFollowUp(): boolean {
  const wanted = followUpWanted;
  followUpWanted = false;
  return wanted;
}

// ---------------------------------------------------------------------------
// Callbacks (world running)

/** Runs the callbacks queued by the collections so far, each with its weak reference. */
export function runPendingCallbacks(th: Thread): void {
  if (th.heap.i32[G_WEAKREF_PENDING] === 0) return;
  const refs = withTable(th, () => {
    const i32 = th.heap.i32;
    const taken: number[] = [];
    for (let ref = i32[G_WEAKREF_PENDING]!; ref !== 0;) {
      taken.push(ref);
      const next = i32[ref + WEAKREF_NEXT]! & ~1;
      i32[ref + WEAKREF_NEXT] = 0;
      ref = next;
    }
    i32[G_WEAKREF_PENDING] = 0;
    return taken;
  });
  const i32 = th.heap.i32;
  const callbacks = refs.map((ref) => i32[ref + WEAKREF_CALLBACK]!);
  for (const ref of refs) th.pushRoot(ref);
  for (const callback of callbacks) th.pushRoot(callback);
  // As CPython: a weak reference whose callback was called has none any more.
  for (const ref of refs) i32[ref + WEAKREF_CALLBACK] = 0;
  try {
    refs.forEach((ref, k) => {
      try {
        callObject(th, callbacks[k]!, [ref]);
      } catch (err) {
        reportIgnored(th, callbacks[k]!, err);
      }
    });
  } finally {
    th.popRoots(2 * refs.length);
  }
}
