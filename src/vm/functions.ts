// Function objects: MAKE_FUNCTION and SET_FUNCTION_ATTRIBUTE.

import { allocate } from "../heap/alloc.js";
import {
  CODE_DOC, CODE_NAME, CODE_QUALNAME, FUNC_ANNOTATIONS, FUNC_BUILTINS, FUNC_CLOSURE, FUNC_CODE, FUNC_DEFAULTS,
  FUNC_DOC, FUNC_GLOBALS, FUNC_KWDEFAULTS, FUNC_MODULE, FUNC_NAME, FUNC_QUALNAME, FUNC_VERSION, FUNC_WORDS, NONE,
} from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { FUNCTION_ATTRIBUTE } from "./opcodes.js";
import type { Thread } from "./thread.js";
import { dictGetStr, dictSetItem, internStr, isTuple, newDict, tupleItems, typeById } from "./model.js";

/** A function for code object `code` running in `globals`. */
export function makeFunction(th: Thread, code: number, globals: number, builtins: number): number {
  const moduleName = dictGetStr(th, globals, internStr(th, "__name__"));
  const func = allocate(th.heap, FUNC_WORDS, typeById(th, TypeId.function));
  const i32 = th.heap.i32;
  i32[func + FUNC_CODE] = code;
  i32[func + FUNC_GLOBALS] = globals;
  i32[func + FUNC_BUILTINS] = builtins;
  i32[func + FUNC_NAME] = i32[code + CODE_NAME]!;
  i32[func + FUNC_QUALNAME] = i32[code + CODE_QUALNAME]!;
  const doc = i32[code + CODE_DOC]!;
  i32[func + FUNC_DOC] = doc === 0 ? NONE : doc;
  i32[func + FUNC_MODULE] = moduleName === 0 ? NONE : moduleName;
  i32[func + FUNC_VERSION] = 0;
  return func;
}

const ATTRIBUTE_WORDS: Record<number, number> = {
  [FUNCTION_ATTRIBUTE.DEFAULTS]: FUNC_DEFAULTS,
  [FUNCTION_ATTRIBUTE.KWDEFAULTS]: FUNC_KWDEFAULTS,
  [FUNCTION_ATTRIBUTE.ANNOTATIONS]: FUNC_ANNOTATIONS,
  [FUNCTION_ATTRIBUTE.CLOSURE]: FUNC_CLOSURE,
};

export function setFunctionAttribute(th: Thread, func: number, which: number, value: number): void {
  const word = ATTRIBUTE_WORDS[which];
  if (word === undefined) return;
  if (which === FUNCTION_ATTRIBUTE.ANNOTATIONS && isTuple(th, value)) {
    // Annotations come as a flat tuple of (name, value) pairs, as in CPython 3.13.
    const items = tupleItems(th, value);
    const d = newDict(th);
    for (let k = 0; k + 1 < items.length; k += 2) dictSetItem(th, d, items[k]!, items[k + 1]!);
    value = d;
  }
  th.heap.i32[func + word] = value;
}
