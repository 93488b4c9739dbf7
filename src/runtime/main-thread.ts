// Python's main thread, on its worker: boots the interpreter in the heap
// (builtins, sys, sys.modules, __main__), runs the module, and turns how it
// ended into an exit status: 0, SystemExit's code, or 1 after printing the
// traceback of an uncaught exception.

import { finalizeAtExit } from "../vm/finalizers.js";
import type { Heap } from "../heap/heap.js";
import { NONE } from "../heap/layout.js";
import { installTypeMethods } from "../modules/registry.js";
import { makeBuiltinsModule } from "../modules/builtins.js";
import { makeSysModule } from "../modules/sys.js";
import "../modules/time.js";
import "../modules/gc.js";
import "../modules/hashlib.js";
import "../modules/struct-floats.js";
import "../modules/buffer.js";
import "../modules/jsre.js";
import "../modules/unicodedata-native.js";
import "../modules/math.js";
import "../modules/math-extra.js";
import "../modules/thread.js";
import "../modules/os.js";
import "../modules/weakref.js";
import { newModule } from "../modules/builtins.js";
import { dictGetStr, dictSetStr, internStr, newDict, typeOfValue, isSubtype, builtinType, newString } from "../vm/model.js";
import { EXC_ARGS, MODULE_DICT, TUPLE_ITEMS, TUPLE_LENGTH } from "../heap/layout.js";
import { PyRaise, toPyException } from "../vm/exceptions.js";
import { newThread, runCode } from "../vm/run-code.js";
import { attach, detach, bindThreadState, lockWaitDetached, createThreadState, setThreadName, setVmSlot, startLiveThread } from "../threads/index.js";
import { SLOT_SEGMENT } from "../vm/safepoint.js";
import { getAttrOrZero } from "../vm/attributes.js";
import { callObject } from "../vm/calls.js";
import { flushInstructionCount } from "../vm/blocking.js";
import type { Thread } from "../vm/thread.js";
import {
  ROOT_BUILTINS_DICT, ROOT_BUILTINS_MODULE, ROOT_MAIN_MODULE, ROOT_SYS_MODULE, ROOT_SYS_MODULES, setRoot, getRoot,
} from "../vm/vm-roots.js";
import { formatException, registerSource, systemExitStatus } from "../vm/traceback.js";
import { installSysPath, prepareMainModule } from "../vm/import-setup.js";
import { writeText, STDERR } from "./output.js";
import type { MainThreadData, ProgramMessage } from "./protocol.js";
import { interactiveLoop, type PromptChannel } from "./repl-loop.js";
import { parseForTraceback } from "./traceback-parse.js";

function boot(th: Thread, argv: string[]): void {
  setRoot(th, ROOT_SYS_MODULES, newDict(th));
  installTypeMethods(th);
  const builtins = makeBuiltinsModule(th);
  setRoot(th, ROOT_BUILTINS_MODULE, builtins);
  setRoot(th, ROOT_BUILTINS_DICT, th.heap.i32[builtins + MODULE_DICT]!);
  const sys = makeSysModule(th, argv);
  setRoot(th, ROOT_SYS_MODULE, sys);
  const modules = getRoot(th, ROOT_SYS_MODULES);
  dictSetStr(th, modules, internStr(th, "builtins"), builtins);
  dictSetStr(th, modules, internStr(th, "sys"), sys);
}

function makeMain(th: Thread, filename: string): number {
  const dict = newDict(th);
  setRoot(th, ROOT_MAIN_MODULE, dict);
  const main = newModule(th, "__main__", dict);
  setRoot(th, ROOT_MAIN_MODULE, main);
  const set = (name: string, value: number) => dictSetStr(th, dict, internStr(th, name), value);
  set("__builtins__", getRoot(th, ROOT_BUILTINS_MODULE));
  set("__doc__", NONE);
  if (filename !== "<string>" && filename !== "<stdin>") set("__file__", newString(th, filename));
  dictSetStr(th, getRoot(th, ROOT_SYS_MODULES), internStr(th, "__main__"), main);
  return dict;
}

/** Python's main thread: the first thread state (id 1), attached, with the GIL. */
function startMainThread(heap: Heap, data: MainThreadData): Thread {
  const ts = bindThreadState(heap, createThreadState(heap).addr);
  heap.onLockWait = (wait) => lockWaitDetached(ts, wait);
  startLiveThread(heap);
  attach(ts);
  const th = newThread(heap);
  th.ts = ts;
  th.gcStress = data.options.gcStress;
  th.verifyHeap = data.options.verifyHeap;
  th.gilEnabled = data.options.gil;
  setVmSlot(ts, SLOT_SEGMENT, th.segmentBlock);
  return th;
}

