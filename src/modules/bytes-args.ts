// Reading the arguments of the methods that bytes and bytearray share: the
// object itself, sub-sequences, optional start/end bounds, and the results,
// made of the same kind as the object (bytes for bytes, bytearray for
// bytearray and its subclasses), as CPython's bytes_methods.c does.

import { NONE } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import { raiseException } from "../vm/exceptions.js";
import { newTuple, typeNameOf } from "../vm/model.js";
import { bytesLikeData, byteValue, indexValue, indexValueOrNull, sameKind } from "../vm/bytes-like.js";
import { typeMethod } from "./registry.js";
import type { NativeFunction } from "../vm/natives.js";

/** The two types that share these methods. */
export const BYTE_TYPES = [TypeId.bytes, TypeId.bytearray] as const;

/** Declares `name` on bytes and bytearray with the same native code. */
export function byteMethod(name: string, fn: NativeFunction): void {
  for (const id of BYTE_TYPES) typeMethod(id, name, fn);
}

/** The contents of the object a method was called on. */
export function selfData(th: Thread, args: number[], name: string): Uint8Array {
  const self = args[0];
  const data = self === undefined ? null : bytesLikeData(th, self);
  if (data === null) {
    const got = self === undefined ? "nothing" : `a '${typeNameOf(th, self)}' object`;
    raiseException(th, "TypeError", `descriptor '${name}' needs a bytes or bytearray object, got ${got}`);
  }
  return data;
}

/** A result of the same kind as the object the method was called on. */
export function result(th: Thread, args: number[], data: Uint8Array): number {
  return sameKind(th, args[0]!, data);
}

/** A tuple of results of the object's kind (allocation never collects, so the parts need no roots). */
export function resultTuple(th: Thread, args: number[], parts: Uint8Array[]): number {
  return newTuple(th, parts.map((part) => result(th, args, part)));
}

/** A sub-sequence argument (find, count, index...): bytes-like data or a byte value as int. */
export function subArgument(th: Thread, v: number): Uint8Array {
  const data = bytesLikeData(th, v);
  if (data !== null) return data;
  if ((v & 1) === 0 && indexValueOrNull(th, v) === null) {
    raiseException(th, "TypeError", `argument should be integer or bytes-like object, not '${typeNameOf(th, v)}'`);
  }
  return Uint8Array.of(byteValue(th, v));
}

/** A bytes-like argument, else TypeError "a bytes-like object is required, not 'T'". */
export function bytesArgument(th: Thread, v: number): Uint8Array {
  const data = bytesLikeData(th, v);
  if (data === null) raiseException(th, "TypeError", `a bytes-like object is required, not '${typeNameOf(th, v)}'`);
  return data;
}

/** An optional int argument (None or absent: `fallback`). */
export function optionalIndex(th: Thread, v: number | undefined, fallback: number): number {
  if (v === undefined || v === NONE) return fallback;
  const n = indexValue(th, v);
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : n < BigInt(Number.MIN_SAFE_INTEGER) ? Number.MIN_SAFE_INTEGER : Number(n);
}

/** The [start, end) bounds of optional start/end arguments, adjusted as CPython's ADJUST_INDICES does. */
export function bounds(th: Thread, startValue: number | undefined, endValue: number | undefined, length: number): [number, number] {
  let start = optionalIndex(th, startValue, 0);
  let end = optionalIndex(th, endValue, length);
  if (end > length) end = length;
  else if (end < 0) end = Math.max(0, end + length);
  if (start < 0) start = Math.max(0, start + length);
  return [start, end];
}

/** The index of `needle` in `hay` within [start, end), searching from the right when `reverse`; -1 when absent. */
export function findIn(hay: Uint8Array, needle: Uint8Array, start: number, end: number, reverse: boolean): number {
  if (start > end || end - start < needle.length) return -1;
  const matches = (at: number) => {
    for (let j = 0; j < needle.length; j++) if (hay[at + j] !== needle[j]) return false;
    return true;
  };
  if (reverse) {
    for (let at = end - needle.length; at >= start; at--) if (matches(at)) return at;
  } else {
    for (let at = start; at + needle.length <= end; at++) if (matches(at)) return at;
  }
  return -1;
}

/** Python's ASCII whitespace for bytes: space, \t, \n, \v, \f, \r. */
export function isByteSpace(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

export function isByteLower(b: number): boolean {
  return b >= 0x61 && b <= 0x7a;
}

export function isByteUpper(b: number): boolean {
  return b >= 0x41 && b <= 0x5a;
}

export function isByteAlpha(b: number): boolean {
  return isByteLower(b) || isByteUpper(b);
}

export function isByteDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

/** Concatenates `parts` into one array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
