// Threads' public face: thread states (thread-state.ts), the GIL (gil.ts),
// interrupts (interrupts.ts), stop-the-world (stop-the-world.ts) and the
// statistics report (stats.ts). Each file's opening comment documents its
// part of the API. How the pieces fit a Python thread's life:
//
//   supervisor   heap = createHeap(); setGilEnabled(heap, !disableGil);
//                main = createThreadState(heap, name) before any worker runs;
//                send main.addr to the main worker.
//                On SIGINT: requestKeyboardInterrupt(threadStateAt(heap, mainAddr)).
//                If a worker dies without exitThread: reclaimThread(heap, addr).
//                At exit: gilReport(heap) for --gil-stats.
//   worker       ts = bindThreadState(heap, addr); attach(ts); run Python;
//                exitThread(ts) at the end, whatever the outcome.
//   the loop     at RESUME and JUMP_BACKWARD: `if (evalBreakerCheck(ts) !== 0)`
//                act on the bits returned (takeKeyboardInterrupt,
//                takeAsyncException, takeCollectionRequest);
//                count instructions with addInstructions(ts, n) in batches.
//   blocking     detach(ts); block; attach(ts). Never touch the heap while
//                detached. time.sleep: detach(ts); const cut =
//                sleepInterruptibly(ts, seconds); attach(ts); if cut, the
//                next evalBreakerCheck (or the bits directly) says why.
//   new thread   the parent, holding the GIL: createThreadState(heap, name),
//                then ask the supervisor for a worker to run it.
//   sys          setswitchinterval/getswitchinterval: setSwitchInterval,
//                getSwitchInterval; _is_gil_enabled: gilEnabled(heap).
//   collection   free-threaded: requestStopTheWorld(ts); collect;
//                resumeTheWorld(ts). With the GIL, the holder is the only
//                thread touching the heap, so it collects without stopping anyone.

export { nowNs } from "./clock.js";
export {
  attach, detach, dropGil, evalBreakerCheck, exitThread, getSwitchInterval, gilEnabled, gilHolder, gilSwitchNumber,
  lockWaitDetached,
  reclaimThread, setGilEnabled, setSwitchInterval, takeGil,
} from "./gil.js";
export {
  requestKeyboardInterrupt, scheduleCollection, setAsyncException, sleepInterruptibly, takeAsyncException,
  takeCollectionRequest, takeKeyboardInterrupt,
} from "./interrupts.js";
export {
  ASYNC_EXCEPTION, GC_SCHEDULED, GIL_DROP_REQUEST, PLEASE_STOP, SIGNALS_PENDING, STATUS_ATTACHED, STATUS_DETACHED,
  STATUS_FINISHED, STATUS_SUSPENDED, TS_VM_SLOT_COUNT, VM_BREAKER_BITS,
} from "./layout.js";
export { type GilReport, gilReport } from "./stats.js";
export {
  deadlockReported, finishLiveThread, noteRelease, startLiveThread, waitForWord, WaitOutcome,
} from "./waiting.js";
export { requestStopTheWorld, resumeTheWorld, worldStopped } from "./stop-the-world.js";
export {
  addInstructions, allThreadStates, allThreadStats, bindThreadState, createThreadState, findThreadState,
  finishThreadState, isGilHolder, setThreadName, setVmSlot, threadName, threadStateAddresses, threadStateAt,
  threadStats, ThreadState, type ThreadStats, threadStatus, vmSlot,
} from "./thread-state.js";
export { flushTrace, type TraceInterval, traceInterval, type TraceKind, traceSink, traceState } from "./trace.js";
