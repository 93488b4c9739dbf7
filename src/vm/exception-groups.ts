// BaseExceptionGroup and ExceptionGroup (PEP 654): construction with
// CPython's checks, and split/subgroup/derive.
//
// A group is an exception whose layout adds two words: its message (a str)
// and its exceptions (a tuple); `args` stays (message, the sequence given).
// BaseExceptionGroup(...) of Exceptions only makes an ExceptionGroup, and an
// ExceptionGroup refuses to hold a BaseException that is not an Exception,
// as in CPython's BaseExceptionGroup.__new__.

import { allocate } from "../heap/alloc.js";
import {
  EXC_ARGS, EXC_CAUSE, EXC_CONTEXT, EXC_TRACEBACK, EXCGROUP_EXCEPTIONS, EXCGROUP_MESSAGE, EXCGROUP_WORDS, NONE,
  TYPE_INSTANCE_WORDS,
} from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import {
  builtinType, dictGetStr, ensureInstanceDict, instanceDictOf, internStr, isExceptionInstance, isStr, isSubtype,
  isTuple, isType, isUserClass, newTuple, tupleItems, typeById, typeName, typeNameOf, typeOfValue, typeIdOfValue,
  dictSetStr, isList, jsString,
} from "./model.js";
import { raiseException } from "./exceptions.js";
import { iterateToArray } from "./iteration.js";
import { callObject } from "./calls.js";
import { isTrue } from "./operators.js";
import { getAttr, lookupType } from "./attributes.js";
import { listAppend, newList } from "./lists.js";
import { listItemsArray } from "./containers.js";

export function isGroupType(th: Thread, type: number): boolean {
  return isSubtype(th, type, typeById(th, TypeId.BaseExceptionGroup));
}

export function isGroup(th: Thread, v: number): boolean {
  return (v & 1) === 0 && v !== 0 && isGroupType(th, typeOfValue(th, v));
}

export function groupMessage(th: Thread, group: number): number {
  return th.heap.i32[group + EXCGROUP_MESSAGE]!;
}

export function groupExceptions(th: Thread, group: number): number[] {
  const excs = th.heap.i32[group + EXCGROUP_EXCEPTIONS]!;
  return excs === 0 ? [] : tupleItems(th, excs);
}

/** str() of a group: `message (n sub-exceptions)`. */
export function groupStr(th: Thread, group: number): string {
  const n = groupExceptions(th, group).length;
  const message = groupMessage(th, group);
  const text = message !== 0 && isStr(th, message) ? jsString(th, message) : "";
  return `${text} (${n} sub-exception${n === 1 ? "" : "s"})`;
}

/** The items of the exceptions argument, which must be a non-empty sequence. */
function sequenceItems(th: Thread, seq: number): number[] {
  const id = (seq & 1) === 0 ? typeIdOfValue(th, seq) : -1;
  const isSequence = id === TypeId.list || id === TypeId.tuple
    || ((seq & 1) === 0 && isUserClass(th, typeOfValue(th, seq)) && lookupType(th, typeOfValue(th, seq), internStr(th, "__getitem__")) !== 0
      && !isSubtype(th, typeOfValue(th, seq), builtinType(th, "dict")));
  if (!isSequence) raiseException(th, "TypeError", "second argument (exceptions) must be a sequence");
  const items = iterateToArray(th, seq);
  if (items.length === 0) raiseException(th, "ValueError", "second argument (exceptions) must be a non-empty sequence");
  return items;
}

