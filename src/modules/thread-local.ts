// _thread._local (threading.local): an object whose attributes are per
// thread, as CPython's Modules/_threadmodule.c has it.
//
// A local keeps a dict of per-thread attribute dicts keyed by thread ident
// (LOCAL_DICTS) and the arguments it was made with. Its type gives instances
// no __dict__ word; instead model.ts asks here for the calling thread's dict
// (instanceDictOf, ensureInstanceDict), so attribute access, vars() and
// __dict__ all see that thread's attributes. A thread's first touch makes its
// dict and, when the class defines __init__, runs __init__ again with the
// constructor's arguments. When a thread ends, its dicts are dropped from
// every local (the locals are listed under a global root for that).
//
// Free-threaded: the dicts are changed only through the dict operations,
// which take each dict's lock; a per-thread dict is used by its thread only.

import {
  G_ROOTS, LOCAL_ARGS, LOCAL_DICTS, LOCAL_KWARGS, LOCAL_WORDS, TYPE_DICT,
} from "../heap/layout.js";
import { allocate } from "../heap/alloc.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import type { Keywords } from "../vm/calls.js";
import { callObject } from "../vm/calls.js";
import { registerConstructor } from "../vm/call-native.js";
import { dictDelItem, dictGetItem, dictSetItem } from "../vm/dicts.js";
import {
  dictSetStr, internStr, isBuiltin, newDict, newString, newTuple, setThreadLocalDict, tupleItems, typeById, typeOfValue,
} from "../vm/model.js";
import { lookupType } from "../vm/attributes.js";
import { fromNumber } from "../vm/int-values.js";
import { PyRaise, raiseException } from "../vm/exceptions.js";
import { listAppend, newList } from "../vm/lists.js";
import { dictPairs, listItemsArray } from "../vm/containers.js";
import { getRoot } from "../vm/vm-roots.js";

/** Global root slot: the list of every local made, so that a thread's dicts can be dropped when it ends. */
const ROOT_THREAD_LOCALS = 5;

function threadKey(th: Thread): number {
  return fromNumber(th, th.ts.id);
}

/** Whether the local's class defines an __init__ of its own (not object's). */
function ownInit(th: Thread, local: number): number {
  const init = lookupType(th, typeOfValue(th, local), internStr(th, "__init__"));
  return init === 0 || isBuiltin(th, init) ? 0 : init;
}

registerConstructor(TypeId._local, (th, type, args, kw) => {
  const hasKeywords = kw !== null && kw.names.length > 0;
  if ((args.length > 0 || hasKeywords) && lookupType(th, type, internStr(th, "__init__")) === lookupType(th, typeById(th, TypeId.object), internStr(th, "__init__"))) {
    raiseException(th, "TypeError", "Initialization arguments are not supported");
  }
  const local = allocate(th.heap, LOCAL_WORDS, type);
  th.pushRoot(local);
  try {
    const i32 = th.heap.i32;
    i32[local + LOCAL_ARGS] = newTuple(th, args);
    i32[local + LOCAL_KWARGS] = hasKeywords ? keywordsDict(th, kw!) : 0;
    const dicts = newDict(th);
    th.heap.i32[local + LOCAL_DICTS] = dicts;
    // The creating thread's dict: its __init__ runs as part of the call, not again.
    dictSetItem(th, dicts, threadKey(th), newDict(th));
    listAppend(th, localsList(th), local);
    return local;
  } finally {
    th.popRoots(1);
  }
});

function keywordsDict(th: Thread, kw: Keywords): number {
  const d = newDict(th);
  kw.names.forEach((name, k) => dictSetItem(th, d, name, kw.values[k]!));
  return d;
}

/** The list of all locals, made on first use. */
function localsList(th: Thread): number {
  const existing = getRoot(th, ROOT_THREAD_LOCALS);
  if (existing !== 0) return existing;
  const list = newList(th, []);
  // Two threads making their first local at once: the first list installed wins.
  const won = Atomics.compareExchange(th.heap.i32, G_ROOTS + ROOT_THREAD_LOCALS, 0, list);
  return won === 0 ? list : won;
}

/**
 * The calling thread's attribute dict of `local`, made on first use (running
 * the class's __init__ with the constructor's arguments; if that raises, the
 * dict is dropped again and the error propagates).
 */
function threadDict(th: Thread, local: number): number {
  const i32 = th.heap.i32;
  const dicts = i32[local + LOCAL_DICTS]!;
  if (dicts === 0) return 0;
  const key = threadKey(th);
  const found = dictGetItem(th, dicts, key);
  if (found !== 0) return found;
  const dict = newDict(th);
  dictSetItem(th, dicts, key, dict);
  const init = ownInit(th, local);
  if (init !== 0) {
    th.pushRoot(local);
    try {
      const args = [local, ...tupleItems(th, th.heap.i32[local + LOCAL_ARGS]!)];
      const kwargs = th.heap.i32[local + LOCAL_KWARGS]!;
      callObject(th, init, args, kwargs === 0 ? null : keywordsOf(th, kwargs));
    } catch (err) {
      if (err instanceof PyRaise) dictDelItem(th, dicts, key);
      throw err;
    } finally {
      th.popRoots(1);
    }
  }
  return dict;
}

function keywordsOf(th: Thread, kwargs: number): Keywords {
  const names: number[] = [];
  const values: number[] = [];
  for (const [k, v] of dictPairs(th, kwargs)) {
    names.push(k);
    values.push(v);
  }
  return { names, values };
}

setThreadLocalDict(threadDict);

/** Drops the ending thread's dicts from every local (called as the thread finishes). */
export function dropThreadDicts(th: Thread): void {
  const list = getRoot(th, ROOT_THREAD_LOCALS);
  if (list === 0) return;
  const key = threadKey(th);
  for (const local of listItemsArray(th, list)) {
    const dicts = th.heap.i32[local + LOCAL_DICTS]!;
    if (dicts !== 0) dictDelItem(th, dicts, key);
  }
}

/** Gives the _local type its module, as _thread's factory makes the module. */
export function localType(th: Thread): number {
  const type = typeById(th, TypeId._local);
  dictSetStr(th, th.heap.i32[type + TYPE_DICT]!, internStr(th, "__module__"), newString(th, "_thread"));
  return type;
}
