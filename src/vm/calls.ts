// Calls: pushing a Python function's frame, and calling anything else.
//
// A Python function called from the loop gets a frame pushed right above the
// caller's (pushFunctionFrame) and the loop carries on with it. Everything
// else (built-in functions, types, objects with __call__) goes through
// `callObject`, which may come back into the loop: a Python function called
// from native code runs in a nested `runFrame` with its frame marked as an
// entry frame.
//
// Arguments are bound the way CPython's `_PyEval_MakeFrameVector` does, with
// its error messages (`f() missing 1 required positional argument: 'x'`...).

import {
  CODE_ARGCOUNT, CODE_FLAGS, CODE_KWONLYARGCOUNT, CODE_LOCALSPLUSNAMES, CODE_NLOCALSPLUS,
  CODE_POSONLYARGCOUNT, CODE_QUALNAME, CODE_STACKSIZE, FUNC_BUILTINS, FUNC_CODE, FUNC_DEFAULTS, FUNC_GLOBALS,
  FUNC_KWDEFAULTS, METHOD_FUNC, METHOD_SELF, TUPLE_ITEMS, TUPLE_LENGTH, FUNC_QUALNAME,
} from "../heap/layout.js";
import { CO_VARARGS, CO_VARKEYWORDS } from "../compiler/code.js";
import {
  F_BUILTINS, F_CODE, F_DEPTH, F_ENTRY, F_FUNCTION, F_GENERATOR, F_GLOBALS, F_LOCALS, F_NSLOTS, F_PC,
  F_PREVIOUS, F_STACKSIZE, FRAME_HEADER, frameSize, frameWords, tagged, untagged,
} from "./frame.js";
import { type Thread, T_DEPTH, T_RECURSION_LIMIT, T_ROOTS_TOP, T_TOP_FRAME } from "./thread.js";
import {
  isFunction, isMethod, jsString, newTuple, newDict, dictSetItem, dictGetStr, dictItems, tupleItems, strEquals,
  isTuple, typeNameOf, isDict,
} from "./model.js";
import { raiseException } from "./exceptions.js";
import { closestName } from "./suggestions.js";
import { isIterable, iterateToArray } from "./iteration.js";
import { calleeDisplayName } from "./callee-name.js";
import { callNonFunction } from "./call-native.js";
import { runFrame } from "./interpreter.js";

/** Keyword arguments as native code passes them: names (str values) and values. */
export interface Keywords {
  names: number[];
  values: number[];
}

/**
 * Pushes the frame of Python function `func` above `caller`, binding `count`
 * arguments read from the heap at `first` (the last len(kwnames) of them are
 * keyword arguments named by the tuple `kwnames`). `callerDepth` is the
 * caller's stack depth once the call's operands are popped.
 */
export function pushFunctionFrame(
  th: Thread, caller: number, func: number, first: number, count: number, kwnames: number, callerDepth: number,
): number {
  if (kwnames === 0) {
    const frame = pushSimpleFrame(th, caller, func, first, count, callerDepth);
    if (frame !== 0) return frame;
  }
  const i32 = th.heap.i32;
  const nkw = kwnames === 0 ? 0 : i32[kwnames + TUPLE_LENGTH]!;
  const args: number[] = new Array(count);
  for (let k = 0; k < count; k++) args[k] = i32[first + k]!;
  const kw: Keywords | null = nkw === 0 ? null : { names: tupleItems(th, kwnames), values: args.splice(count - nkw, nkw) };
  const frame = prepareFrame(th, func, args, kw);
  i32[caller + F_DEPTH] = tagged(callerDepth);
  commitFrame(th, frame, caller, false);
  return frame;
}

/**
 * The commonest call, pushed without an arguments array: only positional
 * arguments, exactly as many as the function's parameters, and no *args,
 * **kwargs or keyword-only parameters. The arguments go straight from the
 * caller's stack into the new frame's first slots. Returns 0 when the call
 * is not of that kind, or would overflow the recursion limit or the segment
 * (the general path then raises the right error).
 */
