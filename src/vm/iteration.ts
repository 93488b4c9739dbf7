// Iteration: iter(), next(), unpacking.
//
// Built-in iterators keep their position in the heap (SEQITER_INDEX,
// RANGEITER_LEFT...) and advance it with plain loads and stores, with bounds
// checked on every step: two threads sharing one iterator without the GIL can
// both read the same position (the race CPython 3.13t shows too), but can
// never read out of range.

import { byteArrayByteAt } from "../objects/bytearray.js";
import { allocate } from "../heap/alloc.js";
import {
  DICT_USED, DICTITER_DICT, DICTITER_LEFT, DICTITER_POS, DICTITER_USED, DICTITER_WORDS, NONE, PAIR_FIRST,
  PAIR_SECOND, PAIR_WORDS, RANGE_LENGTH, RANGE_START, RANGE_STEP, RANGEITER_LEFT, RANGEITER_NEXT,
  RANGEITER_STEP, RANGEITER_WORDS, SEQITER_INDEX, SEQITER_SEQ, SEQITER_WORDS, SET_USED, SETITER_LEFT,
  SETITER_POS, SETITER_SET, SETITER_USED, SETITER_WORDS, STR_UNITS, STR_DATA, TUPLE_LENGTH,
  BYTES_LENGTH, BYTES_DATA, CODE_FLAGS, LONGRANGEITER_LEFT, LONGRANGEITER_NEXT, LONGRANGEITER_STEP,
  LONGRANGEITER_WORDS,
} from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { dictItems } from "../objects/dict.js";
import { setKeys } from "../objects/set.js";
import { lockedWithoutGil } from "../heap/lock.js";
import { isAscii } from "../objects/str.js";
import { CO_COROUTINE, CO_ITERABLE_COROUTINE } from "../compiler/code.js";
import type { Thread } from "./thread.js";
import {
  builtinType, internStr, isSubtype, isUserClass, newString, newTuple, typeById, typeIdOfValue, typeName,
  typeOfValue, tupleItems,
} from "./model.js";
import { lookupType } from "./attributes.js";
import { builtinBaseId as builtinBaseIdOf } from "./model.js";
import { callObject } from "./calls.js";
import { PyRaise, raiseException } from "./exceptions.js";
import { generatorNext } from "./generators.js";
import {
  dictEntryCount, dictEntryKey, dictEntryPair, setSlotKey, setTableSize, tupleGet,
} from "./containers.js";
import { listItemAt, listSnapshot, newList } from "./lists.js";
import { isTrue } from "./operators.js";
import { bigOf, newIntFromBig } from "./int-values.js";
import { getItem } from "./subscript.js";
import { reverseDictIteratorNext } from "./dict-reverse.js";

function newIterator(th: Thread, typeId: number, words: number): number {
  return allocate(th.heap, words, typeById(th, typeId));
}

function seqIterator(th: Thread, typeId: number, seq: number, start = 0): number {
  const it = newIterator(th, typeId, SEQITER_WORDS);
  th.heap.i32[it + SEQITER_SEQ] = seq;
  th.heap.i32[it + SEQITER_INDEX] = start;
  return it;
}

function dictIterator(th: Thread, typeId: number, dict: number): number {
  const it = newIterator(th, typeId, DICTITER_WORDS);
  const i32 = th.heap.i32;
  i32[it + DICTITER_DICT] = dict;
  i32[it + DICTITER_POS] = 0;
  i32[it + DICTITER_USED] = i32[dict + DICT_USED]!;
  i32[it + DICTITER_LEFT] = i32[dict + DICT_USED]!;
  return it;
}

