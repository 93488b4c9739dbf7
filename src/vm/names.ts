// Name lookups: locals of module and class bodies, globals, builtins.

import { hasFinalizable, mayEndWatched } from "./finalizers.js";
import { collectForFinalizer } from "./safepoint.js";
import { CELL_CONTENTS } from "../heap/layout.js";
import { F_BUILTINS, F_GLOBALS, F_LOCALS } from "./frame.js";
import type { Thread } from "./thread.js";
import { builtinType, dictDelStr, dictGetStr, dictSetStr, internStr, jsString, newDict } from "./model.js";
import { raiseException } from "./exceptions.js";
import { NameMissingError } from "../heap/errors.js";
import { loadLazyBuiltin } from "./lazy-builtins.js";
import { isExactDict, mappingDelete, mappingGet } from "./locals-mapping.js";
import { setItem } from "./subscript.js";

function nameError(th: Thread, name: number): never {
  const text = jsString(th, name);
  throw new NameMissingError(`name '${text}' is not defined`, text);
}

export function loadName(th: Thread, f: number, name: number): number {
  const i32 = th.heap.i32;
  const locals = i32[f + F_LOCALS]!;
  if (locals !== 0) {
    const v = isExactDict(th, locals) ? dictGetStr(th, locals, name) : mappingGet(th, locals, name);
    if (v !== 0) return v;
  }
  const g = dictGetStr(th, th.heap.i32[f + F_GLOBALS]!, name);
  if (g !== 0) return g;
  const b = dictGetStr(th, th.heap.i32[f + F_BUILTINS]!, name);
  if (b !== 0) return b;
  return loadLazyBuiltin(th, th.heap.i32[f + F_BUILTINS]!, name) || nameError(th, name);
}

export function storeName(th: Thread, f: number, name: number, value: number): void {
  const locals = th.heap.i32[f + F_LOCALS]!;
  if (locals === 0) raiseException(th, "SystemError", `no locals found when storing '${jsString(th, name)}'`);
  if (!isExactDict(th, locals)) return setItem(th, locals, name, value);
  const old = hasFinalizable(th) ? dictGetStr(th, locals, name) : 0;
  dictSetStr(th, locals, name, value);
  if (old !== 0 && old !== value) dropped(th, old);
}

/** A name no longer refers to `old`: if it has a __del__, it may be garbage now. */
export function dropped(th: Thread, old: number): void {
  if (mayEndWatched(th, old)) collectForFinalizer(th);
}

export function deleteName(th: Thread, f: number, name: number): void {
  const locals = th.heap.i32[f + F_LOCALS]!;
  if (locals !== 0 && !isExactDict(th, locals)) {
    if (!mappingDelete(th, locals, name)) nameError(th, name);
    return;
  }
  const old = locals !== 0 && hasFinalizable(th) ? dictGetStr(th, locals, name) : 0;
  if (locals === 0 || !dictDelStr(th, locals, name)) nameError(th, name);
  if (old !== 0) dropped(th, old);
}

export function loadGlobal(th: Thread, globals: number, builtins: number, name: number): number {
  const g = dictGetStr(th, globals, name);
  if (g !== 0) return g;
  const b = dictGetStr(th, builtins, name);
  if (b !== 0) return b;
  return loadLazyBuiltin(th, builtins, name) || nameError(th, name);
}

export function storeGlobal(th: Thread, globals: number, name: number, value: number): void {
  const old = hasFinalizable(th) ? dictGetStr(th, globals, name) : 0;
  dictSetStr(th, globals, name, value);
  if (old !== 0 && old !== value) dropped(th, old);
}

export function deleteGlobal(th: Thread, globals: number, name: number): void {
  const old = hasFinalizable(th) ? dictGetStr(th, globals, name) : 0;
  if (!dictDelStr(th, globals, name)) nameError(th, name);
  if (old !== 0) dropped(th, old);
}

/** Class bodies: the class namespace first, then globals and builtins. */
export function loadFromDictOrGlobals(th: Thread, f: number, mapping: number, name: number): number {
  const v = dictGetStr(th, mapping, name);
  if (v !== 0) return v;
  return loadGlobal(th, th.heap.i32[f + F_GLOBALS]!, th.heap.i32[f + F_BUILTINS]!, name);
}

/** Class bodies reading a free variable: the class namespace first, then the cell. */
export function loadFromDictOrDeref(th: Thread, mapping: number, cell: number, name: number): number {
  const v = dictGetStr(th, mapping, name);
  if (v !== 0) return v;
  const contents = th.heap.i32[cell + CELL_CONTENTS]!;
  if (contents === 0) {
    const text = jsString(th, name);
    throw new NameMissingError(`cannot access free variable '${text}' where it is not associated with a value in enclosing scope`, text);
  }
  return contents;
}

export function setupAnnotations(th: Thread, f: number): void {
  const locals = th.heap.i32[f + F_LOCALS]!;
  if (locals === 0) raiseException(th, "SystemError", "no locals found when setting up annotations");
  const key = internStr(th, "__annotations__");
  if (dictGetStr(th, locals, key) === 0) {
    const annotations = newDict(th);
    dictSetStr(th, th.heap.i32[f + F_LOCALS]!, key, annotations);
  }
}

export function buildClassFunction(th: Thread, builtins: number): number {
  const v = dictGetStr(th, builtins, internStr(th, "__build_class__"));
  if (v === 0) raiseException(th, "NameError", "__build_class__ not found");
  return v;
}

export function assertionErrorType(th: Thread): number {
  return builtinType(th, "AssertionError");
}
