// The GIL, with the protocol of CPython 3.13's Python/ceval_gil.c.
//
// The lock is one heap word, G_GIL_HOLDER: the id of the holder, 0 when free.
// Taking a free GIL is one compareExchange. A thread that finds it held waits
// on that word with Atomics.wait, for at most the switch interval (5 ms by
// default). If the wait times out and the GIL has not changed hands meanwhile
// (the switch number, bumped by every take, is the one read before waiting),
// the waiter sets GIL_DROP_REQUEST in the eval breaker of the last holder and
// waits again. The holder sees the bit at its next eval-breaker check (the
// interpreter polls at RESUME and JUMP_BACKWARD), detaches, which drops the
// GIL and, because the bit was set, waits until the switch number moves:
// FORCE_SWITCHING, so the thread that asked takes the GIL before the one that
// dropped it can take it back. Then it attaches again, waiting its turn.
//
// Invariants:
//   - At most one thread holds the GIL: it changes from 0 to an id only by
//     compareExchange, and only the holder stores 0.
//   - A holder is attached while it runs Python (attach takes the GIL before
//     it marks the thread attached; detach marks it detached before dropping).
//   - A waiting thread's wait is bounded: each Atomics.wait lasts at most one
//     interval before the waiter re-examines the GIL, and a dropper wakes a
//     waiter (notify) whenever anyone waits (G_GIL_WAITERS).
//   - No busy waiting: every loop here blocks in Atomics.wait between checks.
//   - A thread's views cover the whole buffer when it attaches (refreshed
//     after taking the GIL, and again after attaching, which is the only
//     hand-over without the GIL).
//   - After a drop request, the dropping thread does not retake the GIL until
//     another thread has taken it (the switch number moved), unless nobody
//     waits for it any more.
// Differences from CPython: its mutex makes "GIL taken" and "switch number
// bumped" one step, here they are two; a waiter timing out between them may
// set the drop request on the previous holder, which only delays its next
// request by one interval.
//
// API (for the interpreter; `ts` is the running thread's ThreadState):
//   attach(ts)   take the GIL (when enabled) and become attached; at a thread's
//                start and after every blocking operation
//   detach(ts)   become detached and drop the GIL; before every blocking
//                operation (sleep, lock or join waits, I/O) and at the end
//   evalBreakerCheck(ts): number   at every safepoint; 0 (and one atomic load)
//                when nothing is pending. Drops and retakes the GIL when asked,
//                parks for a stop-the-world; returns the VM_BREAKER_BITS still
//                set (SIGNALS_PENDING, ASYNC_EXCEPTION, GC_SCHEDULED), which
//                the interpreter handles (see interrupts.ts)
//   exitThread(ts)                 detach and mark the thread finished
//   reclaimThread(heap, addr)      the supervisor, after a worker died without
//                exitThread: finished, and the GIL freed if it held it
//   takeGil(ts) / dropGil(ts)      the bare lock, without the status change
//   gilEnabled(heap), setGilEnabled(heap, on)   the free-threaded switch; set it
//                before any thread attaches. Off: take and drop do nothing, and
//                no GIL statistic moves
//   getSwitchInterval(heap) / setSwitchInterval(heap, seconds)
//   gilSwitchNumber(heap), gilHolder(heap)
// attach, detach and takeGil block with Atomics.wait, so call them on a
// worker, never on the supervisor.

import { setFreeThreaded } from "../heap/alloc.js";
import { type Heap, refreshViews } from "../heap/heap.js";
import { G_FREE_THREADED } from "../heap/layout.js";
import { nowNs } from "./clock.js";
import {
  DEFAULT_INTERVAL_US, G_GIL_HOLDER, G_GIL_INTERVAL_SET, G_GIL_INTERVAL_US, G_GIL_LAST_HOLDER, G_GIL_SWITCH_NUMBER,
  G_GIL_SWITCH_WAITERS, G_GIL_WAITERS, G_STW_REQUESTER, GIL_DROP_REQUEST, PLEASE_STOP, STATUS_ATTACHED,
  STATUS_DETACHED, STATUS_FINISHED, TS_ACQUIRED_AT, TS_DROP_REQUESTS, TS_EVAL_BREAKER, TS_FORCED_SWITCHES,
  TS_GIL_ACQUISITIONS, TS_HOLD_NS, TS_ID, TS_STATUS, TS_WAIT_NS, VIEWS_STALE, VM_BREAKER_BITS,
} from "./layout.js";
import { announceStopProgress, parkForStopTheWorld, waitToAttach } from "./stop-the-world.js";
import { finishThreadState, type ThreadState } from "./thread-state.js";
import { traceInterval, traceState } from "./trace.js";

