// dict: CPython's compact, insertion-ordered hash table.
//
// A dict object holds a DICT_KEYS block, its item count and a version tag.
// The block holds a hash index of 2**log2 slots and an entries array:
//
//   index[slot]  -1 empty, -2 dummy (a deleted key was here), else an entry number
//   entries[i]   hash low word, hash high word, key, value (key 0: deleted)
//
// Lookup probes the index from `hash & mask`, then with CPython's
// perturbation (i = 5*i + 1 + perturb; perturb >>= 5, over the 64-bit hash).
// Insertion appends an entry, so iteration (entries in order, skipping
// deleted ones) is insertion order. Deletion leaves a dummy in the index and
// a hole in the entries; the holes and dummies go away at the next resize,
// which happens when the entries array is full (`usable` reaches 0) and
// rebuilds the table for used*3 slots, as CPython's GROWTH_RATE. A new dict
// has no block at all until its first insertion.
//
// Keys compare by identity first, then by hash, then by the caller's
// `equals(a, b)`, which may run Python code (a user __eq__). If that code
// mutated the dict (its version changed), the lookup starts over, as
// CPython's does. The str fast paths (dictGetStr...) need no callback: a str
// key equals another key only if that key is a str with the same text
// (a user object whose __eq__ claims equality with a str is not consulted).
//
// The version tag changes on every mutation, for the interpreter's inline
// caches; caches keyed by a dict's address must also check the collection
// epoch, since a freed dict's address can be reused by a new dict.

import { allocate, freeBlock } from "../heap/alloc.js";
import type { Heap } from "../heap/heap.js";
import {
  enterObjectLock, exitObjectLock, isFreeThreaded, lockedWithoutGil, lockUnlessHeld, unlockObject, withObjectLock,
} from "../heap/lock.js";
import {
  BLOCK_DICT_KEYS, DICT_ENTRY_WORDS, DICT_KEYS, DICT_KEYS_INDEX, DICT_KEYS_LOG2, DICT_KEYS_NENTRIES,
  DICT_KEYS_USABLE, DICT_USED, DICT_VERSION, DICT_WORDS, G_TYPES, STR_HASH, TF_DICT_SUBCLASS,
  TYPE_FLAGS, TYPE_INSTANCE_WORDS, TYPE_WORD,
} from "../heap/layout.js";
import { hashJsString } from "./hash.js";
import { strEquals, strEqualsJs } from "./str.js";
import { TypeId } from "./type-ids.js";

/** Decides whether two keys with equal hashes are equal; may run Python code. */
export type KeyEquals = (a: number, b: number) => boolean;

const EMPTY = -1;
const DUMMY = -2;
const MIN_LOG2 = 3;

export function dictType(heap: Heap): number {
  return heap.i32[G_TYPES + TypeId.dict]!;
}

/** Whether `v` is exactly a dict. */
export function isDict(heap: Heap, v: number): boolean {
  return (v & 1) === 0 && v !== 0 && heap.i32[v + TYPE_WORD] === heap.i32[G_TYPES + TypeId.dict];
}

/** Whether `v` is a dict or an instance of a subclass of dict. */
export function isDictInstance(heap: Heap, v: number): boolean {
  if ((v & 1) === 1 || v === 0) return false;
  const type = heap.i32[v + TYPE_WORD]!;
  return (type & 1) === 0 && (heap.i32[type + TYPE_FLAGS]! & TF_DICT_SUBCLASS) !== 0;
}

function usableFraction(size: number): number {
  return ((size << 1) / 3) | 0;
}

/** log2 of the smallest table of at least `minSize` slots (CPython's calculate_log2_keysize). */
function log2ForSize(minSize: number): number {
  return Math.max(MIN_LOG2, 32 - Math.clz32(Math.max(minSize, 8) - 1));
}

