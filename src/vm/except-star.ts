// The two run-time halves of `except*` (PEP 654); the bytecode around them
// is described in src/compiler/codegen-try-star.ts.
//
// CHECK_EG_MATCH splits what is left of the caught exception by a clause's
// type: a group is split() (so a subclass's split and derive are honoured),
// a naked exception that matches is wrapped in ExceptionGroup("", [exc]),
// with no traceback of its own (as in CPython 3.13). The match becomes the handled
// exception, so a bare `raise` in the clause re-raises it.
//
// INTRINSIC_PREP_RERAISE_STAR decides what leaves the try statement, as
// CPython's _PyExc_PrepReraiseStar: an exception from the list that carries
// the caught group's traceback, cause, context and notes is a part of it
// re-raised (the rest of a split, or a match raised again with `raise`);
// those are put back together in the caught group's own shape, by the
// identities of their leaves. Anything else was raised anew by a clause; if
// there is such an exception, the result is a new BaseExceptionGroup("", [...]) of
// the new ones followed by the re-raised part (or the one exception alone).

import { EXC_CAUSE, EXC_CONTEXT, EXC_TRACEBACK, NONE } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { raiseException } from "./exceptions.js";
import { groupExceptions, groupMatching, isGroup, newExceptionGroup } from "./exception-groups.js";
import { getAttr } from "./attributes.js";
import { callObject } from "./calls.js";
import { listItemsArray } from "./containers.js";
import { newList } from "./lists.js";
import {
  dictGetStr, instanceDictOf, internStr, isExceptionType, isSubtype, isTuple, newString, newTuple, tupleItems,
  typeById, typeName, typeNameOf, typeOfValue,
} from "./model.js";
import type { Thread } from "./thread.js";

/** The clause's type: exception classes, but no exception group class. */
function checkStarType(th: Thread, type: number): void {
  const classes = isTuple(th, type) ? tupleItems(th, type) : [type];
  for (const c of classes) {
    if (!isExceptionType(th, c)) {
      raiseException(th, "TypeError", "catching classes that do not inherit from BaseException is not allowed");
    }
  }
  const group = typeById(th, TypeId.BaseExceptionGroup);
  if (classes.some((c) => isSubtype(th, c, group))) {
    raiseException(th, "TypeError", "catching ExceptionGroup with except* is not allowed. Use except instead.");
  }
}

function matchesType(th: Thread, exc: number, type: number): boolean {
  const classes = isTuple(th, type) ? tupleItems(th, type) : [type];
  const t = typeOfValue(th, exc);
  return classes.some((c) => isSubtype(th, t, c));
}

/** CHECK_EG_MATCH: [rest, match] of `exc` for the clause type `type`; match is None when nothing matches. */
export function checkEgMatch(th: Thread, exc: number, type: number): [number, number] {
  checkStarType(th, type);
  if (exc === NONE) return [NONE, NONE];
  let match: number;
  let rest: number;
  if (matchesType(th, exc, type)) {
    match = isGroup(th, exc) ? exc : wrapNaked(th, exc);
    rest = NONE;
  } else if (isGroup(th, exc)) {
    [match, rest] = splitByMethod(th, exc, type);
  } else {
    return [exc, NONE];
  }
  if (match !== NONE) th.handled = match;
  return [rest, match];
}

function wrapNaked(th: Thread, exc: number): number {
  return newExceptionGroup(th, typeById(th, TypeId.BaseExceptionGroup), [newString(th, ""), newTuple(th, [exc])]);
}

/** exc.split(type), which must give a tuple of at least two items. */
function splitByMethod(th: Thread, exc: number, type: number): [number, number] {
  const pair = callObject(th, getAttr(th, exc, internStr(th, "split")), [type]);
  const excType = typeName(th, typeOfValue(th, exc));
  if ((pair & 1) !== 0 || typeOfValue(th, pair) !== typeById(th, TypeId.tuple)) {
    raiseException(th, "TypeError", `${excType}.split must return a tuple, not ${typeNameOf(th, pair)}`);
  }
  const items = tupleItems(th, pair);
  if (items.length < 2) {
    raiseException(th, "TypeError", `${excType}.split must return a 2-tuple, got tuple of size ${items.length}`);
  }
  return [items[0]!, items[1]!];
}

// ---------------------------------------------------------------------------
// INTRINSIC_PREP_RERAISE_STAR

/** Whether two exceptions share traceback, cause, context and notes: one is a part of the other. */
function sameMetadata(th: Thread, a: number, b: number): boolean {
  const i32 = th.heap.i32;
  for (const field of [EXC_TRACEBACK, EXC_CAUSE, EXC_CONTEXT]) {
    if ((i32[a + field] ?? 0) !== (i32[b + field] ?? 0)) return false;
  }
  return notesOf(th, a) === notesOf(th, b);
}

function notesOf(th: Thread, exc: number): number {
  const dict = instanceDictOf(th, exc);
  return dict === 0 ? 0 : dictGetStr(th, dict, internStr(th, "__notes__"));
}

/** The addresses of the exceptions inside `exc` that are not groups. */
function collectLeaves(th: Thread, exc: number, into: Set<number>): void {
  if (exc === NONE) return;
  if (!isGroup(th, exc)) {
    into.add(exc);
    return;
  }
  for (const e of groupExceptions(th, exc)) collectLeaves(th, e, into);
}

/** What leaves the try statement: `orig` was caught, `list` holds what the clauses raised and the unmatched rest. */
export function prepReraiseStar(th: Thread, orig: number, list: number): number {
  const excs = listItemsArray(th, list);
  if (excs.length === 0) return NONE;
  // A naked exception was caught: only one clause ran, so there is one exception at most.
  if (!isGroup(th, orig)) return excs[0]!;
  const raised: number[] = [];
  const reraised: number[] = [];
  for (const e of excs) {
    if (e === NONE) continue;
    (sameMetadata(th, e, orig) ? reraised : raised).push(e);
  }
  const leaves = new Set<number>();
  for (const e of reraised) collectLeaves(th, e, leaves);
  // The leaves stay reachable from orig, on the value stack, while derive() runs.
  const projected = groupMatching(th, orig, (e) => leaves.has(e));
  const reraisedGroup = projected === 0 ? NONE : projected;
  if (raised.length === 0) return reraisedGroup;
  if (reraisedGroup !== NONE) raised.push(reraisedGroup);
  if (raised.length === 1) return raised[0]!;
  return newExceptionGroup(th, typeById(th, TypeId.BaseExceptionGroup), [newString(th, ""), newList(th, raised)]);
}
