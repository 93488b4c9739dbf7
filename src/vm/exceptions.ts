// Raising, matching and unwinding exceptions.
//
// Inside the VM an exception in flight is a JavaScript throw. Native code
// throws PyError (a built-in exception type's name and message, nothing
// allocated yet), the loop throws PyRaise (an exception object already in the
// heap). The loop's catch turns either into a heap exception (toPyException),
// chains it to the exception being handled (__context__), adds a traceback
// entry for each frame it leaves, and looks the raising instruction up in the
// frame's exception table.

import { AttributeMissingError, CodecError, HeapExhaustedError, NameMissingError, PyError } from "../heap/errors.js";
import { codecException } from "./unicode-error.js";
import {
  CODE_EXCEPTION_TABLE, CODE_LOCALSPLUSNAMES, CODE_NEXCEPTION_ENTRIES, EXC_ARGS, EXC_CAUSE, EXC_CONTEXT,
  EXC_SUPPRESS_CONTEXT, EXC_TRACEBACK, HEADER_WORDS, NONE, TRUE, TUPLE_ITEMS, TUPLE_LENGTH,
} from "../heap/layout.js";
import { F_GLOBALS } from "./frame.js";
import { CO_ASYNC_GENERATOR, CO_COROUTINE } from "../compiler/code.js";
import { CODE_FLAGS } from "../heap/layout.js";
import type { Thread } from "./thread.js";
import {
  builtinType, isExceptionInstance, isExceptionType, isSubtype, isTuple, jsString, newException,
  newTraceback, typeOfValue, typeName, tupleItems, newTuple, internStr, dictGetStr, newString,
} from "./model.js";
import { callObject } from "./calls.js";
import { lookupSpecial, setAttr } from "./attributes.js";
import { isTrue } from "./operators.js";

/** How an exception in flight reaches the frame that catches the throw. */
export const enum Flight {
  /** Just raised: it gets the handled exception as __context__ and a traceback entry. */
  Raised,
  /** Coming out of a nested loop (a call from native code): a traceback entry only. */
  Propagating,
  /** RERAISE or a bare `raise`: its traceback stays as it is. */
  Reraised,
}

/** An exception object in flight. */
export class PyRaise {
  constructor(readonly exc: number, readonly flight: Flight = Flight.Raised) {}
}

/** Raises a new exception of the built-in type `typeName`. */
export function raiseException(_th: Thread, typeName: string, message: string): never {
  throw new PyError(typeName, message);
}

/** Turns whatever was thrown into an exception object in the heap. */
export function toPyException(th: Thread, err: unknown): PyRaise {
  if (err instanceof PyRaise) return err;
  if (err instanceof PyError) {
    const exc = err.argument !== 0
      ? newException(th, err.typeName, [err.argument])
      : newException(th, err.typeName, err.text === "" ? [] : [err.text]);
    if (err instanceof CodecError) return new PyRaise(codecException(th, err));
    if (err instanceof AttributeMissingError) {
      th.pushRoot(exc);
      try {
        setAttr(th, exc, internStr(th, "name"), err.attribute);
        setAttr(th, exc, internStr(th, "obj"), err.target);
      } finally {
        th.popRoots(1);
      }
    }
    if (err instanceof NameMissingError) {
      th.pushRoot(exc);
      try {
        setAttr(th, exc, internStr(th, "name"), newString(th, err.variable));
      } finally {
        th.popRoots(1);
      }
    }
    return new PyRaise(exc);
  }
  if (err instanceof HeapExhaustedError) return new PyRaise(newException(th, "MemoryError", []));
  // An int too large for a BigInt (1 << 10**12) is out of memory, as it is for CPython.
  if (err instanceof RangeError && /BigInt/.test(err.message)) return new PyRaise(newException(th, "MemoryError", []));
  if (err instanceof RangeError && /call stack/.test(err.message)) {
    return new PyRaise(newException(th, "RecursionError", ["maximum recursion depth exceeded"]));
  }
  if (process.env.PYGIL_DEBUG) process.stderr.write(`internal error: ${(err as Error)?.stack ?? String(err)}\n`);
  return new PyRaise(newException(th, "SystemError", [`internal error: ${(err as Error)?.message ?? String(err)}`]));
}

