// Sets with keys of any type: hashing through hashValue, equality through ==.

import {
  frozensetHash as heapFrozensetHash, newSet as heapNewSet, setAdd, setContains, setDiscard,
} from "../objects/set.js";
import { hashOut } from "../objects/hash.js";
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
  return setContains(th.heap, s, item, lo, hashOut.hi, keysEqual(th));
}

export function setDiscardValue(th: Thread, s: number, item: number): boolean {
  const lo = hashValue(th, item);
  return setDiscard(th.heap, s, item, lo, hashOut.hi, keysEqual(th));
}

export function frozensetHash(th: Thread, s: number): number {
  return heapFrozensetHash(th.heap, s);
}
