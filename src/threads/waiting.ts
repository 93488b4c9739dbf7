// Blocking waits of Python threads: waiting for a lock word to be free, with
// an optional timeout, interruptible by Ctrl-C, and watched for deadlock.
//
// A waiter has already detached (it holds no GIL and touches no heap object
// but the word it waits on). It publishes that word in its thread state
// (TS_WAITING_ON) before it looks at its eval breaker, so an interrupter,
// which sets the breaker bit first and then notifies the published word,
// cannot be missed for long: either the waiter sees the bit, or the
// interrupter sees the word. Atomics.wait can still miss a notify that comes
// just before it starts, so every wait lasts at most one slice
// (SLICE_MS), after which the waiter looks again. That slice is also the
// rhythm of deadlock detection.
//
// Deadlock: a thread that waits without a timeout counts itself in
// G_BLOCKED_THREADS. When that count equals G_LIVE_THREADS (threads started
// and not finished), every lock waited on is held, and no lock was released
// for two whole slices (G_LOCK_RELEASES did not move), no thread can ever
// release anything: the first waiter to see it claims G_DEADLOCK_REPORTED and
// reports. Invariants the counts rest on:
//   - a thread is live from the moment its state is created for starting it
//     until it has finished running Python (finishLiveThread);
//   - a waiter counts itself blocked only while it is detached inside
//     waitForWord with no timeout;
//   - every release of a lock word bumps G_LOCK_RELEASES after it frees the word.
//
// API:
//   waitForWord(ts, word, tryTake, timeoutSeconds, onDeadlock): WaitOutcome
//   noteRelease(heap)                     after freeing a lock word
//   startLiveThread(heap), finishLiveThread(heap)

import type { Heap } from "../heap/heap.js";
import { nowNs } from "./clock.js";
import {
  G_BLOCKED_THREADS, G_DEADLOCK_REPORTED, G_LIVE_THREADS, G_LOCK_RELEASES, SIGNALS_PENDING, TS_WAITING_ON,
} from "./layout.js";
import { threadStateAddresses, type ThreadState } from "./thread-state.js";

/** The longest single Atomics.wait of a blocked thread, in ms. */
const SLICE_MS = 100;

export const enum WaitOutcome {
  Taken,
  TimedOut,
  /** A KeyboardInterrupt is pending: the caller attaches and raises it. */
  Interrupted,
}

export function startLiveThread(heap: Heap): void {
  Atomics.add(heap.i32, G_LIVE_THREADS, 1);
}

export function finishLiveThread(heap: Heap): void {
  Atomics.sub(heap.i32, G_LIVE_THREADS, 1);
}

export function noteRelease(heap: Heap): void {
  Atomics.add(heap.i32, G_LOCK_RELEASES, 1);
}

/**
 * Waits until `tryTake()` succeeds (it tries to take the lock at `word`, whose
 * value is non-zero while held), for at most `timeoutSeconds` (Infinity: no
 * limit). `onDeadlock` runs (and should not return) when this thread finds
 * every thread blocked for good.
 */
export function waitForWord(
  ts: ThreadState, word: number, tryTake: () => boolean, timeoutSeconds: number, onDeadlock: () => void,
): WaitOutcome {
  const i32 = ts.heap.i32;
  const forever = timeoutSeconds === Infinity;
  const deadline = forever ? Infinity : nowNs() + timeoutSeconds * 1e9;
  Atomics.store(i32, ts.addr + TS_WAITING_ON, word);
  if (forever) Atomics.add(i32, G_BLOCKED_THREADS, 1);
  let suspectedAt = -1;
  try {
    for (;;) {
      if (tryTake()) return WaitOutcome.Taken;
      if ((Atomics.load(i32, ts.breakerWord) & SIGNALS_PENDING) !== 0) return WaitOutcome.Interrupted;
      const observed = Atomics.load(i32, word);
      const leftMs = (deadline - nowNs()) / 1e6;
      if (leftMs <= 0) return WaitOutcome.TimedOut;
      if (observed === 0) continue;
      const result = Atomics.wait(i32, word, observed, Math.min(leftMs, SLICE_MS));
      if (forever && result === "timed-out") {
        suspectedAt = checkDeadlock(ts.heap, suspectedAt, onDeadlock);
      }
    }
  } finally {
    if (forever) Atomics.sub(i32, G_BLOCKED_THREADS, 1);
    Atomics.store(i32, ts.addr + TS_WAITING_ON, 0);
  }
}

/**
 * One look for a deadlock; returns the release count at which one was first
 * suspected (-1 for none). A suspicion that holds over a whole slice, with no
 * release in between, is a deadlock.
 */
function checkDeadlock(heap: Heap, suspectedAt: number, onDeadlock: () => void): number {
  const i32 = heap.i32;
  const releases = Atomics.load(i32, G_LOCK_RELEASES);
  if (!everyThreadBlocked(heap)) return -1;
  if (suspectedAt !== releases) return releases;
  if (Atomics.compareExchange(i32, G_DEADLOCK_REPORTED, 0, 1) === 0) onDeadlock();
  return releases;
}

function everyThreadBlocked(heap: Heap): boolean {
  if (Atomics.load(heap.i32, G_BLOCKED_THREADS) !== Atomics.load(heap.i32, G_LIVE_THREADS)) return false;
  // Read after the table: threadStateAddresses brings the views up to date
  // (other threads' states may lie in memory grown since this one detached).
  const addresses = threadStateAddresses(heap);
  const i32 = heap.i32;
  for (const addr of addresses) {
    const word = Atomics.load(i32, addr + TS_WAITING_ON);
    if (word !== 0 && Atomics.load(i32, word) === 0) return false;
  }
  return true;
}

/** Whether a deadlock was reported (the process is about to exit). */
export function deadlockReported(heap: Heap): boolean {
  return Atomics.load(heap.i32, G_DEADLOCK_REPORTED) !== 0;
}
