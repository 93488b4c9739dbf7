// Hashing and dict operations with any keys.
//
// `hashValue` computes hash(v) (calling a class's __hash__ when it has one)
// and leaves both words in hashOut; `keysEqual` is the equality dicts and sets
// use (identity, then ==, which may run Python code).

import {
  dictDelete, dictDeleteStr, dictGet, dictGetStr as heapDictGetStr, dictItems, dictSet, dictSetStr as heapDictSetStr,
  dictSetDefault, newDict,
} from "../objects/dict.js";
import {
  hashBigInt, hashFloat, hashFromInt, hashIdentity, hashOut, hashSafeInteger, highWordOf, setHash,
} from "../objects/hash.js";
import { tupleHash } from "../objects/tuple.js";
import { BYTES_HASH, METHOD_FUNC, METHOD_SELF, NONE, STR_HASH } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import { internStr, isUserClass, typeIdOfValue, typeName, typeOfValue } from "./model.js";
import { lookupType } from "./attributes.js";
import { callObject } from "./calls.js";
import { raiseException } from "./exceptions.js";
import { valuesEqual } from "./operators.js";
import { bigOf, floatOf, isIntLike } from "./int-values.js";
import { frozensetHash } from "./sets.js";
import { complexHash } from "./complex.js";
import { weakrefHash } from "./weakref-ops.js";

function unhashable(th: Thread, v: number): never {
  return raiseException(th, "TypeError", `unhashable type: '${typeName(th, typeOfValue(th, v))}'`);
}

/** hash(v): returns the low word and leaves both words in hashOut. */
export function hashValue(th: Thread, v: number): number {
  if (v & 1) return hashSafeInteger(v >> 1);
  const type = typeOfValue(th, v);
  if (isUserClass(th, type)) {
    const method = lookupType(th, type, internStr(th, "__hash__"));
    if (method === NONE) unhashable(th, v);
    if (method !== 0 && typeIdOfValue(th, method) !== TypeId.builtin_function_or_method) {
      const r = callObject(th, method, [v]);
      if (!isIntLike(th, r)) raiseException(th, "TypeError", "__hash__ method should return an integer");
      return hashFromInt(bigOf(th, r));
    }
  }
  return hashBuiltin(th, v);
}

/** hash(v) for the built-in part of `v`. */
export function hashBuiltin(th: Thread, v: number): number {
  if (v & 1) return hashSafeInteger(v >> 1);
  const i32 = th.heap.i32;
  switch (typeIdOfValue(th, v)) {
    case TypeId.str: {
      const lo = i32[v + STR_HASH]!;
      return setHash(lo, highWordOf(lo));
    }
    case TypeId.int:
    case TypeId.bool:
      return hashBigInt(bigOf(th, v));
    case TypeId.float: {
      const x = floatOf(th, v);
      return Number.isNaN(x) ? hashIdentity(v) : hashFloat(x);
    }
    case TypeId.tuple: {
      const lo = tupleHash(th.heap, v, (item) => {
        hashValue(th, item);
      });
      return setHash(lo, hashOut.hi);
    }
    case TypeId.bytes: {
      const lo = i32[v + BYTES_HASH]!;
      return setHash(lo, highWordOf(lo));
    }
    case TypeId.frozenset:
      return frozensetHash(th, v);
    case TypeId.complex:
      return complexHash(th, v);
    case TypeId.ReferenceType:
      return weakrefHash(th, v);
    case TypeId.method: {
      // CPython's method_hash: the object's identity mixed with the function's hash.
      const lo = hashValue(th, i32[v + METHOD_FUNC]!);
      const hi = hashOut.hi;
      const self = i32[v + METHOD_SELF]!;
      const mixed = lo ^ self;
      return mixed === -1 && hi === -1 ? setHash(-2, -1) : setHash(mixed, hi);
    }
    case TypeId.list:
    case TypeId.dict:
    case TypeId.set:
    case TypeId.bytearray:
    case TypeId.slice:
    case TypeId.dict_keys:
    case TypeId.dict_items:
      return unhashable(th, v);
    default:
      return hashIdentity(v);
  }
}

/** The equality dict and set lookups use. */
export function keysEqual(th: Thread): (a: number, b: number) => boolean {
  return (a, b) => valuesEqual(th, a, b);
}

export function newEmptyDict(th: Thread): number {
  return newDict(th.heap);
}

export function dictLookupStr(th: Thread, dict: number, key: number): number {
  return heapDictGetStr(th.heap, dict, key);
}

export function dictStoreStr(th: Thread, dict: number, key: number, value: number): void {
  heapDictSetStr(th.heap, dict, key, value);
}

export function dictRemoveStr(th: Thread, dict: number, key: number): boolean {
  return dictDeleteStr(th.heap, dict, key) !== 0;
}

export function dictEntries(th: Thread, dict: number): [number, number][] {
  return dictItems(th.heap, dict);
}

/** d[key], or 0 when absent. */
export function dictGetItem(th: Thread, dict: number, key: number): number {
  const lo = hashValue(th, key);
  return dictGet(th.heap, dict, key, lo, hashOut.hi, keysEqual(th));
}

/** d[key] = value. */
export function dictSetItem(th: Thread, dict: number, key: number, value: number): void {
  const lo = hashValue(th, key);
  dictSet(th.heap, dict, key, lo, hashOut.hi, value, keysEqual(th));
}

/** d.setdefault(key, fallback) */
export function dictSetDefaultItem(th: Thread, dict: number, key: number, fallback: number): number {
  const lo = hashValue(th, key);
  return dictSetDefault(th.heap, dict, key, lo, hashOut.hi, fallback, keysEqual(th));
}

/** del d[key]: the removed value, or 0 when absent. */
export function dictDelItem(th: Thread, dict: number, key: number): number {
  const lo = hashValue(th, key);
  return dictDelete(th.heap, dict, key, lo, hashOut.hi, keysEqual(th));
}