function pushSimpleFrame(th: Thread, caller: number, func: number, first: number, count: number, callerDepth: number): number {
  const frame = simpleFrame(th, func, count);
  if (frame === 0) return 0;
  const i32 = th.heap.i32;
  const slots = frame + FRAME_HEADER;
  for (let k = 0; k < count; k++) i32[slots + k] = i32[first + k]!;
  i32[frame + F_PREVIOUS] = tagged(caller);
  i32[frame + F_ENTRY] = tagged(0);
  i32[caller + F_DEPTH] = tagged(callerDepth);
  enterFrame(th, frame);
  return frame;
}

/**
 * Lays out the frame of `func` above the top frame for a call with exactly
 * its `count` positional parameters (as pushSimpleFrame describes): the
 * header but for F_PREVIOUS and F_ENTRY, the slots after the arguments
 * zeroed. Not pushed yet. 0 when the call is not that simple or does not fit.
 */
function simpleFrame(th: Thread, func: number, count: number): number {
  const i32 = th.heap.i32;
  const code = i32[func + FUNC_CODE]!;
  if (i32[code + CODE_ARGCOUNT] !== count || i32[code + CODE_KWONLYARGCOUNT] !== 0
    || (i32[code + CODE_FLAGS]! & (CO_VARARGS | CO_VARKEYWORDS)) !== 0) return 0;
  const nslots = i32[code + CODE_NLOCALSPLUS]!;
  const stacksize = i32[code + CODE_STACKSIZE]!;
  const base = th.base;
  const top = untagged(i32[base + T_TOP_FRAME]!);
  if (top === 0) return 0;
  const frame = top + frameSize(i32, top);
  if (untagged(i32[base + T_DEPTH]!) >= untagged(i32[base + T_RECURSION_LIMIT]!)
    || frame + frameWords(nslots, stacksize) > untagged(i32[base + T_ROOTS_TOP]!)) return 0;
  i32[frame + F_CODE] = code;
  i32[frame + F_FUNCTION] = func;
  i32[frame + F_GLOBALS] = i32[func + FUNC_GLOBALS]!;
  i32[frame + F_BUILTINS] = i32[func + FUNC_BUILTINS]!;
  i32[frame + F_LOCALS] = 0;
  i32[frame + F_PC] = tagged(0);
  i32[frame + F_DEPTH] = tagged(0);
  i32[frame + F_GENERATOR] = 0;
  i32[frame + F_NSLOTS] = tagged(nslots);
  i32[frame + F_STACKSIZE] = tagged(stacksize);
  const slots = frame + FRAME_HEADER;
  for (let k = count; k < nslots; k++) i32[slots + k] = 0;
  return frame;
}

/** Makes `frame` (laid out right above it) the thread's top frame. */
function enterFrame(th: Thread, frame: number): void {
  const i32 = th.heap.i32;
  const base = th.base;
  i32[base + T_TOP_FRAME] = tagged(frame);
  i32[base + T_DEPTH] = i32[base + T_DEPTH]! + 2;
}

/**
 * Builds `func`'s frame in the free space above the top frame, with the
 * arguments bound, without pushing it yet: a binding error then leaves the
 * thread's stack as it was.
 */
export function prepareFrame(th: Thread, func: number, args: number[], kw: Keywords | null): number {
  let i32 = th.heap.i32;
  const code = i32[func + FUNC_CODE]!;
  const nslots = i32[code + CODE_NLOCALSPLUS]!;
  const stacksize = i32[code + CODE_STACKSIZE]!;
  const frame = th.freeStart();
  if (th.depth >= th.recursionLimit || !th.fits(frame, frameWords(nslots, stacksize))) {
    raiseException(th, "RecursionError", "maximum recursion depth exceeded");
  }
  i32[frame + F_CODE] = code;
  i32[frame + F_FUNCTION] = func;
  i32[frame + F_GLOBALS] = i32[func + FUNC_GLOBALS]!;
  i32[frame + F_BUILTINS] = i32[func + FUNC_BUILTINS]!;
  i32[frame + F_LOCALS] = 0;
  i32[frame + F_PC] = tagged(0);
  i32[frame + F_DEPTH] = tagged(0);
  i32[frame + F_ENTRY] = tagged(0);
  i32[frame + F_GENERATOR] = 0;
  i32[frame + F_NSLOTS] = tagged(nslots);
  i32[frame + F_STACKSIZE] = tagged(stacksize);
  const slots = frame + FRAME_HEADER;
  i32.fill(0, slots, slots + nslots);
  bindArguments(th, func, code, slots, args, kw);
  i32 = th.heap.i32;
  return frame;
}