/** iter(v). */
export function getIter(th: Thread, v: number): number {
  const id = typeIdOfValue(th, v);
  const type = typeOfValue(th, v);
  if ((v & 1) === 0 && isUserClass(th, type)) {
    const iterMethod = lookupType(th, type, internStr(th, "__iter__"));
    if (iterMethod !== 0 && iterMethod !== NONE) {
      const it = callObject(th, iterMethod, [v]);
      if (!isIterator(th, it)) {
        raiseException(th, "TypeError", `iter() returned non-iterator of type '${typeName(th, typeOfValue(th, it))}'`);
      }
      return it;
    }
    if (lookupType(th, type, internStr(th, "__getitem__")) !== 0 && builtinBaseIdOf(th, type) === TypeId.object) {
      return seqIterator(th, TypeId.iterator, v);
    }
  }
  return getIterBuiltin(th, v);
}

/** iter(v) for the built-in part of `v` (what list.__iter__ and friends do). */
export function getIterBuiltin(th: Thread, v: number): number {
  const id = typeIdOfValue(th, v);
  const type = typeOfValue(th, v);
  switch (id) {
    case TypeId.list: return seqIterator(th, TypeId.list_iterator, v);
    case TypeId.tuple: return seqIterator(th, TypeId.tuple_iterator, v);
    case TypeId.str: return seqIterator(th, isAscii(th.heap, v) ? TypeId.str_ascii_iterator : TypeId.str_iterator, v);
    case TypeId.bytes: return seqIterator(th, TypeId.bytes_iterator, v);
    case TypeId.bytearray: return seqIterator(th, TypeId.bytearray_iterator, v);
    case TypeId.range: return rangeIterator(th, v);
    case TypeId.mappingproxy: return getIter(th, th.heap.i32[v + PAIR_FIRST]!);
    case TypeId.dict:
    case TypeId.dict_keys: return dictIterator(th, TypeId.dict_keyiterator, id === TypeId.dict ? v : th.heap.i32[v + PAIR_FIRST]!);
    case TypeId.dict_values: return dictIterator(th, TypeId.dict_valueiterator, th.heap.i32[v + PAIR_FIRST]!);
    case TypeId.dict_items: return dictIterator(th, TypeId.dict_itemiterator, th.heap.i32[v + PAIR_FIRST]!);
    case TypeId.set:
    case TypeId.frozenset: {
      const it = newIterator(th, TypeId.set_iterator, SETITER_WORDS);
      const i32 = th.heap.i32;
      i32[it + SETITER_SET] = v;
      i32[it + SETITER_POS] = 0;
      i32[it + SETITER_USED] = i32[v + SET_USED]!;
      i32[it + SETITER_LEFT] = i32[v + SET_USED]!;
      return it;
    }
    default:
      if (isIterator(th, v)) return v;
      return raiseException(th, "TypeError", `'${typeName(th, type)}' object is not iterable`);
  }
}

const ITERATOR_IDS = new Set<number>([
  TypeId.list_iterator, TypeId.list_reverseiterator, TypeId.tuple_iterator, TypeId.str_ascii_iterator,
  TypeId.str_iterator, TypeId.bytes_iterator, TypeId.bytearray_iterator, TypeId.iterator, TypeId.reversed, TypeId.range_iterator,
  TypeId.longrange_iterator, TypeId.dict_keyiterator, TypeId.dict_valueiterator, TypeId.dict_itemiterator,
  TypeId.set_iterator, TypeId.callable_iterator, TypeId.enumerate, TypeId.map, TypeId.filter, TypeId.zip,
  TypeId.generator, TypeId.dict_reversekeyiterator, TypeId.dict_reversevalueiterator, TypeId.dict_reverseitemiterator,
  TypeId.coroutine_wrapper, TypeId.async_generator_asend, TypeId.async_generator_athrow, TypeId.anext_awaitable,
]);

/** Whether `v` has __next__. */
export function isIterator(th: Thread, v: number): boolean {
  if (v & 1) return false;
  const type = typeOfValue(th, v);
  if (isUserClass(th, type)) return lookupType(th, type, internStr(th, "__next__")) !== 0;
  return ITERATOR_IDS.has(typeIdOfValue(th, v));
}