// ---------------------------------------------------------------------------
// Settings

/** Whether threads take the GIL (false in the free-threaded mode). */
export function gilEnabled(heap: Heap): boolean {
  return Atomics.load(heap.i32, G_FREE_THREADED) === 0;
}

/** Turns the GIL on or off (off also makes the allocator take its lock). Set before any thread attaches. */
export function setGilEnabled(heap: Heap, on: boolean): void {
  setFreeThreaded(heap, !on);
}

/** The interval in microseconds as set: CPython keeps 0 for an interval under 1 µs. */
function storedIntervalUs(i32: Int32Array): number {
  return Atomics.load(i32, G_GIL_INTERVAL_SET) === 0 ? DEFAULT_INTERVAL_US : Atomics.load(i32, G_GIL_INTERVAL_US);
}

/** How long one wait for the GIL lasts, in milliseconds (at least 1 µs, as CPython's INTERVAL). */
function waitMs(i32: Int32Array): number {
  return Math.max(storedIntervalUs(i32), 1) / 1000;
}

/** sys.getswitchinterval(): seconds. */
export function getSwitchInterval(heap: Heap): number {
  return 1e-6 * storedIntervalUs(heap.i32);
}

/**
 * sys.setswitchinterval(seconds). The caller raises Python's
 * "ValueError: switch interval must be strictly positive" for seconds <= 0;
 * here that is a programming error. As in CPython, the interval is kept in
 * whole microseconds, rounded down (so 1e-7 reads back as 0.0).
 */
export function setSwitchInterval(heap: Heap, seconds: number): void {
  if (!(seconds > 0)) throw new RangeError("switch interval must be strictly positive");
  Atomics.store(heap.i32, G_GIL_INTERVAL_US, Math.min(Math.floor(seconds * 1e6), 0x7fffffff));
  Atomics.store(heap.i32, G_GIL_INTERVAL_SET, 1);
}

/** How many times the GIL was taken since the heap was made. */
export function gilSwitchNumber(heap: Heap): number {
  return Atomics.load(heap.i32, G_GIL_SWITCH_NUMBER);
}

/** The id of the thread holding the GIL, 0 when free. */
export function gilHolder(heap: Heap): number {
  return Atomics.load(heap.i32, G_GIL_HOLDER);
}

// ---------------------------------------------------------------------------
// The lock

/** CPython's take_gil: returns once this thread holds the GIL. */
export function takeGil(ts: ThreadState): void {
  const i32 = ts.heap.i32;
  if (!gilEnabled(ts.heap)) return;
  if (Atomics.load(i32, G_GIL_HOLDER) === ts.id) throw new Error(`thread ${ts.id} already holds the GIL`);
  const started = nowNs();
  const contended = Atomics.compareExchange(i32, G_GIL_HOLDER, 0, ts.id) !== 0;
  if (contended) waitForGil(ts);
  const taken = nowNs();
  Atomics.store(i32, G_GIL_LAST_HOLDER, ts.addr);
  Atomics.add(i32, G_GIL_SWITCH_NUMBER, 1);
  // A thread that dropped the GIL on request waits for this (FORCE_SWITCHING).
  if (Atomics.load(i32, G_GIL_SWITCH_WAITERS) > 0) Atomics.notify(i32, G_GIL_SWITCH_NUMBER);
  // A request aimed at this thread before it held the GIL is stale.
  Atomics.and(i32, ts.breakerWord, ~GIL_DROP_REQUEST);
  ts.addStat(TS_GIL_ACQUISITIONS, 1);
  ts.addStat(TS_WAIT_NS, taken - started);
  ts.setStat(TS_ACQUIRED_AT, taken);
  if (traceState.enabled && contended) traceInterval(ts, "waiting for the GIL", started, taken);
  // Whatever the previous holder allocated may lie in memory this worker has not mapped yet.
  refreshViews(ts.heap);
}

