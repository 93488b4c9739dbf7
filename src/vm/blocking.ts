// Native code that blocks: it runs with the thread detached, so the GIL goes
// to another thread (CPython's Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS).
//
// While detached a thread must not touch the heap (another thread may be
// collecting or growing it): the blocking part works on JavaScript values
// and on the one heap word it waits on. Whatever heap values the caller
// needs afterwards must be rooted (its arguments are: they sit on the
// caller's value stack, which was saved before the call).

import { nowNs, traceInterval, traceState, type TraceKind } from "../threads/index.js";
import { addInstructions, attach, detach, takeKeyboardInterrupt, waitForWord, WaitOutcome } from "../threads/index.js";
import { raiseException } from "./exceptions.js";
import { reportDeadlock } from "./deadlock-report.js";
import type { Thread } from "./thread.js";

/** Runs `work` with the GIL released; a trace shows the time as blocked in `kind`. */
export function withoutGil<T>(th: Thread, work: () => T, kind: TraceKind = "I/O"): T {
  flushInstructionCount(th);
  detach(th.ts);
  const started = traceState.enabled ? nowNs() : 0;
  try {
    return work();
  } finally {
    if (traceState.enabled) traceInterval(th.ts, kind, started, nowNs());
    attach(th.ts);
  }
}

/** Adds the instructions run since the last count to the thread's statistics. */
export function flushInstructionCount(th: Thread): void {
  addInstructions(th.ts, th.ticks);
  th.ticks = 0;
}

/**
 * Waits, with the GIL released, until `tryTake()` takes the lock whose word
 * is `word`, for at most `timeoutSeconds` (Infinity: no limit). Returns
 * whether it was taken; raises KeyboardInterrupt when Ctrl-C cut the wait.
 */
export function waitForLock(th: Thread, word: number, tryTake: () => boolean, timeoutSeconds: number): boolean {
  const outcome = withoutGil(th, () => waitForWord(th.ts, word, tryTake, timeoutSeconds, () => reportDeadlock(th)), "lock");
  if (outcome === WaitOutcome.Interrupted && takeKeyboardInterrupt(th.ts)) raiseException(th, "KeyboardInterrupt", "");
  return outcome === WaitOutcome.Taken;
}
