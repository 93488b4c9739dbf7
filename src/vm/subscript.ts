// Subscripts and slices: `x[i]`, `x[i] = v`, `del x[i]`, `x[a:b:c]`.

import { droppedAll } from "./finalizers.js";
import { allocate } from "../heap/alloc.js";
import {
  BYTES_DATA, BYTES_LENGTH, LIST_SIZE, NONE, RANGE_LENGTH, RANGE_START, RANGE_STEP, SLICE_START, SLICE_STEP,
  SLICE_STOP, SLICE_WORDS, STR_UNITS, TUPLE_LENGTH,
  PAIR_FIRST,
} from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { newBytes } from "../objects/bytes.js";
import type { Thread } from "./thread.js";
import {
  internStr, isUserClass, jsString, newString, newTuple, typeById, typeIdOfValue, typeName, typeOfValue,
} from "./model.js";
import { lookupType } from "./attributes.js";
import { callObject } from "./calls.js";
import { raiseException } from "./exceptions.js";
import { listItemsArray, tupleGet } from "./containers.js";
import {
  listItemAt, listPopIndex, listReplaceRange, listSet, listSetIndex, newList, withListLock,
} from "./lists.js";
import { dictDelItem, dictGetItem, dictSetItem } from "./dicts.js";
import { bigOf, isIntLike, newIntFromBig } from "./int-values.js";
import { iterateToArray, isIterable } from "./iteration.js";
import { byteArrayDelItem, byteArrayGetItem, byteArraySetItem } from "./bytearray-items.js";

export function makeSlice(th: Thread, start: number, stop: number, step: number): number {
  const s = allocate(th.heap, SLICE_WORDS, typeById(th, TypeId.slice));
  const i32 = th.heap.i32;
  i32[s + SLICE_START] = start;
  i32[s + SLICE_STOP] = stop;
  i32[s + SLICE_STEP] = step;
  return s;
}

function isSlice(th: Thread, v: number): boolean {
  return (v & 1) === 0 && typeIdOfValue(th, v) === TypeId.slice;
}

/** An index value as a JavaScript number; huge ints become ±Infinity-like sentinels. */
function indexOf(th: Thread, v: number, what: () => string): number {
  if (v & 1) return v >> 1;
  if (isIntLike(th, v)) {
    const b = bigOf(th, v);
    if (b > BigInt(Number.MAX_SAFE_INTEGER) || b < BigInt(Number.MIN_SAFE_INTEGER)) {
      raiseException(th, "IndexError", `cannot fit 'int' into an index-sized integer`);
    }
    return Number(b);
  }
  const type = typeOfValue(th, v);
  if (isUserClass(th, type)) {
    const index = lookupType(th, type, internStr(th, "__index__"));
    if (index !== 0) return indexOf(th, callObject(th, index, [v]), what);
  }
  return raiseException(th, "TypeError", what());
}

/** A slice's start, stop (null for None) and step as numbers: what may run Python code (__index__). */
export interface SliceParts {
  start: number | null;
  stop: number | null;
  step: number;
}

export function sliceParts(th: Thread, slice: number): SliceParts {
  const message = () => "slice indices must be integers or None or have an __index__ method";
  const stepValue = th.heap.i32[slice + SLICE_STEP]!;
  const step = stepValue === NONE ? 1 : indexOf(th, stepValue, message);
  if (step === 0) raiseException(th, "ValueError", "slice step cannot be zero");
  const startValue = th.heap.i32[slice + SLICE_START]!;
  const start = startValue === NONE ? null : indexOf(th, startValue, message);
  const stopValue = th.heap.i32[slice + SLICE_STOP]!;
  const stop = stopValue === NONE ? null : indexOf(th, stopValue, message);
  return { start, stop, step };
}

/** The (start, stop, step, length) a slice selects in a sequence of `length` items. */
export function sliceIndices(th: Thread, slice: number, length: number): [number, number, number, number] {
  return adjustSlice(sliceParts(th, slice), length);
}

