// Sets with keys of any type: hashing through hashValue, equality through ==.

import {
  frozensetHash as heapFrozensetHash, newSet as heapNewSet, setAdd, setContains, setDiscard,
} from "../objects/set.js";
import { hashOut } from "../objects/hash.js";
import { enterObjectLock, exitObjectLock, isFreeThreaded } from "../heap/lock.js";
import type { Thread } from "./thread.js";
import { hashValue, keysEqual } from "./dicts.js";
import { newList } from "./lists.js";

/** A new set (or frozenset) of `items`; class `type` when given. */
export function newSetOf(th: Thread, items: readonly number[], frozen = false, type = 0): number {
  // The items stay in a heap list while hashing them may run Python code.
  const holder = newList(th, items);
  th.pushRoot(holder);
  const s = heapNewSet(th.heap, frozen, type);
  th.pushRoot(s);
  try {
    for (const item of items) setAddValue(th, s, item);
  } finally {
    th.popRoots(2);
  }
  return s;
}

export function setAddValue(th: Thread, s: number, item: number): boolean {
  const lo = hashValue(th, item);
  return setAdd(th.heap, s, item, lo, hashOut.hi, keysEqual(th));
}

export function setHasValue(th: Thread, s: number, item: number): boolean {
  const lo = hashValue(th, item);
  const hi = hashOut.hi;
  if (!isFreeThreaded(th.heap)) return setContains(th.heap, s, item, lo, hi, keysEqual(th));
  // Without the GIL, under the set's lock, as in CPython 3.13t: the probe
  // reads the mask and the table, which another thread's resize replaces
  // together; mixing an old mask with a new table could miss a key that is
  // there. Re-entrant, since a key's __eq__ may run Python code.
  const took = enterObjectLock(th.heap, s);
  try {
    return setContains(th.heap, s, item, lo, hi, keysEqual(th));
  } finally {
    if (took) exitObjectLock(th.heap, s);
  }
}

export function setDiscardValue(th: Thread, s: number, item: number): boolean {
  const lo = hashValue(th, item);
  return setDiscard(th.heap, s, item, lo, hashOut.hi, keysEqual(th));
}

export function frozensetHash(th: Thread, s: number): number {
  return heapFrozensetHash(th.heap, s);
}
