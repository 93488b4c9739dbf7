// Calling what is not a Python function: built-in functions, types (making
// instances) and objects whose class defines __call__.
//
// Built-in types are made by native constructors registered by TypeId
// (registerConstructor). A class is called as `type.__call__` does it:
// `__new__` (the user's, or the nearest built-in base's allocation), then
// `__init__` when the new object is an instance of the class.

import { registerIfFinalizable } from "./finalizers.js";
import { allocate } from "../heap/alloc.js";
import {
  BUILTIN_INDEX, BUILTIN_SELF, EXC_ARGS, NONE, TYPE_DICT, TYPE_INSTANCE_WORDS, TYPE_MRO, TUPLE_ITEMS, TUPLE_LENGTH,
} from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import { isOsErrorType, newOsError } from "./os-error.js";
import { isGroupType, newExceptionGroup } from "./exception-groups.js";
import type { Keywords } from "./calls.js";
import { callObject } from "./calls.js";
import {
  builtinBaseId, builtinType, internStr, isBuiltin, isExceptionType, isSubtype, isType, isUserClass, newTuple,
  typeName, typeOfValue, isStaticMethod, typeById, dictGetStr, jsString,
} from "./model.js";
import { isTrue } from "./operators.js";
import { iterateToArray } from "./iteration.js";
import { nativeTable } from "./natives.js";
import { raiseException } from "./exceptions.js";
import { lookupType, setAttr } from "./attributes.js";
import { PAIR_FIRST } from "../heap/layout.js";

/** Makes an instance of built-in type `typeId` (or of class `type` built on it). */
export type Constructor = (th: Thread, type: number, args: number[], kw: Keywords | null) => number;

const constructors: (Constructor | undefined)[] = [];

export function registerConstructor(typeId: number, make: Constructor): void {
  constructors[typeId] = make;
}

export function callNonFunction(th: Thread, callable: number, args: number[], kw: Keywords | null): number {
  const i32 = th.heap.i32;
  if (isBuiltin(th, callable)) {
    const entry = nativeTable[i32[callable + BUILTIN_INDEX]!]!;
    const self = i32[callable + BUILTIN_SELF]!;
    if (entry.method && self !== 0) return entry.fn(th, [self, ...args], kw);
    return entry.fn(th, args, kw);
  }
  if (isType(th, callable)) {
    const meta = typeOfValue(th, callable);
    // A metaclass's own __call__ (a singleton, say) runs instead of type.__call__.
    if (meta !== typeById(th, TypeId.type) && isUserClass(th, meta)) {
      const metaCall = lookupType(th, meta, internStr(th, "__call__"));
      if (metaCall !== 0 && !isBuiltin(th, metaCall)) return callObject(th, metaCall, [callable, ...args], kw);
    }
    return callType(th, callable, args, kw);
  }
  // A staticmethod object calls its function (since Python 3.10).
  if (isStaticMethod(th, callable)) return callObject(th, i32[callable + PAIR_FIRST]!, args, kw);
  const call = (callable & 1) === 0 ? lookupType(th, typeOfValue(th, callable), internStr(th, "__call__")) : 0;
  if (call !== 0) return callObject(th, call, [callable, ...args], kw);
  return raiseException(th, "TypeError", `'${typeName(th, typeOfValue(th, callable))}' object is not callable`);
}

/** `type(...)` of any type: the one-argument `type(x)`, a built-in type, or a class. */
export function callType(th: Thread, type: number, args: number[], kw: Keywords | null): number {
  if (type === typeById(th, TypeId.type) && args.length === 1 && kw === null) return typeOfValue(th, args[0]!);
  if (!isUserClass(th, type)) return constructBuiltin(th, type, type, args, kw);
  const instance = newInstance(th, type, args, kw);
  if (!isSubtype(th, typeOfValue(th, instance), type)) return instance;
  const init = lookupType(th, type, internStr(th, "__init__"));
  if (init !== 0 && !isBuiltin(th, init)) {
    const r = callObject(th, init, [instance, ...args], kw);
    if (r !== NONE) {
      raiseException(th, "TypeError", `__init__() should return None, not '${typeName(th, typeOfValue(th, r))}'`);
    }
  } else if (isExceptionType(th, type) && userNew(th, type) !== 0) {
    // BaseException.__init__ stores the call's arguments, whatever __new__ kept.
    th.heap.i32[instance + EXC_ARGS] = newTuple(th, args);
  } else if ((args.length > 0 || kw !== null) && userNew(th, type) === 0 && !isExceptionType(th, type)
    && builtinBaseId(th, type) === TypeId.object) {
    raiseException(th, "TypeError", `${typeName(th, type)}() takes no arguments`);
  }
  return instance;
}

/** The __new__ a class (not a built-in base) defines, or 0. */
export function userNew(th: Thread, type: number): number {
  const i32 = th.heap.i32;
  const mro = i32[type + TYPE_MRO]!;
  const n = i32[mro + TUPLE_LENGTH]!;
  const key = internStr(th, "__new__");
  for (let k = 0; k < n; k++) {
    const t = th.heap.i32[mro + TUPLE_ITEMS + k]!;
    if (!isUserClass(th, t)) return 0;
    const dict = th.heap.i32[t + TYPE_DICT]!;
    const v = dict === 0 ? 0 : dictGetStr(th, dict, key);
    if (v !== 0) return v;
  }
  return 0;
}

