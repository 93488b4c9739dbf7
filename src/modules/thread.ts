// The _thread module: starting threads, locks, thread identity.
//
// start_new_thread makes the new thread's state in the heap (with the GIL
// held: it allocates), keeps the function and its arguments in the state's
// VM slots (roots of the collector until the thread has taken them), and
// asks the supervisor for a worker to run it (src/runtime/thread-runner.ts).
// It returns at once, as CPython's does; threading.Thread.start waits for
// the thread to signal that it runs.
//
// Locks are src/objects/lock.ts; a wait for one releases the GIL
// (src/vm/blocking.ts).

import { localType } from "./thread-local.js";
import { FALSE, LOCK_COUNT, NONE, TRUE, TUPLE_ITEMS, TYPE_DICT } from "../heap/layout.js";
import { freeLock, lockHolder, lockWord, newLock, tryTakeLock } from "../objects/lock.js";
import { TypeId } from "../objects/type-ids.js";
import { requestThreadStart } from "../runtime/thread-start.js";
import {
  createThreadState, findThreadState, noteRelease, requestKeyboardInterrupt, setThreadName, setVmSlot,
  startLiveThread,
} from "../threads/index.js";
import { G_LIVE_THREADS } from "../threads/layout.js";
import { waitForLock } from "../vm/blocking.js";
import type { Keywords } from "../vm/calls.js";
import { raiseException } from "../vm/exceptions.js";
import { floatOf, fromNumber, newFloat } from "../vm/int-values.js";
import { builtinType, dictSetStr, internStr, isDict, isStr, newDict, newString, newTuple, typeById, typeNameOf } from "../vm/model.js";
import { isTuple } from "../vm/model.js";
import { isNumber } from "../vm/numbers.js";
import { isTrue } from "../vm/operators.js";
import type { Thread } from "../vm/thread.js";
import { registerNativeModule } from "../vm/imports.js";
import { arity, indexArgument, keywordMap } from "./args.js";
import { isCallable } from "./builtins-functions.js";
import { newModule } from "./builtins.js";
import { installModuleFunctions, moduleFunction, typeMethod } from "./registry.js";
import { registerConstructor } from "../vm/call-native.js";

const THREAD = "_thread";

/** CPython's TIMEOUT_MAX on Linux. */
const TIMEOUT_MAX = 9223372036.0;

/** The thread-state VM slots that carry a new thread's work to its worker. */
export const SLOT_FUNCTION = 1;
export const SLOT_ARGS = 2;
export const SLOT_KWARGS = 3;

// ---------------------------------------------------------------------------
// Starting threads

function startNewThread(th: Thread, args: number[], kw: Keywords | null): number {
  if (kw !== null && kw.names.length > 0) raiseException(th, "TypeError", "start_new_thread() takes no keyword arguments");
  arity(th, "start_new_thread", args, 2, 3);
  const [func, argTuple, kwargs = 0] = args as [number, number, number?];
  if (!isCallable(th, func)) raiseException(th, "TypeError", "first arg must be callable");
  if (!isTuple(th, argTuple)) raiseException(th, "TypeError", "2nd arg must be a tuple");
  if (kwargs !== 0 && !isDict(th, kwargs)) raiseException(th, "TypeError", "optional 3rd arg must be a dictionary");
  const ts = createThreadState(th.heap);
  setVmSlot(ts, SLOT_FUNCTION, func);
  setVmSlot(ts, SLOT_ARGS, argTuple);
  setVmSlot(ts, SLOT_KWARGS, kwargs);
  startLiveThread(th.heap);
  requestThreadStart(ts.addr);
  return fromNumber(th, ts.id);
}

moduleFunction(THREAD, "start_new_thread", startNewThread);
moduleFunction(THREAD, "start_new", startNewThread);

moduleFunction(THREAD, "get_ident", (th) => fromNumber(th, th.ts.id));
moduleFunction(THREAD, "get_native_id", (th) => fromNumber(th, nativeId(th)));
moduleFunction(THREAD, "_get_main_thread_ident", (th) => fromNumber(th, 1));
moduleFunction(THREAD, "_count", (th) => fromNumber(th, Math.max(Atomics.load(th.heap.i32, G_LIVE_THREADS) - 1, 0)));
moduleFunction(THREAD, "daemon_threads_allowed", () => TRUE);
moduleFunction(THREAD, "_is_main_interpreter", () => TRUE);
moduleFunction(THREAD, "exit", (th) => raiseException(th, "SystemExit", ""));
moduleFunction(THREAD, "exit_thread", (th) => raiseException(th, "SystemExit", ""));

