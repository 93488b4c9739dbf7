// Iterators over built-in containers, and their __next__ where it needs no
// Python code.
//
// An iterator keeps its position in the heap and advances it with plain loads
// and stores: read the position, use it, store position + 1. Without the GIL
// two threads sharing one iterator can read the same position and both get
// the same item; that is the shared-iterator race CPython 3.13t shows too, and
// it is meant to be visible. What may not happen is reading out of bounds:
// every read checks the position against the container's current size and
// the storage block it actually read (a block replaced by a concurrent resize
// is still intact, since without the GIL old blocks are only reclaimed by the
// collector).
//
// A `next` function returns the next value, or 0 when the iterator is
// exhausted; an exhausted sequence iterator forgets its sequence, so items
// appended later are not produced (as in CPython).

import { allocate } from "../heap/alloc.js";
import { PyError } from "../heap/errors.js";
import type { Heap } from "../heap/heap.js";
import {
  DICT_USED, DICTITER_DICT, DICTITER_LEFT, DICTITER_POS, DICTITER_USED, DICTITER_WORDS, G_TYPES,
  LIST_ITEMS, LIST_SIZE, LONGRANGEITER_LEFT, LONGRANGEITER_NEXT, LONGRANGEITER_STEP, LONGRANGEITER_WORDS,
  RANGE_LENGTH, RANGE_START, RANGE_STEP, RANGEITER_LEFT, RANGEITER_NEXT, RANGEITER_STEP, RANGEITER_WORDS,
  SEQITER_INDEX, SEQITER_SEQ, SEQITER_WORDS, SET_USED, SETITER_LEFT, SETITER_POS, SETITER_SET, SETITER_USED,
  SETITER_WORDS, STR_DATA, STR_UNITS, TUPLE_ITEMS, TUPLE_LENGTH,
} from "../heap/layout.js";
import { SMALL_INT_MAX, SMALL_INT_MIN } from "../heap/value.js";
import { dictEntryKey, dictEntryValue, dictNextEntry } from "./dict.js";
import { intAdd, intSubtract } from "./int-arith.js";
import { intToSafeNumber } from "./int.js";
import { internString } from "./intern.js";
import { setEntryKey, setNextEntry } from "./set.js";
import { isAscii } from "./str.js";
import { listItemUnlocked } from "./list.js";
import { tupleOf } from "./tuple.js";
import { TypeId } from "./type-ids.js";

function newIterator(heap: Heap, typeId: number, words: number): number {
  return allocate(heap, words, heap.i32[G_TYPES + typeId]!);
}

// ---------------------------------------------------------------------------
// Sequences

/** iter(seq) for a list, tuple, str, bytes...: `typeId` says which iterator type. */
export function newSequenceIterator(heap: Heap, typeId: number, seq: number, start = 0): number {
  const it = newIterator(heap, typeId, SEQITER_WORDS);
  heap.i32[it + SEQITER_SEQ] = seq;
  heap.i32[it + SEQITER_INDEX] = start;
  return it;
}

/** iter(list) */
export function newListIterator(heap: Heap, list: number): number {
  return newSequenceIterator(heap, TypeId.list_iterator, list);
}

/** reversed(list) */
export function newListReverseIterator(heap: Heap, list: number): number {
  return newSequenceIterator(heap, TypeId.list_reverseiterator, list, heap.i32[list + LIST_SIZE]! - 1);
}

/** iter(tuple) */
export function newTupleIterator(heap: Heap, tuple: number): number {
  return newSequenceIterator(heap, TypeId.tuple_iterator, tuple);
}

/** iter(str): a str_ascii_iterator or a str_iterator, as in CPython. */
export function newStrIterator(heap: Heap, str: number): number {
  return newSequenceIterator(heap, isAscii(heap, str) ? TypeId.str_ascii_iterator : TypeId.str_iterator, str);
}

export function listIteratorNext(heap: Heap, it: number): number {
  const i32 = heap.i32;
  const list = i32[it + SEQITER_SEQ]!;
  if (list === 0) return 0;
  const index = i32[it + SEQITER_INDEX]!;
  const item = listItemUnlocked(i32, list, index);
  if (item === 0) {
    i32[it + SEQITER_SEQ] = 0;
    return 0;
  }
  i32[it + SEQITER_INDEX] = index + 1;
  return item;
}

