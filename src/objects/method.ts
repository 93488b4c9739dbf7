// Bound methods and built-in functions.
//
// method: a function bound to `self` (what `obj.f` gives for a function f in
// obj's class). builtin_function_or_method: a function implemented in
// TypeScript; it records its name, qualified name, the object it is bound to
// (a module for module functions, the instance for a bound built-in method)
// and the index of its implementation in the interpreter's native function
// table, which every worker builds identically.

import { allocate } from "../heap/alloc.js";
import type { Heap } from "../heap/heap.js";
import {
  BUILTIN_INDEX, BUILTIN_NAME, BUILTIN_QUALNAME, BUILTIN_SELF, BUILTIN_WORDS, G_TYPES, METHOD_FUNC, METHOD_SELF,
  METHOD_WORDS,
} from "../heap/layout.js";
import { internString } from "./intern.js";
import { TypeId } from "./type-ids.js";

export function newMethod(heap: Heap, func: number, self: number): number {
  const m = allocate(heap, METHOD_WORDS, heap.i32[G_TYPES + TypeId.method]!);
  heap.i32[m + METHOD_FUNC] = func;
  heap.i32[m + METHOD_SELF] = self;
  return m;
}

export const methodFunction = (heap: Heap, m: number): number => heap.i32[m + METHOD_FUNC]!;
export const methodSelf = (heap: Heap, m: number): number => heap.i32[m + METHOD_SELF]!;

/**
 * A built-in function or method descriptor (`typeId`: builtin_function_or_method,
 * method_descriptor, classmethod_descriptor, wrapper_descriptor,
 * method-wrapper or getset_descriptor) whose implementation is entry `index`
 * of the native function table.
 */
export function newBuiltinFunction(heap: Heap, name: string, index: number, self = 0, qualname = name,
  typeId: number = TypeId.builtin_function_or_method): number {
  const nameStr = internString(heap, name);
  const qualnameStr = internString(heap, qualname);
  const f = allocate(heap, BUILTIN_WORDS, heap.i32[G_TYPES + typeId]!);
  const i32 = heap.i32;
  i32[f + BUILTIN_NAME] = nameStr;
  i32[f + BUILTIN_QUALNAME] = qualnameStr;
  i32[f + BUILTIN_SELF] = self;
  i32[f + BUILTIN_INDEX] = index;
  return f;
}

export const builtinName = (heap: Heap, f: number): number => heap.i32[f + BUILTIN_NAME]!;
export const builtinSelf = (heap: Heap, f: number): number => heap.i32[f + BUILTIN_SELF]!;
export const builtinIndex = (heap: Heap, f: number): number => heap.i32[f + BUILTIN_INDEX]!;
