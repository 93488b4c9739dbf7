// UnicodeDecodeError and UnicodeEncodeError as CPython builds them: args
// (encoding, object, start, end, reason), the same five as attributes, and a
// str() that names the failing byte or character from them.

import type { CodecError } from "../heap/errors.js";
import { newBytes } from "../objects/bytes.js";
import { EXC_ARGS } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import { internStr, isStr, jsString, newException, tupleItems, typeIdOfValue, typeOfValue, isSubtype, builtinType } from "./model.js";
import { setAttr } from "./attributes.js";
import { bytesLikeData } from "./bytes-like.js";

const FIELDS = ["encoding", "object", "start", "end", "reason"] as const;

/** The exception object for a codec failure raised by native code. */
export function codecException(th: Thread, err: CodecError): number {
  const object = typeof err.object === "string" ? err.object : newBytes(th.heap, err.object);
  const args: (number | string)[] = [err.encoding, object, (err.start << 1) | 1, (err.end << 1) | 1, err.reason];
  const exc = newException(th, err.typeName, args);
  th.pushRoot(exc);
  try {
    const values = tupleItems(th, th.heap.i32[exc + EXC_ARGS]!);
    FIELDS.forEach((name, k) => setAttr(th, exc, internStr(th, name), values[k]!));
  } finally {
    th.popRoots(1);
  }
  return exc;
}

/** str() of a UnicodeDecodeError or UnicodeEncodeError with the five arguments, else null. */
export function unicodeErrorStr(th: Thread, exc: number): string | null {
  const type = typeOfValue(th, exc);
  const decode = isSubtype(th, type, builtinType(th, "UnicodeDecodeError"));
  if (!decode && !isSubtype(th, type, builtinType(th, "UnicodeEncodeError"))) return null;
  const args = tupleItems(th, th.heap.i32[exc + EXC_ARGS]!);
  if (args.length !== 5) return null;
  const [encoding, object, start, end, reason] = args as [number, number, number, number, number];
  if (!isStr(th, encoding) || !isStr(th, reason) || (start & 1) === 0 || (end & 1) === 0) return null;
  const [from, to] = [start >> 1, end >> 1];
  const codec = jsString(th, encoding);
  const why = jsString(th, reason);
  if (decode) {
    const data = bytesLikeData(th, object);
    if (data === null) return null;
    if (to === from + 1 && from < data.length) {
      return `'${codec}' codec can't decode byte 0x${data[from]!.toString(16).padStart(2, "0")} in position ${from}: ${why}`;
    }
    return `'${codec}' codec can't decode bytes in position ${from}-${to - 1}: ${why}`;
  }
  if (typeIdOfValue(th, object) !== TypeId.str) return null;
  const chars = Array.from(jsString(th, object));
  if (to === from + 1 && from < chars.length) {
    return `'${codec}' codec can't encode character '${escapedChar(chars[from]!.codePointAt(0)!)}' in position ${from}: ${why}`;
  }
  return `'${codec}' codec can't encode characters in position ${from}-${to - 1}: ${why}`;
}

function escapedChar(code: number): string {
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, "0")}`;
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, "0")}`;
  return `\\U${code.toString(16).padStart(8, "0")}`;
}
