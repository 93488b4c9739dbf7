// set and frozenset: CPython's open-addressing table, step for step, so that
// a set iterates in the same order as in CPython 3.13 (for keys whose hashes
// agree with CPython's: numbers, tuples of numbers...).
//
// The table (a SET_TABLE block) has mask+1 entries of (hash lo, hash hi,
// key); key 0 with hash 0 is an unused slot, key SET_DUMMY with hash -1 a
// deleted one. A table starts with 8 entries. To find a key: start at
// `hash & mask`, look at that entry and the next LINEAR_PROBES (9) entries
// when they fit before the end of the table, then jump: perturb >>= 5,
// i = (i * 5 + 1 + perturb) & mask. `fill` counts used and deleted slots,
// `used` the keys. After an insertion into an unused slot, when fill*5 >=
// mask*3, the table is rebuilt for used*4 keys (used*2 past 50000): the
// smallest power of two above that. The set operations (union, intersection,
// differences, copies) follow CPython's choices of which side to iterate and
// when to resize, since those decide the resulting order.
//
// Keys compare by identity, then by stored hash, then by `equals(a, b)`,
// which may run Python code; if that changed the table under us, the search
// starts over, as in CPython.

import { allocate, freeBlock } from "../heap/alloc.js";
import { blockWords } from "../heap/block.js";
import type { Heap } from "../heap/heap.js";
import { enterObjectLock, exitObjectLock, isFreeThreaded, withObjectLock } from "../heap/lock.js";
import {
  BLOCK_SET_TABLE, G_TYPES, IMMUTABLE_BIT, SET_DUMMY, SET_ENTRY_WORDS, SET_FILL, SET_FINGER, SET_HASH_HI,
  SET_HASH_LO, SET_HASHED, SET_MASK, SET_TABLE, SET_USED, TF_IMMUTABLE, TF_SET_SUBCLASS, TYPE_FLAGS,
  TYPE_INSTANCE_WORDS, TYPE_WORD,
} from "../heap/layout.js";
import { type KeyEquals, dictEntryHash, dictEntryHashHigh, dictEntryKey, dictNextEntry, dictSize } from "./dict.js";
import { hashFrozensetTable, hashOut, setHash } from "./hash.js";
import { TypeId } from "./type-ids.js";

export type { KeyEquals };

const MIN_SIZE = 8;
const LINEAR_PROBES = 9;

// ---------------------------------------------------------------------------
// Objects

/** Whether `v` is a set, a frozenset, or an instance of a subclass of either. */
export function isAnySet(heap: Heap, v: number): boolean {
  if ((v & 1) === 1 || v === 0) return false;
  const type = heap.i32[v + TYPE_WORD]!;
  return (type & 1) === 0 && (heap.i32[type + TYPE_FLAGS]! & TF_SET_SUBCLASS) !== 0;
}

/** Whether `v` is a frozenset or an instance of a subclass of frozenset. */
export function isFrozenset(heap: Heap, v: number): boolean {
  if (!isAnySet(heap, v)) return false;
  return (heap.i32[heap.i32[v + TYPE_WORD]! + TYPE_FLAGS]! & TF_IMMUTABLE) !== 0;
}

function newTable(heap: Heap, size: number): number {
  return allocate(heap, 2 + size * SET_ENTRY_WORDS, BLOCK_SET_TABLE);
}

/** A new empty set; a frozenset if `frozen`; of class `type` (a subclass) if given. */
export function newSet(heap: Heap, frozen = false, type = 0): number {
  const setClass = type !== 0 ? type : heap.i32[G_TYPES + (frozen ? TypeId.frozenset : TypeId.set)]!;
  const words = heap.i32[setClass + TYPE_INSTANCE_WORDS]!;
  const s = allocate(heap, words, setClass, (heap.i32[setClass + TYPE_FLAGS]! & TF_IMMUTABLE) !== 0 ? IMMUTABLE_BIT : 0);
  const table = newTable(heap, MIN_SIZE);
  const i32 = heap.i32;
  i32[s + SET_TABLE] = table;
  i32[s + SET_MASK] = MIN_SIZE - 1;
  return s;
}

