// Operators on built-in values (by their layout's TypeId). Each returns 0
// when the operation does not apply, so the caller can try the other operand
// or raise the TypeError.

import { PyError } from "../heap/errors.js";
import { METHOD_FUNC, METHOD_SELF } from "../heap/layout.js";
import { FALSE, LIST_SIZE, NONE, NOT_IMPLEMENTED, TRUE, STR_UNITS, TUPLE_LENGTH, BYTES_LENGTH, DICT_USED, SET_USED, RANGE_LENGTH, RANGE_START, RANGE_STEP, SLICE_START, SLICE_STOP, SLICE_STEP } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { strConcat } from "../objects/str.js";
import {
  newSet, setDifference, setIntersection, setIsSubset, setEquals, setSymmetricDifference, setUnion,
  setUpdateFromSet, setDifferenceUpdate, setIntersectionUpdate, setSymmetricDifferenceUpdate, setSize,
} from "../objects/set.js";
import { dictCopy, dictSize, dictGet } from "../objects/dict.js";
import { byteArrayLength } from "../objects/bytes.js";
import { byteArrayCopy, byteArrayExtend, byteArraySetAll } from "../objects/bytearray.js";
import { bytesLikeData, byteValue, indexValueOrNull, isBytesLike, requireBytesLike, sameKind } from "./bytes-like.js";
import { NB } from "./opcodes.js";
import { ensureResizable } from "./bytearray-exports.js";
import type { Thread } from "./thread.js";
import { jsString, newString, newTuple, typeIdOfValue, tupleItems } from "./model.js";
import { numberBinary, numberCompare, asBigInt, isNumber } from "./numbers.js";
import { raiseException } from "./exceptions.js";
import { listItemsArray, dictPairs } from "./containers.js";
import { newList, listExtendArray, listSetAll } from "./lists.js";
import { iterateToArray } from "./iteration.js";
import { latin1, percentFormat } from "./formatting.js";
import { valuesEqual, lessThan, binaryOp, compareOp, containsOp, isTrue } from "./operators.js";
import { weakrefCompare } from "./weakref-ops.js";
import { proxiedMapping } from "./mappingproxy.js";
import { dictSetItem, hashValue, keysEqual, dictGetItem } from "./dicts.js";
import { setHasValue, newSetOf } from "./sets.js";
import { complexBinary, complexCompare, complexParts, newComplexValue } from "./complex.js";
import { hashOut } from "../objects/hash.js";
import { bigOf, newFloat, newIntFromBig, floatOf } from "./int-values.js";

const MAX_REPEAT_ITEMS = 2 ** 28;

function repeatCount(th: Thread, v: number): number | null {
  const n = asBigInt(th, v);
  if (n === null || typeIdOfValue(th, v) === TypeId.float) return null;
  return n < 0n ? 0 : Number(n);
}

function isSet(id: number): boolean {
  return id === TypeId.set || id === TypeId.frozenset;
}

/** `a op b` for built-in operands (op >= 13: the in-place form of op - 13, only where it differs). */
/** `a | b` where one side is a mappingproxy: the union of the mappings behind them (mappingproxy_or). */
function proxyUnion(th: Thread, op: number, a: number, b: number): number {
  const mappingA = proxiedMapping(th, a);
  if (op !== NB.OR && mappingA !== 0) raiseException(th, "TypeError", "'|=' is not supported by mappingproxy; use '|' instead");
  return binaryOp(th, op, mappingA || a, proxiedMapping(th, b) || b);
}