function waitForGil(ts: ThreadState): void {
  const i32 = ts.heap.i32;
  Atomics.add(i32, G_GIL_WAITERS, 1);
  try {
    for (;;) {
      const holder = Atomics.load(i32, G_GIL_HOLDER);
      if (holder === 0) {
        if (Atomics.compareExchange(i32, G_GIL_HOLDER, 0, ts.id) === 0) return;
        continue;
      }
      const switchNumber = Atomics.load(i32, G_GIL_SWITCH_NUMBER);
      const result = Atomics.wait(i32, G_GIL_HOLDER, holder, waitMs(i32));
      if (result === "timed-out" && Atomics.load(i32, G_GIL_HOLDER) !== 0
        && Atomics.load(i32, G_GIL_SWITCH_NUMBER) === switchNumber) {
        requestDrop(ts.heap);
        ts.addStat(TS_DROP_REQUESTS, 1);
      }
    }
  } finally {
    Atomics.sub(i32, G_GIL_WAITERS, 1);
  }
}

/** Raises the drop request in the eval breaker of the thread holding the GIL. */
function requestDrop(heap: Heap): void {
  // The holder's state may lie in memory grown since this worker last looked.
  refreshViews(heap);
  const holder = Atomics.load(heap.i32, G_GIL_LAST_HOLDER);
  if (holder !== 0) Atomics.or(heap.i32, holder + TS_EVAL_BREAKER, GIL_DROP_REQUEST);
}

/** CPython's drop_gil: releases the GIL; after a drop request, waits until another thread has taken it. */
export function dropGil(ts: ThreadState): void {
  const i32 = ts.heap.i32;
  if (Atomics.load(i32, G_GIL_HOLDER) !== ts.id) {
    if (!gilEnabled(ts.heap)) return;
    throw new Error(`thread ${ts.id} drops a GIL it does not hold`);
  }
  const dropped = nowNs();
  ts.addStat(TS_HOLD_NS, dropped - ts.stat(TS_ACQUIRED_AT));
  if (traceState.enabled) traceInterval(ts, "holding the GIL", ts.stat(TS_ACQUIRED_AT), dropped);
  Atomics.store(i32, G_GIL_LAST_HOLDER, ts.addr);
  const switchNumber = Atomics.load(i32, G_GIL_SWITCH_NUMBER);
  Atomics.store(i32, G_GIL_HOLDER, 0);
  if (Atomics.load(i32, G_GIL_WAITERS) > 0) Atomics.notify(i32, G_GIL_HOLDER, 1);
  if ((Atomics.load(i32, ts.breakerWord) & GIL_DROP_REQUEST) !== 0) waitForSwitch(ts, switchNumber);
}

/** FORCE_SWITCHING: after a drop request, let a waiter take the GIL before this thread may retake it. */
function waitForSwitch(ts: ThreadState, switchNumber: number): void {
  const i32 = ts.heap.i32;
  Atomics.and(i32, ts.breakerWord, ~GIL_DROP_REQUEST);
  ts.addStat(TS_FORCED_SWITCHES, 1);
  const started = nowNs();
  // Whoever asked is still in waitForGil (it leaves only with the GIL), so
  // the wait ends; the waiter count guards against a request gone stale.
  // Counted before the switch number is read: a taker that bumps it after
  // that read sees the count and notifies.
  Atomics.add(i32, G_GIL_SWITCH_WAITERS, 1);
  while (Atomics.load(i32, G_GIL_SWITCH_NUMBER) === switchNumber && Atomics.load(i32, G_GIL_WAITERS) > 0) {
    Atomics.wait(i32, G_GIL_SWITCH_NUMBER, switchNumber, waitMs(i32));
  }
  Atomics.sub(i32, G_GIL_SWITCH_WAITERS, 1);
  // Kept off the GIL to let another thread have it: time spent waiting for the GIL too.
  ts.addStat(TS_WAIT_NS, nowNs() - started);
}

// ---------------------------------------------------------------------------
// Attaching and detaching