function rangeIterator(th: Thread, range: number): number {
  const i32 = th.heap.i32;
  const start = i32[range + RANGE_START]!;
  const step = i32[range + RANGE_STEP]!;
  const length = i32[range + RANGE_LENGTH]!;
  if ((start & step & length & 1) === 1) {
    const it = newIterator(th, TypeId.range_iterator, RANGEITER_WORDS);
    const j = th.heap.i32;
    j[it + RANGEITER_NEXT] = start >> 1;
    j[it + RANGEITER_STEP] = step >> 1;
    j[it + RANGEITER_LEFT] = length >> 1;
    return it;
  }
  const it = newIterator(th, TypeId.longrange_iterator, LONGRANGEITER_WORDS);
  const j = th.heap.i32;
  j[it + LONGRANGEITER_NEXT] = start;
  j[it + LONGRANGEITER_STEP] = step;
  j[it + LONGRANGEITER_LEFT] = length;
  return it;
}

/** next(it): the next value, or 0 when the iterator is exhausted. */
export function iterNext(th: Thread, it: number): number {
  const i32 = th.heap.i32;
  switch (typeIdOfValue(th, it)) {
    case TypeId.range_iterator: {
      const left = i32[it + RANGEITER_LEFT]!;
      if (left <= 0) return 0;
      const value = i32[it + RANGEITER_NEXT]!;
      i32[it + RANGEITER_LEFT] = left - 1;
      i32[it + RANGEITER_NEXT] = value + i32[it + RANGEITER_STEP]!;
      return value >= -1073741824 && value <= 1073741823 ? (value << 1) | 1 : newIntFromBig(th, BigInt(value));
    }
    case TypeId.list_iterator: {
      const list = i32[it + SEQITER_SEQ]!;
      if (list === 0) return 0;
      const index = i32[it + SEQITER_INDEX]!;
      const item = listItemAt(th, list, index);
      if (item === 0) {
        th.heap.i32[it + SEQITER_SEQ] = 0;
        return 0;
      }
      th.heap.i32[it + SEQITER_INDEX] = index + 1;
      return item;
    }
    case TypeId.list_reverseiterator: {
      const list = i32[it + SEQITER_SEQ]!;
      const index = i32[it + SEQITER_INDEX]!;
      const item = list === 0 || index < 0 ? 0 : listItemAt(th, list, index);
      if (item === 0) {
        th.heap.i32[it + SEQITER_SEQ] = 0;
        return 0;
      }
      th.heap.i32[it + SEQITER_INDEX] = index - 1;
      return item;
    }
    case TypeId.tuple_iterator: {
      const tuple = i32[it + SEQITER_SEQ]!;
      if (tuple === 0) return 0;
      const index = i32[it + SEQITER_INDEX]!;
      if (index >= i32[tuple + TUPLE_LENGTH]!) {
        i32[it + SEQITER_SEQ] = 0;
        return 0;
      }
      i32[it + SEQITER_INDEX] = index + 1;
      return tupleGet(th, tuple, index);
    }
    case TypeId.str_iterator:
    case TypeId.str_ascii_iterator:
      return strIteratorNext(th, it);
    case TypeId.bytes_iterator: {
      const b = i32[it + SEQITER_SEQ]!;
      const index = i32[it + SEQITER_INDEX]!;
      if (b === 0 || index >= i32[b + BYTES_LENGTH]!) return 0;
      i32[it + SEQITER_INDEX] = index + 1;
      return (th.heap.u8[(b + BYTES_DATA) * 4 + index]! << 1) | 1;
    }
    case TypeId.bytearray_iterator: {
      // The length is read afresh at each step: the bytearray may change while iterated.
      const b = i32[it + SEQITER_SEQ]!;
      const index = i32[it + SEQITER_INDEX]!;
      const byte = b === 0 ? -1 : byteArrayByteAt(th.heap, b, index);
      if (byte < 0) return 0;
      i32[it + SEQITER_INDEX] = index + 1;
      return (byte << 1) | 1;
    }
    case TypeId.longrange_iterator: {
      const left = bigOf(th, i32[it + LONGRANGEITER_LEFT]!);
      if (left <= 0n) return 0;
      const value = i32[it + LONGRANGEITER_NEXT]!;
      const next = newIntFromBig(th, bigOf(th, value) + bigOf(th, th.heap.i32[it + LONGRANGEITER_STEP]!));
      const rest = newIntFromBig(th, left - 1n);
      th.heap.i32[it + LONGRANGEITER_NEXT] = next;
      th.heap.i32[it + LONGRANGEITER_LEFT] = rest;
      return value;
    }
    case TypeId.dict_keyiterator:
    case TypeId.dict_valueiterator:
    case TypeId.dict_itemiterator:
      return dictIteratorNext(th, it);
    case TypeId.set_iterator:
      return setIteratorNext(th, it);
    case TypeId.dict_reversekeyiterator:
    case TypeId.dict_reversevalueiterator:
    case TypeId.dict_reverseitemiterator:
      return reverseDictIteratorNext(th, it);
    case TypeId.generator:
      return generatorNext(th, it);
    case TypeId.iterator:
      return sequenceIteratorNext(th, it);
    case TypeId.enumerate: {
      const inner = i32[it + PAIR_FIRST]!;
      const v = iterNext(th, inner);
      if (v === 0) return 0;
      th.pushRoot(v);
      try {
        const count = th.heap.i32[it + PAIR_SECOND]!;
        const next = (count & 1) && count < 0x7ffffffd ? count + 2 : newIntFromBig(th, bigOf(th, count) + 1n);
        th.heap.i32[it + PAIR_SECOND] = next;
        return newTuple(th, [count, v]);
      } finally {
        th.popRoots(1);
      }
    }
    case TypeId.map:
      return mapNext(th, it);
    case TypeId.filter:
      return filterNext(th, it);
    case TypeId.zip:
      return zipNext(th, it);
    case TypeId.callable_iterator: {
      const v = callObject(th, i32[it + PAIR_FIRST]!, []);
      return v === th.heap.i32[it + PAIR_SECOND] ? 0 : v;
    }
    default:
      return userNext(th, it);
  }
}

