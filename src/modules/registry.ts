// Declaring native functions and methods.
//
// Modules call `moduleFunction` and `typeMethod` at evaluation time, which
// registers the native code in the table (src/vm/natives.ts) at the same
// index in every worker. `installTypeMethods` then puts a method descriptor
// for each method in its built-in type's dict, once per heap.

import { G_TYPES, PAIR_FIRST, PAIR_SECOND, PAIR_WORDS, TYPE_DICT } from "../heap/layout.js";
import { allocate } from "../heap/alloc.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import { registerNative, type NativeFunction } from "../vm/natives.js";
import { dictSetStr, internStr, isSubtype, newBuiltin, newMethodBuiltin, typeName, typeOfValue } from "../vm/model.js";
import { raiseException } from "../vm/exceptions.js";
import { withArityCheck } from "./method-arity.js";
import { isSlotWrapper } from "../objects/slot-wrappers.js";

interface Declared {
  name: string;
  index: number;
}

const moduleFunctions = new Map<string, Declared[]>();
type Binding = "method" | "class" | "static";
const typeMethods: { typeId: number; name: string; index: number; binding: Binding }[] = [];

export function moduleFunction(module: string, name: string, fn: NativeFunction): number {
  const index = registerNative(name, fn);
  let list = moduleFunctions.get(module);
  if (list === undefined) moduleFunctions.set(module, (list = []));
  list.push({ name, index });
  return index;
}

export function typeMethod(typeId: number, name: string, fn: NativeFunction): number {
  const index = registerNative(name, withSelfCheck(typeId, name, withArityCheck(typeId, name, fn)), true);
  typeMethods.push({ typeId, name, index, binding: "method" });
  return index;
}

/**
 * `fn` behind CPython's check that a method taken from its class
 * (`dict.keys(x)`) is called on an instance of that class; a method bound
 * to its instance always passes.
 */
function withSelfCheck(typeId: number, name: string, fn: NativeFunction): NativeFunction {
  if (typeId === TypeId.object) return fn;
  return (th: Thread, args, kw) => {
    const owner = th.heap.i32[G_TYPES + typeId]!;
    // Errors speak of a descriptor for a slot wrapper, of an unbound method otherwise, as CPython's.
    const dunder = () => isSlotWrapper(typeName(th, owner), name);
    if (args.length === 0) {
      raiseException(th, "TypeError", dunder()
        ? `descriptor '${name}' of '${typeName(th, owner)}' object needs an argument`
        : `unbound method ${typeName(th, owner)}.${name}() needs an argument`);
    }
    const type = typeOfValue(th, args[0]!);
    if (type !== owner && !isSubtype(th, type, owner)) {
      raiseException(th, "TypeError", dunder()
        ? `descriptor '${name}' requires a '${typeName(th, owner)}' object but received a '${typeName(th, type)}'`
        : `descriptor '${name}' for '${typeName(th, owner)}' objects doesn't apply to a '${typeName(th, type)}' object`);
    }
    return fn(th, args, kw);
  };
}

/** A method of a built-in type called with the class as its first argument, as `@classmethod` gives. */
export function classMethod(typeId: number, name: string, fn: NativeFunction): number {
  const index = registerNative(name, fn);
  typeMethods.push({ typeId, name, index, binding: "class" });
  return index;
}

/** A function in a built-in type's namespace that binds to nothing, as `@staticmethod` gives. */
export function staticMethod(typeId: number, name: string, fn: NativeFunction): number {
  const index = registerNative(name, fn);
  typeMethods.push({ typeId, name, index, binding: "static" });
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
  for (const { typeId, name, index, binding } of typeMethods) {
    const type = th.heap.i32[G_TYPES + typeId]!;
    const builtin = newMethodBuiltin(th, name, type, index);
    const descriptor = binding === "method" ? builtin : wrapBuiltin(th, binding === "class" ? TypeId.classmethod : TypeId.staticmethod, builtin);
    dictSetStr(th, th.heap.i32[type + TYPE_DICT]!, internStr(th, name), descriptor);
  }
}

function wrapBuiltin(th: Thread, typeId: number, builtin: number): number {
  th.pushRoot(builtin);
  const wrapper = allocate(th.heap, PAIR_WORDS, th.heap.i32[G_TYPES + typeId]!);
  th.popRoots(1);
  th.heap.i32[wrapper + PAIR_FIRST] = builtin;
  th.heap.i32[wrapper + PAIR_SECOND] = 0;
  return wrapper;
}
