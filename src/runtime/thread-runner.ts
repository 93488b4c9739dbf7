// A Python thread started by _thread.start_new_thread, on a pooled worker.
//
// The worker binds the thread state it was handed, attaches (taking the
// GIL), puts its stack segment in the state (so the collector finds the
// thread's frames), calls the function with the arguments the state carries,
// and ends the thread whatever happens: an exception other than SystemExit
// is reported as CPython's _thread does ("Exception ignored in thread
// started by ..."), then the thread detaches for good.
//
// A worker keeps one stack segment for all the threads it runs, one after
// the other; finished thread states may still point at it, which keeps it
// alive, and the collector only walks the segments of unfinished threads.

import { dropThreadDicts } from "../modules/thread-local.js";
import { allocate } from "../heap/alloc.js";
import type { Heap } from "../heap/heap.js";
import { BLOCK_RAW } from "../heap/layout.js";
import type { RunOptions } from "../cli/options.js";
import { SLOT_ARGS, SLOT_FUNCTION, SLOT_KWARGS } from "../modules/thread.js";
import { attach, bindThreadState, lockWaitDetached, exitThread, finishLiveThread, setVmSlot, vmSlot, type ThreadState } from "../threads/index.js";
import { callValue } from "../vm/calls.js";
import { flushInstructionCount } from "../vm/blocking.js";
import { PyRaise, toPyException } from "../vm/exceptions.js";
import {
  builtinType, dictSetStr, ensureInstanceDict, internStr, isSubtype, newDict, newString, typeOfValue,
} from "../vm/model.js";
import { getAttr } from "../vm/attributes.js";
import { callObject } from "../vm/calls.js";
import { allocateInstance } from "../vm/call-native.js";
import { newHeapType } from "../objects/heap-type.js";
import { EXC_TRACEBACK, NONE } from "../heap/layout.js";
import { getRoot, ROOT_SYS_MODULE } from "../vm/vm-roots.js";
import { reprOf } from "../vm/repr.js";
import { SLOT_SEGMENT } from "../vm/safepoint.js";
import { Thread } from "../vm/thread.js";
import { formatException } from "../vm/traceback.js";
import { writeText, STDERR } from "./output.js";
import { parseForTraceback } from "./traceback-parse.js";

/** Words in a pooled thread's stack segment: room for the default recursion limit many times over. */
const THREAD_SEGMENT_WORDS = 2 ** 18;

let segment = 0;

/** Runs the thread whose state is at `addr` to its end. */
export function runThread(heap: Heap, addr: number, options: RunOptions): void {
  const ts = bindThreadState(heap, addr);
  heap.onLockWait = (wait) => lockWaitDetached(ts, wait);
  attach(ts);
  const th = threadOn(heap, ts, options);
  try {
    callValue(th, vmSlot(ts, SLOT_FUNCTION), vmSlot(ts, SLOT_ARGS), vmSlot(ts, SLOT_KWARGS));
  } catch (err) {
    reportUnhandled(th, err);
  } finally {
    endThreadLocals(th);
    for (const slot of [SLOT_FUNCTION, SLOT_ARGS, SLOT_KWARGS]) setVmSlot(ts, slot, 0);
    flushInstructionCount(th);
    finishLiveThread(heap);
    exitThread(ts);
  }
}

/** Drops the thread's attribute dicts from every threading.local; a failure there is reported, not thrown. */
function endThreadLocals(th: Thread): void {
  try {
    dropThreadDicts(th);
  } catch (err) {
    reportUnhandled(th, err);
  }
}

/** This worker's Thread handle, on its reused segment, for the state `ts`. */
function threadOn(heap: Heap, ts: ThreadState, options: RunOptions): Thread {
  if (segment === 0) segment = allocate(heap, THREAD_SEGMENT_WORDS, BLOCK_RAW);
  const th = new Thread(heap, segment, THREAD_SEGMENT_WORDS);
  th.ts = ts;
  th.gcStress = options.gcStress;
  th.verifyHeap = options.verifyHeap;
  th.gilEnabled = options.gil;
  setVmSlot(ts, SLOT_SEGMENT, segment);
  return th;
}

/**
 * An exception escaping the thread's function goes to sys.unraisablehook, as
 * in CPython (SystemExit ends the thread quietly). If the hook itself fails,
 * the report goes straight to the process's stderr.
 */
function reportUnhandled(th: Thread, err: unknown): void {
  const exc = (err instanceof PyRaise ? err : toPyException(th, err)).exc;
  th.pushRoot(exc);
  if (isSubtype(th, typeOfValue(th, exc), builtinType(th, "SystemExit"))) return;
  const errMsg = `Exception ignored in thread started by ${reprOf(th, vmSlot(th.ts, SLOT_FUNCTION))}`;
  try {
    const hook = getAttr(th, getRoot(th, ROOT_SYS_MODULE), internStr(th, "unraisablehook"));
    th.pushRoot(hook);
    callObject(th, hook, [unraisableArgs(th, exc, errMsg)]);
  } catch {
    writeText(STDERR, `${errMsg}:\n${formatException(th, exc, parseForTraceback)}`);
  }
}

/** The argument of sys.unraisablehook: exc_type, exc_value, exc_traceback, err_msg and object (None here). */
function unraisableArgs(th: Thread, exc: number, errMsg: string): number {
  const dict = newDict(th);
  th.pushRoot(dict);
  const type = newHeapType(th.heap, "UnraisableHookArgs", [], dict);
  th.pushRoot(type);
  const args = allocateInstance(th, type, [], null);
  th.pushRoot(args);
  const attrs = ensureInstanceDict(th, args);
  const set = (name: string, value: number) => dictSetStr(th, attrs, internStr(th, name), value);
  set("exc_type", typeOfValue(th, exc));
  set("exc_value", exc);
  set("exc_traceback", th.heap.i32[exc + EXC_TRACEBACK]! || NONE);
  set("err_msg", newString(th, errMsg));
  set("object", NONE);
  return args;
}