/** A new empty dict, sized for `presize` items without resizing (of class `type`, a dict subclass, if given). */
export function newDict(heap: Heap, presize = 0, type = 0): number {
  const dictClass = type === 0 ? heap.i32[G_TYPES + TypeId.dict]! : type;
  const d = allocate(heap, type === 0 ? DICT_WORDS : heap.i32[type + TYPE_INSTANCE_WORDS]!, dictClass);
  if (presize > usableFraction(8)) {
    const keys = newKeys(heap, log2ForSize(((presize * 3 + 1) / 2) | 0));
    heap.i32[d + DICT_KEYS] = keys;
  }
  return d;
}

function newKeys(heap: Heap, log2: number): number {
  const size = 1 << log2;
  const usable = usableFraction(size);
  const keys = allocate(heap, DICT_KEYS_INDEX + size + usable * DICT_ENTRY_WORDS, BLOCK_DICT_KEYS);
  const i32 = heap.i32;
  i32[keys + DICT_KEYS_LOG2] = log2;
  i32[keys + DICT_KEYS_USABLE] = usable;
  i32[keys + DICT_KEYS_NENTRIES] = 0;
  i32.fill(EMPTY, keys + DICT_KEYS_INDEX, keys + DICT_KEYS_INDEX + size);
  return keys;
}

/** Word index of entry `i` of a keys block. */
function entryAt(i32: Int32Array, keys: number, i: number): number {
  return keys + DICT_KEYS_INDEX + (1 << i32[keys + DICT_KEYS_LOG2]!) + i * DICT_ENTRY_WORDS;
}

export function dictSize(heap: Heap, d: number): number {
  return heap.i32[d + DICT_USED]!;
}

export function dictVersion(heap: Heap, d: number): number {
  return heap.i32[d + DICT_VERSION]!;
}

function bumpVersion(i32: Int32Array, d: number): void {
  i32[d + DICT_VERSION] = (i32[d + DICT_VERSION]! + 1) | 0;
}

// ---------------------------------------------------------------------------
// Lookup

/** Probe state over a 64-bit hash: the slot and the perturbation. */
class Probe {
  slot = 0;
  perturbLo = 0;
  perturbHi = 0;

  start(hashLo: number, hashHi: number, mask: number): void {
    this.slot = hashLo & mask;
    this.perturbLo = hashLo;
    this.perturbHi = hashHi;
  }

  next(mask: number): void {
    this.perturbLo = (this.perturbLo >>> 5) | (this.perturbHi << 27);
    this.perturbHi = this.perturbHi >>> 5;
    this.slot = (this.slot * 5 + (this.perturbLo >>> 0) + 1) & mask;
  }
}

const probe = new Probe();

/**
 * The entry number of `key` in the dict, or -1. Calls `equals` for keys with
 * an equal hash that are not the same object, and starts over if that
 * replaced the dict's table or the key compared.
 */
export function dictLookup(heap: Heap, d: number, key: number, hashLo: number, hashHi: number, equals: KeyEquals): number {
  restart: for (;;) {
    const i32 = heap.i32;
    const keys = i32[d + DICT_KEYS]!;
    if (keys === 0) return -1;
    const mask = (1 << i32[keys + DICT_KEYS_LOG2]!) - 1;
    const entries = keys + DICT_KEYS_INDEX + mask + 1;
    let slot = hashLo & mask;
    let perturbLo = hashLo;
    let perturbHi = hashHi;
    for (;;) {
      const ix = i32[keys + DICT_KEYS_INDEX + slot]!;
      if (ix === EMPTY) return -1;
      if (ix >= 0) {
        const e = entries + ix * DICT_ENTRY_WORDS;
        const candidate = i32[e + 2]!;
        if (candidate === key) return ix;
        if (i32[e] === hashLo && i32[e + 1] === hashHi) {
          const equal = equals(candidate, key);
          // As CPython: start over only if the comparison replaced the table
          // or this entry's key; other writes (even to this dict) leave the
          // answer valid, and restarting on them could loop forever.
          const now = heap.i32;
          if (now[d + DICT_KEYS] !== keys || now[e + 2] !== candidate) continue restart;
          if (equal) return ix;
        }
      }
      perturbLo = (perturbLo >>> 5) | (perturbHi << 27);
      perturbHi = perturbHi >>> 5;
      slot = (slot * 5 + (perturbLo >>> 0) + 1) & mask;
    }
  }
}