function newInstance(th: Thread, type: number, args: number[], kw: Keywords | null): number {
  const custom = userNew(th, type);
  if (custom !== 0) {
    const fn = isStaticMethod(th, custom) ? th.heap.i32[custom + PAIR_FIRST]! : custom;
    return callObject(th, fn, [type, ...args], kw);
  }
  return allocateInstance(th, type, args, kw);
}

/** Built-in types whose __new__ makes an empty object that __init__ fills. */
const FILLED_BY_INIT = new Set<number>([TypeId.list, TypeId.dict, TypeId.set, TypeId.bytearray]);

/** Whether a class (not a built-in base) defines __init__. */
function hasOwnInit(th: Thread, type: number): boolean {
  const init = lookupType(th, type, internStr(th, "__init__"));
  return init !== 0 && !isBuiltin(th, init);
}

/** object.__new__ for a class: an instance laid out as its nearest built-in base's. */
export function allocateInstance(th: Thread, type: number, args: number[], kw: Keywords | null): number {
  const baseId = builtinBaseId(th, type);
  // The class's own __init__ fills a list, dict or set (calling the base's __init__ if it wants to).
  if (FILLED_BY_INIT.has(baseId) && hasOwnInit(th, type)) return constructBuiltin(th, typeById(th, baseId), type, [], null);
  if (baseId === TypeId.object) {
    if (typeOfValue(th, type) !== typeById(th, TypeId.type)) rejectAbstract(th, type);
    const obj = allocate(th.heap, th.heap.i32[type + TYPE_INSTANCE_WORDS]!, type);
    registerIfFinalizable(th, type, obj);
    return obj;
  }
  if (isExceptionType(th, type)) {
    if (isOsErrorType(th, type)) return newOsError(th, type, args);
    if (isGroupType(th, type)) return newExceptionGroup(th, type, args);
    const argsTuple = newTuple(th, args);
    const exc = allocate(th.heap, th.heap.i32[type + TYPE_INSTANCE_WORDS]!, type);
    th.heap.i32[exc + EXC_ARGS] = argsTuple;
    return exc;
  }
  return constructBuiltin(th, typeById(th, baseId), type, args, kw);
}

/**
 * object.__new__'s refusal to instantiate a class whose `__abstractmethods__`
 * (set by abc.ABCMeta) is not empty. Only classes with a metaclass can have one.
 */
function rejectAbstract(th: Thread, type: number): void {
  const abstract = lookupType(th, type, internStr(th, "__abstractmethods__"));
  if (abstract === 0 || !isTrue(th, abstract)) return;
  const names = iterateToArray(th, abstract).map((n) => `'${jsString(th, n)}'`).sort();
  const plural = names.length === 1 ? "" : "s";
  raiseException(th, "TypeError", `Can't instantiate abstract class ${typeName(th, type)} without an implementation for abstract method${plural} ${names.join(", ")}`);
}

function constructBuiltin(th: Thread, builtin: number, type: number, args: number[], kw: Keywords | null): number {
  const id = builtinBaseId(th, builtin);
  if (isExceptionType(th, builtin)) {
    if (kw === null || kw.names.length === 0) return allocateInstance(th, type, args, null);
    return exceptionWithKeywords(th, builtin, type, args, kw);
  }
  const make = constructors[id];
  if (make === undefined) {
    return raiseException(th, "TypeError", `cannot create '${typeName(th, type)}' instances`);
  }
  return make(th, type, args, kw);
}

/** The keywords some built-in exceptions take, which become attributes: AttributeError(name=, obj=) and the like. */
const EXCEPTION_KEYWORDS: Record<string, readonly string[]> = {
  AttributeError: ["name", "obj"],
  NameError: ["name"],
  ImportError: ["name", "path", "name_from"],
};

function exceptionWithKeywords(th: Thread, builtin: number, type: number, args: number[], kw: Keywords): number {
  let allowed: readonly string[] = [];
  for (const [base, names] of Object.entries(EXCEPTION_KEYWORDS)) {
    if (isSubtype(th, builtin, builtinType(th, base))) allowed = names;
  }
  const names = kw.names.map((n) => jsString(th, n));
  const bad = names.find((n) => !allowed.includes(n));
  if (bad !== undefined) {
    if (allowed.length === 0) raiseException(th, "TypeError", `${typeName(th, type)}() takes no keyword arguments`);
    raiseException(th, "TypeError", `${typeName(th, type)}() got an unexpected keyword argument '${bad}'`);
  }
  const exc = allocateInstance(th, type, args, null);
  th.pushRoot(exc);
  try {
    kw.names.forEach((n, k) => setAttr(th, exc, n, kw.values[k]!));
  } finally {
    th.popRoots(1);
  }
  return exc;
}
