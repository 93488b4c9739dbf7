// The methods of list, tuple, dict, set and frozenset.

import { FALSE, LIST_SIZE, NONE, TRUE } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import {
  dictClear, dictCopy, dictPopItem, newDict as heapNewDict,
} from "../objects/dict.js";
import {
  setClear, setCopy, setDifference, setIntersection, setIsDisjoint, setIsSubset, setPop, setSymmetricDifference,
  setUnion, setUpdateFromSet, setDifferenceUpdate, setIntersectionUpdate, setSymmetricDifferenceUpdate, newSet,
} from "../objects/set.js";
import type { Thread } from "../vm/thread.js";
import { newTuple, tupleItems, typeById, typeIdOfValue, typeNameOf, isUserClass, typeOfValue } from "../vm/model.js";
import { raiseException } from "../vm/exceptions.js";
import { iterateToArray } from "../vm/iteration.js";
import { valuesEqual, isTrue } from "../vm/operators.js";
import { listItemsArray, dictPairs } from "../vm/containers.js";
import {
  listAppend, listExtendArray, listInsertClamped, listPopIndex, listPutBack, listRemoveIfUnchanged, listReverse,
  listSetAll, listTakeAll, newList, withListLock,
} from "../vm/lists.js";
import { dictDelItem, dictGetItem, dictSetDefaultItem, dictSetItem, keysEqual } from "../vm/dicts.js";
import { setAddValue, setDiscardValue, newSetOf } from "../vm/sets.js";
import { keyError } from "../vm/subscript.js";
import { reprOf } from "../vm/repr.js";
import { fromNumber } from "../vm/int-values.js";
import { makePair, sortValues } from "./builtins-functions.js";
import { arity, indexArgument, keywordMap } from "./args.js";
import { classMethod, typeMethod } from "./registry.js";
import { callObject } from "../vm/calls.js";
import { setItem } from "../vm/subscript.js";
import { droppedAll, hasFinalizable } from "../vm/finalizers.js";
import { dictFill } from "./builtins-types.js";

const L = TypeId.list;

function checkSelf(th: Thread, v: number, id: number, name: string, typeName: string): void {
  if (typeIdOfValue(th, v) !== id) {
    raiseException(th, "TypeError", `descriptor '${name}' for '${typeName}' objects doesn't apply to a '${typeNameOf(th, v)}' object`);
  }
}

typeMethod(L, "append", (th, args) => {
  checkSelf(th, args[0]!, L, "append", "list");
  arity(th, "list.append", args.slice(1), 1, 1);
  listAppend(th, args[0]!, args[1]!);
  return NONE;
});

typeMethod(L, "extend", (th, args) => {
  arity(th, "list.extend", args.slice(1), 1, 1);
  listExtendArray(th, args[0]!, iterateToArray(th, args[1]!));
  return NONE;
});

typeMethod(L, "insert", (th, args) => {
  if (args.length !== 3) raiseException(th, "TypeError", `insert expected 2 arguments, got ${args.length - 1}`);
  listInsertClamped(th, args[0]!, indexArgument(th, args[1]!), args[2]!);
  return NONE;
});

typeMethod(L, "pop", (th, args) => {
  const list = args[0]!;
  const index = args.length > 1 ? indexArgument(th, args[1]!) : -1;
  const item = listPopIndex(th, list, index);
  if (item !== 0) return item;
  const empty = th.heap.i32[list + LIST_SIZE] === 0;
  return raiseException(th, "IndexError", empty ? "pop from empty list" : "pop index out of range");
});

// The comparisons may run Python code, so they run without the list's lock;
// the removal then checks, under the lock, that the list did not change in
// front of the item found, and searches again if it did.
typeMethod(L, "remove", (th, args) => {
  for (;;) {
    const items = listItemsArray(th, args[0]!);
    const k = items.findIndex((item) => valuesEqual(th, item, args[1]!));
    if (k < 0) return raiseException(th, "ValueError", "list.remove(x): x not in list");
    if (listRemoveIfUnchanged(th, args[0]!, k, items)) {
      droppedAll(th, [items[k]!]);
      return NONE;
    }
  }
});

function indexOfItem(th: Thread, items: number[], args: number[], what: string): number {
  const n = items.length;
  let start = args[2] === undefined ? 0 : indexArgument(th, args[2]!);
  let stop = args[3] === undefined ? n : indexArgument(th, args[3]!);
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  for (let k = start; k < Math.min(stop, n); k++) if (valuesEqual(th, items[k]!, args[1]!)) return k;
  return raiseException(th, "ValueError", what === "list" ? `${reprOf(th, args[1]!)} is not in list` : "tuple.index(x): x not in tuple");
}