/** Implicit chaining: the exception being handled becomes the new one's __context__. */
export function setContext(th: Thread, exc: number): void {
  const handled = th.handled;
  if (handled === 0 || handled === exc) return;
  // Break a cycle the new context would close, as CPython's _PyErr_SetObject does.
  let o = handled;
  for (let guard = 0; guard < 10000; guard++) {
    const context = th.heap.i32[o + EXC_CONTEXT]!;
    if (context === 0 || context === NONE) break;
    if (context === exc) {
      th.heap.i32[o + EXC_CONTEXT] = 0;
      break;
    }
    o = context;
  }
  th.heap.i32[exc + EXC_CONTEXT] = handled;
}

/**
 * Whether `frame` runs code of a module that sets `__traceback_hidden__`: a
 * module CPython implements in C (warnings, datetime, ...), whose functions
 * never appear in its tracebacks.
 */
function inHiddenModule(th: Thread, frame: number): boolean {
  const globals = th.heap.i32[frame + F_GLOBALS]!;
  if (globals === 0) return false;
  const flag = dictGetStr(th, globals, internStr(th, "__traceback_hidden__"));
  return flag === TRUE;
}

/** Prepends a traceback entry for `frame`, stopped at instruction `lasti`. */
export function addTraceback(th: Thread, exc: number, frame: number, lasti: number): void {
  if (inHiddenModule(th, frame)) return;
  const tb = newTraceback(th, th.heap.i32[exc + EXC_TRACEBACK]!, frame, lasti);
  th.heap.i32[exc + EXC_TRACEBACK] = tb;
}

export interface Handler {
  target: number;
  depth: number;
  lasti: boolean;
}

/** The exception-table entry covering instruction `index` of `code`, if any. */
export function findHandler(th: Thread, code: number, index: number): Handler | null {
  const i32 = th.heap.i32;
  const table = i32[code + CODE_EXCEPTION_TABLE]!;
  const n = i32[code + CODE_NEXCEPTION_ENTRIES]!;
  if (table === 0 || n === 0) return null;
  const base = table + HEADER_WORDS;
  for (let e = 0; e < n; e++) {
    const at = base + 4 * e;
    if (index >= i32[at]! && index < i32[at + 1]!) {
      const word = i32[at + 3]!;
      return { target: i32[at + 2]!, depth: word >> 1, lasti: (word & 1) === 1 };
    }
  }
  return null;
}

/** `except T:` — whether `exc` is an instance of T (a class or a tuple of classes). */
export function exceptionMatches(th: Thread, exc: number, target: number): boolean {
  const classes = isTuple(th, target) ? tupleItems(th, target) : [target];
  for (const c of classes) {
    if (!isExceptionType(th, c)) {
      raiseException(th, "TypeError", "catching classes that do not inherit from BaseException is not allowed");
    }
  }
  const type = typeOfValue(th, exc);
  return classes.some((c) => isSubtype(th, type, c));
}

/** An exception instance from `raise X`: X itself, or X() when X is a class. */
export function instantiateException(th: Thread, value: number, what: "raise" | "cause"): number {
  if (isExceptionType(th, value)) {
    const made = callObject(th, value, []);
    if (!isExceptionInstance(th, made)) {
      raiseException(th, "TypeError", `calling ${typeName(th, value)} should have returned an instance of BaseException, not ${typeName(th, typeOfValue(th, made))}`);
    }
    return made;
  }
  if (isExceptionInstance(th, value)) return value;
  return raiseException(th, "TypeError",
    what === "raise" ? "exceptions must derive from BaseException" : "exception causes must derive from BaseException");
}

/** RAISE_VARARGS 1 and 2: `raise exc` and `raise exc from cause` (cause -1 when absent). */
export function raiseObject(th: Thread, value: number, cause: number): never {
  const exc = instantiateException(th, value, "raise");
  if (cause !== -1) {
    const c = cause === NONE ? NONE : instantiateException(th, cause, "cause");
    th.heap.i32[exc + EXC_CAUSE] = c;
    th.heap.i32[exc + EXC_SUPPRESS_CONTEXT] = 1;
  }
  throw new PyRaise(exc);
}