/** An id like the OS thread id: the process id for the main thread, distinct numbers for the others. */
function nativeId(th: Thread): number {
  return th.ts.id === 1 ? process.pid : process.pid + th.ts.id - 1;
}

/** Names the running thread (CPython 3.14's _thread.set_name); the deadlock report shows the name. */
moduleFunction(THREAD, "set_name", (th, args) => {
  arity(th, "set_name", args, 1, 1);
  if (!isStr(th, args[0]!)) raiseException(th, "TypeError", `set_name() argument must be str, not ${typeNameOf(th, args[0]!)}`);
  setThreadName(th.ts, args[0]!);
  return NONE;
});

moduleFunction(THREAD, "interrupt_main", (th) => {
  const main = findThreadState(th.heap, 1);
  if (main !== undefined) requestKeyboardInterrupt(main);
  return NONE;
});

/** What stack_size() reports; workers' stacks do not change with it. */
let stackSize = 0;
moduleFunction(THREAD, "stack_size", (th, args) => {
  arity(th, "stack_size", args, 0, 1);
  const old = stackSize;
  if (args.length === 1) {
    const size = indexArgument(th, args[0]!);
    if (size !== 0 && size < 32768) raiseException(th, "ValueError", `size not valid: ${size} bytes`);
    stackSize = size;
  }
  return fromNumber(th, old);
});

// ---------------------------------------------------------------------------
// Locks

moduleFunction(THREAD, "allocate_lock", (th) => newLock(th.heap, TypeId.lock));
moduleFunction(THREAD, "allocate", (th) => newLock(th.heap, TypeId.lock));
registerConstructor(TypeId.lock, (th) => newLock(th.heap, TypeId.lock));
registerConstructor(TypeId.RLock, (th, type) => newLock(th.heap, TypeId.RLock, type));