typeMethod(L, "index", (th, args) => fromNumber(th, indexOfItem(th, listItemsArray(th, args[0]!), args, "list")));
typeMethod(L, "count", (th, args) => fromNumber(th, listItemsArray(th, args[0]!).filter((x) => valuesEqual(th, x, args[1]!)).length));
typeMethod(L, "reverse", (th, args) => {
  listReverse(th, args[0]!);
  return NONE;
});
typeMethod(L, "clear", (th, args) => {
  const items = hasFinalizable(th) ? listItemsArray(th, args[0]!) : [];
  listSetAll(th, args[0]!, []);
  // CPython lets go of a list's items from the last to the first.
  droppedAll(th, items.reverse());
  return NONE;
});
typeMethod(L, "copy", (th, args) => newList(th, listItemsArray(th, args[0]!)));
typeMethod(L, "sort", (th, args, kw) => {
  if (args.length > 1) raiseException(th, "TypeError", "sort() takes no positional arguments");
  const options = keywordMap(th, "sort", kw, ["key", "reverse"]);
  const list = args[0]!;
  const reverse = isTrue(th, options.get("reverse") ?? FALSE);
  const key = options.get("key") ?? NONE;
  // Without a key function the list stays locked while it sorts, so other
  // threads see the sort as one step (as CPython 3.13t, which holds the
  // list's critical section); a key function runs with the list unlocked.
  if (key === NONE) return withListLock(th, list, () => sortList(th, list, key, reverse));
  return sortList(th, list, key, reverse);
});

/** Sorts the list's items. As CPython, the list is empty while it sorts; a change meanwhile is lost and reported. */
function sortList(th: Thread, list: number, key: number, reverse: boolean): number {
  const items = listTakeAll(th, list);
  const holder = newList(th, items);
  th.pushRoot(holder);
  let sorted: number[];
  try {
    sorted = sortValues(th, items, key, reverse);
  } catch (err) {
    listPutBack(th, list, listItemsArray(th, holder));
    throw err;
  } finally {
    th.popRoots(1);
  }
  if (!listPutBack(th, list, sorted)) raiseException(th, "ValueError", "list modified during sort");
  return NONE;
}

const T = TypeId.tuple;
typeMethod(T, "index", (th, args) => fromNumber(th, indexOfItem(th, tupleItems(th, args[0]!), args, "tuple")));
typeMethod(T, "count", (th, args) => fromNumber(th, tupleItems(th, args[0]!).filter((x) => valuesEqual(th, x, args[1]!)).length));

// ---------------------------------------------------------------------------
// dict

const D = TypeId.dict;

typeMethod(D, "get", (th, args) => {
  arity(th, "get", args.slice(1), 1, 2);
  const v = dictGetItem(th, args[0]!, args[1]!);
  return v !== 0 ? v : args[2] ?? NONE;
});
typeMethod(D, "keys", (th, args) => makePair(th, TypeId.dict_keys, args[0]!, 0));
typeMethod(D, "values", (th, args) => makePair(th, TypeId.dict_values, args[0]!, 0));
typeMethod(D, "items", (th, args) => makePair(th, TypeId.dict_items, args[0]!, 0));
typeMethod(D, "pop", (th, args) => {
  arity(th, "pop", args.slice(1), 1, 2);
  const v = dictDelItem(th, args[0]!, args[1]!);
  if (v !== 0) return v;
  if (args.length > 2) return args[2]!;
  throw keyError(args[1]!);
});
typeMethod(D, "popitem", (th, args) => {
  const pair = dictPopItem(th.heap, args[0]!);
  if (pair === null) raiseException(th, "KeyError", "popitem(): dictionary is empty");
  return newTuple(th, pair);
});
typeMethod(D, "setdefault", (th, args) => {
  return dictSetDefaultItem(th, args[0]!, args[1]!, args[2] ?? NONE);
});
typeMethod(D, "update", (th, args, kw) => {
  if (args.length > 2) raiseException(th, "TypeError", `update expected at most 1 argument, got ${args.length - 1}`);
  dictFill(th, args[0]!, args[1], kw);
  return NONE;
});
typeMethod(D, "copy", (th, args) => dictCopy(th.heap, args[0]!));
typeMethod(D, "clear", (th, args) => {
  const values = hasFinalizable(th) ? dictPairs(th, args[0]!).flat() : [];
  dictClear(th.heap, args[0]!);
  droppedAll(th, values);
  return NONE;
});
classMethod(D, "fromkeys", (th, args) => {
  const [cls, ...rest] = args;
  if (rest.length < 1 || rest.length > 2) {
    raiseException(th, "TypeError", `fromkeys expected ${rest.length < 1 ? "at least 1 argument" : "at most 2 arguments"}, got ${rest.length}`);
  }
  // A subclass gets an instance of itself, filled through its own __setitem__.
  const plain = cls === typeById(th, TypeId.dict);
  const d = plain ? heapNewDict(th.heap) : callObject(th, cls!, []);
  th.pushRoot(d);
  try {
    for (const k of iterateToArray(th, rest[0]!)) {
      if (plain) dictSetItem(th, d, k, rest[1] ?? NONE);
      else setItem(th, d, k, rest[1] ?? NONE);
    }
    return d;
  } finally {
    th.popRoots(1);
  }
});