function strIteratorNext(th: Thread, it: number): number {
  const i32 = th.heap.i32;
  const s = i32[it + SEQITER_SEQ]!;
  if (s === 0) return 0;
  const index = i32[it + SEQITER_INDEX]!;
  const units = i32[s + STR_UNITS]!;
  if (index >= units) {
    i32[it + SEQITER_SEQ] = 0;
    return 0;
  }
  const u16 = th.heap.u16;
  const base = (s + STR_DATA) * 2;
  const first = u16[base + index]!;
  let width = 1;
  if (first >= 0xd800 && first < 0xdc00 && index + 1 < units) {
    const second = u16[base + index + 1]!;
    if (second >= 0xdc00 && second < 0xe000) width = 2;
  }
  i32[it + SEQITER_INDEX] = index + width;
  return newString(th, width === 1 ? String.fromCharCode(first) : String.fromCharCode(first, u16[base + index + 1]!));
}

function dictIteratorNext(th: Thread, it: number): number {
  const i32 = th.heap.i32;
  const dict = i32[it + DICTITER_DICT]!;
  if (dict === 0) return 0;
  if (i32[dict + DICT_USED] !== i32[it + DICTITER_USED]) {
    i32[it + DICTITER_USED] = -1;
    raiseException(th, "RuntimeError", "dictionary changed size during iteration");
  }
  let pos = i32[it + DICTITER_POS]!;
  for (;;) {
    const n = dictEntryCount(th, dict);
    while (pos < n && dictEntryKey(th, dict, pos) === 0) pos++;
    if (pos >= n) {
      i32[it + DICTITER_DICT] = 0;
      return 0;
    }
    // Without the GIL the entry may have been deleted, or the entries replaced,
    // since it was scanned: read the pair at once, and scan on if it is gone.
    const pair = dictEntryPair(th, dict, pos++);
    if (pair !== null) {
      i32[it + DICTITER_POS] = pos;
      return dictIteratorItem(th, it, pair);
    }
  }
}

