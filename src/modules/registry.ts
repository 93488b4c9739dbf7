// Declaring native functions and methods.
//
// Modules call `moduleFunction` and `typeMethod` at evaluation time, which
// registers the native code in the table (src/vm/natives.ts) at the same
// index in every worker. `installTypeMethods` then puts a method descriptor
// for each method in its built-in type's dict, once per heap.

import { G_TYPES, TYPE_DICT } from "../heap/layout.js";
import type { Thread } from "../vm/thread.js";
import { registerNative, type NativeFunction } from "../vm/natives.js";
import { dictSetStr, internStr, newBuiltin, newMethodBuiltin } from "../vm/model.js";
import { withArityCheck } from "./method-arity.js";

interface Declared {
  name: string;
  index: number;
}

const moduleFunctions = new Map<string, Declared[]>();
const typeMethods: { typeId: number; name: string; index: number }[] = [];

export function moduleFunction(module: string, name: string, fn: NativeFunction): number {
  const index = registerNative(name, fn);
  let list = moduleFunctions.get(module);
  if (list === undefined) moduleFunctions.set(module, (list = []));
  list.push({ name, index });
  return index;
}

export function typeMethod(typeId: number, name: string, fn: NativeFunction): number {
  const index = registerNative(name, withArityCheck(typeId, name, fn), true);
  typeMethods.push({ typeId, name, index });
  return index;
}

/** Puts module `module`'s functions into `dict` (bound to the module object `self`). */
export function installModuleFunctions(th: Thread, module: string, dict: number, self: number): void {
  for (const { name, index } of moduleFunctions.get(module) ?? []) {
    const f = newBuiltin(th, name, name, index, self);
    dictSetStr(th, dict, internStr(th, name), f);
  }
}

/** Puts every declared method in its built-in type's dict. */
export function installTypeMethods(th: Thread): void {
  for (const { typeId, name, index } of typeMethods) {
    const type = th.heap.i32[G_TYPES + typeId]!;
    const descriptor = newMethodBuiltin(th, name, type, index);
    dictSetStr(th, th.heap.i32[type + TYPE_DICT]!, internStr(th, name), descriptor);
  }
}