// ---------------------------------------------------------------------------
// set and frozenset

function asSet(th: Thread, v: number): number {
  const id = typeIdOfValue(th, v);
  if (id === TypeId.set || id === TypeId.frozenset) return v;
  return newSetOf(th, iterateToArray(th, v));
}

function setOperation(th: Thread, args: number[], op: (a: number, b: number) => number): number {
  let result = args[0]!;
  if (args.length === 1) return setCopy(th.heap, result, keysEqual(th));
  for (const other of args.slice(1)) {
    th.pushRoot(result);
    try {
      const s = asSet(th, other);
      th.pushRoot(s);
      result = op(result, s);
      th.popRoots(1);
    } finally {
      th.popRoots(1);
    }
  }
  return result;
}

for (const id of [TypeId.set, TypeId.frozenset]) {
  typeMethod(id, "union", (th, args) => setOperation(th, args, (a, b) => setUnion(th.heap, a, b, keysEqual(th))));
  typeMethod(id, "intersection", (th, args) => setOperation(th, args, (a, b) => setIntersection(th.heap, a, b, keysEqual(th))));
  typeMethod(id, "difference", (th, args) => setOperation(th, args, (a, b) => setDifference(th.heap, a, b, keysEqual(th))));
  typeMethod(id, "symmetric_difference", (th, args) => setOperation(th, args, (a, b) => setSymmetricDifference(th.heap, a, b, keysEqual(th))));
  typeMethod(id, "issubset", (th, args) => (setIsSubset(th.heap, args[0]!, asSet(th, args[1]!), keysEqual(th)) ? TRUE : FALSE));
  typeMethod(id, "issuperset", (th, args) => (setIsSubset(th.heap, asSet(th, args[1]!), args[0]!, keysEqual(th)) ? TRUE : FALSE));
  typeMethod(id, "isdisjoint", (th, args) => (setIsDisjoint(th.heap, args[0]!, asSet(th, args[1]!), keysEqual(th)) ? TRUE : FALSE));
  typeMethod(id, "copy", (th, args) => setCopy(th.heap, args[0]!, keysEqual(th)));
}

const ST = TypeId.set;
typeMethod(ST, "add", (th, args) => {
  arity(th, "set.add", args.slice(1), 1, 1);
  setAddValue(th, args[0]!, args[1]!);
  return NONE;
});
typeMethod(ST, "remove", (th, args) => {
  if (!setDiscardValue(th, args[0]!, args[1]!)) throw keyError(args[1]!);
  return NONE;
});
typeMethod(ST, "discard", (th, args) => {
  setDiscardValue(th, args[0]!, args[1]!);
  return NONE;
});
typeMethod(ST, "pop", (th, args) => {
  const v = setPop(th.heap, args[0]!);
  if (v === 0) raiseException(th, "KeyError", "pop from an empty set");
  return v;
});
typeMethod(ST, "clear", (th, args) => {
  setClear(th.heap, args[0]!);
  return NONE;
});
typeMethod(ST, "update", (th, args) => {
  for (const other of args.slice(1)) {
    const id = typeIdOfValue(th, other);
    if (id === TypeId.set || id === TypeId.frozenset) setUpdateFromSet(th.heap, args[0]!, other, keysEqual(th));
    else for (const item of iterateToArray(th, other)) setAddValue(th, args[0]!, item);
  }
  return NONE;
});
typeMethod(ST, "intersection_update", (th, args) => {
  for (const other of args.slice(1)) setIntersectionUpdate(th.heap, args[0]!, asSet(th, other), keysEqual(th));
  return NONE;
});
typeMethod(ST, "difference_update", (th, args) => {
  for (const other of args.slice(1)) setDifferenceUpdate(th.heap, args[0]!, asSet(th, other), keysEqual(th));
  return NONE;
});
typeMethod(ST, "symmetric_difference_update", (th, args) => {
  setSymmetricDifferenceUpdate(th.heap, args[0]!, asSet(th, args[1]!), keysEqual(th));
  return NONE;
});