/** The entry number of the str `key`, or -1, comparing str keys by text and nothing else. */
function lookupStr(heap: Heap, d: number, key: number): number {
  const keys = heap.i32[d + DICT_KEYS]!;
  return keys === 0 ? -1 : lookupStrIn(heap, keys, key);
}

/** lookupStr in the keys block `keys` (not 0). */
function lookupStrIn(heap: Heap, keys: number, key: number): number {
  const i32 = heap.i32;
  const hashLo = i32[key + STR_HASH]!;
  const hashHi = hashLo >> 31;
  const mask = (1 << i32[keys + DICT_KEYS_LOG2]!) - 1;
  const entries = keys + DICT_KEYS_INDEX + mask + 1;
  const strClass = i32[G_TYPES + TypeId.str]!;
  let slot = hashLo & mask;
  let perturbLo = hashLo;
  let perturbHi = hashHi;
  for (;;) {
    const ix = i32[keys + DICT_KEYS_INDEX + slot]!;
    if (ix === EMPTY) return -1;
    if (ix >= 0) {
      const e = entries + ix * DICT_ENTRY_WORDS;
      const candidate = i32[e + 2]!;
      if (candidate === key) return ix;
      if (i32[e] === hashLo && i32[e + 1] === hashHi && (candidate & 1) === 0
        && i32[candidate + TYPE_WORD] === strClass && strEquals(heap, candidate, key)) return ix;
    }
    perturbLo = (perturbLo >>> 5) | (perturbHi << 27);
    perturbHi = perturbHi >>> 5;
    slot = (slot * 5 + (perturbLo >>> 0) + 1) & mask;
  }
}

/** The entry number of a str key holding the JavaScript string `name`, or -1. */
function lookupName(heap: Heap, d: number, name: string): number {
  const i32 = heap.i32;
  const keys = i32[d + DICT_KEYS]!;
  if (keys === 0) return -1;
  const hashLo = hashJsString(name);
  const mask = (1 << i32[keys + DICT_KEYS_LOG2]!) - 1;
  const entries = keys + DICT_KEYS_INDEX + mask + 1;
  const strClass = i32[G_TYPES + TypeId.str]!;
  probe.start(hashLo, hashLo >> 31, mask);
  for (;;) {
    const ix = i32[keys + DICT_KEYS_INDEX + probe.slot]!;
    if (ix === EMPTY) return -1;
    if (ix >= 0) {
      const e = entries + ix * DICT_ENTRY_WORDS;
      const candidate = i32[e + 2]!;
      if (i32[e] === hashLo && (candidate & 1) === 0 && i32[candidate + TYPE_WORD] === strClass
        && strEqualsJs(heap, candidate, name)) return ix;
    }
    probe.next(mask);
  }
}

function valueOfEntry(heap: Heap, d: number, ix: number): number {
  if (ix < 0) return 0;
  const i32 = heap.i32;
  return i32[entryAt(i32, i32[d + DICT_KEYS]!, ix) + 3]!;
}

/** d[key], or 0 when the key is absent. */
export function dictGet(heap: Heap, d: number, key: number, hashLo: number, hashHi: number, equals: KeyEquals): number {
  return valueOfEntry(heap, d, dictLookup(heap, d, key, hashLo, hashHi, equals));
}

/** The entry number of the str `key` in the dict, or -1 (for caches that remember where a key was). */
export function dictIndexStr(heap: Heap, d: number, key: number): number {
  return lookupStr(heap, d, key);
}

/**
 * The value of entry `ix` if that entry holds exactly `key`, else 0: for
 * caches that remember where a key was. The entry count, the key and the
 * value are read from one keys block, so a table replaced meanwhile by
 * another thread (the index may then mean another entry, or lie past the new
 * table's entries) gives 0 or the right value, never a word from elsewhere.
 */
