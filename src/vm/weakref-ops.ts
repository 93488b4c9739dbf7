// What weakref.ref objects do: call, hash, compare and repr, as CPython's
// Objects/weakrefobject.c. The references themselves, and how the collector
// clears them, are in weakrefs.ts.

import {
  BUILTIN_NAME, FALSE, FUNC_NAME, GEN_NAME, NONE, NOT_IMPLEMENTED, TRUE, TYPE_DICT, TYPE_NAME, WEAKREF_HASH,
} from "../heap/layout.js";
import { hashFromInt, hashOut, hashToBigInt, setHash } from "../objects/hash.js";
import { TypeId } from "../objects/type-ids.js";
import { lookupType } from "./attributes.js";
import { hashValue } from "./dicts.js";
import { raiseException } from "./exceptions.js";
import { bigOf, newIntFromBig } from "./int-values.js";
import {
  builtinBaseId, dictGetStr, internStr, isStr, isUserClass, jsString, typeIdOfValue, typeName, typeOfValue,
} from "./model.js";
import { compareOp } from "./operators.js";
import { address } from "./repr.js";
import type { Thread } from "./thread.js";
import { referentOf } from "./weakrefs.js";

/** Whether `v` is a weakref.ref (or an instance of a subclass). */
export function isWeakref(th: Thread, v: number): boolean {
  return (v & 1) === 0 && v !== 0 && typeIdOfValue(th, v) === TypeId.ReferenceType;
}

/** ref(): the referent, or None once it is gone. */
export function weakrefCall(th: Thread, ref: number): number {
  const referent = referentOf(th.heap.i32, ref);
  return referent === 0 ? NONE : referent;
}

/**
 * hash(ref): the referent's hash, computed once and kept, so that it still
 * answers after the referent is gone; TypeError if it never was computed.
 * Returns the low word and leaves both in hashOut, as hashValue does.
 */
export function weakrefHash(th: Thread, ref: number): number {
  const kept = th.heap.i32[ref + WEAKREF_HASH]!;
  if (kept !== 0) return hashFromInt(bigOf(th, kept));
  const referent = referentOf(th.heap.i32, ref);
  if (referent === 0) raiseException(th, "TypeError", "weak object has gone away");
  th.pushRoot(referent);
  try {
    const lo = hashValue(th, referent);
    const hi = hashOut.hi;
    th.heap.i32[ref + WEAKREF_HASH] = newIntFromBig(th, hashToBigInt(lo, hi));
    return setHash(lo, hi);
  } finally {
    th.popRoots(1);
  }
}

/**
 * a == b and a != b for weak references: the referents compared while both
 * are alive, identity once either is gone; NotImplemented for other
 * operators and other operands.
 */
export function weakrefCompare(th: Thread, cmp: number, a: number, b: number): number {
  if ((cmp !== 2 && cmp !== 3) || !isWeakref(th, a) || !isWeakref(th, b)) return NOT_IMPLEMENTED;
  const i32 = th.heap.i32;
  const x = referentOf(i32, a);
  const y = referentOf(i32, b);
  if (x === 0 || y === 0) return (a === b) === (cmp === 2) ? TRUE : FALSE;
  th.pushRoot(x);
  th.pushRoot(y);
  try {
    return compareOp(th, cmp, x, y);
  } finally {
    th.popRoots(2);
  }
}

/** `<weakref at 0x...; to 'Type' at 0x... (name)>`, or `<weakref at 0x...; dead>`. */
export function weakrefRepr(th: Thread, ref: number): string {
  const referent = referentOf(th.heap.i32, ref);
  if (referent === 0) return `<weakref at ${address(ref)}; dead>`;
  const name = specialName(th, referent);
  const suffix = name === null ? "" : ` (${name})`;
  return `<weakref at ${address(ref)}; to '${fullyQualifiedName(th, typeOfValue(th, referent))}' at ${address(referent)}${suffix}>`;
}

/** The name CPython shows after the address: `__name__` found on the referent's type (functions, classes, generators...). */
function specialName(th: Thread, obj: number): string | null {
  const i32 = th.heap.i32;
  const type = typeOfValue(th, obj);
  if (isUserClass(th, type)) {
    const own = lookupType(th, type, internStr(th, "__name__"));
    if (own !== 0 && isStr(th, own)) return jsString(th, own);
  }
  switch (builtinBaseId(th, type)) {
    case TypeId.type: return jsString(th, i32[obj + TYPE_NAME]!);
    case TypeId.function: return jsString(th, i32[obj + FUNC_NAME]!);
    case TypeId.builtin_function_or_method: return jsString(th, i32[obj + BUILTIN_NAME]!);
    case TypeId.generator:
    case TypeId.coroutine:
    case TypeId.async_generator:
      return jsString(th, i32[obj + GEN_NAME]!);
    default: return null;
  }
}

/** The type's module and qualified name, without "builtins." or "__main__." (CPython's %T). */
function fullyQualifiedName(th: Thread, type: number): string {
  const dict = th.heap.i32[type + TYPE_DICT]!;
  const lookup = (key: string) => {
    const v = dict === 0 ? 0 : dictGetStr(th, dict, internStr(th, key));
    return v !== 0 && isStr(th, v) ? jsString(th, v) : null;
  };
  const qualname = lookup("__qualname__") ?? typeName(th, type);
  const module = lookup("__module__") ?? "builtins";
  return module === "builtins" || module === "__main__" ? qualname : `${module}.${qualname}`;
}
