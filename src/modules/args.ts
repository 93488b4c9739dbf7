// Checking the arguments of native functions, with CPython's messages.

import type { Keywords } from "../vm/calls.js";
import type { Thread } from "../vm/thread.js";
import { raiseException } from "../vm/exceptions.js";
import { jsString, typeNameOf } from "../vm/model.js";
import { bigOf, isIntLike } from "../vm/int-values.js";
import { isUserClass, typeOfValue, internStr } from "../vm/model.js";
import { lookupType } from "../vm/attributes.js";
import { callObject } from "../vm/calls.js";

/** Checks the positional argument count of `name()`. */
export function arity(th: Thread, name: string, args: number[], min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 1) raiseException(th, "TypeError", `${name}() takes exactly one argument (${n} given)`);
    if (min === 0) raiseException(th, "TypeError", `${name}() takes no arguments (${n} given)`);
    raiseException(th, "TypeError", `${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) raiseException(th, "TypeError", `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  raiseException(th, "TypeError", `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

/** Rejects keyword arguments. */
export function noKeywords(th: Thread, name: string, kw: Keywords | null): void {
  if (kw !== null && kw.names.length > 0) raiseException(th, "TypeError", `${name}() takes no keyword arguments`);
}

/** Shared by every call without keywords, the common case: nothing to allocate. */
const NO_KEYWORDS: ReadonlyMap<string, number> = new Map<string, number>();

/** The keyword arguments by name, checking that only `allowed` ones are given. */
export function keywordMap(th: Thread, name: string, kw: Keywords | null, allowed: readonly string[]): ReadonlyMap<string, number> {
  if (kw === null || kw.names.length === 0) return NO_KEYWORDS;
  const map = new Map<string, number>();
  kw.names.forEach((n, k) => {
    const key = jsString(th, n);
    if (!allowed.includes(key)) raiseException(th, "TypeError", `${name}() got an unexpected keyword argument '${key}'`);
    map.set(key, kw.values[k]!);
  });
  return map;
}

/** An int argument as a JavaScript number (for sizes and indices). */
export function indexArgument(th: Thread, v: number): number {
  if (v & 1) return v >> 1;
  if (isIntLike(th, v)) return Number(bigOf(th, v));
  if ((v & 1) === 0 && isUserClass(th, typeOfValue(th, v))) {
    const index = lookupType(th, typeOfValue(th, v), internStr(th, "__index__"));
    if (index !== 0) return indexArgument(th, callObject(th, index, [v]));
  }
  return raiseException(th, "TypeError", `'${typeNameOf(th, v)}' object cannot be interpreted as an integer`);
}