export function dictValueAtIfKey(heap: Heap, d: number, ix: number, key: number): number {
  const i32 = heap.i32;
  const keys = i32[d + DICT_KEYS]!;
  if (keys === 0 || ix < 0 || ix >= i32[keys + DICT_KEYS_NENTRIES]!) return 0;
  const e = entryAt(i32, keys, ix);
  return i32[e + 2] === key ? i32[e + 3]! : 0;
}

/** The entry number where dictGetStrFound last found its key. */
export let foundEntry = -1;

/**
 * d[key] for a str key, or 0, leaving the entry number in foundEntry; the
 * lookup and the value read use one keys block (see dictValueAtIfKey).
 */
export function dictGetStrFound(heap: Heap, d: number, key: number): number {
  const i32 = heap.i32;
  const keys = i32[d + DICT_KEYS]!;
  const ix = keys === 0 ? -1 : lookupStrIn(heap, keys, key);
  foundEntry = ix;
  return ix < 0 ? 0 : i32[entryAt(i32, keys, ix) + 3]!;
}

/** d[key] for a str key, or 0. */
export function dictGetStr(heap: Heap, d: number, key: number): number {
  return valueOfEntry(heap, d, lookupStr(heap, d, key));
}

/** d[name] for a str key given as a JavaScript string, or 0; allocates nothing. */
export function dictGetName(heap: Heap, d: number, name: string): number {
  return valueOfEntry(heap, d, lookupName(heap, d, name));
}

// ---------------------------------------------------------------------------
// Insertion and deletion

function dictSetUnlocked(heap: Heap, d: number, key: number, hashLo: number, hashHi: number, value: number, equals: KeyEquals): void {
  const ix = dictLookup(heap, d, key, hashLo, hashHi, equals);
  if (ix >= 0) replaceValue(heap, d, ix, value);
  else insertNew(heap, d, key, hashLo, hashHi, value);
}

function dictSetStrUnlocked(heap: Heap, d: number, key: number, value: number): void {
  const ix = lookupStr(heap, d, key);
  if (ix >= 0) replaceValue(heap, d, ix, value);
  else {
    const hashLo = heap.i32[key + STR_HASH]!;
    insertNew(heap, d, key, hashLo, hashLo >> 31, value);
  }
}

function replaceValue(heap: Heap, d: number, ix: number, value: number): void {
  const i32 = heap.i32;
  i32[entryAt(i32, i32[d + DICT_KEYS]!, ix) + 3] = value;
  bumpVersion(i32, d);
}

/** Appends an entry for a key known to be absent. */
function insertNew(heap: Heap, d: number, key: number, hashLo: number, hashHi: number, value: number): void {
  let i32 = heap.i32;
  let keys = i32[d + DICT_KEYS]!;
  if (keys === 0 || i32[keys + DICT_KEYS_USABLE]! <= 0) {
    resize(heap, d, log2ForSize(i32[d + DICT_USED]! * 3));
    i32 = heap.i32;
    keys = i32[d + DICT_KEYS]!;
  }
  const ix = i32[keys + DICT_KEYS_NENTRIES]!;
  i32[keys + DICT_KEYS_INDEX + emptySlot(i32, keys, hashLo, hashHi)] = ix;
  const e = entryAt(i32, keys, ix);
  i32[e] = hashLo;
  i32[e + 1] = hashHi;
  i32[e + 2] = key;
  i32[e + 3] = value;
  i32[keys + DICT_KEYS_NENTRIES] = ix + 1;
  i32[keys + DICT_KEYS_USABLE]--;
  i32[d + DICT_USED]++;
  bumpVersion(i32, d);
}

