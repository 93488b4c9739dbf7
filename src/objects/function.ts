// function: a code object with the globals it runs in and what a `def`
// attaches to it (defaults, keyword defaults, closure cells, annotations),
// plus its name, qualified name, docstring, module and attribute dict. What a
// new function copies from its code and globals follows CPython's
// PyFunction_New.

import { allocate } from "../heap/alloc.js";
import type { Heap } from "../heap/heap.js";
import {
  CODE_DOC, CODE_NAME, CODE_QUALNAME, FUNC_ANNOTATIONS, FUNC_BUILTINS, FUNC_CLOSURE, FUNC_CODE, FUNC_DEFAULTS,
  FUNC_DICT, FUNC_DOC, FUNC_GLOBALS, FUNC_KWDEFAULTS, FUNC_MODULE, FUNC_NAME, FUNC_QUALNAME, FUNC_TYPE_PARAMS,
  FUNC_VERSION, FUNC_WORDS, G_TYPES, NONE, TYPE_WORD,
} from "../heap/layout.js";
import { dictGetName } from "./dict.js";
import { TypeId } from "./type-ids.js";

export function isFunction(heap: Heap, v: number): boolean {
  return (v & 1) === 0 && v !== 0 && heap.i32[v + TYPE_WORD] === heap.i32[G_TYPES + TypeId.function];
}

/**
 * A new function running `code` in `globals` (a dict): its name, qualname
 * and docstring come from the code object, its __module__ from
 * globals['__name__'], its builtins from globals['__builtins__'] (0 when
 * absent; the interpreter supplies its own then).
 */
export function newFunction(heap: Heap, code: number, globals: number): number {
  const module = dictGetName(heap, globals, "__name__");
  const builtins = dictGetName(heap, globals, "__builtins__");
  const f = allocate(heap, FUNC_WORDS, heap.i32[G_TYPES + TypeId.function]!);
  const i32 = heap.i32;
  i32[f + FUNC_CODE] = code;
  i32[f + FUNC_GLOBALS] = globals;
  i32[f + FUNC_BUILTINS] = builtins;
  i32[f + FUNC_NAME] = i32[code + CODE_NAME]!;
  i32[f + FUNC_QUALNAME] = i32[code + CODE_QUALNAME]!;
  i32[f + FUNC_DOC] = i32[code + CODE_DOC]! || NONE;
  i32[f + FUNC_MODULE] = module || NONE;
  return f;
}

export const functionCode = (heap: Heap, f: number): number => heap.i32[f + FUNC_CODE]!;
export const functionGlobals = (heap: Heap, f: number): number => heap.i32[f + FUNC_GLOBALS]!;
export const functionBuiltins = (heap: Heap, f: number): number => heap.i32[f + FUNC_BUILTINS]!;
export const functionName = (heap: Heap, f: number): number => heap.i32[f + FUNC_NAME]!;
export const functionQualname = (heap: Heap, f: number): number => heap.i32[f + FUNC_QUALNAME]!;
/** A tuple, or 0 when the function has no defaults. */
export const functionDefaults = (heap: Heap, f: number): number => heap.i32[f + FUNC_DEFAULTS]!;
/** A dict, or 0. */
export const functionKwdefaults = (heap: Heap, f: number): number => heap.i32[f + FUNC_KWDEFAULTS]!;
/** A tuple of cells, or 0. */
export const functionClosure = (heap: Heap, f: number): number => heap.i32[f + FUNC_CLOSURE]!;
export const functionAnnotations = (heap: Heap, f: number): number => heap.i32[f + FUNC_ANNOTATIONS]!;
export const functionDict = (heap: Heap, f: number): number => heap.i32[f + FUNC_DICT]!;
export const functionDoc = (heap: Heap, f: number): number => heap.i32[f + FUNC_DOC]!;
export const functionModule = (heap: Heap, f: number): number => heap.i32[f + FUNC_MODULE]!;
export const functionTypeParams = (heap: Heap, f: number): number => heap.i32[f + FUNC_TYPE_PARAMS]!;

/** The words MAKE_FUNCTION / SET_FUNCTION_ATTRIBUTE and attribute assignment may set. */
export const FunctionField = {
  code: FUNC_CODE, defaults: FUNC_DEFAULTS, kwdefaults: FUNC_KWDEFAULTS, closure: FUNC_CLOSURE,
  annotations: FUNC_ANNOTATIONS, dict: FUNC_DICT, doc: FUNC_DOC, module: FUNC_MODULE, name: FUNC_NAME,
  qualname: FUNC_QUALNAME, typeParams: FUNC_TYPE_PARAMS, builtins: FUNC_BUILTINS,
} as const;

/** Sets one of the function's fields; changing code or defaults gives it a new version (for call-site caches). */
export function setFunctionField(heap: Heap, f: number, field: (typeof FunctionField)[keyof typeof FunctionField], value: number): void {
  heap.i32[f + field] = value;
  if (field === FUNC_CODE || field === FUNC_DEFAULTS || field === FUNC_KWDEFAULTS) {
    heap.i32[f + FUNC_VERSION] = (heap.i32[f + FUNC_VERSION]! + 1) | 0;
  }
}

export function functionVersion(heap: Heap, f: number): number {
  return heap.i32[f + FUNC_VERSION]!;
}
