// The _weakref module and the methods of weakref.ReferenceType, as CPython's
// Modules/_weakref.c and Objects/weakrefobject.c. src/lib/weakref.py builds
// the rest (WeakValueDictionary, finalize, proxy...) on top of these.

import { NONE, TYPE_DICT } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Keywords } from "../vm/calls.js";
import { registerConstructor } from "../vm/call-native.js";
import { raiseException } from "../vm/exceptions.js";
import { fromNumber, newIntFromBig } from "../vm/int-values.js";
import { newList } from "../vm/lists.js";
import { dictSetStr, internStr, isDict, newDict, newString, typeById, typeNameOf } from "../vm/model.js";
import { dictDelItem, dictGetItem } from "../vm/dicts.js";
import { registerNativeModule } from "../vm/imports.js";
import { hashOut, hashToBigInt } from "../objects/hash.js";
import type { Thread } from "../vm/thread.js";
import { isWeakref, weakrefCall, weakrefCompare, weakrefHash, weakrefRepr } from "../vm/weakref-ops.js";
import { newWeakref, referentOf, weakrefsOf } from "../vm/weakrefs.js";
import { newModule } from "./builtins.js";
import { arity } from "./args.js";
import { installModuleFunctions, moduleFunction, typeMethod } from "./registry.js";

const MODULE = "_weakref";
const W = TypeId.ReferenceType;

/** ref(object[, callback]); a subclass's __new__ ignores keywords (its __init__ may take them). */
function makeRef(th: Thread, type: number, args: number[], kw: Keywords | null): number {
  const exact = type === typeById(th, W);
  if (exact && kw !== null && kw.names.length > 0) raiseException(th, "TypeError", "ref() takes no keyword arguments");
  arity(th, "__new__", args, 1, 2);
  const callback = args[1] === undefined || args[1] === NONE ? 0 : args[1];
  return newWeakref(th, type, args[0]!, callback);
}

registerConstructor(W, makeRef);

function self(th: Thread, args: number[], name: string): number {
  const ref = args[0]!;
  if (!isWeakref(th, ref)) {
    raiseException(th, "TypeError", `descriptor '${name}' requires a 'weakref.ReferenceType' object but received a '${typeNameOf(th, ref)}'`);
  }
  return ref;
}

typeMethod(W, "__call__", (th, args, kw) => {
  const ref = self(th, args, "__call__");
  if (kw !== null && kw.names.length > 0) raiseException(th, "TypeError", "weakref() takes no keyword arguments");
  if (args.length > 1) raiseException(th, "TypeError", `weakref expected 0 arguments, got ${args.length - 1}`);
  return weakrefCall(th, ref);
});
typeMethod(W, "__hash__", (th, args) => {
  const lo = weakrefHash(th, self(th, args, "__hash__"));
  return newIntFromBig(th, hashToBigInt(lo, hashOut.hi));
});
typeMethod(W, "__eq__", (th, args) => weakrefCompare(th, 2, self(th, args, "__eq__"), args[1]!));
typeMethod(W, "__ne__", (th, args) => weakrefCompare(th, 3, self(th, args, "__ne__"), args[1]!));
typeMethod(W, "__repr__", (th, args) => newString(th, weakrefRepr(th, self(th, args, "__repr__"))));
// The arguments were taken by __new__; a subclass's __init__ may call this with its own.
typeMethod(W, "__init__", () => NONE);

moduleFunction(MODULE, "getweakrefcount", (th, args) => {
  arity(th, "getweakrefcount", args, 1, 1);
  return fromNumber(th, weakrefsOf(th, args[0]!).length);
});
moduleFunction(MODULE, "getweakrefs", (th, args) => {
  arity(th, "getweakrefs", args, 1, 1);
  return newList(th, weakrefsOf(th, args[0]!));
});
moduleFunction(MODULE, "_remove_dead_weakref", (th, args) => {
  arity(th, "_remove_dead_weakref", args, 2, 2);
  removeDeadWeakref(th, args[0]!, args[1]!);
  return NONE;
});

/** Deletes dict[key] if its value is a dead weak reference (WeakValueDictionary's callback); a missing key is no error. */
function removeDeadWeakref(th: Thread, dict: number, key: number): void {
  if (!isDict(th, dict)) raiseException(th, "TypeError", `_remove_dead_weakref() argument 1 must be dict, not ${typeNameOf(th, dict)}`);
  const value = dictGetItem(th, dict, key);
  if (value !== 0 && isWeakref(th, value) && referentOf(th.heap.i32, value) === 0) dictDelItem(th, dict, key);
}

registerNativeModule(MODULE, (th: Thread) => {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    const module = newModule(th, MODULE, dict);
    th.pushRoot(module);
    installModuleFunctions(th, MODULE, dict, module);
    th.popRoots(1);
    const refType = typeById(th, W);
    dictSetStr(th, th.heap.i32[refType + TYPE_DICT]!, internStr(th, "__module__"), newString(th, "weakref"));
    dictSetStr(th, dict, internStr(th, "ref"), refType);
    dictSetStr(th, dict, internStr(th, "ReferenceType"), refType);
    return module;
  } finally {
    th.popRoots(1);
  }
});