/** The first empty or dummy slot on the key's probe sequence (CPython's find_empty_slot). */
function emptySlot(i32: Int32Array, keys: number, hashLo: number, hashHi: number): number {
  const mask = (1 << i32[keys + DICT_KEYS_LOG2]!) - 1;
  probe.start(hashLo, hashHi, mask);
  while (i32[keys + DICT_KEYS_INDEX + probe.slot]! >= 0) probe.next(mask);
  return probe.slot;
}

/** Rebuilds the table with 2**log2 slots, dropping deleted entries. */
function resize(heap: Heap, d: number, log2: number): void {
  const newKeysBlock = newKeys(heap, log2);
  const i32 = heap.i32;
  const old = i32[d + DICT_KEYS]!;
  let count = 0;
  if (old !== 0) {
    const n = i32[old + DICT_KEYS_NENTRIES]!;
    const from = entryAt(i32, old, 0);
    const to = entryAt(i32, newKeysBlock, 0);
    for (let i = 0; i < n; i++) {
      const e = from + i * DICT_ENTRY_WORDS;
      if (i32[e + 2] === 0) continue;
      const target = to + count * DICT_ENTRY_WORDS;
      i32.copyWithin(target, e, e + DICT_ENTRY_WORDS);
      i32[newKeysBlock + DICT_KEYS_INDEX + emptySlot(i32, newKeysBlock, i32[e]!, i32[e + 1]!)] = count;
      count++;
    }
  }
  i32[newKeysBlock + DICT_KEYS_NENTRIES] = count;
  i32[newKeysBlock + DICT_KEYS_USABLE] = usableFraction(1 << log2) - count;
  i32[d + DICT_KEYS] = newKeysBlock;
  if (old !== 0) freeBlock(heap, old);
}

/** The slot of the index that holds entry `ix` (CPython's lookdict_index). */
function slotOfEntry(i32: Int32Array, keys: number, ix: number): number {
  const e = entryAt(i32, keys, ix);
  const mask = (1 << i32[keys + DICT_KEYS_LOG2]!) - 1;
  probe.start(i32[e]!, i32[e + 1]!, mask);
  while (i32[keys + DICT_KEYS_INDEX + probe.slot] !== ix) probe.next(mask);
  return probe.slot;
}

function deleteEntry(heap: Heap, d: number, ix: number): number {
  const i32 = heap.i32;
  const keys = i32[d + DICT_KEYS]!;
  i32[keys + DICT_KEYS_INDEX + slotOfEntry(i32, keys, ix)] = DUMMY;
  const e = entryAt(i32, keys, ix);
  const value = i32[e + 3]!;
  i32[e + 2] = 0;
  i32[e + 3] = 0;
  i32[d + DICT_USED]--;
  bumpVersion(i32, d);
  return value;
}

function dictDeleteUnlocked(heap: Heap, d: number, key: number, hashLo: number, hashHi: number, equals: KeyEquals): number {
  const ix = dictLookup(heap, d, key, hashLo, hashHi, equals);
  return ix < 0 ? 0 : deleteEntry(heap, d, ix);
}

function dictDeleteStrUnlocked(heap: Heap, d: number, key: number): number {
  const ix = lookupStr(heap, d, key);
  return ix < 0 ? 0 : deleteEntry(heap, d, ix);
}

function dictPopItemUnlocked(heap: Heap, d: number): [number, number] | null {
  const i32 = heap.i32;
  const keys = i32[d + DICT_KEYS]!;
  if (keys === 0 || i32[d + DICT_USED] === 0) return null;
  let ix = i32[keys + DICT_KEYS_NENTRIES]! - 1;
  while (i32[entryAt(i32, keys, ix) + 2] === 0) ix--;
  const key = i32[entryAt(i32, keys, ix) + 2]!;
  const value = deleteEntry(heap, d, ix);
  // The dummy left in the index keeps `usable` from growing back, as in CPython.
  i32[keys + DICT_KEYS_NENTRIES] = ix;
  return [key, value];
}

function dictClearUnlocked(heap: Heap, d: number): void {
  const i32 = heap.i32;
  const old = i32[d + DICT_KEYS]!;
  i32[d + DICT_KEYS] = 0;
  i32[d + DICT_USED] = 0;
  bumpVersion(i32, d);
  if (old !== 0) freeBlock(heap, old);
}

