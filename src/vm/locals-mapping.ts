// Locals that are not a plain dict: exec() and eval() accept any mapping as
// the locals of the code they run, and name lookups then go through the
// mapping's __getitem__, __setitem__ and __delitem__, a KeyError meaning
// "not here", as CPython's LOAD_NAME does for anything but an exact dict.

import { PyError } from "../heap/errors.js";
import { G_TYPES, TYPE_WORD } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import { builtinType, isSubtype, typeOfValue } from "./model.js";
import { PyRaise } from "./exceptions.js";
import { delItem, getItem } from "./subscript.js";

/** Whether `v` is a dict, not an instance of a subclass: only then may lookups bypass the protocol. */
export function isExactDict(th: Thread, v: number): boolean {
  return th.heap.i32[v + TYPE_WORD] === th.heap.i32[G_TYPES + TypeId.dict];
}

function isKeyError(th: Thread, err: unknown): boolean {
  if (err instanceof PyRaise) return isSubtype(th, typeOfValue(th, err.exc), builtinType(th, "KeyError"));
  return err instanceof PyError && err.typeName === "KeyError";
}

/** mapping[name], or 0 when the mapping raises KeyError. */
export function mappingGet(th: Thread, mapping: number, name: number): number {
  try {
    return getItem(th, mapping, name);
  } catch (err) {
    if (isKeyError(th, err)) return 0;
    throw err;
  }
}

/** del mapping[name]; false when the mapping raises KeyError. */
export function mappingDelete(th: Thread, mapping: number, name: number): boolean {
  try {
    delItem(th, mapping, name);
    return true;
  } catch (err) {
    if (isKeyError(th, err)) return false;
    throw err;
  }
}
