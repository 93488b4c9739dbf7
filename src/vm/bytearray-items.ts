// bytearray's items: `b[i]`, `b[i:j:k]`, `b[i] = v`, `b[i:j] = data`,
// `del b[i]`, `del b[i:j:k]`, with CPython's messages.

import { byteArrayLength, newByteArray } from "../objects/bytes.js";
import {
  byteArrayByteAt, byteArrayCopy, byteArrayFilter, byteArrayRemoveAt, byteArrayReplace, byteArraySetByte, byteArraySetStrided,
} from "../objects/bytearray.js";
import { TypeId } from "../objects/type-ids.js";
import { ensureResizable } from "./bytearray-exports.js";
import type { Thread } from "./thread.js";
import { isStr, typeIdOfValue, typeNameOf } from "./model.js";
import { raiseException } from "./exceptions.js";
import { bytesFromInts, bytesLikeData, byteValue, indexValueOrNull } from "./bytes-like.js";
import { iterateToArray, isIterable } from "./iteration.js";
import { sliceIndices } from "./subscript.js";

function isSlice(th: Thread, v: number): boolean {
  return (v & 1) === 0 && typeIdOfValue(th, v) === TypeId.slice;
}

/** The index `key` names in a bytearray of `length` bytes (negative counts from the end), unchecked. */
function indexFor(th: Thread, key: number, length: number): number {
  const n = indexValueOrNull(th, key);
  if (n === null) raiseException(th, "TypeError", `bytearray indices must be integers or slices, not ${typeNameOf(th, key)}`);
  const k = n < 0n ? n + BigInt(length) : n;
  if (k < 0n || k >= BigInt(length)) raiseException(th, "IndexError", "bytearray index out of range");
  return Number(k);
}

/** b[key]. */
export function byteArrayGetItem(th: Thread, b: number, key: number): number {
  if (isSlice(th, key)) {
    const data = byteArrayCopy(th.heap, b);
    const [start, , step, count] = sliceIndices(th, key, data.length);
    const out = new Uint8Array(count);
    for (let k = 0; k < count; k++) out[k] = data[start + k * step]!;
    return newByteArray(th.heap, out);
  }
  const k = indexFor(th, key, byteArrayLength(th.heap, b));
  // The length may have changed while __index__ ran (or another thread shrank it): read within the current bounds.
  const byte = byteArrayByteAt(th.heap, b, k);
  if (byte < 0) raiseException(th, "IndexError", "bytearray index out of range");
  return (byte << 1) | 1;
}

/** The bytes a slice assignment stores: bytes-like data or an iterable of ints, never an int or a str. */
function assignedBytes(th: Thread, value: number): Uint8Array {
  const data = bytesLikeData(th, value);
  if (data !== null) return data;
  if ((value & 1) === 1 || isStr(th, value) || !isIterable(th, value)) {
    raiseException(th, "TypeError", "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  }
  return bytesFromInts(th, iterateToArray(th, value));
}

/** b[key] = value. */
export function byteArraySetItem(th: Thread, b: number, key: number, value: number): void {
  if (!isSlice(th, key)) {
    const k = indexFor(th, key, byteArrayLength(th.heap, b));
    const byte = byteValue(th, value);
    if (!byteArraySetByte(th.heap, b, k, byte)) raiseException(th, "IndexError", "bytearray index out of range");
    return;
  }
  const data = assignedBytes(th, value);
  const [start, stop, step, count] = sliceIndices(th, key, byteArrayLength(th.heap, b));
  if (step === 1) {
    ensureResizable(th, b, byteArrayLength(th.heap, b) - Math.max(0, stop - start) + data.length);
    byteArrayReplace(th.heap, b, start, Math.max(start, stop), data);
    return;
  }
  if (data.length !== count) {
    raiseException(th, "ValueError", `attempt to assign bytes of size ${data.length} to extended slice of size ${count}`);
  }
  if (!byteArraySetStrided(th.heap, b, start, step, data)) raiseException(th, "IndexError", "bytearray index out of range");
}

/** del b[key]. */
export function byteArrayDelItem(th: Thread, b: number, key: number): void {
  if (!isSlice(th, key)) {
    const k = indexFor(th, key, byteArrayLength(th.heap, b));
    ensureResizable(th, b);
    if (byteArrayRemoveAt(th.heap, b, k) < 0) raiseException(th, "IndexError", "bytearray index out of range");
    return;
  }
  const [start, , step, count] = sliceIndices(th, key, byteArrayLength(th.heap, b));
  if (count === 0) return;
  ensureResizable(th, b);
  const first = step > 0 ? start : start + (count - 1) * step;
  const stride = Math.abs(step);
  const last = first + (count - 1) * stride;
  byteArrayFilter(th.heap, b, (k) => k < first || k > last || (k - first) % stride !== 0);
}