/** d.copy(): a new dict with the same items in the same order. */
export function dictCopy(heap: Heap, d: number): number {
  const copy = newDict(heap, heap.i32[d + DICT_USED]!);
  dictUpdateUnlocked(heap, copy, d, () => false);
  return copy;
}

function dictUpdateUnlocked(heap: Heap, target: number, source: number, equals: KeyEquals): void {
  for (let ix = 0; ; ix++) {
    // The source's table read afresh at each entry (`equals` may run Python
    // code that changes it), and bounded by it. Without the GIL another
    // thread may change the source meanwhile: an entry deleted between the
    // reads of its key and its value shows a value of 0, and is skipped.
    const i32 = heap.i32;
    const keys = i32[source + DICT_KEYS]!;
    if (keys === 0 || ix >= i32[keys + DICT_KEYS_NENTRIES]!) return;
    const e = entryAt(i32, keys, ix);
    const key = i32[e + 2]!;
    const value = i32[e + 3]!;
    if (key !== 0 && value !== 0) dictSetUnlocked(heap, target, key, i32[e]!, i32[e + 1]!, value, equals);
  }
}

// ---------------------------------------------------------------------------
// Iteration

/** The number of entry positions (live and deleted) to iterate over. */
export function dictEntryCount(heap: Heap, d: number): number {
  const keys = heap.i32[d + DICT_KEYS]!;
  return keys === 0 ? 0 : heap.i32[keys + DICT_KEYS_NENTRIES]!;
}

/** The first live entry at or after `position`, or -1. */
export function dictNextEntry(heap: Heap, d: number, position: number): number {
  const i32 = heap.i32;
  const keys = i32[d + DICT_KEYS]!;
  if (keys === 0) return -1;
  const n = i32[keys + DICT_KEYS_NENTRIES]!;
  for (let ix = position; ix < n; ix++) if (i32[entryAt(i32, keys, ix) + 2] !== 0) return ix;
  return -1;
}

/** The key of entry `ix`, or 0 past the entries (without the GIL they may have been replaced with fewer). */
export function dictEntryKey(heap: Heap, d: number, ix: number): number {
  return entryWord(heap.i32, d, ix, 2);
}

/** The value of entry `ix`, or 0 (as dictEntryKey). */
export function dictEntryValue(heap: Heap, d: number, ix: number): number {
  return entryWord(heap.i32, d, ix, 3);
}

function entryWord(i32: Int32Array, d: number, ix: number, word: number): number {
  const keys = i32[d + DICT_KEYS]!;
  if (keys === 0 || ix >= i32[keys + DICT_KEYS_NENTRIES]!) return 0;
  return i32[entryAt(i32, keys, ix) + word]!;
}

/** The stored hash of entry `ix`: returns the low word; the high word is dictEntryHashHigh. */
export function dictEntryHash(heap: Heap, d: number, ix: number): number {
  const i32 = heap.i32;
  return i32[entryAt(i32, i32[d + DICT_KEYS]!, ix)]!;
}

export function dictEntryHashHigh(heap: Heap, d: number, ix: number): number {
  const i32 = heap.i32;
  return i32[entryAt(i32, i32[d + DICT_KEYS]!, ix) + 1]!;
}

/** The live [key, value] pairs in order (for native code and tests). */
export function dictItems(heap: Heap, d: number): [number, number][] {
  const i32 = heap.i32;
  const keys = i32[d + DICT_KEYS]!;
  if (keys === 0) return [];
  const n = i32[keys + DICT_KEYS_NENTRIES]!;
  const out: [number, number][] = [];
  for (let ix = 0; ix < n; ix++) {
    // Every pair from one entries block. Deletion clears the key, then the
    // value: without the GIL an entry deleted between the two reads shows a
    // value of 0, and is skipped like one deleted before.
    const e = entryAt(i32, keys, ix);
    const key = i32[e + 2]!;
    const value = i32[e + 3]!;
    if (key !== 0 && value !== 0) out.push([key, value]);
  }
  return out;
}