/** BaseExceptionGroup.__new__(cls, message, exceptions). */
export function newExceptionGroup(th: Thread, cls: number, args: number[]): number {
  if (args.length !== 2) {
    raiseException(th, "TypeError", `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  }
  const [message, seq] = args as [number, number];
  if (!isStr(th, message)) {
    raiseException(th, "TypeError", `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeNameOf(th, message)}`);
  }
  const items = sequenceItems(th, seq);
  const exception = typeById(th, TypeId.Exception);
  let nestsBase = false;
  items.forEach((item, k) => {
    if (!isExceptionInstance(th, item)) {
      raiseException(th, "ValueError", `Item ${k} of second argument (exceptions) is not an exception`);
    }
    if (!isSubtype(th, typeOfValue(th, item), exception)) nestsBase = true;
  });
  const base = typeById(th, TypeId.BaseExceptionGroup);
  const group = typeById(th, TypeId.ExceptionGroup);
  if (cls === base) {
    if (!nestsBase) cls = group;
  } else if (cls === group) {
    if (nestsBase) raiseException(th, "TypeError", "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nestsBase && isSubtype(th, cls, exception)) {
    raiseException(th, "TypeError", `Cannot nest BaseExceptions in '${typeName(th, cls)}'`);
  }
  const excs = newTuple(th, items);
  th.pushRoot(excs);
  try {
    const argsTuple = newTuple(th, [message, seq]);
    const words = Math.max(th.heap.i32[cls + TYPE_INSTANCE_WORDS]!, EXCGROUP_WORDS);
    const obj = allocate(th.heap, words, cls);
    const i32 = th.heap.i32;
    i32[obj + EXC_ARGS] = argsTuple;
    i32[obj + EXCGROUP_MESSAGE] = message;
    i32[obj + EXCGROUP_EXCEPTIONS] = excs;
    return obj;
  } finally {
    th.popRoots(1);
  }
}

// ---------------------------------------------------------------------------
// split, subgroup, derive

export type Matcher = (exc: number) => boolean;

/** The condition of split()/subgroup(): an exception type, a tuple of them, or a callable. */
function matcherOf(th: Thread, condition: number): Matcher {
  const baseException = typeById(th, TypeId.BaseException);
  const isExcType = (t: number) => isType(th, t) && isSubtype(th, t, baseException);
  if (isExcType(condition)) return (e) => isSubtype(th, typeOfValue(th, e), condition);
  if (isTuple(th, condition) && tupleItems(th, condition).every(isExcType)) {
    const types = tupleItems(th, condition);
    return (e) => types.some((t) => isSubtype(th, typeOfValue(th, e), t));
  }
  const callable = (condition & 1) === 0 && !isType(th, condition)
    && (typeIdOfValue(th, condition) === TypeId.function || typeIdOfValue(th, condition) === TypeId.builtin_function_or_method
      || typeIdOfValue(th, condition) === TypeId.method || lookupType(th, typeOfValue(th, condition), internStr(th, "__call__")) !== 0);
  if (!callable) {
    raiseException(th, "TypeError", "expected an exception type, a tuple of exception types, or a callable (other than a class)");
  }
  return (e) => isTrue(th, callObject(th, condition, [e]));
}

/** self.derive(excs), checked to be a group, with self's traceback, cause, context and notes. */
function deriveAndCopy(th: Thread, group: number, excs: number[]): number {
  const list = newList(th, excs);
  th.pushRoot(list);
  try {
    const derived = callObject(th, getAttr(th, group, internStr(th, "derive")), [list]);
    if (!isGroup(th, derived)) raiseException(th, "TypeError", "derive must return an instance of BaseExceptionGroup");
    const i32 = th.heap.i32;
    i32[derived + EXC_TRACEBACK] = i32[group + EXC_TRACEBACK]!;
    i32[derived + EXC_CAUSE] = i32[group + EXC_CAUSE]!;
    i32[derived + EXC_CONTEXT] = i32[group + EXC_CONTEXT]!;
    copyNotes(th, group, derived);
    return derived;
  } finally {
    th.popRoots(1);
  }
}

function copyNotes(th: Thread, from: number, to: number): void {
  const dict = instanceDictOf(th, from);
  const key = internStr(th, "__notes__");
  const notes = dict === 0 ? 0 : dictGetStr(th, dict, key);
  if (notes === 0) return;
  th.pushRoot(to);
  try {
    const copy = isList(th, notes) ? newList(th, listItemsArray(th, notes)) : notes;
    dictSetStr(th, ensureInstanceDict(th, to), key, copy);
  } finally {
    th.popRoots(1);
  }
}

/** [match, rest] of `exc` (rest only when `withRest`), 0 for none; CPython's exceptiongroup_split_recursive. */
function splitRecursive(th: Thread, exc: number, matches: Matcher, withRest: boolean): [number, number] {
  if (matches(exc)) return [exc, 0];
  if (!isGroup(th, exc)) return [0, withRest ? exc : 0];
  const matched: number[] = [];
  const rest: number[] = [];
  // Keep the partial results reachable while the condition runs Python code.
  const keep = newList(th, []);
  th.pushRoot(keep);
  try {
    for (const e of groupExceptions(th, exc)) {
      const [m, r] = splitRecursive(th, e, matches, withRest);
      if (m !== 0) matched.push(m);
      if (r !== 0) rest.push(r);
      for (const v of [m, r]) if (v !== 0) listAppend(th, keep, v);
    }
    const matchGroup = matched.length > 0 ? deriveAndCopy(th, exc, matched) : 0;
    if (matchGroup !== 0) listAppend(th, keep, matchGroup);
    const restGroup = withRest && rest.length > 0 ? deriveAndCopy(th, exc, rest) : 0;
    return [matchGroup, restGroup];
  } finally {
    th.popRoots(1);
  }
}

export function groupSplit(th: Thread, group: number, condition: number): number {
  const [m, r] = splitRecursive(th, group, matcherOf(th, condition), true);
  return newTuple(th, [m === 0 ? NONE : m, r === 0 ? NONE : r]);
}

export function groupSubgroup(th: Thread, group: number, condition: number): number {
  const [m] = splitRecursive(th, group, matcherOf(th, condition), false);
  return m === 0 ? NONE : m;
}

/** The sub-group of `group` holding the exceptions `matches` accepts (0 for none), as split() makes it. */
export function groupMatching(th: Thread, group: number, matches: Matcher): number {
  return splitRecursive(th, group, matches, false)[0];
}

/** The default derive(): BaseExceptionGroup(self.message, excs). */
export function groupDerive(th: Thread, group: number, excs: number): number {
  return callObject(th, typeById(th, TypeId.BaseExceptionGroup), [groupMessage(th, group), excs]);
}
