// Locks that live in heap words, for the free-threaded mode.
//
// A lock is a three-state futex (Drepper, "Futexes Are Tricky", mutex 3):
// 0 free, 1 held, 2 held with waiters. Taking a free lock is one
// compareExchange; a contended taker marks the lock 2 and sleeps with
// Atomics.wait; releasing a lock in state 2 wakes one sleeper, which retakes it
// in state 2 (it cannot know whether others still wait). No busy loops.
//
// Two flavours: a dedicated word (the allocator's and the intern table's locks
// in the fixed area) and the two low bits of an object's flags word (the
// per-object lock). The flags word also holds the mark bit and the size, so
// the per-object lock changes only its own two bits with compareExchange
// loops; the other bits change only while the world is stopped or before the
// object is published, never concurrently with a lock operation.
//
// Object locks taken through withObjectLock (or enterObjectLock) are
// re-entrant for the thread that holds them; the dedicated words are not. The
// holder of an object's lock may run Python code (a key's __eq__), which may
// stop the world to collect: so a thread that waits for an object's lock
// waits detached (heap.onLockWait, set by the threads layer), and a
// collection does not wait for it.
//
// Cost: in Node 20's V8 each Atomics operation is a call into a built-in
// (an Atomics.load costs some twenty plain loads). Taking and releasing a
// free lock is two such calls (compareExchange, and), and the fast paths
// make no other: the lock word is
// first read with a plain load, and a change that runs no Python code takes
// the lock without a closure (lockUnlessHeld).

import type { Heap } from "./heap.js";
import { FLAGS_WORD, G_FREE_THREADED, G_LIMIT, LOCK_MASK } from "./layout.js";

const FREE = 0;
const HELD = 1;
const CONTENDED = 2;

/** Takes the lock in the dedicated word `index`. */
export function lockWord(i32: Int32Array, index: number): void {
  if (Atomics.compareExchange(i32, index, FREE, HELD) === FREE) return;
  let state = Atomics.exchange(i32, index, CONTENDED);
  while (state !== FREE) {
    Atomics.wait(i32, index, CONTENDED);
    state = Atomics.exchange(i32, index, CONTENDED);
  }
}

/** Releases the lock in the dedicated word `index`. */
export function unlockWord(i32: Int32Array, index: number): void {
  if (Atomics.sub(i32, index, 1) !== HELD) {
    Atomics.store(i32, index, FREE);
    Atomics.notify(i32, index, 1);
  }
}

/** Whether objects must be locked to be changed: the heap is free-threaded (no GIL). */
export function isFreeThreaded(heap: Heap): boolean {
  return heap.i32[G_FREE_THREADED] !== 0;
}

/** Takes the lock of the object `obj` (a heap pointer). */
export function lockObject(heap: Heap, obj: number): void {
  const i32 = heap.i32;
  const index = obj + FLAGS_WORD;
  // A plain load is enough to guess the word (Atomics.load would be one
  // more built-in call): compareExchange checks the guess atomically, and a
  // stale one only sends the taker the slow way.
  const flags = i32[index]!;
  if ((flags & LOCK_MASK) !== FREE || Atomics.compareExchange(i32, index, flags, flags | HELD) !== flags) {
    lockObjectContended(heap, index);
  }
  // What the previous holder published may lie in memory grown since this
  // worker last looked. Every object lies below G_LIMIT, which is raised only
  // after the buffer grew (alloc.ts): one plain load instead of asking the
  // buffer its length, which costs as much as taking the lock.
  if (i32[G_LIMIT]! > i32.length) heap.makeViews();
}

/**
 * How many times a contended taker looks at an object's lock before it
 * sleeps: object locks are held for a few hundred nanoseconds, much less
 * than a sleep and a wake-up cost (CPython's PyMutex spins too).
 */
const SPINS = 100;

/** Whether the lock came free while spinning, briefly and boundedly. */
function spinUntilFree(i32: Int32Array, index: number): boolean {
  for (let k = 0; k < SPINS; k++) {
    if ((Atomics.load(i32, index) & LOCK_MASK) === FREE) return true;
  }
  return false;
}