/** acquire(blocking=True, timeout=-1)'s arguments: the timeout in seconds, Infinity for none, -1 for non-blocking. */
function acquireTimeout(th: Thread, args: number[], kw: Keywords | null): number {
  const given = keywordMap(th, "acquire", kw, ["blocking", "timeout"]);
  if (args.length > 3) raiseException(th, "TypeError", `acquire() takes at most 2 arguments (${args.length - 1} given)`);
  const blockingArg = args[1] ?? given.get("blocking");
  const timeoutArg = args[2] ?? given.get("timeout");
  const blocking = blockingArg === undefined || isTrue(th, blockingArg);
  let timeout = -1;
  if (timeoutArg !== undefined) {
    if (!isNumber(th, timeoutArg)) {
      raiseException(th, "TypeError", `'${typeNameOf(th, timeoutArg)}' object cannot be interpreted as an integer`);
    }
    timeout = floatOf(th, timeoutArg);
  }
  if (!blocking && timeout !== -1) raiseException(th, "ValueError", "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) raiseException(th, "ValueError", "timeout value must be a non-negative number");
  if (timeout > TIMEOUT_MAX) raiseException(th, "OverflowError", "timestamp out of range for platform time_t");
  if (!blocking) return -1;
  return timeout === -1 ? Infinity : timeout;
}

/** Takes `lock` for `holder`, waiting as `timeout` says; whether it was taken. */
function takeLock(th: Thread, lock: number, holder: number, timeout: number): boolean {
  const i32 = th.heap.i32;
  if (tryTakeLock(i32, lock, holder)) return true;
  if (timeout === -1) return false;
  return waitForLock(th, lockWord(lock), () => tryTakeLock(i32, lock, holder), timeout);
}

function lockAcquire(th: Thread, args: number[], kw: Keywords | null): number {
  return takeLock(th, args[0]!, 1, acquireTimeout(th, args, kw)) ? TRUE : FALSE;
}

function lockRelease(th: Thread, args: number[]): number {
  const lock = args[0]!;
  if (lockHolder(th.heap.i32, lock) === 0) raiseException(th, "RuntimeError", "release unlocked lock");
  freeLock(th.heap.i32, lock);
  noteRelease(th.heap);
  return NONE;
}

const L = TypeId.lock;
for (const name of ["acquire", "acquire_lock", "__enter__"]) typeMethod(L, name, lockAcquire);
for (const name of ["release", "release_lock"]) typeMethod(L, name, lockRelease);
typeMethod(L, "__exit__", (th, args) => lockRelease(th, args));
for (const name of ["locked", "locked_lock"]) {
  typeMethod(L, name, (th, args) => (lockHolder(th.heap.i32, args[0]!) !== 0 ? TRUE : FALSE));
}
typeMethod(L, "_at_fork_reinit", (th, args) => {
  freeLock(th.heap.i32, args[0]!);
  return NONE;
});

// RLock: the owner's id in the state word, the depth in LOCK_COUNT.

function rlockAcquire(th: Thread, args: number[], kw: Keywords | null): number {
  const lock = args[0]!;
  const timeout = acquireTimeout(th, args, kw);
  const i32 = th.heap.i32;
  if (lockHolder(i32, lock) === th.ts.id) {
    i32[lock + LOCK_COUNT]! += 1;
    return TRUE;
  }
  if (!takeLock(th, lock, th.ts.id, timeout)) return FALSE;
  th.heap.i32[lock + LOCK_COUNT] = 1;
  return TRUE;
}

function rlockRelease(th: Thread, args: number[]): number {
  const lock = args[0]!;
  const i32 = th.heap.i32;
  if (lockHolder(i32, lock) !== th.ts.id) raiseException(th, "RuntimeError", "cannot release un-acquired lock");
  if (--i32[lock + LOCK_COUNT]! === 0) {
    freeLock(i32, lock);
    noteRelease(th.heap);
  }
  return NONE;
}

const R = TypeId.RLock;
for (const name of ["acquire", "__enter__"]) typeMethod(R, name, rlockAcquire);
typeMethod(R, "release", rlockRelease);
typeMethod(R, "__exit__", (th, args) => rlockRelease(th, args));
typeMethod(R, "_is_owned", (th, args) => (lockHolder(th.heap.i32, args[0]!) === th.ts.id ? TRUE : FALSE));
typeMethod(R, "_recursion_count", (th, args) => {
  const i32 = th.heap.i32;
  return fromNumber(th, lockHolder(i32, args[0]!) === th.ts.id ? i32[args[0]! + LOCK_COUNT]! : 0);
});
typeMethod(R, "_release_save", (th, args) => {
  const lock = args[0]!;
  const i32 = th.heap.i32;
  if (lockHolder(i32, lock) !== th.ts.id) raiseException(th, "RuntimeError", "cannot release un-acquired lock");
  const saved = newTuple(th, [fromNumber(th, i32[lock + LOCK_COUNT]!), fromNumber(th, th.ts.id)]);
  th.heap.i32[lock + LOCK_COUNT] = 0;
  freeLock(th.heap.i32, lock);
  noteRelease(th.heap);
  return saved;
});
typeMethod(R, "_acquire_restore", (th, args) => {
  const lock = args[0]!;
  const saved = args[1]!;
  if (!isTuple(th, saved)) raiseException(th, "TypeError", "_acquire_restore() argument must be a tuple");
  const count = th.heap.i32[saved + TUPLE_ITEMS]!;
  takeLock(th, lock, th.ts.id, Infinity);
  th.heap.i32[lock + LOCK_COUNT] = count >> 1;
  return NONE;
});
typeMethod(R, "_at_fork_reinit", (th, args) => {
  th.heap.i32[args[0]! + LOCK_COUNT] = 0;
  freeLock(th.heap.i32, args[0]!);
  return NONE;
});

// ---------------------------------------------------------------------------
// The module

registerNativeModule(THREAD, (th: Thread) => {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    const module = newModule(th, THREAD, dict);
    th.pushRoot(module);
    installModuleFunctions(th, THREAD, dict, module);
    th.popRoots(1);
    const set = (name: string, value: number) => dictSetStr(th, dict, internStr(th, name), value);
    const lockType = typeById(th, TypeId.lock);
    set("LockType", lockType);
    set("lock", lockType);
    set("RLock", typeById(th, TypeId.RLock));
    set("_local", localType(th));
    set("error", builtinType(th, "RuntimeError"));
    set("TIMEOUT_MAX", newFloat(th, TIMEOUT_MAX));
    for (const type of [lockType, typeById(th, TypeId.RLock)]) {
      dictSetStr(th, th.heap.i32[type + TYPE_DICT]!, internStr(th, "__module__"), newString(th, THREAD));
    }
    return module;
  } finally {
    th.popRoots(1);
  }
});