/** A new empty set of the base type of `s` (set for set subclasses, else frozenset), as CPython's make_new_set_basetype. */
function newSetLike(heap: Heap, s: number): number {
  return newSet(heap, isFrozenset(heap, s));
}

export function setSize(heap: Heap, s: number): number {
  return heap.i32[s + SET_USED]!;
}

/** The word index of entry `i` of the set's current table. */
function entryWord(i32: Int32Array, s: number, i: number): number {
  return i32[s + SET_TABLE]! + 2 + i * SET_ENTRY_WORDS;
}

function isUnused(i32: Int32Array, e: number): boolean {
  return i32[e + 2] === 0 && i32[e] === 0 && i32[e + 1] === 0;
}

function storeEntry(i32: Int32Array, e: number, key: number, hashLo: number, hashHi: number): void {
  i32[e] = hashLo;
  i32[e + 1] = hashHi;
  i32[e + 2] = key;
}

function invalidateHash(i32: Int32Array, s: number): void {
  i32[s + SET_HASHED] = 0;
}

// ---------------------------------------------------------------------------
// Probing (CPython's set_lookkey, set_add_entry, set_insert_clean)

/** Perturbation state of a probe sequence over a 64-bit hash. */
class Perturbation {
  lo = 0;
  hi = 0;

  start(hashLo: number, hashHi: number): void {
    this.lo = hashLo;
    this.hi = hashHi;
  }

  /** perturb >>= 5, then the next starting index. */
  next(i: number, mask: number): number {
    this.lo = (this.lo >>> 5) | (this.hi << 27);
    this.hi = this.hi >>> 5;
    return (i * 5 + 1 + (this.lo >>> 0)) & mask;
  }
}

/** The entry index holding `key`, or -1 (set_lookkey). */
export function setLookup(heap: Heap, s: number, key: number, hashLo: number, hashHi: number, equals: KeyEquals): number {
  restart: for (;;) {
    let mask = heap.i32[s + SET_MASK]!;
    const perturb = new Perturbation();
    perturb.start(hashLo, hashHi);
    let i = hashLo & mask;
    for (;;) {
      let entry = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const i32 = heap.i32;
        const e = entryWord(i32, s, entry);
        if (isUnused(i32, e)) return -1;
        if (i32[e] === hashLo && i32[e + 1] === hashHi) {
          const candidate = i32[e + 2]!;
          if (candidate === key) return entry;
          const table = i32[s + SET_TABLE]!;
          const equal = equals(candidate, key);
          const j32 = heap.i32;
          if (j32[s + SET_TABLE] !== table || j32[entryWord(j32, s, entry) + 2] !== candidate) continue restart;
          if (equal) return entry;
          mask = j32[s + SET_MASK]!;
        }
        entry++;
      } while (probes-- > 0);
      i = perturb.next(i, mask);
    }
  }
}

function setAddUnlocked(heap: Heap, s: number, key: number, hashLo: number, hashHi: number, equals: KeyEquals): boolean {
  restart: for (;;) {
    let mask = heap.i32[s + SET_MASK]!;
    const perturb = new Perturbation();
    perturb.start(hashLo, hashHi);
    let freeSlot = -1;
    let i = hashLo & mask;
    for (;;) {
      let entry = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const i32 = heap.i32;
        const e = entryWord(i32, s, entry);
        if (isUnused(i32, e)) {
          if (freeSlot >= 0) {
            storeEntry(i32, entryWord(i32, s, freeSlot), key, hashLo, hashHi);
            i32[s + SET_USED]++;
            invalidateHash(i32, s);
            return true;
          }
          storeEntry(i32, e, key, hashLo, hashHi);
          i32[s + SET_FILL]++;
          i32[s + SET_USED]++;
          invalidateHash(i32, s);
          const used = i32[s + SET_USED]!;
          if (i32[s + SET_FILL]! * 5 >= mask * 3) resizeTable(heap, s, used > 50000 ? used * 2 : used * 4);
          return true;
        }
        if (i32[e] === hashLo && i32[e + 1] === hashHi) {
          const candidate = i32[e + 2]!;
          if (candidate === key) return false;
          const table = i32[s + SET_TABLE]!;
          const equal = equals(candidate, key);
          if (equal) return false;
          const j32 = heap.i32;
          if (j32[s + SET_TABLE] !== table || j32[entryWord(j32, s, entry) + 2] !== candidate) continue restart;
          mask = j32[s + SET_MASK]!;
        } else if (i32[e] === -1 && i32[e + 1] === -1) {
          freeSlot = entry;
        }
        entry++;
      } while (probes-- > 0);
      i = perturb.next(i, mask);
    }
  }
}