/** The number of slots in the dict's index (0 before its first insertion). */
export function dictTableSize(heap: Heap, d: number): number {
  const keys = heap.i32[d + DICT_KEYS]!;
  return keys === 0 ? 0 : 1 << heap.i32[keys + DICT_KEYS_LOG2]!;
}

// ---------------------------------------------------------------------------
// Without the GIL, changes take the object's lock (src/heap/lock.ts).

/** d[key] = value. */
export function dictSet(heap: Heap, d: number, key: number, hashLo: number, hashHi: number, value: number, equals: KeyEquals): void {
  if (!isFreeThreaded(heap)) return dictSetUnlocked(heap, d, key, hashLo, hashHi, value, equals);
  // `equals` may run Python code that changes this dict again: the re-entrant lock, without a closure.
  const took = enterObjectLock(heap, d);
  try {
    dictSetUnlocked(heap, d, key, hashLo, hashHi, value, equals);
  } finally {
    if (took) exitObjectLock(heap, d);
  }
}

/** d.setdefault(key, fallback): the value found, or `fallback` once stored (one step under the lock). */
export function dictSetDefault(
  heap: Heap, d: number, key: number, hashLo: number, hashHi: number, fallback: number, equals: KeyEquals,
): number {
  const change = () => {
    const ix = dictLookup(heap, d, key, hashLo, hashHi, equals);
    if (ix >= 0) return dictEntryValue(heap, d, ix);
    insertNew(heap, d, key, hashLo, hashHi, fallback);
    return fallback;
  };
  return lockedWithoutGil(heap, d, change);
}

/** d[key] = value for a str key. */
export function dictSetStr(heap: Heap, d: number, key: number, value: number): void {
  if (!isFreeThreaded(heap)) return dictSetStrUnlocked(heap, d, key, value);
  // A str key compares without running Python code: the plain lock will do.
  const took = lockUnlessHeld(heap, d);
  try {
    dictSetStrUnlocked(heap, d, key, value);
  } finally {
    if (took) unlockObject(heap, d);
  }
}

/** del d[key]: returns the removed value, or 0 if the key was absent. */
export function dictDelete(heap: Heap, d: number, key: number, hashLo: number, hashHi: number, equals: KeyEquals): number {
  if (!isFreeThreaded(heap)) return dictDeleteUnlocked(heap, d, key, hashLo, hashHi, equals);
  return withObjectLock(heap, d, () => dictDeleteUnlocked(heap, d, key, hashLo, hashHi, equals));
}

/** del d[key] for a str key: the removed value, or 0. */
export function dictDeleteStr(heap: Heap, d: number, key: number): number {
  if (!isFreeThreaded(heap)) return dictDeleteStrUnlocked(heap, d, key);
  return withObjectLock(heap, d, () => dictDeleteStrUnlocked(heap, d, key));
}

/** d.popitem(): the last inserted [key, value], or null when the dict is empty. */
export function dictPopItem(heap: Heap, d: number): [number, number] | null {
  if (!isFreeThreaded(heap)) return dictPopItemUnlocked(heap, d);
  return withObjectLock(heap, d, () => dictPopItemUnlocked(heap, d));
}

/** d.clear() */
export function dictClear(heap: Heap, d: number): void {
  if (!isFreeThreaded(heap)) return dictClearUnlocked(heap, d);
  withObjectLock(heap, d, () => dictClearUnlocked(heap, d));
}

/** target.update(source) for a dict source; keys already in target compare with `equals`. */
export function dictUpdate(heap: Heap, target: number, source: number, equals: KeyEquals): void {
  if (!isFreeThreaded(heap)) return dictUpdateUnlocked(heap, target, source, equals);
  withObjectLock(heap, target, () => dictUpdateUnlocked(heap, target, source, equals));
}