/** A bare `raise`: the exception being handled, with its traceback as it is. */
export function reraiseValue(th: Thread): never {
  const exc = th.handled;
  if (exc === 0 || exc === NONE) raiseException(th, "RuntimeError", "No active exception to reraise");
  throw new PyRaise(exc, Flight.Reraised);
}

function slotNameOf(th: Thread, code: number, slot: number): string {
  const names = th.heap.i32[code + CODE_LOCALSPLUSNAMES]!;
  return jsString(th, th.heap.i32[names + TUPLE_ITEMS + slot]!);
}

export function unboundLocal(th: Thread, code: number, slot: number): never {
  return raiseException(th, "UnboundLocalError",
    `cannot access local variable '${slotNameOf(th, code, slot)}' where it is not associated with a value`);
}

export function unboundFree(th: Thread, code: number, slot: number): never {
  const name = slotNameOf(th, code, slot);
  throw new NameMissingError(`cannot access free variable '${name}' where it is not associated with a value in enclosing scope`, name);
}

/** WITH_EXCEPT_START: calls `exit(type(exc), exc, exc.__traceback__)`. */
export function withExceptStart(th: Thread, exitFunc: number, exc: number): number {
  const tb = th.heap.i32[exc + EXC_TRACEBACK]!;
  return callObject(th, exitFunc, [typeOfValue(th, exc), exc, tb === 0 ? NONE : tb]);
}

/**
 * BEFORE_WITH: the manager at stack word `at` is replaced by its bound
 * `__exit__`, and the result of `__enter__()` is pushed above it.
 */
export function beforeWith(th: Thread, at: number): void {
  const mgr = th.heap.i32[at]!;
  const type = typeOfValue(th, mgr);
  const enter = lookupSpecial(th, mgr, "__enter__");
  if (enter === 0) {
    raiseException(th, "TypeError", `'${typeName(th, type)}' object does not support the context manager protocol`);
  }
  const exit = lookupSpecial(th, mgr, "__exit__");
  if (exit === 0) {
    raiseException(th, "TypeError", `'${typeName(th, type)}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  th.heap.i32[at] = exit;
  const entered = callObject(th, enter, []);
  th.heap.i32[at + 1] = entered;
}

/** CLEANUP_THROW: StopIteration from a delegated throw() ends the `yield from` with its value. */
export function cleanupThrow(th: Thread, exc: number): number {
  if (isSubtype(th, typeOfValue(th, exc), builtinType(th, "StopIteration"))) return stopIterationValue(th, exc);
  throw new PyRaise(exc, Flight.Reraised);
}

/** The value a StopIteration carries: its first argument, or None. */
export function stopIterationValue(th: Thread, exc: number): number {
  const args = th.heap.i32[exc + EXC_ARGS]!;
  if (args === 0 || th.heap.i32[args + TUPLE_LENGTH] === 0) return NONE;
  return th.heap.i32[args + TUPLE_ITEMS]!;
}

/** INTRINSIC_STOPITERATION_ERROR: StopIteration escaping a generator becomes RuntimeError. */
export function stopIterationError(th: Thread, code: number, exc: number): number {
  const flags = th.heap.i32[code + CODE_FLAGS]!;
  const kind = flags & CO_COROUTINE ? "coroutine" : flags & CO_ASYNC_GENERATOR ? "async generator" : "generator";
  let message: string | null = null;
  if (isSubtype(th, typeOfValue(th, exc), builtinType(th, "StopIteration"))) message = `${kind} raised StopIteration`;
  else if (flags & CO_ASYNC_GENERATOR && isSubtype(th, typeOfValue(th, exc), builtinType(th, "StopAsyncIteration"))) {
    message = "async generator raised StopAsyncIteration";
  }
  if (message === null) return exc;
  const error = newException(th, "RuntimeError", [message]);
  th.heap.i32[error + EXC_CAUSE] = exc;
  th.heap.i32[error + EXC_SUPPRESS_CONTEXT] = 1;
  th.heap.i32[error + EXC_CONTEXT] = exc;
  return error;
}

/** Whether an exception's `__exit__` result says to swallow it. */
export function exitSwallows(th: Thread, result: number): boolean {
  return isTrue(th, result);
}

/** A tuple of arguments made from JS values. */
export function argsTuple(th: Thread, args: number[]): number {
  return newTuple(th, args);
}
