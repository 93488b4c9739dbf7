// Finalizers: __del__ runs once an object has become garbage, at most once
// per object (PEP 442), and before the program exits for those still alive.
//
// CPython frees an object the moment its last reference goes, so `del a`
// prints a's __del__ message before the next line runs. pygil has a tracing
// collector, not reference counts, so it gets close to that in two steps:
//
// - Registry: an instance of a class with __del__ is listed when it is made,
//   in a BLOCK_RAW block (G_FINALIZERS) that the collector keeps alive without
//   tracing what it lists. After marking, a listed object left unmarked is
//   garbage: its entry is tagged pending (address | 1) and the object is
//   marked again with everything it reaches (resurrected), so __del__ sees it
//   whole. Pending entries stay marked at later collections until their
//   __del__ has run; then they leave the registry, and the object is freed by
//   the next collection that finds it unreachable.
// - Prompt collections: when a reference to a watched object (a listed one,
//   or one that weak references point at: WATCHED_BIT) is dropped (a
//   `del` statement, a name bound anew, a frame returning with one in its
//   locals), the VM collects right there and runs the pending finalizers, as
//   CPython's refcounting would. Full collections cost time, so prompt ones
//   are capped at a share of the run time; past it, finalizers wait for the
//   next ordinary collection.
//
// At exit, __del__ runs for every listed object still alive, in the order the
// objects were made (CPython clears the main module's names in the order they
// were bound, which is that order for the usual script).
//
// Invariant: the registry changes only under G_FINALIZERS_LOCK (or with the
// world stopped, in a collection); __del__ never runs while it is held.

import { allocate } from "../heap/alloc.js";
import type { MarkPhase } from "../heap/gc.js";
import { lockWord, unlockWord } from "../heap/lock.js";
import {
  BLOCK_RAW, DICT_USED, FLAGS_WORD, LIST_SIZE, SET_USED, TUPLE_LENGTH, G_DEL_DEFINED, G_FINALIZERS, G_FINALIZERS_LOCK, G_WEAKREFS, HEADER_WORDS, WATCHED_BIT,
  WEAKREF_TABLE_USED,
} from "../heap/layout.js";
import { blockWords } from "../heap/block.js";
import { STDERR, writeText } from "../runtime/output.js";
import { parseForTraceback } from "../runtime/traceback-parse.js";
import { getAttr, lookupType } from "./attributes.js";
import { callObject } from "./calls.js";
import { PyRaise, toPyException } from "./exceptions.js";
import { instanceDictOf, internStr, isGenerator, isType, isUserClass, tupleItems, typeIdOfValue } from "./model.js";
import { dictPairs, listItemsArray, setItemsArray } from "./containers.js";
import { TypeId } from "../objects/type-ids.js";
import { reprOf } from "./repr.js";
import { collectForFinalizer } from "./safepoint.js";
import type { Thread } from "./thread.js";
import { formatException } from "./traceback.js";

/** Registry layout: the count of entries, then the entries. */
const COUNT = HEADER_WORDS;
const FIRST = HEADER_WORDS + 1;

/** A class has just defined __del__ (in its body, or assigned later): from now on, new instances are checked. */
export function noteDelDefined(th: Thread): void {
  th.heap.i32[G_DEL_DEFINED] = 1;
}

/** Lists a new instance of `cls` if the class has a __del__. */
export function registerIfFinalizable(th: Thread, cls: number, obj: number): void {
  if (th.heap.i32[G_DEL_DEFINED] === 0 || !isUserClass(th, cls)) return;
  if (lookupType(th, cls, internStr(th, "__del__")) === 0) return;
  register(th, obj);
}

/** Lists a new generator whose frame has handlers to run: closed (GeneratorExit) when it becomes garbage, as CPython. */
export function registerForClose(th: Thread, gen: number): void {
  register(th, gen);
}

function register(th: Thread, obj: number): void {
  withRegistry(th, () => {
    const registry = roomForOne(th);
    const i32 = th.heap.i32;
    const n = i32[registry + COUNT]!;
    i32[registry + FIRST + n] = obj;
    i32[registry + COUNT] = n + 1;
    // Not yet seen by another thread: a plain write.
    i32[obj + FLAGS_WORD] = i32[obj + FLAGS_WORD]! | WATCHED_BIT;
  });
}

/**
 * Whether any object is watched: listed for its finalizer, or weakly
 * referenced (src/vm/weakrefs.ts) (a cheap test for the VM's hooks).
 */