/** Places a key known to be absent into a table with no deleted entries. */
function insertClean(i32: Int32Array, table: number, mask: number, key: number, hashLo: number, hashHi: number): void {
  const perturb = new Perturbation();
  perturb.start(hashLo, hashHi);
  let i = hashLo & mask;
  for (;;) {
    let e = table + 2 + i * SET_ENTRY_WORDS;
    if (i32[e + 2] === 0) return storeEntry(i32, e, key, hashLo, hashHi);
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 0; j < LINEAR_PROBES; j++) {
        e += SET_ENTRY_WORDS;
        if (i32[e + 2] === 0) return storeEntry(i32, e, key, hashLo, hashHi);
      }
    }
    i = perturb.next(i, mask);
  }
}

/** Rebuilds the table for `minUsed` keys (set_table_resize). */
function resizeTable(heap: Heap, s: number, minUsed: number): void {
  let newSize = MIN_SIZE;
  while (newSize <= minUsed) newSize *= 2;
  let i32 = heap.i32;
  const oldMask = i32[s + SET_MASK]!;
  if (newSize === MIN_SIZE && oldMask === MIN_SIZE - 1 && i32[s + SET_FILL] === i32[s + SET_USED]) return;
  const oldTable = i32[s + SET_TABLE]!;
  const table = newTable(heap, newSize);
  i32 = heap.i32;
  const withDummies = i32[s + SET_FILL] !== i32[s + SET_USED];
  if (withDummies) i32[s + SET_FILL] = i32[s + SET_USED]!;
  for (let i = 0; i <= oldMask; i++) {
    const e = oldTable + 2 + i * SET_ENTRY_WORDS;
    const key = i32[e + 2]!;
    if (key !== 0 && key !== SET_DUMMY) insertClean(i32, table, newSize - 1, key, i32[e]!, i32[e + 1]!);
  }
  i32[s + SET_TABLE] = table;
  i32[s + SET_MASK] = newSize - 1;
  freeBlock(heap, oldTable);
}

// ---------------------------------------------------------------------------
// Single-key operations

export function setContains(heap: Heap, s: number, key: number, hashLo: number, hashHi: number, equals: KeyEquals): boolean {
  return setLookup(heap, s, key, hashLo, hashHi, equals) >= 0;
}

function setDiscardUnlocked(heap: Heap, s: number, key: number, hashLo: number, hashHi: number, equals: KeyEquals): boolean {
  const entry = setLookup(heap, s, key, hashLo, hashHi, equals);
  if (entry < 0) return false;
  const i32 = heap.i32;
  storeEntry(i32, entryWord(i32, s, entry), SET_DUMMY, -1, -1);
  i32[s + SET_USED]--;
  invalidateHash(i32, s);
  return true;
}

function setPopUnlocked(heap: Heap, s: number): number {
  const i32 = heap.i32;
  if (i32[s + SET_USED] === 0) return 0;
  const mask = i32[s + SET_MASK]!;
  let entry = i32[s + SET_FINGER]! & mask;
  for (;;) {
    const key = i32[entryWord(i32, s, entry) + 2]!;
    if (key !== 0 && key !== SET_DUMMY) break;
    entry = entry + 1 > mask ? 0 : entry + 1;
  }
  const e = entryWord(i32, s, entry);
  const key = i32[e + 2]!;
  storeEntry(i32, e, SET_DUMMY, -1, -1);
  i32[s + SET_USED]--;
  i32[s + SET_FINGER] = entry + 1;
  invalidateHash(i32, s);
  return key;
}

