// Exception objects: instances of BaseException and its subclasses hold
// args (a tuple), __cause__, __context__, __traceback__, __dict__ (attributes
// such as StopIteration.value, OSError.errno, or whatever user code sets;
// created on first use) and __suppress_context__.

import { allocate } from "../heap/alloc.js";
import type { PyError } from "../heap/errors.js";
import type { Heap } from "../heap/heap.js";
import {
  EXC_ARGS, EXC_CAUSE, EXC_CONTEXT, EXC_DICT, EXC_SUPPRESS_CONTEXT, EXC_TRACEBACK, G_MEMORY_ERROR, G_TYPES,
  TF_EXCEPTION_SUBCLASS, TYPE_FLAGS, TYPE_INSTANCE_WORDS, TYPE_WORD,
} from "../heap/layout.js";
import { newStr } from "./str.js";
import { newTuple, tupleOf } from "./tuple.js";
import { TypeId, typeIdOf } from "./type-ids.js";

/** Whether `v` is an exception (an instance of BaseException or a subclass). */
export function isException(heap: Heap, v: number): boolean {
  if ((v & 1) === 1 || v === 0) return false;
  const type = heap.i32[v + TYPE_WORD]!;
  return (type & 1) === 0 && (heap.i32[type + TYPE_FLAGS]! & TF_EXCEPTION_SUBCLASS) !== 0;
}

/** Whether the type `type` is BaseException or a subclass. */
export function isExceptionType(heap: Heap, type: number): boolean {
  return (heap.i32[type + TYPE_FLAGS]! & TF_EXCEPTION_SUBCLASS) !== 0;
}

/** A new exception of class `type` with `args` (a tuple). */
export function newException(heap: Heap, type: number, args: number): number {
  const e = allocate(heap, heap.i32[type + TYPE_INSTANCE_WORDS]!, type);
  heap.i32[e + EXC_ARGS] = args;
  return e;
}

/** The exception a PyError thrown by native code stands for. */
export function exceptionFromError(heap: Heap, error: PyError): number {
  let id = typeIdOf(error.typeName);
  if (id < 0) id = TypeId.SystemError;
  const args = error.argument !== 0 ? tupleOf(heap, [error.argument])
    : error.text === "" ? newTuple(heap, 0) : tupleOf(heap, [newStr(heap, error.text)]);
  return newException(heap, heap.i32[G_TYPES + id]!, args);
}

/** The MemoryError made at heap creation, for when nothing more can be allocated. */
export function preallocatedMemoryError(heap: Heap): number {
  return heap.i32[G_MEMORY_ERROR]!;
}

export const exceptionArgs = (heap: Heap, e: number): number => heap.i32[e + EXC_ARGS]!;
export const exceptionCause = (heap: Heap, e: number): number => heap.i32[e + EXC_CAUSE]!;
export const exceptionContext = (heap: Heap, e: number): number => heap.i32[e + EXC_CONTEXT]!;
export const exceptionTraceback = (heap: Heap, e: number): number => heap.i32[e + EXC_TRACEBACK]!;
export const exceptionDict = (heap: Heap, e: number): number => heap.i32[e + EXC_DICT]!;
export const exceptionSuppressContext = (heap: Heap, e: number): boolean => heap.i32[e + EXC_SUPPRESS_CONTEXT] !== 0;

export function setExceptionArgs(heap: Heap, e: number, args: number): void {
  heap.i32[e + EXC_ARGS] = args;
}

/** e.__cause__ = cause (0 for None); like `raise ... from`, also sets __suppress_context__. */
export function setExceptionCause(heap: Heap, e: number, cause: number): void {
  heap.i32[e + EXC_CAUSE] = cause;
  heap.i32[e + EXC_SUPPRESS_CONTEXT] = 1;
}

export function setExceptionContext(heap: Heap, e: number, context: number): void {
  heap.i32[e + EXC_CONTEXT] = context;
}

export function setExceptionTraceback(heap: Heap, e: number, traceback: number): void {
  heap.i32[e + EXC_TRACEBACK] = traceback;
}

export function setExceptionSuppressContext(heap: Heap, e: number, suppress: boolean): void {
  heap.i32[e + EXC_SUPPRESS_CONTEXT] = suppress ? 1 : 0;
}

export function setExceptionDict(heap: Heap, e: number, dict: number): void {
  heap.i32[e + EXC_DICT] = dict;
}
