// The instructions of match statements (PEP 634): GET_LEN, MATCH_SEQUENCE,
// MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS, as CPython 3.13's ceval does them.
//
// Which subjects sequence and mapping patterns accept is a property of their
// type, kept in its flags (TF_SEQUENCE, TF_MAPPING: CPython's
// Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING), inherited by subclasses. So
// str, bytes and bytearray are not sequences here, though they can be
// indexed, and a class with __getitem__ and __len__ is neither.
//
// MATCH_KEYS and MATCH_CLASS run Python code (a mapping's `get`, attribute
// lookups that reach properties and __getattr__), so what they build on the
// way is kept on the thread's root list until they return.

import { NONE, TF_MAPPING, TF_MATCH_SELF, TF_SEQUENCE, TYPE_FLAGS } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { getAttr, getAttrWithDefault } from "./attributes.js";
import { callObject } from "./calls.js";
import { listItemsArray } from "./containers.js";
import { nativeTable, type NativeFunction } from "./natives.js";
import { raiseException } from "./exceptions.js";
import { listAppend, newList } from "./lists.js";
import {
  internStr, isStr, isSubtype, isType, newTuple, tupleItems, typeById, typeName, typeNameOf, typeOfValue,
} from "./model.js";
import { reprOf } from "./repr.js";
import { newSetOf, setAddValue, setHasValue } from "./sets.js";
import type { Thread } from "./thread.js";

let builtinLen: NativeFunction | null = null;

/**
 * GET_LEN: len(v), as an int object. It is the builtins module's len (found
 * in the native table on first use, since the builtins are registered after
 * the interpreter is loaded), whatever the name `len` means to the program.
 */
export function getLen(th: Thread, v: number): number {
  builtinLen ??= nativeTable.find((entry) => entry.name === "len" && !entry.method)!.fn;
  return builtinLen(th, [v], null);
}

function typeHasFlag(th: Thread, v: number, flag: number): boolean {
  const type = typeOfValue(th, v);
  return (th.heap.i32[type + TYPE_FLAGS]! & flag) !== 0;
}

/** MATCH_SEQUENCE: whether a sequence pattern may look at `v`. */
export function isMatchSequence(th: Thread, v: number): boolean {
  return typeHasFlag(th, v, TF_SEQUENCE);
}

/** MATCH_MAPPING: whether a mapping pattern may look at `v`. */
export function isMatchMapping(th: Thread, v: number): boolean {
  return typeHasFlag(th, v, TF_MAPPING);
}

// ---------------------------------------------------------------------------
// MATCH_KEYS

/**
 * The values of `keys` in the mapping `map`, as a tuple, or None when one is
 * missing. Each is read with `map.get(key, sentinel)`, as CPython reads them:
 * a missing key is told apart from a None value without an exception, and a
 * defaultdict gains no key. A key listed twice (two attribute lookups that
 * turn out equal) is a ValueError.
 */
export function matchKeys(th: Thread, map: number, keys: number): number {
  const items = tupleItems(th, keys);
  if (items.length === 0) return newTuple(th, []);
  const mark = th.rootMark();
  try {
    const get = getAttr(th, map, internStr(th, "get"));
    th.pushRoot(get);
    const seen = newSetOf(th, []);
    th.pushRoot(seen);
    const sentinel = callObject(th, typeById(th, TypeId.object), []);
    th.pushRoot(sentinel);
    const values = newList(th, []);
    th.pushRoot(values);
    for (const key of items) {
      if (setHasValue(th, seen, key)) {
        raiseException(th, "ValueError", `mapping pattern checks duplicate key (${reprOf(th, key)})`);
      }
      setAddValue(th, seen, key);
      const value = callObject(th, get, [key, sentinel]);
      if (value === sentinel) return NONE;
      listAppend(th, values, value);
    }
    return newTuple(th, listItemsArray(th, values));
  } finally {
    th.resetRoots(mark);
  }
}

// ---------------------------------------------------------------------------
// MATCH_CLASS

/**
 * The attributes a class pattern `cls(p1, ..., pN, k1=..., ...)` matches
 * against, as a tuple: `count` positional ones named by cls.__match_args__
 * (or the subject itself, for the built-in types that match themselves),
 * then those named in `names`. None when the subject is not an instance of
 * cls or lacks one of the attributes.
 */
export function matchClass(th: Thread, subject: number, cls: number, count: number, names: number): number {
  if (!isType(th, cls)) raiseException(th, "TypeError", "called match pattern must be a class");
  if (!isSubtype(th, typeOfValue(th, subject), cls)) return NONE;
  const mark = th.rootMark();
  try {
    const seen = newSetOf(th, []);
    th.pushRoot(seen);
    const attrs = newList(th, []);
    th.pushRoot(attrs);
    if (count > 0 && !positionalAttributes(th, subject, cls, count, seen, attrs)) return NONE;
    for (const name of tupleItems(th, names)) {
      const attr = classAttribute(th, subject, cls, name, seen);
      if (attr === 0) return NONE;
      listAppend(th, attrs, attr);
    }
    return newTuple(th, listItemsArray(th, attrs));
  } finally {
    th.resetRoots(mark);
  }
}

/** Appends the `count` positional attributes to `attrs`; false when one is missing. */
function positionalAttributes(th: Thread, subject: number, cls: number, count: number, seen: number, attrs: number): boolean {
  const clsName = typeName(th, cls);
  const matchArgs = getAttrWithDefault(th, cls, internStr(th, "__match_args__"), 0);
  let names: number[] = [];
  let matchSelf = false;
  if (matchArgs !== 0) {
    if (typeOfValue(th, matchArgs) !== typeById(th, TypeId.tuple)) {
      raiseException(th, "TypeError", `${clsName}.__match_args__ must be a tuple (got ${typeNameOf(th, matchArgs)})`);
    }
    names = tupleItems(th, matchArgs);
  } else {
    // Only a class without __match_args__ can match itself, so a subclass that defines it loses that.
    matchSelf = (th.heap.i32[cls + TYPE_FLAGS]! & TF_MATCH_SELF) !== 0;
  }
  const allowed = matchSelf ? 1 : names.length;
  if (allowed < count) {
    const plural = allowed === 1 ? "" : "s";
    raiseException(th, "TypeError", `${clsName}() accepts ${allowed} positional sub-pattern${plural} (${count} given)`);
  }
  if (matchSelf) {
    listAppend(th, attrs, subject);
    return true;
  }
  th.pushRoot(matchArgs);
  for (let i = 0; i < count; i++) {
    const name = names[i]!;
    if (!isStr(th, name) || typeOfValue(th, name) !== typeById(th, TypeId.str)) {
      raiseException(th, "TypeError", `__match_args__ elements must be strings (got ${typeNameOf(th, name)})`);
    }
    const attr = classAttribute(th, subject, cls, name, seen);
    if (attr === 0) return false;
    listAppend(th, attrs, attr);
  }
  return true;
}

/** subject.<name>, or 0 when it has no such attribute; a name matched twice is a TypeError. */
function classAttribute(th: Thread, subject: number, cls: number, name: number, seen: number): number {
  if (setHasValue(th, seen, name)) {
    raiseException(th, "TypeError", `${typeName(th, cls)}() got multiple sub-patterns for attribute ${reprOf(th, name)}`);
  }
  setAddValue(th, seen, name);
  return getAttrWithDefault(th, subject, name, 0);
}
