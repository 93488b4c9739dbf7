// _thread.lock and _thread.RLock: a lock word in the heap.
//
// A lock's state word (LOCK_STATE) changes only with Atomics: 0 when free,
// and while held 1 (lock) or the owner's thread id (RLock, whose LOCK_COUNT
// says how many times the owner holds it). Taking a free lock is one
// compareExchange; a thread that finds it held waits on that very word
// (src/vm/blocking.ts), and a release stores 0 and notifies one waiter.
// Any thread may release a lock (as in CPython); only the owner an RLock.
//
// Invariants: the state goes from 0 to held only by compareExchange, so at
// most one thread holds a lock; LOCK_COUNT is touched only by the RLock's
// owner while it holds it.

import { allocate } from "../heap/alloc.js";
import type { Heap } from "../heap/heap.js";
import { G_TYPES, LOCK_COUNT, LOCK_STATE, LOCK_WORDS } from "../heap/layout.js";
import { TypeId } from "./type-ids.js";

/** A new, free lock of the built-in type `typeId` (lock or RLock), or of the subclass `type`. */
export function newLock(heap: Heap, typeId: number, type = 0): number {
  const lock = allocate(heap, LOCK_WORDS, type !== 0 ? type : heap.i32[G_TYPES + typeId]!);
  heap.i32[lock + LOCK_STATE] = 0;
  heap.i32[lock + LOCK_COUNT] = 0;
  return lock;
}

/** The index of the lock's state word, for Atomics. */
export function lockWord(lock: number): number {
  return lock + LOCK_STATE;
}

/** Takes the lock for `holder` (1, or an RLock owner's id) if it is free. */
export function tryTakeLock(i32: Int32Array, lock: number, holder: number): boolean {
  return Atomics.compareExchange(i32, lock + LOCK_STATE, 0, holder) === 0;
}

/** Who holds the lock: 0 for nobody. */
export function lockHolder(i32: Int32Array, lock: number): number {
  return Atomics.load(i32, lock + LOCK_STATE);
}

/** Frees the lock and wakes one waiter. */
export function freeLock(i32: Int32Array, lock: number): void {
  Atomics.store(i32, lock + LOCK_STATE, 0);
  Atomics.notify(i32, lock + LOCK_STATE, 1);
}