export function nativeBinary(th: Thread, op: number, a: number, b: number, _reflected = false): number {
  let idA = typeIdOfValue(th, a);
  let idB = typeIdOfValue(th, b);
  if ((isSetView(idA) || isSetView(idB)) && op < 13 && (op === NB.AND || op === NB.OR || op === NB.SUBTRACT || op === NB.XOR)) {
    // Dict key and item views combine like sets, giving sets.
    if (isSetView(idA) || isSet(idA)) a = asPlainSet(th, a, idA);
    th.pushRoot(a);
    try {
      if (isSetView(idB) || isSet(idB) || idB === TypeId.list || idB === TypeId.tuple) b = asPlainSet(th, b, idB);
    } finally {
      th.popRoots(1);
    }
    idA = typeIdOfValue(th, a);
    idB = typeIdOfValue(th, b);
  }
  if ((op === NB.OR || op === NB.OR + 13) && (idA === TypeId.mappingproxy || idB === TypeId.mappingproxy)) return proxyUnion(th, op, a, b);
  if (op >= 13) return inplaceBinary(th, op - 13, a, b, idA, idB);
  if (isNumber(th, a) && isNumber(th, b)) return numberBinary(th, op, a, b);
  if (idA === TypeId.complex || idB === TypeId.complex) return complexBinary(th, op, a, b);
  switch (op) {
    case NB.ADD:
      if (idA === TypeId.str && idB === TypeId.str) return strConcat(th.heap, a, b);
      if (idA === TypeId.list && idB === TypeId.list) return newList(th, [...listItemsArray(th, a), ...listItemsArray(th, b)]);
      if (idA === TypeId.tuple && idB === TypeId.tuple) return newTuple(th, [...tupleItems(th, a), ...tupleItems(th, b)]);
      if (isBytesLike(th, a)) {
        // The right operand may be any buffer (a memoryview, an array), as in CPython.
        const y = bytesLikeData(th, b);
        if (y === null) return 0;
        const x = bytesLikeData(th, a)!;
        const out = new Uint8Array(x.length + y.length);
        out.set(x);
        out.set(y, x.length);
        return sameKind(th, a, out);
      }
      return 0;
    case NB.MULTIPLY: {
      if (isRepeatable(idA)) return repeat(th, a, idA, b);
      if (isRepeatable(idB)) return repeat(th, b, idB, a);
      return 0;
    }
    case NB.REMAINDER:
      if (idA === TypeId.str) return newString(th, percentFormat(th, jsString(th, a), b));
      if (isBytesLike(th, a)) {
        const text = percentFormat(th, latin1(bytesLikeData(th, a)!), b, true);
        return sameKind(th, a, Uint8Array.from(text, (c) => c.charCodeAt(0)));
      }
      return 0;
    case NB.OR:
      if (isSet(idA) && isSet(idB)) return setUnion(th.heap, a, b, keysEqual(th));
      if (idA === TypeId.dict && idB === TypeId.dict) {
        const d = dictCopy(th.heap, a);
        th.pushRoot(d);
        try {
          for (const [k, v] of dictPairs(th, b)) dictSetItem(th, d, k, v);
        } finally {
          th.popRoots(1);
        }
        return d;
      }
      return 0;
    case NB.AND:
      return isSet(idA) && isSet(idB) ? setIntersection(th.heap, a, b, keysEqual(th)) : 0;
    case NB.SUBTRACT:
      return isSet(idA) && isSet(idB) ? setDifference(th.heap, a, b, keysEqual(th)) : 0;
    case NB.XOR:
      return isSet(idA) && isSet(idB) ? setSymmetricDifference(th.heap, a, b, keysEqual(th)) : 0;
    default:
      return 0;
  }
}

function isRepeatable(id: number): boolean {
  return id === TypeId.str || id === TypeId.list || id === TypeId.tuple || id === TypeId.bytes || id === TypeId.bytearray;
}

/** `data` repeated `n` times. */
function repeatBytes(data: Uint8Array, n: number): Uint8Array {
  if (data.length * n > MAX_REPEAT_ITEMS) throw new PyError("MemoryError", "");
  const out = new Uint8Array(data.length * n);
  for (let k = 0; k < n; k++) out.set(data, k * data.length);
  return out;
}

function isSetView(id: number): boolean {
  return id === TypeId.dict_keys || id === TypeId.dict_items;
}

/** A set holding a view's keys (or (key, value) tuples), or the items of a set or sequence. */
function asPlainSet(th: Thread, v: number, id: number): number {
  if (id === TypeId.dict_keys) return newSetOf(th, dictPairs(th, th.heap.i32[v + 2]!).map(([k]) => k));
  if (id === TypeId.dict_items) {
    const pairs = dictPairs(th, th.heap.i32[v + 2]!).map(([k, x]) => newTuple(th, [k, x]));
    return newSetOf(th, pairs);
  }
  if (id === TypeId.set) return v;
  return newSetOf(th, iterateToArray(th, v));
}