/** The (start, stop, step, count) that slice parts select in `length` items (plain arithmetic). */
export function adjustSlice(parts: SliceParts, length: number): [number, number, number, number] {
  const step = parts.step;
  let start: number;
  let stop: number;
  if (parts.start === null) start = step < 0 ? length - 1 : 0;
  else {
    start = parts.start;
    if (start < 0) start = Math.max(start + length, step < 0 ? -1 : 0);
    else if (start >= length) start = step < 0 ? length - 1 : length;
  }
  if (parts.stop === null) stop = step < 0 ? -1 : length;
  else {
    stop = parts.stop;
    if (stop < 0) stop = Math.max(stop + length, step < 0 ? -1 : 0);
    else if (stop >= length) stop = step < 0 ? length - 1 : length;
  }
  let count = 0;
  if (step > 0 && start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  else if (step < 0 && stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  return [start, stop, step, count];
}

function sliceSelect<T>(th: Thread, slice: number, items: T[]): T[] {
  const [start, , step, count] = sliceIndices(th, slice, items.length);
  const out: T[] = new Array(count);
  for (let k = 0; k < count; k++) out[k] = items[start + k * step]!;
  return out;
}

function normalizeIndex(index: number, length: number): number {
  return index < 0 ? index + length : index;
}

function codePoints(s: string): string[] {
  return Array.from(s);
}

/** container[key]. */
export function getItem(th: Thread, container: number, key: number): number {
  const type = typeOfValue(th, container);
  if ((container & 1) === 0 && isUserClass(th, type)) {
    const method = lookupType(th, type, internStr(th, "__getitem__"));
    if (method !== 0 && typeIdOfValue(th, method) !== TypeId.builtin_function_or_method) {
      return callObject(th, method, [container, key]);
    }
  }
  return getItemBuiltin(th, container, key);
}

/** container[key] for the built-in part of `container` (what list.__getitem__ and friends do). */
export function getItemBuiltin(th: Thread, container: number, key: number): number {
  const type = typeOfValue(th, container);
  const i32 = th.heap.i32;
  switch (typeIdOfValue(th, container)) {
    case TypeId.list: {
      if (isSlice(th, key)) return newList(th, sliceSelect(th, key, listItemsArray(th, container)));
      const index = indexOf(th, key, () => `list indices must be integers or slices, not ${typeName(th, typeOfValue(th, key))}`);
      const k = normalizeIndex(index, i32[container + LIST_SIZE]!);
      const item = k < 0 ? 0 : listItemAt(th, container, k);
      if (item === 0) raiseException(th, "IndexError", "list index out of range");
      return item;
    }
    case TypeId.tuple: {
      const n = i32[container + TUPLE_LENGTH]!;
      if (isSlice(th, key)) {
        const items: number[] = [];
        for (let k = 0; k < n; k++) items.push(tupleGet(th, container, k));
        return newTuple(th, sliceSelect(th, key, items));
      }
      const k = normalizeIndex(indexOf(th, key, () => `tuple indices must be integers or slices, not ${typeName(th, typeOfValue(th, key))}`), n);
      if (k < 0 || k >= n) raiseException(th, "IndexError", "tuple index out of range");
      return tupleGet(th, container, k);
    }
    case TypeId.str: {
      const s = jsString(th, container);
      const ascii = i32[container + STR_UNITS] === s.length && !/[\ud800-\udfff]/.test(s);
      if (isSlice(th, key)) {
        const chars = ascii ? s.split("") : codePoints(s);
        return newString(th, sliceSelect(th, key, chars).join(""));
      }
      const chars = ascii ? null : codePoints(s);
      const n = chars === null ? s.length : chars.length;
      const k = normalizeIndex(indexOf(th, key, () => `string indices must be integers, not '${typeName(th, typeOfValue(th, key))}'`), n);
      if (k < 0 || k >= n) raiseException(th, "IndexError", "string index out of range");
      return newString(th, chars === null ? s[k]! : chars[k]!);
    }
    case TypeId.bytes: {
      const n = i32[container + BYTES_LENGTH]!;
      const bytes = Array.from(th.heap.u8.subarray((container + BYTES_DATA) * 4, (container + BYTES_DATA) * 4 + n));
      if (isSlice(th, key)) return newBytes(th.heap, Uint8Array.from(sliceSelect(th, key, bytes)));
      const k = normalizeIndex(indexOf(th, key, () => `byte indices must be integers or slices, not ${typeName(th, typeOfValue(th, key))}`), n);
      if (k < 0 || k >= n) raiseException(th, "IndexError", "index out of range");
      return (bytes[k]! << 1) | 1;
    }
    case TypeId.bytearray:
      return byteArrayGetItem(th, container, key);
    case TypeId.range:
      return rangeItem(th, container, key);
    case TypeId.dict: {
      const v = dictGetItem(th, container, key);
      if (v === 0) {
        if (isUserClass(th, type)) {
          const missing = lookupType(th, type, internStr(th, "__missing__"));
          if (missing !== 0) return callObject(th, missing, [container, key]);
        }
        throw keyError(key);
      }
      return v;
    }
    case TypeId.mappingproxy:
      return getItem(th, i32[container + PAIR_FIRST]!, key);
    default:
      if (typeIdOfValue(th, container) === TypeId.type) {
        const alias = classGetItem(th, container, lookupType(th, container, internStr(th, "__class_getitem__")), key);
        if (alias !== 0) return alias;
        return raiseException(th, "TypeError", `type '${typeName(th, container)}' is not subscriptable`);
      }
      return raiseException(th, "TypeError", `'${typeName(th, type)}' object is not subscriptable`);
  }
}

import { PyError } from "../heap/errors.js";
import { classGetItem } from "./generic-alias.js";

export function keyError(key: number): PyError {
  return new PyError("KeyError", "", key);
}

function rangeItem(th: Thread, range: number, key: number): number {
  const i32 = th.heap.i32;
  const start = bigOf(th, i32[range + RANGE_START]!);
  const step = bigOf(th, i32[range + RANGE_STEP]!);
  const length = bigOf(th, i32[range + RANGE_LENGTH]!);
  if (isSlice(th, key)) {
    const [s, , st, count] = sliceIndices(th, key, Number(length));
    const newStart = newIntFromBig(th, start + BigInt(s) * step);
    th.pushRoot(newStart);
    try {
      const newStep = newIntFromBig(th, step * BigInt(st));
      th.pushRoot(newStep);
      const newStop = newIntFromBig(th, start + BigInt(s) * step + BigInt(count) * step * BigInt(st));
      th.popRoots(1);
      return makeRange(th, newStart, newStop, newStep, count);
    } finally {
      th.popRoots(1);
    }
  }
  let k = BigInt(indexOf(th, key, () => `range indices must be integers or slices, not ${typeName(th, typeOfValue(th, key))}`));
  if (k < 0n) k += length;
  if (k < 0n || k >= length) raiseException(th, "IndexError", "range object index out of range");
  return newIntFromBig(th, start + k * step);
}

import { makeRange } from "./ranges.js";

/** container[key] = value. */
export function setItem(th: Thread, container: number, key: number, value: number): void {
  const type = typeOfValue(th, container);
  if ((container & 1) === 0 && isUserClass(th, type)) {
    const method = lookupType(th, type, internStr(th, "__setitem__"));
    if (method !== 0 && typeIdOfValue(th, method) !== TypeId.builtin_function_or_method) {
      callObject(th, method, [container, key, value]);
      return;
    }
  }
  setItemBuiltin(th, container, key, value);
}

export function setItemBuiltin(th: Thread, container: number, key: number, value: number): void {
  const type = typeOfValue(th, container);
  switch (typeIdOfValue(th, container)) {
    case TypeId.list: {
      if (isSlice(th, key)) {
        setSlice(th, container, key, 0, value);
        return;
      }
      const index = indexOf(th, key, () => `list indices must be integers or slices, not ${typeName(th, typeOfValue(th, key))}`);
      if (!listSetIndex(th, container, index, value)) raiseException(th, "IndexError", "list assignment index out of range");
      return;
    }
    case TypeId.dict:
      dictSetItem(th, container, key, value);
      return;
    case TypeId.bytearray:
      byteArraySetItem(th, container, key, value);
      return;
    default:
      raiseException(th, "TypeError", `'${typeName(th, type)}' object does not support item assignment`);
  }
}

/** del container[key]. */
export function delItem(th: Thread, container: number, key: number): void {
  const type = typeOfValue(th, container);
  if ((container & 1) === 0 && isUserClass(th, type)) {
    const method = lookupType(th, type, internStr(th, "__delitem__"));
    if (method !== 0 && typeIdOfValue(th, method) !== TypeId.builtin_function_or_method) {
      callObject(th, method, [container, key]);
      return;
    }
  }
  delItemBuiltin(th, container, key);
}

export function delItemBuiltin(th: Thread, container: number, key: number): void {
  const type = typeOfValue(th, container);
  switch (typeIdOfValue(th, container)) {
    case TypeId.list: {
      if (isSlice(th, key)) {
        const parts = sliceParts(th, key);
        withListLock(th, container, () => {
          const items = listItemsArray(th, container);
          const [start, , step, count] = adjustSlice(parts, items.length);
          const drop = new Set<number>();
          for (let k = 0; k < count; k++) drop.add(start + k * step);
          listReplaceRange(th, container, 0, items.length, items.filter((_, k) => !drop.has(k)));
        });
        return;
      }
      const index = indexOf(th, key, () => `list indices must be integers or slices, not ${typeName(th, typeOfValue(th, key))}`);
      const item = listPopIndex(th, container, index);
      if (item === 0) raiseException(th, "IndexError", "list assignment index out of range");
      droppedAll(th, [item]);
      return;
    }
    case TypeId.dict: {
      const value = dictDelItem(th, container, key);
      if (value === 0) throw keyError(key);
      droppedAll(th, [value]);
      return;
    }
    case TypeId.bytearray:
      byteArrayDelItem(th, container, key);
      return;
    case TypeId.mappingproxy:
      // Worded as CPython's sequence protocol words it (mappingproxy has sq_contains only).
      raiseException(th, "TypeError", "'mappingproxy' object does not support item deletion");
      return;
    default:
      raiseException(th, "TypeError", `'${typeName(th, type)}' object doesn't support item deletion`);
  }
}

/** container[start:stop] (BINARY_SLICE). */
export function getSlice(th: Thread, container: number, start: number, stop: number): number {
  const slice = makeSlice(th, start, stop, NONE);
  th.pushRoot(slice);
  try {
    return getItem(th, container, slice);
  } finally {
    th.popRoots(1);
  }
}

/** container[start:stop] = value (STORE_SLICE), or with `stop` 0, container[slice] = value. */
export function setSlice(th: Thread, container: number, start: number, stop: number, value: number): void {
  const slice = stop === 0 ? start : makeSlice(th, start, stop, NONE);
  th.pushRoot(slice);
  try {
    if (typeIdOfValue(th, container) !== TypeId.list || isUserClass(th, typeOfValue(th, container))) {
      setItem(th, container, slice, value);
      return;
    }
    const parts = sliceParts(th, slice);
    if (!isIterable(th, value)) {
      raiseException(th, "TypeError", "must assign iterable to extended slice");
    }
    const items = iterateToArray(th, value);
    // The indices are taken from the size inside the lock; an error is raised after it is released.
    const wrongCount = withListLock(th, container, () => {
      const [s, e, step, count] = adjustSlice(parts, th.heap.i32[container + LIST_SIZE]!);
      if (step === 1) listReplaceRange(th, container, s, Math.max(s, e), items);
      else if (items.length !== count) return count;
      else for (let k = 0; k < count; k++) listSet(th, container, s + k * step, items[k]!);
      return -1;
    });
    if (wrongCount >= 0) {
      raiseException(th, "ValueError", `attempt to assign sequence of size ${items.length} to extended slice of size ${wrongCount}`);
    }
  } finally {
    th.popRoots(1);
  }
}