function lockObjectContended(heap: Heap, index: number): void {
  const i32 = heap.i32;
  // Only a taker that never slept may take the lock as merely held: one
  // that was woken cannot know whether others still sleep, so it takes the
  // lock as contended, or the last sleeper would never be woken.
  let slept = false;
  for (;;) {
    if (!slept && spinUntilFree(i32, index)) {
      const flags = Atomics.load(i32, index);
      if ((flags & LOCK_MASK) === FREE && Atomics.compareExchange(i32, index, flags, flags | HELD) === flags) return;
    }
    const flags = Atomics.load(i32, index);
    const state = flags & LOCK_MASK;
    const contended = (flags & ~LOCK_MASK) | CONTENDED;
    if (state === FREE) {
      // Taken in the contended state: other sleepers may remain.
      if (Atomics.compareExchange(i32, index, flags, contended) === flags) return;
    } else if (state === CONTENDED || Atomics.compareExchange(i32, index, flags, contended) === flags) {
      if (heap.onLockWait === null) Atomics.wait(i32, index, contended);
      else heap.onLockWait(() => Atomics.wait(i32, index, contended));
      slept = true;
    }
  }
}

/** Releases the lock of the object `obj`. */
export function unlockObject(heap: Heap, obj: number): void {
  const i32 = heap.i32;
  const index = obj + FLAGS_WORD;
  // One atomic and: the word's other bits do not change while the lock is held.
  const flags = Atomics.and(i32, index, ~LOCK_MASK);
  if ((flags & LOCK_MASK) === CONTENDED) Atomics.notify(i32, index, 1);
}

/**
 * Takes the object's lock for a change that runs no Python code, unless this
 * thread holds it already (inside withObjectLock); returns whether it took
 * it, so that the caller releases only what it took. Cheaper than
 * withObjectLock on the busiest paths: no closure, no bookkeeping.
 */
export function lockUnlessHeld(heap: Heap, obj: number): boolean {
  if (heldByThisThread.length > 0 && heldByThisThread.includes(obj)) return false;
  lockObject(heap, obj);
  return true;
}

/**
 * The objects whose locks the thread running on this worker holds through
 * withObjectLock, innermost last. A worker runs one Python thread at a time,
 * and a thread releases every such lock before it ends, so this is the
 * running thread's own state.
 */
const heldByThisThread: number[] = [];

/**
 * Runs `change` holding the object's lock. Re-entrant: the holder may run
 * Python code (a key's __eq__) that changes the same object again, which
 * then proceeds as it would under the GIL instead of waiting for itself.
 */
export function withObjectLock<T>(heap: Heap, obj: number, change: () => T): T {
  const took = enterObjectLock(heap, obj);
  try {
    return change();
  } finally {
    if (took) exitObjectLock(heap, obj);
  }
}

/** Runs `body` under the object's lock without the GIL; with the GIL, which already excludes other threads, as it is. */
export function lockedWithoutGil<T>(heap: Heap, obj: number, body: () => T): T {
  return isFreeThreaded(heap) ? withObjectLock(heap, obj, body) : body();
}

/**
 * withObjectLock without the closure, for busy paths: takes the object's lock
 * re-entrantly and returns whether it took it; the caller then calls
 * exitObjectLock in a `finally`, and only if it took it.
 */
export function enterObjectLock(heap: Heap, obj: number): boolean {
  if (heldByThisThread.length > 0 && heldByThisThread.includes(obj)) return false;
  lockObject(heap, obj);
  heldByThisThread.push(obj);
  return true;
}

/** Releases what enterObjectLock took. */
export function exitObjectLock(heap: Heap, obj: number): void {
  heldByThisThread.pop();
  unlockObject(heap, obj);
}

/** Whether the object's lock is held by someone (for assertions and the verifier). */
export function isObjectLocked(heap: Heap, obj: number): boolean {
  return (Atomics.load(heap.i32, obj + FLAGS_WORD) & LOCK_MASK) !== FREE;
}