function repeat(th: Thread, seq: number, id: number, times: number): number {
  const n = repeatCount(th, times);
  if (n === null) return 0;
  if (id === TypeId.str) {
    const s = jsString(th, seq);
    if (s.length * n > MAX_REPEAT_ITEMS) raiseException(th, "MemoryError", "");
    return newString(th, s.repeat(n));
  }
  if (id === TypeId.bytes || id === TypeId.bytearray) return sameKind(th, seq, repeatBytes(bytesLikeData(th, seq)!, n));
  const items = id === TypeId.list ? listItemsArray(th, seq) : tupleItems(th, seq);
  if (items.length * n > MAX_REPEAT_ITEMS) raiseException(th, "MemoryError", "");
  const out: number[] = [];
  for (let k = 0; k < n; k++) out.push(...items);
  return id === TypeId.list ? newList(th, out) : newTuple(th, out);
}

function inplaceBinary(th: Thread, op: number, a: number, b: number, idA: number, idB: number): number {
  if (idA === TypeId.bytearray) return inplaceByteArray(th, op, a, b);
  if (idA === TypeId.list) {
    if (op === NB.ADD) {
      listExtendArray(th, a, iterateToArray(th, b));
      return a;
    }
    if (op === NB.MULTIPLY) {
      const n = repeatCount(th, b);
      if (n === null) return 0;
      const items = listItemsArray(th, a);
      const out: number[] = [];
      for (let k = 0; k < n; k++) out.push(...items);
      listSetAll(th, a, out);
      return a;
    }
    return 0;
  }
  if (idA === TypeId.set && isSet(idB)) {
    const eq = keysEqual(th);
    if (op === NB.OR) setUpdateFromSet(th.heap, a, b, eq);
    else if (op === NB.AND) setIntersectionUpdate(th.heap, a, b, eq);
    else if (op === NB.SUBTRACT) setDifferenceUpdate(th.heap, a, b, eq);
    else if (op === NB.XOR) setSymmetricDifferenceUpdate(th.heap, a, b, eq);
    else return 0;
    return a;
  }
  if (idA === TypeId.dict && op === NB.OR) {
    if (idB === TypeId.dict) {
      for (const [k, v] of dictPairs(th, b)) dictSetItem(th, a, k, v);
      return a;
    }
    // d |= iterable of pairs, as dict.update takes it.
    if (idB !== TypeId.list && idB !== TypeId.tuple) return 0;
    const items = iterateToArray(th, b);
    for (const item of items) {
      const pair = iterateToArray(th, item);
      if (pair.length !== 2) raiseException(th, "ValueError", `dictionary update sequence element has length ${pair.length}; 2 is required`);
      dictSetItem(th, a, pair[0]!, pair[1]!);
    }
    return a;
  }
  return 0;
}

