// Building values from the value stack: BUILD_*, LIST_APPEND/EXTEND,
// SET_ADD/UPDATE, MAP_ADD, DICT_UPDATE/MERGE.
//
// The operands stay on the value stack (rooted) while these run; `at` is the
// word index of the first one.

import { BUILTIN_NAME, FUNC_QUALNAME, METHOD_FUNC, TUPLE_ITEMS, TUPLE_LENGTH } from "../heap/layout.js";
import { newSet } from "../objects/set.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import {
  internStr, isUserClass, jsString, newDict, newString, newTuple, typeIdOfValue, typeName, typeOfValue,
} from "./model.js";
import { newList, listAppend as appendToList, listExtendArray } from "./lists.js";
import { setAddValue } from "./sets.js";
import { dictGetItem, dictSetItem } from "./dicts.js";
import { iterateToArray } from "./iteration.js";
import { raiseException } from "./exceptions.js";
import { dictPairs, listItemsArray } from "./containers.js";
import { lookupType, getAttrString } from "./attributes.js";
import { callObject } from "./calls.js";
import { getItem } from "./subscript.js";
import { calleeDisplayName } from "./callee-name.js";

function stackItems(th: Thread, at: number, n: number): number[] {
  const i32 = th.heap.i32;
  const out: number[] = new Array(n);
  for (let k = 0; k < n; k++) out[k] = i32[at + k]!;
  return out;
}

export function buildTuple(th: Thread, at: number, n: number): number {
  return newTuple(th, stackItems(th, at, n));
}

export function buildList(th: Thread, at: number, n: number): number {
  return newList(th, stackItems(th, at, n));
}

export function buildSet(th: Thread, at: number, n: number): number {
  const s = newSet(th.heap);
  th.pushRoot(s);
  try {
    for (let k = 0; k < n; k++) setAddValue(th, s, th.heap.i32[at + k]!);
  } finally {
    th.popRoots(1);
  }
  return s;
}

export function buildMap(th: Thread, at: number, n: number): number {
  const d = newDict(th);
  th.pushRoot(d);
  try {
    for (let k = 0; k < n; k++) dictSetItem(th, d, th.heap.i32[at + 2 * k]!, th.heap.i32[at + 2 * k + 1]!);
  } finally {
    th.popRoots(1);
  }
  return d;
}

export function buildConstKeyMap(th: Thread, at: number, n: number, keys: number): number {
  const d = newDict(th);
  th.pushRoot(d);
  try {
    for (let k = 0; k < n; k++) dictSetItem(th, d, th.heap.i32[keys + TUPLE_ITEMS + k]!, th.heap.i32[at + k]!);
  } finally {
    th.popRoots(1);
  }
  return d;
}

export function buildString(th: Thread, at: number, n: number): number {
  let s = "";
  for (let k = 0; k < n; k++) s += jsString(th, th.heap.i32[at + k]!);
  return newString(th, s);
}

export function listAppend(th: Thread, list: number, v: number): void {
  appendToList(th, list, v);
}

export function listExtend(th: Thread, list: number, iterable: number): void {
  if (!isIterableForExtend(th, iterable)) {
    raiseException(th, "TypeError", `Value after * must be an iterable, not ${typeName(th, typeOfValue(th, iterable))}`);
  }
  listExtendArray(th, list, iterateToArray(th, iterable));
}

function isIterableForExtend(th: Thread, v: number): boolean {
  if (v & 1) return false;
  const id = typeIdOfValue(th, v);
  if (id === TypeId.int || id === TypeId.float || id === TypeId.NoneType || id === TypeId.bool) return isUserClass(th, typeOfValue(th, v));
  return true;
}

export function setAdd(th: Thread, set: number, v: number): void {
  setAddValue(th, set, v);
}

export function setUpdate(th: Thread, set: number, iterable: number): void {
  const items = iterateToArray(th, iterable);
  const holder = newList(th, items);
  th.pushRoot(holder);
  try {
    for (const item of items) setAddValue(th, set, item);
  } finally {
    th.popRoots(1);
  }
}

export function mapAdd(th: Thread, dict: number, key: number, value: number): void {
  dictSetItem(th, dict, key, value);
}

/** The (key, value) pairs of a mapping: a dict, or anything with keys() and __getitem__. */
function mappingPairs(th: Thread, mapping: number, context: string): [number, number][] {
  if (typeIdOfValue(th, mapping) === TypeId.dict && !isUserClass(th, typeOfValue(th, mapping))) return dictPairs(th, mapping);
  if ((mapping & 1) === 1 || lookupType(th, typeOfValue(th, mapping), internStr(th, "keys")) === 0) {
    raiseException(th, "TypeError", `${context}, not ${typeName(th, typeOfValue(th, mapping))}`);
  }
  const keys = iterateToArray(th, callObject(th, getAttrString(th, mapping, "keys"), []));
  return keys.map((k) => [k, getItem(th, mapping, k)] as [number, number]);
}

export function dictUpdate(th: Thread, dict: number, mapping: number): void {
  const pairs = mappingPairs(th, mapping, `'${typeName(th, typeOfValue(th, mapping))}' object is not a mapping`.replace(/, not .*$/, ""));
  for (const [k, v] of pairs) dictSetItem(th, dict, k, v);
}

/** DICT_MERGE for f(**m): a repeated keyword is a TypeError naming the function. */
export function dictMerge(th: Thread, dict: number, mapping: number, callable: number): void {
  const fname = calleeDisplayName(th, callable);
  if ((mapping & 1) === 1 || (typeIdOfValue(th, mapping) !== TypeId.dict && lookupType(th, typeOfValue(th, mapping), internStr(th, "keys")) === 0)) {
    raiseException(th, "TypeError", `${fname} argument after ** must be a mapping, not ${typeName(th, typeOfValue(th, mapping))}`);
  }
  for (const [k, v] of mappingPairs(th, mapping, "argument after ** must be a mapping")) {
    if (typeIdOfValue(th, k) !== TypeId.str) raiseException(th, "TypeError", "keywords must be strings");
    if (dictGetItem(th, dict, k) !== 0) {
      raiseException(th, "TypeError", `${fname} got multiple values for keyword argument '${jsString(th, k)}'`);
    }
    dictSetItem(th, dict, k, v);
  }
}

export function listToTuple(th: Thread, list: number): number {
  return newTuple(th, listItemsArray(th, list));
}

