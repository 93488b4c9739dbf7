// What the mutable built-in containers (list, dict, set) have in common.
//
// __init__: their __new__ makes an empty object and __init__ fills it, as in
// CPython, so a subclass that defines its own __init__ (collections'
// defaultdict, Counter, OrderedDict) can call `dict.__init__(self, *args,
// **kwargs)` or `super().__init__(...)`; the class call then creates the
// object empty (call-native.ts).
//
// __hash__ is None in their type dicts, which is how Python code (dataclasses'
// mutable-default check) tells that they are unhashable.

import { NONE, G_TYPES, TYPE_DICT } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { setClear } from "../objects/set.js";
import type { Thread } from "../vm/thread.js";
import { dictSetStr, internStr, typeNameOf } from "../vm/model.js";
import { raiseException } from "../vm/exceptions.js";
import { iterateToArray } from "../vm/iteration.js";
import { listSetAll } from "../vm/lists.js";
import { setAddValue } from "../vm/sets.js";
import type { Keywords } from "../vm/calls.js";
import { typeMethod } from "./registry.js";
import { dictFill } from "./builtins-types.js";

function noKeywords(th: Thread, name: string, kw: Keywords | null): void {
  if (kw !== null && kw.names.length > 0) raiseException(th, "TypeError", `${name}() takes no keyword arguments`);
}

function atMostOne(th: Thread, name: string, args: number[]): void {
  if (args.length > 2) raiseException(th, "TypeError", `${name} expected at most 1 argument, got ${args.length - 1}`);
}

typeMethod(TypeId.dict, "__init__", (th, args, kw) => {
  atMostOne(th, "dict", args);
  dictFill(th, args[0]!, args[1], kw);
  return NONE;
});

typeMethod(TypeId.list, "__init__", (th, args, kw) => {
  noKeywords(th, "list", kw);
  atMostOne(th, "list", args);
  const items = args.length === 2 ? iterateToArray(th, args[1]!) : [];
  listSetAll(th, args[0]!, items);
  return NONE;
});

typeMethod(TypeId.set, "__init__", (th, args, kw) => {
  if (kw !== null && kw.names.length > 0) raiseException(th, "TypeError", `${typeNameOf(th, args[0]!)}() takes no keyword arguments`);
  atMostOne(th, "set", args);
  const items = args.length === 2 ? iterateToArray(th, args[1]!) : [];
  setClear(th.heap, args[0]!);
  for (const item of items) setAddValue(th, args[0]!, item);
  return NONE;
});

/** Sets __hash__ to None for list, dict, set, bytearray and the set-like dict views (once per heap). */
export function markMutableUnhashable(th: Thread): void {
  for (const id of [TypeId.list, TypeId.dict, TypeId.set, TypeId.bytearray, TypeId.dict_keys, TypeId.dict_items]) {
    const type = th.heap.i32[G_TYPES + id]!;
    dictSetStr(th, th.heap.i32[type + TYPE_DICT]!, internStr(th, "__hash__"), NONE);
  }
}