function setClearUnlocked(heap: Heap, s: number): void {
  const old = heap.i32[s + SET_TABLE]!;
  const table = newTable(heap, MIN_SIZE);
  const i32 = heap.i32;
  i32[s + SET_TABLE] = table;
  i32[s + SET_MASK] = MIN_SIZE - 1;
  i32[s + SET_FILL] = 0;
  i32[s + SET_USED] = 0;
  invalidateHash(i32, s);
  freeBlock(heap, old);
}

// ---------------------------------------------------------------------------
// Iteration

/** The first entry at or after `position` holding a key, or -1 (set_next). */
export function setNextEntry(heap: Heap, s: number, position: number): number {
  const i32 = heap.i32;
  const mask = i32[s + SET_MASK]!;
  for (let i = position; i <= mask; i++) {
    const key = i32[entryWord(i32, s, i) + 2]!;
    if (key !== 0 && key !== SET_DUMMY) return i;
  }
  return -1;
}

export function setEntryKey(heap: Heap, s: number, entry: number): number {
  const i32 = heap.i32;
  return i32[entryWord(i32, s, entry) + 2]!;
}

/**
 * The key of entry `entry`, or 0 when the entry lies past the end of the
 * table it is read from: without the GIL another thread may have replaced
 * the table with a smaller one (clear()) since the caller read the mask.
 */
export function setEntryKeyInTable(heap: Heap, s: number, entry: number): number {
  const i32 = heap.i32;
  const table = i32[s + SET_TABLE]!;
  const e = table + 2 + entry * SET_ENTRY_WORDS;
  return e + SET_ENTRY_WORDS <= table + blockWords(i32, table) ? i32[e + 2]! : 0;
}

/** The stored hash of an entry: returns its low word and leaves both in hashOut. */
export function setEntryHash(heap: Heap, s: number, entry: number): number {
  const i32 = heap.i32;
  const e = entryWord(i32, s, entry);
  return setHash(i32[e]!, i32[e + 1]!);
}

/** The keys in iteration order. */
export function setKeys(heap: Heap, s: number): number[] {
  const i32 = heap.i32;
  // One table, bounded by its own block: without the GIL another thread may
  // replace the table and its mask meanwhile, or delete a key between reads.
  const table = i32[s + SET_TABLE]!;
  const end = table + blockWords(i32, table);
  const out: number[] = [];
  for (let e = table + 2; e + SET_ENTRY_WORDS <= end; e += SET_ENTRY_WORDS) {
    const key = i32[e + 2]!;
    if (key !== 0 && key !== SET_DUMMY) out.push(key);
  }
  return out;
}

/** Calls `visit(key, hashLo, hashHi)` for each key of `s` in order (keys read before each call, so `visit` may not resize `s`). */
function forEachEntry(heap: Heap, s: number, visit: (key: number, hashLo: number, hashHi: number) => void): void {
  for (let i = setNextEntry(heap, s, 0); i >= 0; i = setNextEntry(heap, s, i + 1)) {
    const i32 = heap.i32;
    const e = entryWord(i32, s, i);
    visit(i32[e + 2]!, i32[e]!, i32[e + 1]!);
  }
}

// ---------------------------------------------------------------------------
// Whole-set operations

