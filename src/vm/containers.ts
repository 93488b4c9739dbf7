// Reading the built-in containers' items in their iteration order, straight
// from their layouts (src/heap/layout.ts): list and tuple items, a dict's
// entries in insertion order, a set's table in slot order (CPython's
// iteration order). Writing goes through src/objects/.

import {
  DICT_ENTRY_WORDS, DICT_KEYS, DICT_KEYS_INDEX, DICT_KEYS_LOG2, DICT_KEYS_NENTRIES, HEADER_WORDS, LIST_ITEMS,
  LIST_SIZE, SET_DUMMY, SET_MASK, TUPLE_ITEMS, TUPLE_LENGTH,
} from "../heap/layout.js";
import type { Thread } from "./thread.js";
import { dictItems } from "../objects/dict.js";
import { setEntryKeyInTable, setKeys } from "../objects/set.js";
import { listSnapshot } from "./lists.js";

export function listSize(th: Thread, list: number): number {
  return th.heap.i32[list + LIST_SIZE]!;
}

/** The items of a list as an array (a consistent snapshot, see src/vm/lists.ts). */
export function listItemsArray(th: Thread, list: number): number[] {
  return listSnapshot(th, list);
}

export function tupleSize(th: Thread, tuple: number): number {
  return th.heap.i32[tuple + TUPLE_LENGTH]!;
}

export function tupleGet(th: Thread, tuple: number, index: number): number {
  return th.heap.i32[tuple + TUPLE_ITEMS + index]!;
}

/** Word index of the first entry of a dict's keys block. */
function dictEntriesBase(i32: Int32Array, keys: number): number {
  return keys + DICT_KEYS_INDEX + (1 << i32[keys + DICT_KEYS_LOG2]!);
}

/** The number of entry positions in use (deleted ones included). */
export function dictEntryCount(th: Thread, dict: number): number {
  const keys = th.heap.i32[dict + DICT_KEYS]!;
  return keys === 0 ? 0 : th.heap.i32[keys + DICT_KEYS_NENTRIES]!;
}

/**
 * The key at entry position `pos`, or 0 when that entry was deleted or is
 * past the dict's entries: without the GIL another thread may have replaced
 * the entries with fewer since the caller counted them.
 */
export function dictEntryKey(th: Thread, dict: number, pos: number): number {
  return dictEntryWord(th.heap.i32, dict, pos, 2);
}

/** The value at entry position `pos`, or 0 (as dictEntryKey). */
export function dictEntryValue(th: Thread, dict: number, pos: number): number {
  return dictEntryWord(th.heap.i32, dict, pos, 3);
}

/** Word `word` of entry `pos`, read from one entries block, or 0 past its end. */
function dictEntryWord(i32: Int32Array, dict: number, pos: number, word: number): number {
  const keys = i32[dict + DICT_KEYS]!;
  if (keys === 0 || pos >= i32[keys + DICT_KEYS_NENTRIES]!) return 0;
  return i32[dictEntriesBase(i32, keys) + pos * DICT_ENTRY_WORDS + word]!;
}

/**
 * The key and value at entry position `pos`, both from one entries block
 * (so never a key with another entry's value), or null when the entry was
 * deleted or is past the end (see dictEntryKey).
 */
export function dictEntryPair(th: Thread, dict: number, pos: number): [number, number] | null {
  const i32 = th.heap.i32;
  const keys = i32[dict + DICT_KEYS]!;
  if (keys === 0 || pos >= i32[keys + DICT_KEYS_NENTRIES]!) return null;
  const at = dictEntriesBase(i32, keys) + pos * DICT_ENTRY_WORDS;
  const key = i32[at + 2]!;
  // Deletion clears the key, then the value: a value of 0 read after a key
  // means another thread deleted the entry between the two reads.
  const value = i32[at + 3]!;
  return key === 0 || value === 0 ? null : [key, value];
}

/** The (key, value) pairs of a dict in insertion order. */
export function dictPairs(th: Thread, dict: number): [number, number][] {
  return dictItems(th.heap, dict);
}

/** The table size of a set (mask + 1). */
export function setTableSize(th: Thread, set: number): number {
  return th.heap.i32[set + SET_MASK]! + 1;
}

/** The key in table slot `pos` of a set, or 0 for an empty or deleted slot, or one past the table (setEntryKeyInTable). */
export function setSlotKey(th: Thread, set: number, pos: number): number {
  const key = setEntryKeyInTable(th.heap, set, pos);
  return key === SET_DUMMY ? 0 : key;
}

/** A set's items in CPython's iteration order. */
export function setItemsArray(th: Thread, set: number): number[] {
  return setKeys(th.heap, set);
}
