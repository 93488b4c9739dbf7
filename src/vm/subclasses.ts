// type.__subclasses__(): each type keeps a list of its direct subclasses
// (TYPE_SUBCLASSES), appended to when a class is made, in creation order as
// CPython lists them. CPython holds them weakly; here the list holds them
// for as long as the base lives, so a class is never collected while its
// base is alive.

import { TYPE_BASES, TYPE_SUBCLASSES } from "../heap/layout.js";
import type { Thread } from "./thread.js";
import { tupleItems } from "./model.js";
import { newList, listAppend } from "./lists.js";
import { listItemsArray } from "./containers.js";
import { lockedWithoutGil } from "../heap/lock.js";

/** Records `cls` as a subclass of each of its bases. */
export function registerSubclass(th: Thread, cls: number): void {
  for (const base of tupleItems(th, th.heap.i32[cls + TYPE_BASES]!)) {
    listAppend(th, subclassList(th, base), cls);
  }
}

/** The list of `type`'s direct subclasses, made on first use. */
function subclassList(th: Thread, type: number): number {
  const existing = th.heap.i32[type + TYPE_SUBCLASSES]!;
  if (existing !== 0) return existing;
  const made = newList(th, []);
  // Two threads making a class of one base at once: the first list wins.
  const won = Atomics.compareExchange(th.heap.i32, type + TYPE_SUBCLASSES, 0, made);
  return won === 0 ? made : won;
}

/** type.__subclasses__(): a new list of the direct subclasses. */
export function subclassesOf(th: Thread, type: number): number {
  const list = th.heap.i32[type + TYPE_SUBCLASSES]!;
  if (list === 0) return newList(th, []);
  // Another thread may be appending a class meanwhile.
  const items = lockedWithoutGil(th.heap, list, () => listItemsArray(th, list));
  return newList(th, items);
}