/** bytearray's `+=` and `*=`, which change it in place; 0 when `b` does not fit. */
function inplaceByteArray(th: Thread, op: number, a: number, b: number): number {
  if (op === NB.ADD) {
    const data = bytesLikeData(th, b);
    if (data === null) return 0;
    if (data.length > 0) ensureResizable(th, a);
    byteArrayExtend(th.heap, a, data);
    return a;
  }
  if (op === NB.MULTIPLY) {
    const n = repeatCount(th, b);
    if (n === null) return 0;
    const repeated = repeatBytes(byteArrayCopy(th.heap, a), n);
    ensureResizable(th, a, repeated.length);
    byteArraySetAll(th.heap, a, repeated);
    return a;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Comparisons

function fromOrder(cmp: number, order: number): number {
  if (Number.isNaN(order)) return cmp === 3 ? TRUE : FALSE;
  switch (cmp) {
    case 0: return order < 0 ? TRUE : FALSE;
    case 1: return order <= 0 ? TRUE : FALSE;
    case 2: return order === 0 ? TRUE : FALSE;
    case 3: return order !== 0 ? TRUE : FALSE;
    case 4: return order > 0 ? TRUE : FALSE;
    default: return order >= 0 ? TRUE : FALSE;
  }
}

function compareStrings(a: string, b: string): number {
  // Code-point order, as CPython compares str.
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) {
    const x = a.codePointAt(k)!;
    const y = b.codePointAt(k)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) k++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** Lexicographic comparison of two sequences, as list and tuple compare. */
function compareSequences(th: Thread, cmp: number, x: number[], y: number[]): number {
  const n = Math.min(x.length, y.length);
  let k = 0;
  while (k < n && valuesEqual(th, x[k]!, y[k]!)) k++;
  if (k === n) return fromOrder(cmp, x.length - y.length);
  if (cmp === 2) return FALSE;
  if (cmp === 3) return TRUE;
  const a = x[k]!;
  const b = y[k]!;
  switch (cmp) {
    case 0: return lessThan(th, a, b) ? TRUE : FALSE;
    case 1: return lessThan(th, a, b) || valuesEqual(th, a, b) ? TRUE : FALSE;
    case 4: return lessThan(th, b, a) ? TRUE : FALSE;
    default: return lessThan(th, b, a) || valuesEqual(th, a, b) ? TRUE : FALSE;
  }
}

/** `a cmp b` for built-in operands; 0 (or NotImplemented) when they cannot be compared. */
function sliceParts(th: Thread, s: number): number[] {
  const i32 = th.heap.i32;
  return [i32[s + SLICE_START]!, i32[s + SLICE_STOP]!, i32[s + SLICE_STEP]!];
}

export function nativeCompare(th: Thread, cmp: number, a: number, b: number): number {
  const idA = typeIdOfValue(th, a);
  const idB = typeIdOfValue(th, b);
  const order = numberCompare(th, a, b);
  if (order !== null) return fromOrder(cmp, order);
  // A mappingproxy compares as its mapping.
  if (idA === TypeId.mappingproxy) return compareOp(th, cmp, proxiedMapping(th, a), b);
  if (idB === TypeId.mappingproxy) return compareOp(th, cmp, a, proxiedMapping(th, b));
  if (idA === TypeId.complex || idB === TypeId.complex) return complexCompare(th, cmp, a, b);
  if (idA === TypeId.str && idB === TypeId.str) return fromOrder(cmp, compareStrings(jsString(th, a), jsString(th, b)));
  if (idA === TypeId.list && idB === TypeId.list) return compareSequences(th, cmp, listItemsArray(th, a), listItemsArray(th, b));
  if (idA === TypeId.tuple && idB === TypeId.tuple) return compareSequences(th, cmp, tupleItems(th, a), tupleItems(th, b));
  // Slices compare as the tuples (start, stop, step).
  if (idA === TypeId.slice && idB === TypeId.slice) return compareSequences(th, cmp, sliceParts(th, a), sliceParts(th, b));
  if (isBytesLike(th, a) && isBytesLike(th, b)) {
    const x = bytesLikeData(th, a)!;
    const y = bytesLikeData(th, b)!;
    let order2 = 0;
    for (let k = 0; k < Math.min(x.length, y.length) && order2 === 0; k++) order2 = x[k]! - y[k]!;
    if (order2 === 0) order2 = x.length - y.length;
    return fromOrder(cmp, order2);
  }
  if (isSet(idA) && isSet(idB)) return compareSets(th, cmp, a, b);
  if (idA === TypeId.dict_items && idB === TypeId.dict_items && (cmp === 2 || cmp === 3)) {
    // Items views compare by looking each item up, without hashing the values.
    const equal = dictsEqual(th, th.heap.i32[a + 2]!, th.heap.i32[b + 2]!);
    return (cmp === 2) === equal ? TRUE : FALSE;
  }
  if ((isSetView(idA) && (isSetView(idB) || isSet(idB))) || (isSet(idA) && isSetView(idB))) {
    const x = asPlainSet(th, a, idA);
    th.pushRoot(x);
    try {
      return compareSets(th, cmp, x, asPlainSet(th, b, idB));
    } finally {
      th.popRoots(1);
    }
  }
  if (idA === TypeId.dict && idB === TypeId.dict && (cmp === 2 || cmp === 3)) {
    const equal = dictsEqual(th, a, b);
    return (cmp === 2) === equal ? TRUE : FALSE;
  }
  if (idA === TypeId.range && idB === TypeId.range && (cmp === 2 || cmp === 3)) {
    const equal = rangesEqual(th, a, b);
    return (cmp === 2) === equal ? TRUE : FALSE;
  }
  if (idA === TypeId.method && idB === TypeId.method && (cmp === 2 || cmp === 3)) {
    // Bound methods are equal when they bind the same object to equal functions.
    const i32 = th.heap.i32;
    const equal = i32[a + METHOD_SELF] === i32[b + METHOD_SELF] && valuesEqual(th, i32[a + METHOD_FUNC]!, i32[b + METHOD_FUNC]!);
    return (cmp === 2) === equal ? TRUE : FALSE;
  }
  if (idA === TypeId.ReferenceType && idB === TypeId.ReferenceType) {
    const r = weakrefCompare(th, cmp, a, b);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  return 0;
}

function rangesEqual(th: Thread, a: number, b: number): boolean {
  const i32 = th.heap.i32;
  const la = bigOf(th, i32[a + RANGE_LENGTH]!);
  if (la !== bigOf(th, i32[b + RANGE_LENGTH]!)) return false;
  if (la === 0n) return true;
  if (bigOf(th, i32[a + RANGE_START]!) !== bigOf(th, i32[b + RANGE_START]!)) return false;
  return la === 1n || bigOf(th, i32[a + RANGE_STEP]!) === bigOf(th, i32[b + RANGE_STEP]!);
}

function dictsEqual(th: Thread, a: number, b: number): boolean {
  if (dictSize(th.heap, a) !== dictSize(th.heap, b)) return false;
  for (const [k, v] of dictPairs(th, a)) {
    const other = dictGetItem(th, b, k);
    if (other === 0 || !valuesEqual(th, v, other)) return false;
  }
  return true;
}

function compareSets(th: Thread, cmp: number, a: number, b: number): number {
  const eq = keysEqual(th);
  const sa = setSize(th.heap, a);
  const sb = setSize(th.heap, b);
  switch (cmp) {
    case 2: return setEquals(th.heap, a, b, eq) ? TRUE : FALSE;
    case 3: return setEquals(th.heap, a, b, eq) ? FALSE : TRUE;
    case 0: return sa < sb && setIsSubset(th.heap, a, b, eq) ? TRUE : FALSE;
    case 1: return setIsSubset(th.heap, a, b, eq) ? TRUE : FALSE;
    case 4: return sb < sa && setIsSubset(th.heap, b, a, eq) ? TRUE : FALSE;
    default: return setIsSubset(th.heap, b, a, eq) ? TRUE : FALSE;
  }
}

// ---------------------------------------------------------------------------
// Truth, unary operators, membership

export function nativeTruth(th: Thread, v: number): boolean {
  const i32 = th.heap.i32;
  switch (typeIdOfValue(th, v)) {
    case TypeId.bool: return v === TRUE;
    case TypeId.int: return bigOf(th, v) !== 0n;
    case TypeId.float: return floatOf(th, v) !== 0;
    case TypeId.complex: {
      const [re, im] = complexParts(th, v)!;
      return re !== 0 || im !== 0;
    }
    case TypeId.str: return i32[v + STR_UNITS]! !== 0;
    case TypeId.list: return i32[v + LIST_SIZE]! !== 0;
    case TypeId.tuple: return i32[v + TUPLE_LENGTH]! !== 0;
    case TypeId.dict: return i32[v + DICT_USED]! !== 0;
    case TypeId.set:
    case TypeId.frozenset: return i32[v + SET_USED]! !== 0;
    case TypeId.bytes: return i32[v + BYTES_LENGTH]! !== 0;
    case TypeId.bytearray: return byteArrayLength(th.heap, v) !== 0;
    case TypeId.range: return bigOf(th, i32[v + RANGE_LENGTH]!) !== 0n;
    case TypeId.NoneType: return false;
    case TypeId.dict_keys:
    case TypeId.dict_values:
    case TypeId.dict_items: return dictSize(th.heap, i32[v + 2]!) !== 0;
    case TypeId.mappingproxy: return isTrue(th, proxiedMapping(th, v));
    default: return true;
  }
}

export function nativeUnary(th: Thread, symbol: string, v: number): number {
  const id = typeIdOfValue(th, v);
  if (id === TypeId.int || id === TypeId.bool) {
    const n = bigOf(th, v);
    if (symbol === "-") return newIntFromBig(th, -n);
    if (symbol === "~") return newIntFromBig(th, ~n);
    return newIntFromBig(th, n);
  }
  if (id === TypeId.float) {
    if (symbol === "-") return newFloat(th, -floatOf(th, v));
    if (symbol === "+") return v;
  }
  if (id === TypeId.complex) {
    const [re, im] = complexParts(th, v)!;
    if (symbol === "-") return newComplexValue(th, -re, -im);
    if (symbol === "+") return v;
  }
  return 0;
}

/** `item in container` for built-in containers. */
/** The items `in` searches, with CPython's message for a container that cannot be iterated. */
function itemsForContains(th: Thread, container: number): number[] {
  try {
    return iterateToArray(th, container);
  } catch (err) {
    const name = typeNameOfValue(th, container);
    if (err instanceof PyError && err.typeName === "TypeError" && err.text === `'${name}' object is not iterable`) {
      raiseException(th, "TypeError", `argument of type '${name}' is not iterable`);
    }
    throw err;
  }
}

export function nativeContains(th: Thread, container: number, item: number): boolean {
  const id = typeIdOfValue(th, container);
  switch (id) {
    case TypeId.str:
      if (typeIdOfValue(th, item) !== TypeId.str) {
        raiseException(th, "TypeError", `'in <string>' requires string as left operand, not ${typeNameOfValue(th, item)}`);
      }
      return jsString(th, container).includes(jsString(th, item));
    case TypeId.list:
      return listItemsArray(th, container).some((x) => valuesEqual(th, x, item));
    case TypeId.tuple:
      return tupleItems(th, container).some((x) => valuesEqual(th, x, item));
    case TypeId.mappingproxy:
      return containsOp(th, proxiedMapping(th, container), item);
    case TypeId.dict:
    case TypeId.dict_keys: {
      const d = id === TypeId.dict ? container : th.heap.i32[container + 2]!;
      const lo = hashValue(th, item);
      return dictGet(th.heap, d, item, lo, hashOut.hi, keysEqual(th)) !== 0;
    }
    case TypeId.dict_items: {
      // (key, value) in d.items(): the key is there and its value is equal.
      if (typeIdOfValue(th, item) !== TypeId.tuple || tupleItems(th, item).length !== 2) return false;
      const [key, value] = tupleItems(th, item) as [number, number];
      const found = dictGetItem(th, th.heap.i32[container + 2]!, key);
      return found !== 0 && valuesEqual(th, found, value);
    }
    case TypeId.set:
    case TypeId.frozenset:
      if (typeIdOfValue(th, item) === TypeId.set) {
        const frozen = newSet(th.heap, true);
        th.pushRoot(frozen);
        try {
          setUpdateFromSet(th.heap, frozen, item, keysEqual(th));
          return setHasValue(th, container, frozen);
        } finally {
          th.popRoots(1);
        }
      }
      return setHasValue(th, container, item);
    case TypeId.range:
      return rangeContains(th, container, item);
    case TypeId.bytes:
    case TypeId.bytearray:
      return bytesContain(th, bytesLikeData(th, container)!, item);
    default: {
      const items = itemsForContains(th, container);
      th.pushRoot(newList(th, items));
      try {
        for (const x of items) if (valuesEqual(th, x, item)) return true;
        return false;
      } finally {
        th.popRoots(1);
      }
    }
  }
}

/** `item in data` for bytes and bytearray: a byte value or a bytes-like run. */
function bytesContain(th: Thread, data: Uint8Array, item: number): boolean {
  const needle = bytesLikeData(th, item);
  if (needle !== null) return Buffer.from(data.buffer, data.byteOffset, data.length).includes(Buffer.from(needle));
  if (indexValueOrNull(th, item) === null) requireBytesLike(th, item);
  return data.includes(byteValue(th, item));
}

function rangeContains(th: Thread, range: number, item: number): boolean {
  const id = typeIdOfValue(th, item);
  if (id !== TypeId.int && id !== TypeId.bool) {
    for (const x of iterateToArray(th, range)) if (valuesEqual(th, x, item)) return true;
    return false;
  }
  const i32 = th.heap.i32;
  const n = bigOf(th, item);
  const start = bigOf(th, i32[range + RANGE_START]!);
  const step = bigOf(th, i32[range + RANGE_STEP]!);
  const length = bigOf(th, i32[range + RANGE_LENGTH]!);
  if (length === 0n) return false;
  const last = start + (length - 1n) * step;
  const lo = step > 0n ? start : last;
  const hi = step > 0n ? last : start;
  return n >= lo && n <= hi && (n - start) % step === 0n;
}

import { typeNameOf as typeNameOfValue } from "./model.js";