function setUpdateFromSetUnlocked(heap: Heap, s: number, other: number, equals: KeyEquals): void {
  let i32 = heap.i32;
  const otherUsed = i32[other + SET_USED]!;
  if (other === s || otherUsed === 0) return;
  if ((i32[s + SET_FILL]! + otherUsed) * 5 >= i32[s + SET_MASK]! * 3) {
    resizeTable(heap, s, (i32[s + SET_USED]! + otherUsed) * 2);
    i32 = heap.i32;
  }
  const otherMask = i32[other + SET_MASK]!;
  if (i32[s + SET_FILL] === 0) {
    invalidateHash(i32, s);
    if (i32[s + SET_MASK] === otherMask && i32[other + SET_FILL] === otherUsed) {
      i32.copyWithin(entryWord(i32, s, 0), entryWord(i32, other, 0), entryWord(i32, other, otherMask + 1));
      i32[s + SET_FILL] = otherUsed;
      i32[s + SET_USED] = otherUsed;
      return;
    }
    i32[s + SET_FILL] = otherUsed;
    i32[s + SET_USED] = otherUsed;
    const table = i32[s + SET_TABLE]!;
    const mask = i32[s + SET_MASK]!;
    forEachEntry(heap, other, (key, lo, hi) => insertClean(heap.i32, table, mask, key, lo, hi));
    return;
  }
  for (let i = 0; i <= otherMask; i++) {
    const j32 = heap.i32;
    const e = entryWord(j32, other, i);
    const key = j32[e + 2]!;
    if (key !== 0 && key !== SET_DUMMY) setAddUnlocked(heap, s, key, j32[e]!, j32[e + 1]!, equals);
  }
}

function setUpdateFromDictUnlocked(heap: Heap, s: number, d: number, equals: KeyEquals): void {
  const size = dictSize(heap, d);
  const i32 = heap.i32;
  if ((i32[s + SET_FILL]! + size) * 5 >= i32[s + SET_MASK]! * 3) resizeTable(heap, s, (i32[s + SET_USED]! + size) * 2);
  for (let ix = dictNextEntry(heap, d, 0); ix >= 0; ix = dictNextEntry(heap, d, ix + 1)) {
    setAddUnlocked(heap, s, dictEntryKey(heap, d, ix), dictEntryHash(heap, d, ix), dictEntryHashHigh(heap, d, ix), equals);
  }
}

/** A copy of `s` of its base type (set_copy). */
export function setCopy(heap: Heap, s: number, equals: KeyEquals): number {
  const copy = newSetLike(heap, s);
  setUpdateFromSetUnlocked(heap, copy, s, equals);
  return copy;
}

/** a | b for sets (set_or). */
export function setUnion(heap: Heap, a: number, b: number, equals: KeyEquals): number {
  const result = setCopy(heap, a, equals);
  if (a !== b) setUpdateFromSetUnlocked(heap, result, b, equals);
  return result;
}

/** a & b for sets (set_intersection): iterates the smaller, keeps the result's type from `a`. */
export function setIntersection(heap: Heap, a: number, b: number, equals: KeyEquals): number {
  if (a === b) return setCopy(heap, a, equals);
  const result = newSetLike(heap, a);
  let [big, small] = [a, b];
  if (setSize(heap, b) > setSize(heap, a)) [big, small] = [b, a];
  forEachEntry(heap, small, (key, lo, hi) => {
    if (setContains(heap, big, key, lo, hi, equals)) setAddUnlocked(heap, result, key, lo, hi, equals);
  });
  return result;
}

/** a - b for sets (set_difference). */
export function setDifference(heap: Heap, a: number, b: number, equals: KeyEquals): number {
  if (setSize(heap, a) >> 2 > setSize(heap, b)) {
    const result = setCopy(heap, a, equals);
    setDifferenceUpdateUnlocked(heap, result, b, equals);
    return result;
  }
  const result = newSetLike(heap, a);
  forEachEntry(heap, a, (key, lo, hi) => {
    if (!setContains(heap, b, key, lo, hi, equals)) setAddUnlocked(heap, result, key, lo, hi, equals);
  });
  return result;
}

function setDifferenceUpdateUnlocked(heap: Heap, s: number, other: number, equals: KeyEquals): void {
  if (s === other) return setClearUnlocked(heap, s);
  const source = setSize(heap, other) >> 3 > setSize(heap, s) ? setIntersection(heap, s, other, equals) : other;
  forEachEntry(heap, source, (key, lo, hi) => void setDiscardUnlocked(heap, s, key, lo, hi, equals));
  compactAfterDiscardsUnlocked(heap, s);
}

