// The bytearray type: its constructor and the methods that change it in
// place (append, extend, insert, pop, remove, clear, reverse, copy, and the
// special methods of `+=`, `*=`, `b[i] = v`, `del b[i]`). The methods it
// shares with bytes are in bytes-methods-search.ts and bytes-methods-text.ts;
// every change goes through src/objects/bytearray.ts, which takes the
// object's lock without the GIL.

import { NONE } from "../heap/layout.js";
import { byteArrayLength, newByteArray } from "../objects/bytes.js";
import {
  byteArrayAppendByte, byteArrayCopy, byteArrayExtend, byteArrayInsert, byteArrayRemoveAt, byteArrayRemoveValue, byteArrayReverse,
  byteArraySetAll,
} from "../objects/bytearray.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import type { Keywords } from "../vm/calls.js";
import { registerConstructor } from "../vm/call-native.js";
import { raiseException } from "../vm/exceptions.js";
import { isStr, isUserClass, jsString, typeNameOf, typeIdOfValue } from "../vm/model.js";
import { iterateToArray, isIterable } from "../vm/iteration.js";
import { nativeBinary } from "../vm/native-operators.js";
import { NB } from "../vm/opcodes.js";
import { setItemBuiltin, delItemBuiltin } from "../vm/subscript.js";
import { bytesFromInts, bytesLikeData, byteValue, indexValue, indexValueOrNull } from "../vm/bytes-like.js";
import { arity, keywordMap } from "./args.js";
import { typeMethod } from "./registry.js";
import { initialBytes } from "./bytes-source.js";
import { ensureResizable } from "../vm/bytearray-exports.js";

const BA = TypeId.bytearray;

registerConstructor(BA, (th, type, args, kw) => {
  const data = initialBytes(th, "bytearray", args, kw);
  return newByteArray(th.heap, data, isUserClass(th, type) ? type : 0);
});

// A class whose own __init__ calls bytearray.__init__ gets its contents here
// (the instance starts empty, as call-native.ts's FILLED_BY_INIT makes it).
typeMethod(BA, "__init__", (th, args, kw) => {
  const b = self(th, args, "__init__");
  byteArraySetAll(th.heap, b, initialBytes(th, "bytearray", args.slice(1), kw));
  return NONE;
});

/** The bytearray a method was called on. */
function self(th: Thread, args: number[], name: string): number {
  const v = args[0];
  if (v === undefined || typeIdOfValue(th, v) !== BA) {
    const got = v === undefined ? "nothing" : `a '${typeNameOf(th, v)}' object`;
    raiseException(th, "TypeError", `descriptor '${name}' for 'bytearray' objects doesn't apply to ${got}`);
  }
  return v;
}

typeMethod(BA, "append", (th, args) => {
  const b = self(th, args, "append");
  arity(th, "append", args.slice(1), 1, 1);
  const byte = byteValue(th, args[1]!);
  ensureResizable(th, b);
  byteArrayAppendByte(th.heap, b, byte);
  return NONE;
});

/** The bytes bytearray.extend adds: bytes-like data or an iterable of ints (never a str). */
function extensionBytes(th: Thread, v: number): Uint8Array {
  const data = bytesLikeData(th, v);
  if (data !== null) return data;
  if (isStr(th, v)) raiseException(th, "TypeError", "expected iterable of integers; got: 'str'");
  if (!isIterable(th, v)) raiseException(th, "TypeError", `can't extend bytearray with ${typeNameOf(th, v)}`);
  return bytesFromInts(th, iterateToArray(th, v));
}

typeMethod(BA, "extend", (th, args) => {
  const b = self(th, args, "extend");
  arity(th, "extend", args.slice(1), 1, 1);
  const data = extensionBytes(th, args[1]!);
  if (data.length > 0) ensureResizable(th, b);
  byteArrayExtend(th.heap, b, data);
  return NONE;
});

typeMethod(BA, "insert", (th, args) => {
  const b = self(th, args, "insert");
  arity(th, "insert", args.slice(1), 2, 2);
  const index = indexValue(th, args[1]!);
  const byte = byteValue(th, args[2]!);
  const length = BigInt(byteArrayLength(th.heap, b));
  // Negative indices count from the end; the lock-side insert clamps to 0..length.
  const at = index < 0n ? index + length : index;
  ensureResizable(th, b);
  byteArrayInsert(th.heap, b, at < 0n ? 0 : at > length ? Number(length) : Number(at), byte);
  return NONE;
});

typeMethod(BA, "pop", (th, args) => {
  const b = self(th, args, "pop");
  arity(th, "pop", args.slice(1), 0, 1);
  const index = args[1] === undefined ? -1n : indexValue(th, args[1]);
  const clamped = index < -(2n ** 31n) || index > 2n ** 31n ? 2 ** 31 : Number(index);
  ensureResizable(th, b);
  const byte = byteArrayRemoveAt(th.heap, b, clamped);
  if (byte === -1) raiseException(th, "IndexError", "pop from empty bytearray");
  if (byte === -2) raiseException(th, "IndexError", "pop index out of range");
  return (byte << 1) | 1;
});

typeMethod(BA, "remove", (th, args) => {
  const b = self(th, args, "remove");
  arity(th, "remove", args.slice(1), 1, 1);
  ensureResizable(th, b);
  if (!byteArrayRemoveValue(th.heap, b, byteValue(th, args[1]!))) raiseException(th, "ValueError", "value not found in bytearray");
  return NONE;
});

typeMethod(BA, "clear", (th, args) => {
  const b = self(th, args, "clear");
  ensureResizable(th, b, 0);
  byteArraySetAll(th.heap, b, new Uint8Array(0));
  return NONE;
});

typeMethod(BA, "reverse", (th, args) => {
  byteArrayReverse(th.heap, self(th, args, "reverse"));
  return NONE;
});

typeMethod(BA, "copy", (th, args) => newByteArray(th.heap, byteArrayCopy(th.heap, self(th, args, "copy"))));

typeMethod(BA, "__alloc__", (th, args) => {
  const b = self(th, args, "__alloc__");
  return ((byteArrayLength(th.heap, b) + 1) << 1) | 1;
});

// The special methods that change a bytearray, for subclasses and explicit calls.
typeMethod(BA, "__iadd__", (th, args) => {
  const b = self(th, args, "__iadd__");
  const data = bytesLikeData(th, args[1]!);
  if (data === null) raiseException(th, "TypeError", `can't concat ${typeNameOf(th, args[1]!)} to ${typeNameOf(th, b)}`);
  if (data.length > 0) ensureResizable(th, b);
  byteArrayExtend(th.heap, b, data);
  return b;
});
typeMethod(BA, "__imul__", (th, args) => nativeBinary(th, NB.MULTIPLY + 13, self(th, args, "__imul__"), args[1]!) || raiseException(
  th, "TypeError", `can't multiply sequence by non-int of type '${typeNameOf(th, args[1]!)}'`));
typeMethod(BA, "__setitem__", (th, args) => {
  setItemBuiltin(th, self(th, args, "__setitem__"), args[1]!, args[2]!);
  return NONE;
});
typeMethod(BA, "__delitem__", (th, args) => {
  delItemBuiltin(th, self(th, args, "__delitem__"), args[1]!);
  return NONE;
});
