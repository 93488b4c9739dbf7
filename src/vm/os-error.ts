// OSError's constructor and str, as CPython's oserror_init and OSError_str.
//
// OSError(errno, strerror[, filename[, winerror[, filename2]]]) sets the
// errno, strerror, filename and filename2 attributes (None when absent);
// with a filename, args keeps only (errno, strerror). Called as OSError
// itself with a known errno, it makes the matching subclass instead:
// OSError(2, "x") is a FileNotFoundError. str() is then
// "[Errno 2] x: 'name'" rather than the args tuple.

import { allocate } from "../heap/alloc.js";
import { EXC_ARGS, NONE, TYPE_INSTANCE_WORDS } from "../heap/layout.js";
import type { Thread } from "./thread.js";
import { builtinType, dictGetStr, dictSetStr, ensureInstanceDict, instanceDictOf, internStr, isSubtype, newTuple, tupleItems } from "./model.js";

/** CPython's errno-to-subclass table (Objects/exceptions.c, _PyExc_InitState), for Linux errno values. */
const SUBCLASS_BY_ERRNO = new Map<number, string>([
  [11, "BlockingIOError"], [114, "BlockingIOError"], [115, "BlockingIOError"], [10, "ChildProcessError"],
  [32, "BrokenPipeError"], [108, "BrokenPipeError"], [103, "ConnectionAbortedError"], [111, "ConnectionRefusedError"],
  [104, "ConnectionResetError"], [17, "FileExistsError"], [2, "FileNotFoundError"], [21, "IsADirectoryError"],
  [20, "NotADirectoryError"], [4, "InterruptedError"], [13, "PermissionError"], [1, "PermissionError"],
  [3, "ProcessLookupError"], [110, "TimeoutError"],
]);

export function isOsErrorType(th: Thread, type: number): boolean {
  return isSubtype(th, type, builtinType(th, "OSError"));
}

/** A new instance of OSError or a subclass, initialised from the constructor's arguments. */
export function newOsError(th: Thread, type: number, args: readonly number[]): number {
  const withAttributes = args.length >= 2 && args.length <= 5;
  if (withAttributes && type === builtinType(th, "OSError") && (args[0]! & 1) === 1) {
    const sub = SUBCLASS_BY_ERRNO.get(args[0]! >> 1);
    if (sub !== undefined) type = builtinType(th, sub);
  }
  const filename = withAttributes && args.length >= 3 ? args[2]! : NONE;
  const kept = filename !== NONE ? args.slice(0, 2) : args;
  const argsTuple = newTuple(th, kept);
  th.pushRoot(argsTuple);
  try {
    const exc = allocate(th.heap, th.heap.i32[type + TYPE_INSTANCE_WORDS]!, type);
    th.heap.i32[exc + EXC_ARGS] = argsTuple;
    th.pushRoot(exc);
    try {
      const dict = ensureInstanceDict(th, exc);
      const set = (name: string, v: number) => dictSetStr(th, dict, internStr(th, name), v);
      set("errno", withAttributes ? args[0]! : NONE);
      set("strerror", withAttributes ? args[1]! : NONE);
      set("filename", filename);
      set("filename2", withAttributes && args.length === 5 ? args[4]! : NONE);
      return exc;
    } finally {
      th.popRoots(1);
    }
  } finally {
    th.popRoots(1);
  }
}

/** str() of an OSError whose constructor set errno and strerror, or null to use BaseException's. */
export function osErrorStr(th: Thread, exc: number, str: (v: number) => string, repr: (v: number) => string): string | null {
  const dict = instanceDictOf(th, exc);
  if (dict === 0) return null;
  const get = (name: string) => dictGetStr(th, dict, internStr(th, name));
  const errno = get("errno");
  const strerror = get("strerror");
  const filename = get("filename");
  const filename2 = get("filename2");
  if (errno === 0 || strerror === 0) return null;
  if (filename !== 0 && filename !== NONE) {
    const second = filename2 !== 0 && filename2 !== NONE ? ` -> ${repr(filename2)}` : "";
    return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(filename)}${second}`;
  }
  const n = tupleItems(th, th.heap.i32[exc + EXC_ARGS]!).length;
  if (n < 2 || n > 5) return null;
  return `[Errno ${str(errno)}] ${str(strerror)}`;
}