function dictIteratorItem(th: Thread, it: number, pair: [number, number]): number {
  const id = typeIdOfValue(th, it);
  if (id === TypeId.dict_keyiterator) return pair[0];
  if (id === TypeId.dict_valueiterator) return pair[1];
  return newTuple(th, pair);
}

function setIteratorNext(th: Thread, it: number): number {
  const i32 = th.heap.i32;
  const set = i32[it + SETITER_SET]!;
  if (set === 0) return 0;
  if (i32[set + SET_USED] !== i32[it + SETITER_USED]) {
    i32[it + SETITER_USED] = -1;
    raiseException(th, "RuntimeError", "Set changed size during iteration");
  }
  let pos = i32[it + SETITER_POS]!;
  for (;;) {
    const n = setTableSize(th, set);
    while (pos < n && setSlotKey(th, set, pos) === 0) pos++;
    if (pos >= n) {
      i32[it + SETITER_SET] = 0;
      return 0;
    }
    // Without the GIL the key may have been deleted since the scan saw it: scan on.
    const key = setSlotKey(th, set, pos++);
    if (key !== 0) {
      i32[it + SETITER_POS] = pos;
      return key;
    }
  }
}

export function isStopIteration(th: Thread, err: unknown): boolean {
  if (err instanceof PyRaise) return isSubtype(th, typeOfValue(th, err.exc), builtinType(th, "StopIteration"));
  return err instanceof Error && (err as { typeName?: string }).typeName === "StopIteration";
}

function sequenceIteratorNext(th: Thread, it: number): number {
  const i32 = th.heap.i32;
  const seq = i32[it + SEQITER_SEQ]!;
  if (seq === 0) return 0;
  const index = i32[it + SEQITER_INDEX]!;
  try {
    const v = getItem(th, seq, (index << 1) | 1);
    th.heap.i32[it + SEQITER_INDEX] = index + 1;
    return v;
  } catch (err) {
    if (err instanceof PyRaise && (isSubtype(th, typeOfValue(th, err.exc), builtinType(th, "IndexError")) || isStopIteration(th, err))) {
      th.heap.i32[it + SEQITER_SEQ] = 0;
      return 0;
    }
    if (err instanceof Error && ["IndexError", "StopIteration"].includes((err as { typeName?: string }).typeName ?? "")) {
      th.heap.i32[it + SEQITER_SEQ] = 0;
      return 0;
    }
    throw err;
  }
}

/** Iterators whose __next__ is native code that raises StopIteration(value) itself. */
const NATIVE_NEXT_IDS = new Set<number>([
  TypeId.coroutine_wrapper, TypeId.async_generator_asend, TypeId.async_generator_athrow, TypeId.anext_awaitable,
]);

/**
 * The __next__ that next() must call itself, so that the StopIteration it
 * raises reaches the caller with its value (a user class's, or a coroutine
 * wrapper's); 0 for the built-in iterators, which iterNext steps.
 */
export function valueCarryingNext(th: Thread, it: number): number {
  if ((it & 1) === 1) return 0;
  const type = typeOfValue(th, it);
  if (!isUserClass(th, type) && !NATIVE_NEXT_IDS.has(typeIdOfValue(th, it))) return 0;
  return lookupType(th, type, internStr(th, "__next__"));
}

