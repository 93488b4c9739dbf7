// Stopping the world: one thread gets every other thread out of Python
// (the collector in the free-threaded mode needs this), then lets them go.
//
// It follows CPython 3.13's stop_the_world. The requester claims
// G_STW_REQUESTER, then repeatedly walks the thread table: a detached thread
// is parked on the spot (its status goes DETACHED -> SUSPENDED with
// compareExchange, so it cannot attach until the world resumes); an attached
// thread gets PLEASE_STOP in its eval breaker, and at its next safepoint
// parks itself (ATTACHED -> SUSPENDED) and bumps G_STW_EVENT, on which the
// requester sleeps between walks. The world is stopped when every other
// thread is suspended or finished. Resuming clears every PLEASE_STOP, turns
// every SUSPENDED back into DETACHED and wakes the sleepers, which then
// attach as usual.
//
// The clearing matters: a thread asked to stop while attached may detach
// (to wait for a lock) before its next safepoint and be parked as a
// detached thread instead, and then it still carries the request. Were it
// to attach after being woken and reach a safepoint while the requester was
// still waking the others, it would find a requester and park itself, after
// the requester had walked past it: suspended with no one left to wake it.
//
// Invariant: while a requester holds G_STW_REQUESTER and has returned from
// requestStopTheWorld, no other thread is attached, because attaching is a
// compareExchange from DETACHED, which a suspended thread cannot pass.
// With the GIL on, only the GIL holder is attached, so stopping the world
// only parks detached threads and never waits; the requester must keep the
// GIL until it resumes the world (a thread that takes the GIL while
// suspended would wait for the world holding it).
//
// API: requestStopTheWorld(ts), resumeTheWorld(ts), worldStopped(heap);
// the GIL module calls parkForStopTheWorld (from the safepoint),
// waitToAttach (from attach) and announceStopProgress (from detach).
// requestStopTheWorld blocks: call it on a worker, never the supervisor.

import { isMainThread } from "node:worker_threads";
import type { Heap } from "../heap/heap.js";
import {
  G_STW_EVENT, G_STW_REQUESTER, PLEASE_STOP, STATUS_ATTACHED, STATUS_DETACHED, STATUS_SUSPENDED, TS_EVAL_BREAKER,
  TS_STATUS,
} from "./layout.js";
import { threadStateAddresses, type ThreadState } from "./thread-state.js";

/** The longest the requester sleeps before walking the table again, in ms: a safety net, not the signal. */
const RESCAN_MS = 5;

/** Whether a stop-the-world is under way. */
export function worldStopped(heap: Heap): boolean {
  return Atomics.load(heap.i32, G_STW_REQUESTER) !== 0;
}

/** Returns once every other thread is parked (suspended) or finished. The caller must be attached. */
export function requestStopTheWorld(ts: ThreadState): void {
  if (isMainThread) throw new Error("the supervisor cannot stop the world: it must never block");
  claimStopTheWorld(ts);
  const i32 = ts.heap.i32;
  for (;;) {
    const event = Atomics.load(i32, G_STW_EVENT);
    const running = stopOthers(ts);
    if (running === 0) return;
    Atomics.wait(i32, G_STW_EVENT, event, RESCAN_MS);
  }
}

function claimStopTheWorld(ts: ThreadState): void {
  const i32 = ts.heap.i32;
  for (;;) {
    const other = Atomics.compareExchange(i32, G_STW_REQUESTER, 0, ts.id);
    if (other === 0) return;
    if (other === ts.id) throw new Error(`thread ${ts.id} stops the world twice`);
    // Another thread is stopping the world: be stopped first.
    if ((Atomics.load(i32, ts.breakerWord) & PLEASE_STOP) !== 0) parkForStopTheWorld(ts);
    else Atomics.wait(i32, G_STW_REQUESTER, other, RESCAN_MS);
  }
}

/** One walk of the table: parks what it can, asks the rest; returns how many threads still run. */
function stopOthers(ts: ThreadState): number {
  const addresses = threadStateAddresses(ts.heap);
  const i32 = ts.heap.i32;
  let running = 0;
  for (const addr of addresses) {
    if (addr === ts.addr) continue;
    const status = Atomics.load(i32, addr + TS_STATUS);
    if (status === STATUS_DETACHED) {
      if (Atomics.compareExchange(i32, addr + TS_STATUS, STATUS_DETACHED, STATUS_SUSPENDED) !== STATUS_DETACHED) running++;
    } else if (status === STATUS_ATTACHED) {
      Atomics.or(i32, addr + TS_EVAL_BREAKER, PLEASE_STOP);
      running++;
    }
  }
  return running;
}

/** Lets every parked thread go. The caller must be the thread that stopped the world. */
export function resumeTheWorld(ts: ThreadState): void {
  const addresses = threadStateAddresses(ts.heap);
  const i32 = ts.heap.i32;
  if (Atomics.load(i32, G_STW_REQUESTER) !== ts.id) throw new Error(`thread ${ts.id} did not stop the world`);
  for (const addr of addresses) {
    // Cleared before the thread can attach again: see the top of this file.
    Atomics.and(i32, addr + TS_EVAL_BREAKER, ~PLEASE_STOP);
    if (Atomics.compareExchange(i32, addr + TS_STATUS, STATUS_SUSPENDED, STATUS_DETACHED) === STATUS_SUSPENDED) {
      Atomics.notify(i32, addr + TS_STATUS);
    }
  }
  // Released last: a new requester must not find threads this one is about to wake.
  Atomics.store(i32, G_STW_REQUESTER, 0);
  Atomics.notify(i32, G_STW_REQUESTER);
}

/** At a safepoint with PLEASE_STOP set: park until the world resumes, then run on attached. */
export function parkForStopTheWorld(ts: ThreadState): void {
  const i32 = ts.heap.i32;
  Atomics.and(i32, ts.breakerWord, ~PLEASE_STOP);
  const requester = Atomics.load(i32, G_STW_REQUESTER);
  if (requester === 0 || requester === ts.id) return;
  if (Atomics.compareExchange(i32, ts.statusWord, STATUS_ATTACHED, STATUS_SUSPENDED) !== STATUS_ATTACHED) return;
  announceStopProgress(i32);
  waitToAttach(ts);
}

/** Becomes attached once the thread is no longer suspended. */
export function waitToAttach(ts: ThreadState): void {
  const i32 = ts.heap.i32;
  for (;;) {
    const status = Atomics.compareExchange(i32, ts.statusWord, STATUS_DETACHED, STATUS_ATTACHED);
    if (status === STATUS_DETACHED) return;
    if (status !== STATUS_SUSPENDED) throw new Error(`thread ${ts.id} cannot attach from status ${status}`);
    Atomics.wait(i32, ts.statusWord, STATUS_SUSPENDED);
  }
}

/** Wakes the requester: a thread parked or detached. */
export function announceStopProgress(i32: Int32Array): void {
  Atomics.add(i32, G_STW_EVENT, 1);
  Atomics.notify(i32, G_STW_EVENT);
}
