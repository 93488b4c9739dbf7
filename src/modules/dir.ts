// dir() and the __dir__ methods it calls, as CPython 3.13 does: dir(obj)
// is sorted(type(obj).__dir__(obj)). object.__dir__ lists the instance dict
// and everything the class and its bases define; type.__dir__ lists the
// class's own dict and its bases' (not the metaclass's); a module lists its
// dict, or what the module's own __dir__ function returns.

import { NONE, TUPLE_ITEMS, TUPLE_LENGTH, TYPE_BASES, TYPE_DICT } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import { dictItems, dictGetStr, instanceDictOf, internStr, isStr, jsString, newString, typeOfValue } from "../vm/model.js";
import { lookupType } from "../vm/attributes.js";
import { callObject } from "../vm/calls.js";
import { iterateToArray } from "../vm/iteration.js";
import { newList } from "../vm/lists.js";
import { arity } from "./args.js";
import { moduleFunction, typeMethod } from "./registry.js";
import { sortValues } from "./builtins-functions.js";
import { fastLocals } from "../vm/fast-locals.js";

/** The string keys of `dict`, added to `names`. */
function addKeys(th: Thread, names: Set<string>, dict: number): void {
  if (dict === 0) return;
  for (const [k] of dictItems(th, dict)) if (isStr(th, k)) names.add(jsString(th, k));
}

/** The names a class and its bases define, through __bases__ as merge_class_dict does. */
function addClassNames(th: Thread, names: Set<string>, type: number, seen: Set<number>): void {
  if (seen.has(type)) return;
  seen.add(type);
  addKeys(th, names, th.heap.i32[type + TYPE_DICT]!);
  const bases = th.heap.i32[type + TYPE_BASES]!;
  if (bases === 0) return;
  const n = th.heap.i32[bases + TUPLE_LENGTH]!;
  for (let k = 0; k < n; k++) addClassNames(th, names, th.heap.i32[bases + TUPLE_ITEMS + k]!, seen);
}

function namesList(th: Thread, names: Set<string>): number {
  const list = newList(th, []);
  th.pushRoot(list);
  try {
    return newList(th, [...names].map((n) => newString(th, n)));
  } finally {
    th.popRoots(1);
  }
}

typeMethod(TypeId.object, "__dir__", (th, args) => {
  arity(th, "__dir__", args, 1, 1);
  const names = new Set<string>();
  addKeys(th, names, instanceDictOf(th, args[0]!));
  addClassNames(th, names, typeOfValue(th, args[0]!), new Set());
  return namesList(th, names);
});

typeMethod(TypeId.type, "__dir__", (th, args) => {
  arity(th, "__dir__", args, 1, 1);
  const names = new Set<string>();
  addClassNames(th, names, args[0]!, new Set());
  return namesList(th, names);
});

typeMethod(TypeId.module, "__dir__", (th, args) => {
  arity(th, "__dir__", args, 1, 1);
  const dict = th.heap.i32[args[0]! + 3]!;
  const hook = dict === 0 ? 0 : dictGetStr(th, dict, internStr(th, "__dir__"));
  if (hook !== 0) return callObject(th, hook, []);
  const names = new Set<string>();
  addKeys(th, names, dict);
  return namesList(th, names);
});

/** dir(): the names of the calling scope; dir(obj): sorted(type(obj).__dir__(obj)). */
moduleFunction("builtins", "dir", (th, args) => {
  arity(th, "dir", args, 0, 1);
  if (args.length === 0) {
    const names = new Set<string>();
    // The caller's locals, as locals() gives them (a function's fast locals included).
    const f = th.topFrame;
    const locals = th.heap.i32[f + 4]!;
    const scope = locals !== 0 ? locals : fastLocals(th, f);
    th.pushRoot(scope);
    try {
      addKeys(th, names, scope);
    } finally {
      th.popRoots(1);
    }
    return sortedNames(th, namesList(th, names));
  }
  const v = args[0]!;
  const method = lookupType(th, typeOfValue(th, v), internStr(th, "__dir__"));
  const listed = method === 0 ? namesList(th, new Set()) : callObject(th, method, [v]);
  return sortedNames(th, listed);
});

function sortedNames(th: Thread, iterable: number): number {
  th.pushRoot(iterable);
  try {
    const items = iterateToArray(th, iterable);
    const holder = newList(th, items);
    th.pushRoot(holder);
    try {
      return newList(th, sortValues(th, items, NONE, false));
    } finally {
      th.popRoots(1);
    }
  } finally {
    th.popRoots(1);
  }
}