export function hasFinalizable(th: Thread): boolean {
  const i32 = th.heap.i32;
  if (listedCount(i32) > 0) return true;
  const table = i32[G_WEAKREFS]!;
  return table !== 0 && i32[table + WEAKREF_TABLE_USED]! > 0;
}

function listedCount(i32: Int32Array): number {
  const registry = i32[G_FINALIZERS]!;
  return registry === 0 ? 0 : i32[registry + COUNT]!;
}

/** Whether `value` is a watched object: dropping a reference to it should collect (its header says so). */
export function isFinalizable(th: Thread, value: number): boolean {
  return (value & 1) === 0 && value !== 0 && (th.heap.i32[value + FLAGS_WORD]! & WATCHED_BIT) !== 0;
}

/** The most items of a dropped container that are looked at for watched objects. */
const SCAN_LIMIT = 10000;

/**
 * Whether letting go of `value` may end a watched object: it is one, or holds
 * one directly (an item of a list, tuple, dict or set, or an attribute in its
 * __dict__), since CPython frees such items together with their holder
 * (`items = None`, `del holder`).
 */
export function mayEndWatched(th: Thread, value: number): boolean {
  if (isFinalizable(th, value)) return true;
  if ((value & 1) !== 0 || value === 0 || !hasFinalizable(th)) return false;
  return heldItems(th, value).some((v) => isFinalizable(th, v));
}

function heldItems(th: Thread, value: number): number[] {
  const i32 = th.heap.i32;
  const small = (count: number) => count <= SCAN_LIMIT;
  switch (typeIdOfValue(th, value)) {
    case TypeId.list: return small(i32[value + LIST_SIZE]!) ? listItemsArray(th, value) : [];
    case TypeId.tuple: return small(i32[value + TUPLE_LENGTH]!) ? tupleItems(th, value) : [];
    case TypeId.dict: return small(i32[value + DICT_USED]!) ? dictPairs(th, value).flat() : [];
    case TypeId.set:
    case TypeId.frozenset:
      return small(i32[value + SET_USED]!) ? setItemsArray(th, value) : [];
    default: {
      if (isType(th, value)) return [];
      const dict = instanceDictOf(th, value);
      return dict !== 0 && small(i32[dict + DICT_USED]!) ? dictPairs(th, dict).map(([, v]) => v) : [];
    }
  }
}

/**
 * The object's __del__ is about to run: it is no longer listed (other threads
 * may be locking it: atomically). If weak references point at it, the next
 * collection marks it watched again.
 */
function unlist(th: Thread, obj: number): void {
  Atomics.and(th.heap.i32, obj + FLAGS_WORD, ~WATCHED_BIT);
}

/** The objects listed for finalization, pending or not (the collector asks, with the world stopped). */
export function listedForFinalization(i32: Int32Array): Set<number> {
  const registry = i32[G_FINALIZERS]!;
  const listed = new Set<number>();
  for (let k = 0; k < listedCount(i32); k++) listed.add(i32[registry + FIRST + k]! & ~1);
  return listed;
}

/** Whether one of the words [from, to) (a frame's locals) is a listed object. */
export function holdsFinalizable(th: Thread, from: number, to: number): boolean {
  const i32 = th.heap.i32;
  for (let w = from; w < to; w++) if (isFinalizable(th, i32[w]!)) return true;
  return false;
}

/**
 * A container let go of `values` (list.clear, del x[i], ...): a collection now
 * finalizes those that were their last reference, as CPython's refcounting
 * would. The caller's frame is saved, as for any native call.
 */
export function droppedAll(th: Thread, values: readonly number[]): void {
  if (!values.some((v) => mayEndWatched(th, v))) return;
  releaseOrder = values;
  try {
    collectForFinalizer(th);
  } finally {
    releaseOrder = [];
  }
}

/** The order a container let go of its items in: their finalizers run in it (CPython's decref order). */
let releaseOrder: readonly number[] = [];

/** The collector's step between marking and sweeping (world stopped): finds the listed objects that became garbage. */
export function findGarbageWithFinalizers(i32: Int32Array, phase: MarkPhase): void {
  const registry = i32[G_FINALIZERS]!;
  if (registry === 0) return;
  phase.markShallow(registry);
  const end = registry + FIRST + i32[registry + COUNT]!;
  for (let w = registry + FIRST; w < end; w++) {
    const entry = i32[w]!;
    const obj = entry & ~1;
    if ((entry & 1) !== 0 || !phase.isMarked(obj)) {
      i32[w] = obj | 1;
      phase.markDeep(obj);
    }
  }
}