function userNext(th: Thread, it: number): number {
  const type = typeOfValue(th, it);
  const next = lookupType(th, type, internStr(th, "__next__"));
  if (next === 0) raiseException(th, "TypeError", `'${typeName(th, type)}' object is not an iterator`);
  try {
    return callObject(th, next, [it]);
  } catch (err) {
    if (isStopIteration(th, err)) return 0;
    throw err;
  }
}

function mapNext(th: Thread, it: number): number {
  const i32 = th.heap.i32;
  const func = i32[it + PAIR_FIRST]!;
  const iterators = tupleItems(th, i32[it + PAIR_SECOND]!);
  const args: number[] = [];
  const mark = th.rootMark();
  try {
    for (const inner of iterators) {
      const v = iterNext(th, inner);
      if (v === 0) return 0;
      th.pushRoot(v);
      args.push(v);
    }
    return callObject(th, func, args);
  } finally {
    th.resetRoots(mark);
  }
}

function filterNext(th: Thread, it: number): number {
  for (;;) {
    const i32 = th.heap.i32;
    const func = i32[it + PAIR_FIRST]!;
    const v = iterNext(th, i32[it + PAIR_SECOND]!);
    if (v === 0) return 0;
    th.pushRoot(v);
    try {
      const keep = func === NONE ? isTrue(th, v) : isTrue(th, callObject(th, func, [v]));
      if (keep) return v;
    } finally {
      th.popRoots(1);
    }
  }
}

function zipNext(th: Thread, it: number): number {
  const i32 = th.heap.i32;
  const iterators = tupleItems(th, i32[it + PAIR_FIRST]!);
  const strict = i32[it + PAIR_SECOND] === 3;
  if (iterators.length === 0) return 0;
  const items: number[] = [];
  const mark = th.rootMark();
  try {
    for (let k = 0; k < iterators.length; k++) {
      const v = iterNext(th, iterators[k]!);
      if (v === 0) {
        if (strict) zipStrictError(th, iterators, k);
        return 0;
      }
      th.pushRoot(v);
      items.push(v);
    }
    return newTuple(th, items);
  } finally {
    th.resetRoots(mark);
  }
}

/** Raises when iterator `k` ran out before or after the others; returns when all ran out together. */
function zipStrictError(th: Thread, iterators: number[], k: number): void {
  if (k > 0) {
    const plural = k === 1 ? "" : "s";
    raiseException(th, "ValueError", `zip() argument ${k + 1} is shorter than argument${plural} 1${k === 1 ? "" : `-${k}`}`);
  }
  for (let j = 1; j < iterators.length; j++) {
    if (iterNext(th, iterators[j]!) !== 0) {
      const plural = j === 1 ? "" : "s";
      raiseException(th, "ValueError", `zip() argument ${j + 1} is longer than argument${plural} 1${j === 1 ? "" : `-${j}`}`);
    }
  }
}

/** Every item of an iterable, as an array (items are rooted by the caller's container or the roots list). */
export function iterateToArray(th: Thread, iterable: number): number[] {
  const id = typeIdOfValue(th, iterable);
  const type = typeOfValue(th, iterable);
  if (!isUserClass(th, type)) {
    switch (id) {
      case TypeId.list: return listSnapshot(th, iterable);
      case TypeId.tuple: {
        const n = th.heap.i32[iterable + TUPLE_LENGTH]!;
        const out: number[] = new Array(n);
        for (let k = 0; k < n; k++) out[k] = tupleGet(th, iterable, k);
        return out;
      }
      // As CPython 3.13t's list(): a set or a dict is copied whole under its
      // lock, so that without the GIL another thread's changes never make the
      // copy fail with "changed size during iteration".
      case TypeId.set:
      case TypeId.frozenset:
        return lockedWithoutGil(th.heap, iterable, () => setKeys(th.heap, iterable));
      case TypeId.dict:
        return lockedWithoutGil(th.heap, iterable, () => dictItems(th.heap, iterable).map((pair) => pair[0]));
    }
  }
  const it = getIter(th, iterable);
  // The items are collected in a list in the heap, so they stay reachable while Python code runs.
  const holder = newList(th, []);
  th.pushRoot(holder);
  th.pushRoot(it);
  try {
    const out: number[] = [];
    for (;;) {
      const v = iterNext(th, it);
      if (v === 0) return out;
      out.push(v);
      listAppendRaw(th, holder, v);
    }
  } finally {
    th.popRoots(2);
  }
}

