// Safepoints: where the GIL changes hands, interrupts are raised and the
// collector runs.
//
// The loop calls `safepoint` at RESUME and JUMP_BACKWARD when the thread's
// eval breaker has a bit set, a collection is due, or under --gc-stress,
// after writing its pc and stack depth back to the frame, so every live
// value is in the heap where the collector can see it.
//
// Without the GIL, the collecting thread first stops the world: every other
// thread parks at its next safepoint, or is held detached.
//
// Invariant for collecting: every other thread is either
// waiting for the GIL (parked) or blocked in a native call, and in both cases it
// reached that point through a safepoint or a call that saved its frame, so
// its frames and native roots in its stack segment are complete. The
// collector walks every unfinished thread's segment (found through the
// thread table: a thread state's first VM slot holds its segment).

import { collect, type CollectionStats } from "../heap/gc.js";
import { refreshViews } from "../heap/heap.js";
import { verifyHeap } from "../heap/verify.js";
import { writeText, STDERR } from "../runtime/output.js";
import {
  ASYNC_EXCEPTION, evalBreakerCheck, GC_SCHEDULED, gilEnabled, requestStopTheWorld, resumeTheWorld,
  SIGNALS_PENDING, STATUS_FINISHED,
  takeAsyncException, takeCollectionRequest, takeKeyboardInterrupt, threadStateAddresses,
} from "../threads/index.js";
import { TS_STATUS, TS_VM_SLOTS } from "../threads/layout.js";
import { raiseException, raiseObject } from "./exceptions.js";
import { Thread, visitThreadRoots } from "./thread.js";
import { flushInstructionCount } from "./blocking.js";
import { findGarbageWithFinalizers, runPendingFinalizers } from "./finalizers.js";
import {
  clearDeadReferents, markPendingCallbacks, runPendingCallbacks, takeFollowUp, unmarkedReferents,
} from "./weakrefs.js";

/** The thread-state VM slot that holds the thread's stack segment. */
export const SLOT_SEGMENT = 0;

export function safepoint(th: Thread): void {
  refreshViews(th.heap);
  if (th.ts !== undefined) serviceEvalBreaker(th);
  if (th.gcStress || th.collectionDue()) collectGarbage(th);
}

/** Hands the GIL over when asked, then raises what interrupts this thread. */
function serviceEvalBreaker(th: Thread): void {
  flushInstructionCount(th);
  const bits = evalBreakerCheck(th.ts);
  if (bits === 0) return;
  if ((bits & GC_SCHEDULED) !== 0 && takeCollectionRequest(th.ts)) collectGarbage(th);
  if ((bits & SIGNALS_PENDING) !== 0 && takeKeyboardInterrupt(th.ts)) raiseException(th, "KeyboardInterrupt", "");
  if ((bits & ASYNC_EXCEPTION) !== 0) {
    const exc = takeAsyncException(th.ts);
    if (exc !== 0) raiseObject(th, exc, 0);
  }
}

export function collectGarbage(th: Thread): CollectionStats {
  const stats = collectWorldStopped(th);
  // With the world running again: __del__ of what the collection found dead,
  // then, for what __del__ left unreachable, the clearing of its weak
  // references (src/vm/weakrefs.ts: CPython's order for `del obj`). An object
  // kept alive by one whose __del__ ran may have a __del__ of its own: each
  // round finalizes more, and no object is finalized twice.
  for (let round = 0; ; round++) {
    // Asked now: collections that __del__ itself runs into answer for their own.
    const followUp = takeFollowUp();
    runPendingFinalizers(th);
    if (!followUp || round === MAX_FOLLOW_UPS) break;
    collectWorldStopped(th);
  }
  // Then the callbacks of the weak references cleared.
  runPendingCallbacks(th);
  return stats;
}

/** How many collections may follow one, for chains of objects with __del__ that weak references point at. */
const MAX_FOLLOW_UPS = 16;

function collectWorldStopped(th: Thread): CollectionStats {
  // Without the GIL other threads run on: park them first (stop the world).
  const stopWorld = th.ts !== undefined && !gilEnabled(th.heap);
  if (stopWorld) requestStopTheWorld(th.ts);
  try {
    return collectStopped(th);
  } finally {
    if (stopWorld) resumeTheWorld(th.ts);
  }
}

/** Collections made for finalizers: how many, the time they took, and when this worker started. */
let promptCount = 0;
let promptMs = 0;
const startedAt = performance.now();
/** The first collections made for finalizers always run (so short programs behave the same on any machine)... */
const PROMPT_FREE_COUNT = 200;
/** ... and then at most this share of the run time goes to them. */
const PROMPT_SHARE = 0.25;

/**
 * A reference to an object with __del__ was just dropped: collect now, so
 * that __del__ runs where CPython's reference counting would run it (the
 * caller has saved its frame). Past the time budget, the next ordinary
 * collection finds the object instead.
 */
export function collectForFinalizer(th: Thread): void {
  const now = performance.now();
  if (promptCount >= PROMPT_FREE_COUNT && promptMs > PROMPT_SHARE * (now - startedAt)) return;
  collectGarbage(th);
  promptCount++;
  promptMs += performance.now() - now;
}

function collectStopped(th: Thread): CollectionStats {
  const heap = th.heap;
  const stats = collect(heap, (mark) => {
    for (const segment of liveSegments(th)) {
      mark(segment);
      const view = segment === th.segmentBlock ? th : new Thread(heap, segment);
      visitThreadRoots(view, (word) => mark(heap.i32[word]!));
    }
  }, (phase) => {
    markPendingCallbacks(heap.i32, phase);
    const dying = unmarkedReferents(heap.i32, phase);
    findGarbageWithFinalizers(heap.i32, phase);
    clearDeadReferents(heap.i32, phase, dying);
  });
  if (th.verifyHeap) {
    const problems = verifyHeap(heap);
    if (problems.length > 0) {
      writeText(STDERR, `pygil: heap verification failed after a collection:\n${problems.slice(0, 20).join("\n")}\n`);
      process.exit(70);
    }
  }
  return stats;
}

/** The stack segments of every thread that has not finished (this one's included, registered or not). */
function liveSegments(th: Thread): Set<number> {
  const segments = new Set<number>([th.segmentBlock]);
  const addresses = threadStateAddresses(th.heap);
  const i32 = th.heap.i32;
  for (const addr of addresses) {
    const segment = i32[addr + TS_VM_SLOTS + SLOT_SEGMENT]!;
    if (segment !== 0 && Atomics.load(i32, addr + TS_STATUS) !== STATUS_FINISHED) segments.add(segment);
  }
  return segments;
}