/** Makes a prepared frame the thread's top frame. */
export function commitFrame(th: Thread, frame: number, caller: number, entry: boolean): void {
  const i32 = th.heap.i32;
  i32[frame + F_PREVIOUS] = tagged(caller);
  i32[frame + F_ENTRY] = tagged(entry ? 1 : 0);
  th.topFrame = frame;
  th.depth = th.depth + 1;
}

/** Pops the thread's top frame `frame`. */
export function popFrame(th: Thread, frame: number, _unwinding = false): void {
  const i32 = th.heap.i32;
  const base = th.base;
  i32[base + T_TOP_FRAME] = i32[frame + F_PREVIOUS]!;
  i32[base + T_DEPTH] = i32[base + T_DEPTH]! - 2;
}

// ---------------------------------------------------------------------------
// Argument binding

function bindArguments(th: Thread, func: number, code: number, slots: number, args: number[], kw: Keywords | null): void {
  const i32 = th.heap.i32;
  const argcount = i32[code + CODE_ARGCOUNT]!;
  const kwonly = i32[code + CODE_KWONLYARGCOUNT]!;
  const flags = i32[code + CODE_FLAGS]!;
  const nargs = args.length;
  const fast = nargs === argcount && kw === null && kwonly === 0 && (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0;
  if (fast) {
    for (let k = 0; k < nargs; k++) i32[slots + k] = args[k]!;
    return;
  }
  const total = argcount + kwonly;
  let kwargsDict = 0;
  if (flags & CO_VARKEYWORDS) {
    kwargsDict = newDict(th);
    th.heap.i32[slots + total + ((flags & CO_VARARGS) ? 1 : 0)] = kwargsDict;
  }
  const npositional = Math.min(nargs, argcount);
  for (let k = 0; k < npositional; k++) th.heap.i32[slots + k] = args[k]!;
  if (flags & CO_VARARGS) {
    const extra = nargs > argcount ? args.slice(argcount) : [];
    const tuple = newTuple(th, extra);
    th.heap.i32[slots + total] = tuple;
  } else if (nargs > argcount) {
    tooManyPositional(th, func, code, nargs, kw);
  }
  if (kw !== null) bindKeywords(th, func, code, slots, kw, kwargsDict);
  fillDefaults(th, func, code, slots, nargs);
}

function parameterNames(th: Thread, code: number): number[] {
  return tupleItems(th, th.heap.i32[code + CODE_LOCALSPLUSNAMES]!);
}

function qualname(th: Thread, code: number): string {
  return jsString(th, th.heap.i32[code + CODE_QUALNAME]!);
}

function bindKeywords(th: Thread, func: number, code: number, slots: number, kw: Keywords, kwargsDict: number): void {
  const i32 = th.heap.i32;
  const posonly = i32[code + CODE_POSONLYARGCOUNT]!;
  const total = i32[code + CODE_ARGCOUNT]! + i32[code + CODE_KWONLYARGCOUNT]!;
  const params = parameterNames(th, code);
  const posonlyPassed: string[] = [];
  for (let k = 0; k < kw.names.length; k++) {
    const name = kw.names[k]!;
    let index = -1;
    for (let p = posonly; p < total; p++) {
      if (strEquals(th, params[p]!, name)) {
        index = p;
        break;
      }
    }
    if (index < 0) {
      const isPosonly = params.slice(0, posonly).some((p) => strEquals(th, p, name));
      if (kwargsDict !== 0) {
        dictSetItem(th, kwargsDict, name, kw.values[k]!);
        continue;
      }
      if (isPosonly) {
        posonlyPassed.push(jsString(th, name));
        continue;
      }
      const wrong = jsString(th, name);
      const suggestion = closestName(params.slice(posonly, total).map((p) => jsString(th, p)), wrong);
      const hint = suggestion === null ? "" : `. Did you mean '${suggestion}'?`;
      raiseException(th, "TypeError", `${qualname(th, code)}() got an unexpected keyword argument '${wrong}'${hint}`);
    }
    if (th.heap.i32[slots + index] !== 0) {
      raiseException(th, "TypeError", `${qualname(th, code)}() got multiple values for argument '${jsString(th, name)}'`);
    }
    th.heap.i32[slots + index] = kw.values[k]!;
  }
  if (posonlyPassed.length > 0) {
    raiseException(th, "TypeError",
      `${qualname(th, code)}() got some positional-only arguments passed as keyword arguments: '${posonlyPassed.join(", ")}'`);
  }
}

function fillDefaults(th: Thread, func: number, code: number, slots: number, nargs: number): void {
  const i32 = th.heap.i32;
  const argcount = i32[code + CODE_ARGCOUNT]!;
  const kwonly = i32[code + CODE_KWONLYARGCOUNT]!;
  const defaults = i32[func + FUNC_DEFAULTS]!;
  const ndefaults = defaults === 0 ? 0 : i32[defaults + TUPLE_LENGTH]!;
  const params = parameterNames(th, code);
  if (nargs < argcount) {
    const missing: string[] = [];
    for (let p = nargs; p < argcount; p++) {
      if (i32[slots + p] !== 0) continue;
      const d = p - (argcount - ndefaults);
      if (d >= 0) i32[slots + p] = i32[defaults + TUPLE_ITEMS + d]!;
      else missing.push(jsString(th, params[p]!));
    }
    if (missing.length > 0) missingArguments(th, code, missing, "positional");
  }
  if (kwonly > 0) {
    const kwdefaults = i32[func + FUNC_KWDEFAULTS]!;
    const missing: string[] = [];
    for (let p = argcount; p < argcount + kwonly; p++) {
      if (th.heap.i32[slots + p] !== 0) continue;
      const d = kwdefaults === 0 ? 0 : dictGetStr(th, kwdefaults, params[p]!);
      if (d !== 0) th.heap.i32[slots + p] = d;
      else missing.push(jsString(th, params[p]!));
    }
    if (missing.length > 0) missingArguments(th, code, missing, "keyword-only");
  }
}

function missingArguments(th: Thread, code: number, missing: string[], kind: string): never {
  const quoted = missing.map((m) => `'${m}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0]!;
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
  const plural = missing.length === 1 ? "argument" : "arguments";
  return raiseException(th, "TypeError", `${qualname(th, code)}() missing ${missing.length} required ${kind} ${plural}: ${list}`);
}

function tooManyPositional(th: Thread, func: number, code: number, nargs: number, kw: Keywords | null): never {
  const i32 = th.heap.i32;
  const argcount = i32[code + CODE_ARGCOUNT]!;
  const kwonly = i32[code + CODE_KWONLYARGCOUNT]!;
  const defaults = i32[func + FUNC_DEFAULTS]!;
  const ndefaults = defaults === 0 ? 0 : i32[defaults + TUPLE_LENGTH]!;
  const params = parameterNames(th, code);
  let kwonlyGiven = 0;
  if (kw !== null) {
    for (const name of kw.names) {
      for (let p = argcount; p < argcount + kwonly; p++) if (strEquals(th, params[p]!, name)) kwonlyGiven++;
    }
  }
  const takes = ndefaults > 0
    ? `from ${argcount - ndefaults} to ${argcount} positional arguments`
    : `${argcount} positional argument${argcount === 1 ? "" : "s"}`;
  const given = kwonlyGiven > 0
    ? `${nargs} positional argument${nargs === 1 ? "" : "s"} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? "" : "s"}) were given`
    : `${nargs} ${nargs === 1 ? "was" : "were"} given`;
  return raiseException(th, "TypeError", `${qualname(th, code)}() takes ${takes} but ${given}`);
}

// ---------------------------------------------------------------------------
// Calling from native code

/** Calls any callable with positional arguments and optional keywords; returns the result. */
export function callObject(th: Thread, callable: number, args: number[], kw: Keywords | null = null): number {
  const i32 = th.heap.i32;
  if (isMethod(th, callable)) {
    return callObject(th, i32[callable + METHOD_FUNC]!, [i32[callable + METHOD_SELF]!, ...args], kw);
  }
  if (isFunction(th, callable)) return callPythonFunction(th, callable, args, kw);
  return callNonFunction(th, callable, args, kw);
}

/** Runs a Python function to completion in a nested loop, from native code. */
export function callPythonFunction(th: Thread, func: number, args: number[], kw: Keywords | null): number {
  const caller = th.topFrame;
  if (kw === null) {
    // The simple call (a key function, a dunder): no arguments array to bind.
    const frame = simpleFrame(th, func, args.length);
    if (frame !== 0) {
      const i32 = th.heap.i32;
      const slots = frame + FRAME_HEADER;
      for (let k = 0; k < args.length; k++) i32[slots + k] = args[k]!;
      i32[frame + F_PREVIOUS] = tagged(caller);
      i32[frame + F_ENTRY] = tagged(1);
      enterFrame(th, frame);
      return runFrame(th, frame);
    }
  }
  const frame = prepareFrame(th, func, args, kw);
  commitFrame(th, frame, caller, true);
  return runFrame(th, frame);
}

/** The error of a class's __init__ that returned `value`, not None (as callType raises it). */
export function initReturnedValue(th: Thread, value: number): never {
  return raiseException(th, "TypeError", `__init__() should return None, not '${typeNameOf(th, value)}'`);
}

/** CALL for a callable that is not a Python function: the arguments are still on the stack (rooted). */
export function callStackArgs(th: Thread, callable: number, first: number, count: number, kwnames: number): number {
  const i32 = th.heap.i32;
  const args: number[] = new Array(count);
  for (let k = 0; k < count; k++) args[k] = i32[first + k]!;
  if (kwnames === 0) return callObject(th, callable, args, null);
  const nkw = i32[kwnames + TUPLE_LENGTH]!;
  return callObject(th, callable, args.slice(0, count - nkw), { names: tupleItems(th, kwnames), values: args.slice(count - nkw) });
}

/** CALL_FUNCTION_EX: `callable(*args, **kwargs)`; args is usually a tuple, kwargs a dict (or 0). */
export function callValue(th: Thread, callable: number, argsValue: number, kwargsValue: number): number {
  const args = isTuple(th, argsValue) ? tupleItems(th, argsValue) : starArguments(th, callable, argsValue);
  let kw: Keywords | null = null;
  if (kwargsValue !== 0) {
    if (!isDict(th, kwargsValue)) {
      raiseException(th, "TypeError", `${calleeDisplayName(th, callable)} argument after ** must be a mapping, not ${typeNameOf(th, kwargsValue)}`);
    }
    const items = dictItems(th, kwargsValue);
    if (items.length > 0) kw = { names: items.map((e) => e[0]), values: items.map((e) => e[1]) };
  }
  if (isTuple(th, argsValue)) return callObject(th, callable, args, kw);
  // The arguments from a non-tuple iterable live only here: keep them reachable during the call.
  const holder = newTuple(th, args);
  th.pushRoot(holder);
  try {
    return callObject(th, callable, args, kw);
  } finally {
    th.popRoots(1);
  }
}

function starArguments(th: Thread, callable: number, iterable: number): number[] {
  if (!isIterable(th, iterable)) {
    raiseException(th, "TypeError", `${calleeDisplayName(th, callable)} argument after * must be an iterable, not ${typeNameOf(th, iterable)}`);
  }
  return iterateToArray(th, iterable);
}

