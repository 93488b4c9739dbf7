// Asking a thread to stop what it does: KeyboardInterrupt, an asynchronous
// exception (PyThreadState_SetAsyncExc), a scheduled collection.
//
// Each request is a bit in the target's eval breaker, set with Atomics.or and
// followed by Atomics.notify on the breaker word. A running thread sees the
// bit at its next safepoint (evalBreakerCheck returns it); a thread blocked in
// sleepInterruptibly sleeps on that very word, so the notify wakes it at once.
// A thread blocked on a lock (waiting.ts) is woken through the word it
// published. Setting a bit never blocks, so the supervisor may do it (SIGINT).
//
// API:
//   requestKeyboardInterrupt(ts)           from the supervisor, on SIGINT
//   takeKeyboardInterrupt(ts): boolean     the interpreter, when the bit is set
//   setAsyncException(ts, exc)             exc: a value (an exception instance or class)
//   takeAsyncException(ts): number         the value, 0 if none; clears the request
//   scheduleCollection(ts), takeCollectionRequest(ts): boolean
//   sleepInterruptibly(ts, seconds): boolean   time.sleep for a detached thread:
//       true when a KeyboardInterrupt or async exception cut it short

import { nowNs } from "./clock.js";
import { ASYNC_EXCEPTION, GC_SCHEDULED, SIGNALS_PENDING, TS_PENDING_EXCEPTION, TS_WAITING_ON } from "./layout.js";
import type { ThreadState } from "./thread-state.js";

const WAKING_BITS = SIGNALS_PENDING | ASYNC_EXCEPTION;

function raiseBit(ts: ThreadState, bit: number): void {
  const i32 = ts.heap.i32;
  Atomics.or(i32, ts.breakerWord, bit);
  Atomics.notify(i32, ts.breakerWord);
  // A thread blocked on a lock sleeps on the lock's word (waiting.ts).
  const waitingOn = Atomics.load(i32, ts.addr + TS_WAITING_ON);
  if (waitingOn !== 0) Atomics.notify(i32, waitingOn);
}

/** Clears `bit`; whether it was set. */
function takeBit(ts: ThreadState, bit: number): boolean {
  return (Atomics.and(ts.heap.i32, ts.breakerWord, ~bit) & bit) !== 0;
}

export function requestKeyboardInterrupt(ts: ThreadState): void {
  raiseBit(ts, SIGNALS_PENDING);
}

export function takeKeyboardInterrupt(ts: ThreadState): boolean {
  return takeBit(ts, SIGNALS_PENDING);
}

/** Delivers `exc` to the thread at its next safepoint (the latest request wins, as in CPython). */
export function setAsyncException(ts: ThreadState, exc: number): void {
  Atomics.store(ts.heap.i32, ts.addr + TS_PENDING_EXCEPTION, exc);
  raiseBit(ts, ASYNC_EXCEPTION);
}

export function takeAsyncException(ts: ThreadState): number {
  if (!takeBit(ts, ASYNC_EXCEPTION)) return 0;
  return Atomics.exchange(ts.heap.i32, ts.addr + TS_PENDING_EXCEPTION, 0);
}

export function scheduleCollection(ts: ThreadState): void {
  raiseBit(ts, GC_SCHEDULED);
}

export function takeCollectionRequest(ts: ThreadState): boolean {
  return takeBit(ts, GC_SCHEDULED);
}

/**
 * Sleeps `seconds` on the thread's eval breaker word (the caller has
 * detached). Returns true, early, when a KeyboardInterrupt or an async
 * exception arrives; the interpreter then attaches and raises it.
 */
export function sleepInterruptibly(ts: ThreadState, seconds: number): boolean {
  const i32 = ts.heap.i32;
  const deadline = nowNs() + seconds * 1e9;
  for (;;) {
    const bits = Atomics.load(i32, ts.breakerWord);
    if ((bits & WAKING_BITS) !== 0) return true;
    const left = deadline - nowNs();
    if (left <= 0) return false;
    Atomics.wait(i32, ts.breakerWord, bits, left / 1e6);
  }
}
