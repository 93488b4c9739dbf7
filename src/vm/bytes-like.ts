// What bytes and bytearray share: reading either as a byte sequence, making a
// result of the same kind, and turning CPython's "bytes-like" arguments (and
// byte values) into JavaScript data with CPython's messages.

import { BYTES_DATA, BYTES_LENGTH } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { newByteArray, newBytes } from "../objects/bytes.js";
import { byteArrayCopy } from "../objects/bytearray.js";
import type { Thread } from "./thread.js";
import { typeIdOfValue, typeNameOf } from "./model.js";
import { raiseException } from "./exceptions.js";
import { bigOf, isIntLike } from "./int-values.js";
import { internStr, isUserClass, typeOfValue } from "./model.js";
import { getAttr, lookupType } from "./attributes.js";
import { callObject } from "./calls.js";

/** Whether `v` is bytes or bytearray (or an instance of a subclass of either). */
export function isBytesLike(th: Thread, v: number): boolean {
  if (v & 1) return false;
  const id = typeIdOfValue(th, v);
  return id === TypeId.bytes || id === TypeId.bytearray;
}

/** A copy of the bytes of a bytes or bytearray value; null for anything else. */
export function bytesLikeData(th: Thread, v: number): Uint8Array | null {
  if (v & 1) return null;
  switch (typeIdOfValue(th, v)) {
    case TypeId.bytes: {
      const start = (v + BYTES_DATA) * 4;
      return th.heap.u8.slice(start, start + th.heap.i32[v + BYTES_LENGTH]!);
    }
    case TypeId.bytearray:
      return byteArrayCopy(th.heap, v);
    default:
      return bufferData(th, v);
  }
}

/**
 * The bytes of an instance of a class with __buffer__ (PEP 688), memoryview
 * and array.array among them: __buffer__(0) gives a memoryview, whose
 * tobytes() gives the data.
 */
function bufferData(th: Thread, v: number): Uint8Array | null {
  const type = typeOfValue(th, v);
  if (!isUserClass(th, type)) return null;
  const method = lookupType(th, type, internStr(th, "__buffer__"));
  if (method === 0) return null;
  const view = callObject(th, method, [v, 1]);
  th.pushRoot(view);
  try {
    const data = callObject(th, getAttr(th, view, internStr(th, "tobytes")), []);
    if (typeIdOfValue(th, data) !== TypeId.bytes) raiseException(th, "TypeError", "__buffer__ returned a view without bytes");
    const start = (data + BYTES_DATA) * 4;
    return th.heap.u8.slice(start, start + th.heap.i32[data + BYTES_LENGTH]!);
  } finally {
    th.popRoots(1);
  }
}

/**
 * What bytes(v) takes from an object before falling back to iterating it, in
 * CPython's order: the result of its class's __bytes__, else its buffer
 * (bytes, bytearray, or PEP 688 __buffer__). null when it has neither.
 */
export function bytesOfObject(th: Thread, v: number): Uint8Array | null {
  if ((v & 1) === 0 && isUserClass(th, typeOfValue(th, v))) {
    const method = lookupType(th, typeOfValue(th, v), internStr(th, "__bytes__"));
    if (method !== 0) {
      const r = callObject(th, method, [v]);
      if (typeIdOfValue(th, r) !== TypeId.bytes) {
        raiseException(th, "TypeError", `__bytes__ returned non-bytes (type ${typeNameOf(th, r)})`);
      }
      return bytesLikeData(th, r);
    }
  }
  return bytesLikeData(th, v);
}

/** The data of a bytes-like argument, else TypeError "a bytes-like object is required, not 'T'". */
export function requireBytesLike(th: Thread, v: number): Uint8Array {
  const data = bytesLikeData(th, v);
  if (data === null) raiseException(th, "TypeError", `a bytes-like object is required, not '${typeNameOf(th, v)}'`);
  return data;
}

/** A new value of the plain built-in kind of `like` (bytes or bytearray) holding `data`. */
export function sameKind(th: Thread, like: number, data: Uint8Array): number {
  return typeIdOfValue(th, like) === TypeId.bytearray ? newByteArray(th.heap, data) : newBytes(th.heap, data);
}

/** An int (or __index__ object) in range(0, 256) as a byte, with CPython's messages. */
export function byteValue(th: Thread, v: number): number {
  const n = indexValue(th, v);
  if (n < 0n || n > 255n) raiseException(th, "ValueError", "byte must be in range(0, 256)");
  return Number(n);
}

/** operator.index(v) as a BigInt (an int, or an instance whose class has __index__); null for anything else. */
export function indexValueOrNull(th: Thread, v: number): bigint | null {
  if (isIntLike(th, v)) return bigOf(th, v);
  const type = typeOfValue(th, v);
  if ((v & 1) === 0 && isUserClass(th, type)) {
    const index = lookupType(th, type, internStr(th, "__index__"));
    if (index !== 0) {
      const r = callObject(th, index, [v]);
      if (!isIntLike(th, r)) raiseException(th, "TypeError", `__index__ returned non-int (type ${typeNameOf(th, r)})`);
      return bigOf(th, r);
    }
  }
  return null;
}

/** operator.index(v) as a BigInt, else TypeError "'T' object cannot be interpreted as an integer". */
export function indexValue(th: Thread, v: number): bigint {
  const n = indexValueOrNull(th, v);
  if (n === null) raiseException(th, "TypeError", `'${typeNameOf(th, v)}' object cannot be interpreted as an integer`);
  return n;
}

/**
 * The bytes of an iterable of ints (each in range(0, 256)), as bytearray()
 * and bytearray.extend read it; `items` are the values already iterated.
 */
export function bytesFromInts(th: Thread, items: readonly number[]): Uint8Array {
  const out = new Uint8Array(items.length);
  for (let k = 0; k < items.length; k++) out[k] = byteValue(th, items[k]!);
  return out;
}