import { listAppend as listAppendRaw } from "./lists.js";

/** UNPACK_SEQUENCE: exactly `n` items, in order. */
export function unpackSequence(th: Thread, v: number, n: number): number[] {
  const id = typeIdOfValue(th, v);
  if (!isIterable(th, v)) raiseException(th, "TypeError", `cannot unpack non-iterable ${typeName(th, typeOfValue(th, v))} object`);
  if ((id === TypeId.tuple || id === TypeId.list) && !isUserClass(th, typeOfValue(th, v))) {
    const items = iterateToArray(th, v);
    if (items.length > n) raiseException(th, "ValueError", `too many values to unpack (expected ${n})`);
    if (items.length < n) raiseException(th, "ValueError", `not enough values to unpack (expected ${n}, got ${items.length})`);
    return items;
  }
  const it = getIter(th, v);
  th.pushRoot(it);
  const holder = newList(th, []);
  th.pushRoot(holder);
  try {
    const items: number[] = [];
    for (let k = 0; k < n; k++) {
      const x = iterNext(th, it);
      if (x === 0) raiseException(th, "ValueError", `not enough values to unpack (expected ${n}, got ${k})`);
      items.push(x);
      listAppendRaw(th, holder, x);
    }
    if (iterNext(th, it) !== 0) raiseException(th, "ValueError", `too many values to unpack (expected ${n})`);
    return items;
  } finally {
    th.popRoots(2);
  }
}

const ITERABLE_IDS = new Set<number>([
  TypeId.tuple, TypeId.list, TypeId.str, TypeId.bytes, TypeId.bytearray, TypeId.dict, TypeId.set, TypeId.frozenset, TypeId.range,
  TypeId.dict_keys, TypeId.dict_values, TypeId.dict_items, TypeId.mappingproxy,
]);

/** Whether iter(v) would succeed (without calling anything). */
export function isIterable(th: Thread, v: number): boolean {
  if (v & 1) return false;
  const id = typeIdOfValue(th, v);
  if (ITERABLE_IDS.has(id)) return true;
  if (isIterator(th, v)) return true;
  const type = typeOfValue(th, v);
  return isUserClass(th, type) && (lookupType(th, type, internStr(th, "__iter__")) !== 0 || lookupType(th, type, internStr(th, "__getitem__")) !== 0);
}

/** UNPACK_EX: `before` items, a list of the rest, `after` items. */
export function unpackEx(th: Thread, v: number, before: number, after: number): number[] {
  if (!isIterable(th, v)) raiseException(th, "TypeError", `cannot unpack non-iterable ${typeName(th, typeOfValue(th, v))} object`);
  const items = iterateToArray(th, v);
  if (items.length < before + after) {
    raiseException(th, "ValueError", `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const rest = newList(th, items.slice(before, items.length - after));
  return [...items.slice(0, before), rest, ...items.slice(items.length - after)];
}

/** GET_YIELD_FROM_ITER. */
export function getYieldFromIter(th: Thread, v: number, code: number): number {
  const id = typeIdOfValue(th, v);
  if (id === TypeId.coroutine) {
    if ((th.heap.i32[code + CODE_FLAGS]! & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) === 0) {
      raiseException(th, "TypeError", "cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return v;
  }
  if (id === TypeId.generator) return v;
  return getIter(th, v);
}

export function rangeLengthValue(th: Thread, range: number): bigint {
  return bigOf(th, th.heap.i32[range + RANGE_LENGTH]!);
}