/**
 * Runs the program's module, then, with -i (or without a program), the
 * interactive prompt through `prompt`; returns the exit status.
 */
export async function runMainModule(
  heap: Heap, program: ProgramMessage, prompt: Omit<PromptChannel, "report">,
): Promise<number> {
  const th = startMainThread(heap, program);
  registerSource(program.filename, program.source);
  let status = 0;
  let exited = false;
  let globals = 0;
  try {
    boot(th, program.argv);
    setThreadName(th.ts, newString(th, "MainThread"));
    installSysPath(th, program.filename, program.options.mainModule);
    globals = makeMain(th, program.filename);
    prepareMainModule(th, globals, program.options.mainModule);
    runCode(th, program.code, globals, getRoot(th, ROOT_BUILTINS_DICT), globals);
  } catch (err) {
    status = await reportRaised(th, err);
    exited = isSystemExit(th, err);
  }
  if (program.options.inspect && !exited && globals !== 0) {
    const ended = await interactiveLoop(th, globals, { ...prompt, report: (err) => reportRaised(th, err) });
    status = ended ?? 0;
  }
  // As in CPython, the non-daemon threads are joined after the main module
  // ended, even when it raised.
  const shutdownStatus = await joinThreads(th);
  await runExitFunctions(th);
  // As CPython at shutdown: __del__ of the objects still alive.
  finalizeAtExit(th);
  flushInstructionCount(th);
  // The main thread's last stretch with the GIL ends here, for the statistics and the trace.
  detach(th.ts);
  return shutdownStatus ?? status;
}

function isSystemExit(th: Thread, err: unknown): boolean {
  if (!(err instanceof PyRaise)) return false;
  return isSubtype(th, typeOfValue(th, err.exc), builtinType(th, "SystemExit"));
}

async function reportRaised(th: Thread, err: unknown): Promise<number> {
  const raised = err instanceof PyRaise ? err : toPyException(th, err);
  th.pushRoot(raised.exc);
  const status = reportUncaught(th, raised.exc);
  th.popRoots(1);
  return status;
}

/**
 * threading._shutdown(), when the program imported threading: waits for
 * the non-daemon threads. Returns an exit status only when it was
 * interrupted (Ctrl-C while waiting) or raised SystemExit.
 */
async function joinThreads(th: Thread): Promise<number | undefined> {
  const threading = dictGetStr(th, getRoot(th, ROOT_SYS_MODULES), internStr(th, "threading"));
  if (threading === 0) return undefined;
  try {
    const shutdown = getAttrOrZero(th, threading, internStr(th, "_shutdown"));
    if (shutdown !== 0) callObject(th, shutdown, []);
    return undefined;
  } catch (err) {
    return reportRaised(th, err);
  }
}

/** atexit._run_exitfuncs(), when the program imported atexit: the registered exit functions, last first. */
async function runExitFunctions(th: Thread): Promise<void> {
  const atexit = dictGetStr(th, getRoot(th, ROOT_SYS_MODULES), internStr(th, "atexit"));
  if (atexit === 0) return;
  try {
    const run = getAttrOrZero(th, atexit, internStr(th, "_run_exitfuncs"));
    if (run !== 0) callObject(th, run, []);
  } catch (err) {
    await reportRaised(th, err);
  }
}

/** The status of a program stopped by Ctrl-C: CPython ends by SIGINT, which shells show as 128 + 2. */
const INTERRUPTED_STATUS = 130;

function reportUncaught(th: Thread, exc: number): number {
  const type = typeOfValue(th, exc);
  if (isSubtype(th, type, builtinType(th, "SystemExit"))) {
    const args = th.heap.i32[exc + EXC_ARGS]!;
    const n = th.heap.i32[args + TUPLE_LENGTH]!;
    const code = n === 0 ? NONE : n === 1 ? th.heap.i32[args + TUPLE_ITEMS]! : args;
    return systemExitStatus(th, code, (text) => writeText(STDERR, text));
  }
  writeText(STDERR, formatException(th, exc, parseForTraceback));
  return isSubtype(th, type, builtinType(th, "KeyboardInterrupt")) ? INTERRUPTED_STATUS : 1;
}