export function listReverseIteratorNext(heap: Heap, it: number): number {
  const i32 = heap.i32;
  const list = i32[it + SEQITER_SEQ]!;
  if (list === 0) return 0;
  const index = i32[it + SEQITER_INDEX]!;
  const item = listItemUnlocked(i32, list, index);
  if (item === 0) {
    i32[it + SEQITER_SEQ] = 0;
    return 0;
  }
  i32[it + SEQITER_INDEX] = index - 1;
  return item;
}

export function tupleIteratorNext(heap: Heap, it: number): number {
  const i32 = heap.i32;
  const tuple = i32[it + SEQITER_SEQ]!;
  if (tuple === 0) return 0;
  const index = i32[it + SEQITER_INDEX]!;
  if (index >= i32[tuple + TUPLE_LENGTH]!) {
    i32[it + SEQITER_SEQ] = 0;
    return 0;
  }
  i32[it + SEQITER_INDEX] = index + 1;
  return i32[tuple + TUPLE_ITEMS + index]!;
}

/** The next character of a str, as a one-character str (a surrogate pair is one character). */
export function strIteratorNext(heap: Heap, it: number): number {
  const i32 = heap.i32;
  const str = i32[it + SEQITER_SEQ]!;
  if (str === 0) return 0;
  const index = i32[it + SEQITER_INDEX]!;
  const units = i32[str + STR_UNITS]!;
  if (index >= units) {
    i32[it + SEQITER_SEQ] = 0;
    return 0;
  }
  const u16 = heap.u16;
  const base = (str + STR_DATA) * 2;
  const unit = u16[base + index]!;
  let width = 1;
  if (unit >= 0xd800 && unit < 0xdc00 && index + 1 < units) {
    const next = u16[base + index + 1]!;
    if (next >= 0xdc00 && next < 0xe000) width = 2;
  }
  i32[it + SEQITER_INDEX] = index + width;
  const char = width === 1 ? String.fromCharCode(unit) : String.fromCharCode(unit, u16[base + index + 1]!);
  return internString(heap, char);
}

// ---------------------------------------------------------------------------
// range

/** iter(range): a range_iterator when every number fits a small int, else a longrange_iterator. */
export function newRangeIterator(heap: Heap, range: number): number {
  const i32 = heap.i32;
  const start = i32[range + RANGE_START]!;
  const step = i32[range + RANGE_STEP]!;
  const length = i32[range + RANGE_LENGTH]!;
  // The last item must fit a small int too (start does, being one).
  const last = intToSafeNumber(heap, start) + (intToSafeNumber(heap, length) - 1) * intToSafeNumber(heap, step);
  const small = (start & step & length & 1) === 1 && (length === 1 || (last >= SMALL_INT_MIN && last <= SMALL_INT_MAX));
  if (small) {
    const it = newIterator(heap, TypeId.range_iterator, RANGEITER_WORDS);
    heap.i32[it + RANGEITER_NEXT] = start >> 1;
    heap.i32[it + RANGEITER_STEP] = step >> 1;
    heap.i32[it + RANGEITER_LEFT] = length >> 1;
    return it;
  }
  const it = newIterator(heap, TypeId.longrange_iterator, LONGRANGEITER_WORDS);
  heap.i32[it + LONGRANGEITER_NEXT] = start;
  heap.i32[it + LONGRANGEITER_STEP] = step;
  heap.i32[it + LONGRANGEITER_LEFT] = length;
  return it;
}

export function rangeIteratorNext(heap: Heap, it: number): number {
  const i32 = heap.i32;
  const left = i32[it + RANGEITER_LEFT]!;
  if (left <= 0) return 0;
  const value = i32[it + RANGEITER_NEXT]!;
  i32[it + RANGEITER_NEXT] = value + i32[it + RANGEITER_STEP]!;
  i32[it + RANGEITER_LEFT] = left - 1;
  return (value << 1) | 1;
}