function compactAfterDiscardsUnlocked(heap: Heap, s: number): void {
  const i32 = heap.i32;
  const used = i32[s + SET_USED]!;
  if (i32[s + SET_FILL]! - used <= Math.floor(i32[s + SET_MASK]! / 4)) return;
  resizeTable(heap, s, used > 50000 ? used * 2 : used * 4);
}

function setSymmetricDifferenceUpdateUnlocked(heap: Heap, s: number, other: number, equals: KeyEquals): void {
  if (s === other) return setClearUnlocked(heap, s);
  forEachEntry(heap, other, (key, lo, hi) => {
    if (!setDiscardUnlocked(heap, s, key, lo, hi, equals)) setAddUnlocked(heap, s, key, lo, hi, equals);
  });
}

/** a ^ b for sets: a copy of b (of a's base type) updated with a, as CPython does. */
export function setSymmetricDifference(heap: Heap, a: number, b: number, equals: KeyEquals): number {
  const result = newSetLike(heap, a);
  setUpdateFromSetUnlocked(heap, result, b, equals);
  setSymmetricDifferenceUpdateUnlocked(heap, result, a, equals);
  return result;
}

function setIntersectionUpdateUnlocked(heap: Heap, s: number, other: number, equals: KeyEquals): void {
  const result = setIntersection(heap, s, other, equals);
  const i32 = heap.i32;
  for (const word of [SET_TABLE, SET_FILL, SET_USED, SET_MASK]) i32[s + word] = i32[result + word]!;
  invalidateHash(i32, s);
}

/** a <= b for sets. */
export function setIsSubset(heap: Heap, a: number, b: number, equals: KeyEquals): boolean {
  if (setSize(heap, a) > setSize(heap, b)) return false;
  for (let i = setNextEntry(heap, a, 0); i >= 0; i = setNextEntry(heap, a, i + 1)) {
    const key = setEntryKey(heap, a, i);
    setEntryHash(heap, a, i);
    if (!setContains(heap, b, key, hashOut.lo, hashOut.hi, equals)) return false;
  }
  return true;
}

/** a == b for sets. */
export function setEquals(heap: Heap, a: number, b: number, equals: KeyEquals): boolean {
  if (setSize(heap, a) !== setSize(heap, b)) return false;
  const i32 = heap.i32;
  if (i32[a + SET_HASHED] !== 0 && i32[b + SET_HASHED] !== 0
    && (i32[a + SET_HASH_LO] !== i32[b + SET_HASH_LO] || i32[a + SET_HASH_HI] !== i32[b + SET_HASH_HI])) return false;
  return setIsSubset(heap, a, b, equals);
}

/** a.isdisjoint(b) for sets. */
export function setIsDisjoint(heap: Heap, a: number, b: number, equals: KeyEquals): boolean {
  let [big, small] = [a, b];
  if (setSize(heap, b) > setSize(heap, a)) [big, small] = [b, a];
  for (let i = setNextEntry(heap, small, 0); i >= 0; i = setNextEntry(heap, small, i + 1)) {
    const key = setEntryKey(heap, small, i);
    setEntryHash(heap, small, i);
    if (setContains(heap, big, key, hashOut.lo, hashOut.hi, equals)) return false;
  }
  return true;
}

/** hash(frozenset): CPython's algorithm over the stored entry hashes, cached. */
export function frozensetHash(heap: Heap, s: number): number {
  const i32 = heap.i32;
  if (i32[s + SET_HASHED] !== 0) return setHash(i32[s + SET_HASH_LO]!, i32[s + SET_HASH_HI]!);
  const mask = i32[s + SET_MASK]!;
  const lo = hashFrozensetTable(mask + 1, i32[s + SET_FILL]!, i32[s + SET_USED]!, (i) => {
    const e = entryWord(heap.i32, s, i);
    setHash(heap.i32[e]!, heap.i32[e + 1]!);
  });
  const hi = hashOut.hi;
  i32[s + SET_HASH_LO] = lo;
  i32[s + SET_HASH_HI] = hi;
  i32[s + SET_HASHED] = 1;
  return setHash(lo, hi);
}

// ---------------------------------------------------------------------------
// Without the GIL, changes take the object's lock (src/heap/lock.ts).