/** Takes the GIL (when enabled) and marks the thread attached; waits out a stop-the-world. */
export function attach(ts: ThreadState): void {
  takeGil(ts);
  const i32 = ts.heap.i32;
  if (Atomics.compareExchange(i32, ts.statusWord, STATUS_DETACHED, STATUS_ATTACHED) !== STATUS_DETACHED) {
    waitToAttach(ts);
  }
  // Without the GIL no hand-over refreshes the views: while this thread was
  // detached others may have grown the heap and put objects in the new
  // memory, which it may read before its next safepoint.
  refreshViews(ts.heap);
  // Without the GIL, a trace shows the attached stretches as running.
  if (traceState.enabled && !gilEnabled(ts.heap)) ts.setStat(TS_ACQUIRED_AT, nowNs());
}

/** Marks the thread detached and drops the GIL: other threads may run while this one blocks. */
export function detach(ts: ThreadState): void {
  const i32 = ts.heap.i32;
  if (Atomics.compareExchange(i32, ts.statusWord, STATUS_ATTACHED, STATUS_DETACHED) !== STATUS_ATTACHED) {
    throw new Error(`thread ${ts.id} detaches without being attached`);
  }
  if (Atomics.load(i32, G_STW_REQUESTER) !== 0) announceStopProgress(i32);
  if (traceState.enabled && !gilEnabled(ts.heap)) traceInterval(ts, "running", ts.stat(TS_ACQUIRED_AT), nowNs());
  dropGil(ts);
}

/** The end of a thread: detached, then finished. */
export function exitThread(ts: ThreadState): void {
  detach(ts);
  finishThreadState(ts);
}

/**
 * Cleans up after a worker that died without exiting its thread (a crash,
 * or worker.terminate()): marks the thread finished and, if it held the GIL,
 * frees it and wakes a waiter, so the other threads do not wait forever.
 * Never blocks, so the supervisor may call it.
 */
export function reclaimThread(heap: Heap, addr: number): void {
  refreshViews(heap);
  const i32 = heap.i32;
  const id = i32[addr + TS_ID]!;
  Atomics.store(i32, addr + TS_STATUS, STATUS_FINISHED);
  Atomics.notify(i32, addr + TS_STATUS);
  if (Atomics.compareExchange(i32, G_GIL_HOLDER, id, 0) === id) Atomics.notify(i32, G_GIL_HOLDER, 1);
  announceStopProgress(i32);
}

// ---------------------------------------------------------------------------
// The safepoint

/**
 * What the interpreter calls at RESUME and JUMP_BACKWARD: nothing but one
 * atomic load unless a breaker bit is set. Returns the bits the interpreter
 * must act on itself (VM_BREAKER_BITS), 0 usually.
 */
export function evalBreakerCheck(ts: ThreadState): number {
  const bits = Atomics.load(ts.heap.i32, ts.breakerWord);
  return bits === 0 ? 0 : handleEvalBreaker(ts, bits);
}

function handleEvalBreaker(ts: ThreadState, bits: number): number {
  const i32 = ts.heap.i32;
  // Cleared first: views refreshed below cover any growth announced before.
  if ((bits & VIEWS_STALE) !== 0) Atomics.and(i32, ts.breakerWord, ~VIEWS_STALE);
  if ((bits & PLEASE_STOP) !== 0) parkForStopTheWorld(ts);
  if ((bits & GIL_DROP_REQUEST) !== 0) {
    if (Atomics.load(i32, G_GIL_HOLDER) === ts.id) {
      detach(ts);
      attach(ts);
    } else {
      Atomics.and(i32, ts.breakerWord, ~GIL_DROP_REQUEST);
    }
  }
  refreshViews(ts.heap);
  return Atomics.load(ts.heap.i32, ts.breakerWord) & VM_BREAKER_BITS;
}

/**
 * How a thread waits for an object's lock (heap.onLockWait): detached, so
 * that the GIL goes to another thread (the lock's holder may need it to
 * finish) and a stop-the-world does not wait for this thread.
 */
export function lockWaitDetached(ts: ThreadState, wait: () => void): void {
  if (Atomics.load(ts.heap.i32, ts.statusWord) !== STATUS_ATTACHED) {
    wait();
    return;
  }
  detach(ts);
  try {
    wait();
  } finally {
    attach(ts);
  }
}