export function longRangeIteratorNext(heap: Heap, it: number): number {
  const i32 = heap.i32;
  const left = i32[it + LONGRANGEITER_LEFT]!;
  if (left === 1) return 0;
  const value = i32[it + LONGRANGEITER_NEXT]!;
  const following = intAdd(heap, value, heap.i32[it + LONGRANGEITER_STEP]!);
  const remaining = intSubtract(heap, left, 3);
  heap.i32[it + LONGRANGEITER_NEXT] = following;
  heap.i32[it + LONGRANGEITER_LEFT] = remaining;
  return value;
}

// ---------------------------------------------------------------------------
// dict and set

/** iter over a dict's keys, values or items: `typeId` is dict_keyiterator, dict_valueiterator or dict_itemiterator. */
export function newDictIterator(heap: Heap, typeId: number, dict: number): number {
  const it = newIterator(heap, typeId, DICTITER_WORDS);
  const i32 = heap.i32;
  i32[it + DICTITER_DICT] = dict;
  i32[it + DICTITER_USED] = i32[dict + DICT_USED]!;
  i32[it + DICTITER_LEFT] = i32[dict + DICT_USED]!;
  return it;
}

/** The next entry number of a dict iterator, or -1; RuntimeError if the dict changed size. */
function nextDictEntry(heap: Heap, it: number): number {
  const i32 = heap.i32;
  const dict = i32[it + DICTITER_DICT]!;
  if (dict === 0) return -1;
  if (i32[dict + DICT_USED] !== i32[it + DICTITER_USED]) {
    i32[it + DICTITER_USED] = -1;
    throw new PyError("RuntimeError", "dictionary changed size during iteration");
  }
  const ix = dictNextEntry(heap, dict, i32[it + DICTITER_POS]!);
  if (ix < 0 || i32[it + DICTITER_LEFT]! <= 0) {
    i32[it + DICTITER_DICT] = 0;
    return -1;
  }
  i32[it + DICTITER_POS] = ix + 1;
  i32[it + DICTITER_LEFT]--;
  return ix;
}

export function dictKeyIteratorNext(heap: Heap, it: number): number {
  const ix = nextDictEntry(heap, it);
  return ix < 0 ? 0 : dictEntryKey(heap, heap.i32[it + DICTITER_DICT]!, ix);
}

export function dictValueIteratorNext(heap: Heap, it: number): number {
  const ix = nextDictEntry(heap, it);
  return ix < 0 ? 0 : dictEntryValue(heap, heap.i32[it + DICTITER_DICT]!, ix);
}

/** The next (key, value) tuple. */
export function dictItemIteratorNext(heap: Heap, it: number): number {
  const ix = nextDictEntry(heap, it);
  if (ix < 0) return 0;
  const dict = heap.i32[it + DICTITER_DICT]!;
  return tupleOf(heap, [dictEntryKey(heap, dict, ix), dictEntryValue(heap, dict, ix)]);
}

/** iter(set) */
export function newSetIterator(heap: Heap, set: number): number {
  const it = newIterator(heap, TypeId.set_iterator, SETITER_WORDS);
  const i32 = heap.i32;
  i32[it + SETITER_SET] = set;
  i32[it + SETITER_USED] = i32[set + SET_USED]!;
  i32[it + SETITER_LEFT] = i32[set + SET_USED]!;
  return it;
}

export function setIteratorNext(heap: Heap, it: number): number {
  const i32 = heap.i32;
  const set = i32[it + SETITER_SET]!;
  if (set === 0) return 0;
  if (i32[set + SET_USED] !== i32[it + SETITER_USED]) {
    i32[it + SETITER_USED] = -1;
    throw new PyError("RuntimeError", "Set changed size during iteration");
  }
  const entry = setNextEntry(heap, set, i32[it + SETITER_POS]!);
  if (entry < 0) {
    i32[it + SETITER_SET] = 0;
    return 0;
  }
  i32[it + SETITER_POS] = entry + 1;
  i32[it + SETITER_LEFT]--;
  return setEntryKey(heap, set, entry);
}
