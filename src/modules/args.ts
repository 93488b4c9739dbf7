// Checking the arguments of native functions, with CPython's messages.

import type { Keywords } from "../vm/calls.js";
import type { Thread } from "../vm/thread.js";
import { raiseException } from "../vm/exceptions.js";
import { jsString, typeNameOf } from "../vm/model.js";
import { bigOf, isIntLike } from "../vm/int-values.js";
import { isUserClass, typeOfValue, internStr } from "../vm/model.js";
import { lookupType } from "../vm/attributes.js";
import { callObject } from "../vm/calls.js";
import { closestName } from "../vm/suggestions.js";

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
    if (!allowed.includes(key)) unexpectedKeyword(th, name, key, allowed);
    map.set(key, kw.values[k]!);
  });
  return map;
}

/** CPython 3.13's message for a keyword `name()` does not take, with a close match when there is one. */
export function unexpectedKeyword(th: Thread, name: string, key: string, allowed: readonly string[]): never {
  const suggestion = closestName(allowed, key);
  const hint = suggestion === null ? "" : `. Did you mean '${suggestion}'?`;
  return raiseException(th, "TypeError", `${name}() got an unexpected keyword argument '${key}'${hint}`);
}

/** An int argument as a JavaScript number (for sizes and indices). */
export function indexArgument(th: Thread, v: number): number {
  if (v & 1) return v >> 1;
  return Number(indexBigInt(th, v));
}

/** An int argument of any size, through `__index__` for other objects, as operator.index() does. */
export function indexBigInt(th: Thread, v: number): bigint {
  if (isIntLike(th, v)) return bigOf(th, v);
  if ((v & 1) === 0 && isUserClass(th, typeOfValue(th, v))) {
    const index = lookupType(th, typeOfValue(th, v), internStr(th, "__index__"));
    if (index !== 0) {
      const result = callObject(th, index, [v]);
      if (!isIntLike(th, result)) raiseException(th, "TypeError", `__index__ returned non-int (type ${typeNameOf(th, result)})`);
      return bigOf(th, result);
    }
  }
  return raiseException(th, "TypeError", `'${typeNameOf(th, v)}' object cannot be interpreted as an integer`);
}
