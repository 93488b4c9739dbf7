// What bytes(source, encoding, errors) and bytearray(source, encoding,
// errors) hold, and the bytes constructor itself (bytearray's, which also
// runs from bytearray.__init__, is in bytearray-type.ts).
//
// The source is, in CPython's order: nothing; a str with an encoding; for
// bytes only, an object with __bytes__; a buffer (bytes, bytearray,
// memoryview); an integer count of zero bytes; an iterable of byte values.

import { newBytes } from "../objects/bytes.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import type { Keywords } from "../vm/calls.js";
import { registerConstructor } from "../vm/call-native.js";
import { raiseException } from "../vm/exceptions.js";
import { isStr, isUserClass, jsString, typeNameOf } from "../vm/model.js";
import { iterateToArray, isIterable } from "../vm/iteration.js";
import { bytesFromInts, bytesLikeData, bytesOfObject, indexValue, indexValueOrNull } from "../vm/bytes-like.js";
import { arity, keywordMap } from "./args.js";
import { encodeText } from "./byte-codecs.js";

/** The bytes that `name(source, encoding, errors)` starts with, `name` being "bytes" or "bytearray". */
export function initialBytes(th: Thread, name: string, args: number[], kw: Keywords | null): Uint8Array {
  arity(th, name, args, 0, 3);
  const options = keywordMap(th, name, kw, ["source", "encoding", "errors"]);
  const source = args[0] ?? options.get("source");
  const encoding = args[1] ?? options.get("encoding");
  const errors = args[2] ?? options.get("errors");
  for (const [what, value] of [["encoding", encoding], ["errors", errors]] as const) {
    if (value !== undefined && !isStr(th, value)) {
      raiseException(th, "TypeError", `${name}() argument '${what}' must be str, not ${typeNameOf(th, value)}`);
    }
  }
  if (source === undefined) {
    if (encoding !== undefined || errors !== undefined) raiseException(th, "TypeError", "encoding or errors without sequence argument");
    return new Uint8Array(0);
  }
  if (isStr(th, source)) {
    if (encoding === undefined) raiseException(th, "TypeError", "string argument without an encoding");
    return encodeText(th, jsString(th, source), jsString(th, encoding), errors === undefined ? "strict" : jsString(th, errors));
  }
  if (encoding !== undefined) raiseException(th, "TypeError", "encoding without a string argument");
  if (errors !== undefined) raiseException(th, "TypeError", "errors without a string argument");
  const data = name === "bytes" ? bytesOfObject(th, source) : bytesLikeData(th, source);
  if (data !== null) return data;
  const count = indexValueOrNull(th, source);
  if (count !== null) {
    if (count < 0n) raiseException(th, "ValueError", "negative count");
    if (count > 2n ** 31n) raiseException(th, "MemoryError", "");
    return new Uint8Array(Number(count));
  }
  if (!isIterable(th, source)) raiseException(th, "TypeError", `cannot convert '${typeNameOf(th, source)}' object to ${name}`);
  const items = iterateToArray(th, source);
  if (name === "bytes") {
    // bytes() words the range error in the plural, bytearray() in the singular.
    for (const item of items) {
      const n = indexValue(th, item);
      if (n < 0n || n > 255n) raiseException(th, "ValueError", "bytes must be in range(0, 256)");
    }
  }
  return bytesFromInts(th, items);
}

registerConstructor(TypeId.bytes, (th, type, args, kw) => {
  const data = initialBytes(th, "bytes", args, kw);
  return newBytes(th.heap, data, isUserClass(th, type) ? type : 0);
});