/** Runs __del__ for every object found garbage, in the order they were listed. */
export function runPendingFinalizers(th: Thread): void {
  const pending = takePending(th);
  if (pending.length === 0) return;
  if (releaseOrder.length > 0) {
    const rank = (obj: number) => {
      const k = releaseOrder.indexOf(obj);
      return k < 0 ? releaseOrder.length : k;
    };
    pending.sort((x, y) => rank(x) - rank(y));
  }
  finalizeEach(th, pending);
}

/** At exit: __del__ for every listed object still alive, then the registry is empty. */
export function finalizeAtExit(th: Thread): void {
  for (let round = 0; round < 10 && listedCount(th.heap.i32) > 0; round++) {
    const all = withRegistry(th, () => {
      const i32 = th.heap.i32;
      const registry = i32[G_FINALIZERS]!;
      const n = i32[registry + COUNT]!;
      const objects = Array.from(i32.subarray(registry + FIRST, registry + FIRST + n), (e) => e & ~1);
      i32[registry + COUNT] = 0;
      for (const obj of objects) unlist(th, obj);
      return objects;
    });
    finalizeEach(th, all);
  }
}

/** Runs the finalizer of each object in order, all of them rooted until the last has run. */
function finalizeEach(th: Thread, objects: readonly number[]): void {
  for (const obj of objects) th.pushRoot(obj);
  try {
    for (const obj of objects) callDel(th, obj);
  } finally {
    th.popRoots(objects.length);
  }
}

/** Removes the pending entries from the registry and returns their objects. */
function takePending(th: Thread): number[] {
  if (listedCount(th.heap.i32) === 0) return [];
  return withRegistry(th, () => {
    const i32 = th.heap.i32;
    const registry = i32[G_FINALIZERS]!;
    const n = i32[registry + COUNT]!;
    const pending: number[] = [];
    let kept = 0;
    for (let k = 0; k < n; k++) {
      const entry = i32[registry + FIRST + k]!;
      if ((entry & 1) !== 0) {
        pending.push(entry & ~1);
        unlist(th, entry & ~1);
      } else {
        i32[registry + FIRST + kept++] = entry;
      }
    }
    i32[registry + COUNT] = kept;
    return pending;
  });
}

/** Calls obj.__del__(); an exception is reported as CPython reports one it cannot raise. */
function callDel(th: Thread, obj: number): void {
  const generator = isGenerator(th, obj);
  const method = generator ? getAttr(th, obj, internStr(th, "close")) : lookupType(th, th.heap.i32[obj]!, internStr(th, "__del__"));
  if (method === 0) return;
  try {
    callObject(th, method, generator ? [] : [obj]);
  } catch (err) {
    reportIgnored(th, method, err);
  }
}

/** An exception that a finalizer or callback cannot raise: reported as CPython reports one, then dropped. */
export function reportIgnored(th: Thread, where: number, err: unknown): void {
  if (!(err instanceof PyRaise) && !(err instanceof Error)) throw err;
  const exc = (err instanceof PyRaise ? err : toPyException(th, err)).exc;
  th.pushRoot(exc);
  try {
    writeText(STDERR, `Exception ignored in: ${reprOf(th, where)}\n${formatException(th, exc, parseForTraceback, false)}`);
  } finally {
    th.popRoots(1);
  }
}

/** The registry with room for one more entry (made or doubled under the lock: no collection can run meanwhile). */
function roomForOne(th: Thread): number {
  const i32 = th.heap.i32;
  const registry = i32[G_FINALIZERS]!;
  const n = registry === 0 ? 0 : i32[registry + COUNT]!;
  if (registry !== 0 && FIRST + n < blockWords(i32, registry)) return registry;
  const words = Math.max(64, 2 * (FIRST + n));
  const grown = allocate(th.heap, words, BLOCK_RAW);
  const j = th.heap.i32;
  j[grown + COUNT] = n;
  if (registry !== 0) j.copyWithin(grown + FIRST, registry + FIRST, registry + FIRST + n);
  j[G_FINALIZERS] = grown;
  return grown;
}

function withRegistry<T>(th: Thread, body: () => T): T {
  lockWord(th.heap.i32, G_FINALIZERS_LOCK);
  try {
    return body();
  } finally {
    unlockWord(th.heap.i32, G_FINALIZERS_LOCK);
  }
}