/** Adds `key`; returns whether it was absent (set_add_entry). */
export function setAdd(heap: Heap, s: number, key: number, hashLo: number, hashHi: number, equals: KeyEquals): boolean {
  if (!isFreeThreaded(heap)) return setAddUnlocked(heap, s, key, hashLo, hashHi, equals);
  // `equals` may run Python code that changes this set again: the re-entrant lock, without a closure.
  const took = enterObjectLock(heap, s);
  try {
    return setAddUnlocked(heap, s, key, hashLo, hashHi, equals);
  } finally {
    if (took) exitObjectLock(heap, s);
  }
}

/** Removes `key` if present; returns whether it was (set_discard_entry). */
export function setDiscard(heap: Heap, s: number, key: number, hashLo: number, hashHi: number, equals: KeyEquals): boolean {
  if (!isFreeThreaded(heap)) return setDiscardUnlocked(heap, s, key, hashLo, hashHi, equals);
  return withObjectLock(heap, s, () => setDiscardUnlocked(heap, s, key, hashLo, hashHi, equals));
}

/** s.pop(): removes and returns a key, or 0 when the set is empty. */
export function setPop(heap: Heap, s: number): number {
  if (!isFreeThreaded(heap)) return setPopUnlocked(heap, s);
  return withObjectLock(heap, s, () => setPopUnlocked(heap, s));
}

/** s.clear(): back to an empty table of 8 entries. */
export function setClear(heap: Heap, s: number): void {
  if (!isFreeThreaded(heap)) return setClearUnlocked(heap, s);
  withObjectLock(heap, s, () => setClearUnlocked(heap, s));
}

/** s.update(other) for a set or frozenset `other` (set_merge). */
export function setUpdateFromSet(heap: Heap, s: number, other: number, equals: KeyEquals): void {
  if (!isFreeThreaded(heap)) return setUpdateFromSetUnlocked(heap, s, other, equals);
  withObjectLock(heap, s, () => setUpdateFromSetUnlocked(heap, s, other, equals));
}

/** s.update(d) for a dict `d`: its keys, with the hashes the dict stored. */
export function setUpdateFromDict(heap: Heap, s: number, d: number, equals: KeyEquals): void {
  if (!isFreeThreaded(heap)) return setUpdateFromDictUnlocked(heap, s, d, equals);
  withObjectLock(heap, s, () => setUpdateFromDictUnlocked(heap, s, d, equals));
}

/** s -= other for a set `other` (set_difference_update_internal). */
export function setDifferenceUpdate(heap: Heap, s: number, other: number, equals: KeyEquals): void {
  if (!isFreeThreaded(heap)) return setDifferenceUpdateUnlocked(heap, s, other, equals);
  withObjectLock(heap, s, () => setDifferenceUpdateUnlocked(heap, s, other, equals));
}

/**
 * The end of a difference update: rebuilds the table if more than a quarter
 * of it is deleted entries. The interpreter calls it after discarding the
 * items of an iterable that is not a set.
 */
export function compactAfterDiscards(heap: Heap, s: number): void {
  if (!isFreeThreaded(heap)) return compactAfterDiscardsUnlocked(heap, s);
  withObjectLock(heap, s, () => compactAfterDiscardsUnlocked(heap, s));
}

/** s ^= other for a set `other` (set_symmetric_difference_update). */
export function setSymmetricDifferenceUpdate(heap: Heap, s: number, other: number, equals: KeyEquals): void {
  if (!isFreeThreaded(heap)) return setSymmetricDifferenceUpdateUnlocked(heap, s, other, equals);
  withObjectLock(heap, s, () => setSymmetricDifferenceUpdateUnlocked(heap, s, other, equals));
}

/** s &= other: `s` takes the body of s & other (set_intersection_update). */
export function setIntersectionUpdate(heap: Heap, s: number, other: number, equals: KeyEquals): void {
  if (!isFreeThreaded(heap)) return setIntersectionUpdateUnlocked(heap, s, other, equals);
  withObjectLock(heap, s, () => setIntersectionUpdateUnlocked(heap, s, other, equals));
}
