// Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, method loads
// and `super()`.
//
// Follows object.__getattribute__: a data descriptor found on the type (a
// property) wins, then the instance's __dict__, then what the type has (a
// function becomes a bound method, a classmethod binds to the class), then
// __getattr__. Attributes of built-in objects that are not in any dict
// (`func.__name__`, `exc.args`, `type.__mro__`) come from the per-type tables
// of special attributes in special-attributes.ts.

import { noteDelDefined } from "./finalizers.js";
import {
  BUILTIN_INDEX, BUILTIN_SELF, MODULE_DICT, MODULE_NAME, NONE, PAIR_FIRST, PROPERTY_FDEL, PROPERTY_FGET,
  PROPERTY_FSET, TYPE_DICT, TYPE_MRO, TUPLE_ITEMS, TUPLE_LENGTH, SUPER_OBJ, SUPER_OBJTYPE, SUPER_TYPE,
} from "../heap/layout.js";
import { AttributeMissingError } from "../heap/errors.js";
import type { Thread } from "./thread.js";
import {
  dictGetStr, dictSetStr, dictDelStr, instanceDictOf, isBuiltin, isClassMethod, isFunction, isModule,
  isProperty, isStaticMethod, isType, jsString, newBoundBuiltin, newMethod, internStr, typeName,
  typeOfValue, builtinType, isSubtype, isUserClass, ensureInstanceDict, typeById, tpName,
} from "./model.js";
import { TypeId } from "../objects/type-ids.js";
import { nativeTable } from "./natives.js";
import { raiseException, PyRaise } from "./exceptions.js";
import { callObject } from "./calls.js";
import { specialAttribute, setSpecialAttribute } from "./special-attributes.js";
import { partialModuleMessage } from "./import-spec.js";
import { descriptorDelete, descriptorSet, isDataDescriptor, isMember, memberGet } from "./descriptors.js";

/** The attribute `name` (a str) found along `type`'s MRO, without binding; 0 if none. */
export function lookupType(th: Thread, type: number, name: number): number {
  const i32 = th.heap.i32;
  const mro = i32[type + TYPE_MRO]!;
  const n = mro === 0 ? 0 : i32[mro + TUPLE_LENGTH]!;
  if (n === 0) {
    const dict = i32[type + TYPE_DICT]!;
    return dict === 0 ? 0 : dictGetStr(th, dict, name);
  }
  for (let k = 0; k < n; k++) {
    const t = th.heap.i32[mro + TUPLE_ITEMS + k]!;
    const dict = th.heap.i32[t + TYPE_DICT]!;
    if (dict === 0) continue;
    const v = dictGetStr(th, dict, name);
    if (v !== 0) return v;
  }
  return 0;
}

export function isMethodDescriptor(th: Thread, v: number): boolean {
  return isBuiltin(th, v) && th.heap.i32[v + BUILTIN_SELF] === 0 && nativeTable[th.heap.i32[v + BUILTIN_INDEX]!]!.method;
}

/** What a descriptor found on the type gives for instance `obj` (binding functions). */
export function bindDescriptor(th: Thread, descr: number, obj: number, type: number): number {
  if (isFunction(th, descr)) return newMethod(th, descr, obj);
  if (isMethodDescriptor(th, descr)) return newBoundBuiltin(th, descr, obj);
  if (isClassMethod(th, descr)) return newMethod(th, th.heap.i32[descr + PAIR_FIRST]!, type);
  if (isStaticMethod(th, descr)) return th.heap.i32[descr + PAIR_FIRST]!;
  if (isProperty(th, descr)) {
    const fget = th.heap.i32[descr + PROPERTY_FGET]!;
    if (fget === 0 || fget === NONE) raiseException(th, "AttributeError", `property of '${typeName(th, type)}' object has no getter`);
    return callObject(th, fget, [obj]);
  }
  if (isMember(th, descr)) return memberGet(th, descr, obj);
  if (!isBuiltin(th, descr) && !isType(th, descr)) {
    const get = lookupType(th, typeOfValue(th, descr), internStr(th, "__get__"));
    if (get !== 0) return callObject(th, get, [descr, obj, type]);
  }
  return descr;
}

/**
 * The `__set__` or `__delete__` of a descriptor defined in Python, or 0. An
 * object with either is a data descriptor: like a property, it takes
 * precedence over the instance dict.
 */
function userDescriptorHook(th: Thread, descr: number, hook: "__set__" | "__delete__"): number {
  if ((descr & 1) !== 0 || isFunction(th, descr) || isBuiltin(th, descr) || isType(th, descr)) return 0;
  const type = typeOfValue(th, descr);
  if (!isUserClass(th, type)) return 0;
  return lookupType(th, type, internStr(th, hook));
}

function isUserDataDescriptor(th: Thread, descr: number): boolean {
  return userDescriptorHook(th, descr, "__set__") !== 0 || userDescriptorHook(th, descr, "__delete__") !== 0;
}

/** `obj.name`; `name` is a str value. */
export function getAttr(th: Thread, obj: number, name: number): number {
  const v = getAttrOrZero(th, obj, name);
  if (v !== 0) return v;
  return attributeError(th, obj, name);
}

export function getAttrString(th: Thread, obj: number, name: string): number {
  return getAttr(th, obj, internStr(th, name));
}

/** `obj.name`, or 0 when there is no such attribute (AttributeError from a property propagates). */
export function getAttrOrZero(th: Thread, obj: number, name: number): number {
  if ((obj & 1) === 0 && !isType(th, obj)) {
    const type = typeOfValue(th, obj);
    if (isUserClass(th, type)) {
      const hook = lookupType(th, type, internStr(th, "__getattribute__"));
      if (hook !== 0 && isFunction(th, hook)) return userGetAttribute(th, obj, name, hook);
    }
  }
  return genericGetAttr(th, obj, name, true);
}

/** A class's own __getattribute__, with __getattr__ as the fallback when it raises AttributeError. */
function userGetAttribute(th: Thread, obj: number, name: number, hook: number): number {
  try {
    return callObject(th, hook, [obj, name]);
  } catch (err) {
    const getattr = lookupType(th, typeOfValue(th, obj), internStr(th, "__getattr__"));
    if (getattr === 0 || !isAttributeError(th, err)) throw err;
    return callObject(th, getattr, [obj, name]);
  }
}

function isAttributeError(th: Thread, err: unknown): boolean {
  if (err instanceof PyRaise) return isSubtype(th, typeOfValue(th, err.exc), builtinType(th, "AttributeError"));
  return err instanceof Error && (err as { typeName?: string }).typeName === "AttributeError";
}

/**
 * object.__getattribute__, and __getattr__ after it when `withGetattrHook`:
 * called when the lookup finds nothing or raises AttributeError (from a
 * property, say), as CPython's slot_tp_getattr_hook.
 */
export function genericGetAttr(th: Thread, obj: number, name: number, withGetattrHook: boolean): number {
  const hook = withGetattrHook ? getattrHook(th, obj) : 0;
  if (hook === 0) return plainGetAttr(th, obj, name);
  let v: number;
  try {
    v = plainGetAttr(th, obj, name);
  } catch (err) {
    if (!isAttributeError(th, err)) throw err;
    v = 0;
  }
  return v !== 0 ? v : callObject(th, hook, [obj, name]);
}

/** The __getattr__ of a user class (or of a class's user metaclass), or 0. */
function getattrHook(th: Thread, obj: number): number {
  if ((obj & 1) !== 0) return 0;
  const type = typeOfValue(th, obj);
  if (!isUserClass(th, type)) return 0;
  return lookupType(th, type, internStr(th, "__getattr__"));
}

function plainGetAttr(th: Thread, obj: number, name: number): number {
  if (isType(th, obj)) return typeGetAttr(th, obj, name);
  const type = typeOfValue(th, obj);
  if (type === typeById(th, TypeId.super)) {
    const i32 = th.heap.i32;
    const self = i32[obj + SUPER_OBJ]!;
    const found = superLookup(th, i32[obj + SUPER_TYPE]!, self, name);
    if (found !== 0) return bindDescriptor(th, found, self, i32[obj + SUPER_OBJTYPE]! || typeOfValue(th, self));
  }
  const descr = lookupType(th, type, name);
  if (descr !== 0 && isDataDescriptor(th, descr)) return bindDescriptor(th, descr, obj, type);
  const dict = instanceDictOf(th, obj);
  if (dict !== 0) {
    const v = dictGetStr(th, dict, name);
    if (v !== 0) return v;
  }
  if (descr !== 0) return bindDescriptor(th, descr, obj, type);
  const special = specialAttribute(th, obj, jsString(th, name));
  if (special !== 0) return special;
  // A module's own __getattr__ function (PEP 562) answers for names its dict lacks.
  if (dict !== 0 && isModule(th, obj)) {
    const hook = dictGetStr(th, dict, internStr(th, "__getattr__"));
    if (hook !== 0) return callObject(th, hook, [name]);
  }
  return 0;
}

function typeGetAttr(th: Thread, type: number, name: number): number {
  const meta = typeOfValue(th, type);
  const metaDescr = lookupType(th, meta, name);
  if (metaDescr !== 0 && isProperty(th, metaDescr)) return bindDescriptor(th, metaDescr, type, meta);
  const v = lookupType(th, type, name);
  if (v !== 0) {
    if (isClassMethod(th, v)) return newMethod(th, th.heap.i32[v + PAIR_FIRST]!, type);
    if (isStaticMethod(th, v)) return th.heap.i32[v + PAIR_FIRST]!;
    if (!isType(th, v) && isUserClass(th, typeOfValue(th, v))) return bindDescriptor(th, v, NONE, type);
    return v;
  }
  const special = specialAttribute(th, type, jsString(th, name));
  if (special !== 0) return special;
  if (metaDescr !== 0) return bindDescriptor(th, metaDescr, type, meta);
  return 0;
}

function attributeError(th: Thread, obj: number, name: number): never {
  const attr = jsString(th, name);
  if (isModule(th, obj)) {
    const moduleName = jsString(th, th.heap.i32[obj + MODULE_NAME]!);
    const partial = partialModuleMessage(th, obj, moduleName, attr);
    if (partial !== null) return raiseException(th, "AttributeError", partial);
    throw new AttributeMissingError(`module '${moduleName}' has no attribute '${attr}'`, obj, name);
  }
  if (isType(th, obj)) throw new AttributeMissingError(`type object '${typeName(th, obj)}' has no attribute '${attr}'`, obj, name);
  throw new AttributeMissingError(`'${tpName(th, typeOfValue(th, obj))}' object has no attribute '${attr}'`, obj, name);
}

/**
 * The function (or built-in method descriptor) that `obj.name` would bind to
 * `obj`, when it is a plain method; else 0, and `obj.name` must be got the
 * general way. LOAD_ATTR's method form then calls it with `obj` first,
 * without making a bound method.
 */
export function plainMethod(th: Thread, obj: number, name: number): number {
  if (isType(th, obj)) return 0;
  const type = typeOfValue(th, obj);
  if (type === typeById(th, TypeId.super) || (isUserClass(th, type) && hasUserGetAttribute(th, type))) return 0;
  const descr = lookupType(th, type, name);
  if (descr !== 0 && (isFunction(th, descr) || isMethodDescriptor(th, descr))) {
    const dict = instanceDictOf(th, obj);
    if (dict === 0 || dictGetStr(th, dict, name) === 0) return descr;
  }
  return 0;
}

export function hasUserGetAttribute(th: Thread, type: number): boolean {
  const hook = lookupType(th, type, internStr(th, "__getattribute__"));
  return hook !== 0 && isFunction(th, hook);
}

/** A special method looked up on the type and bound to `obj`, or 0. */
export function lookupSpecial(th: Thread, obj: number, name: string): number {
  const type = typeOfValue(th, obj);
  const descr = lookupType(th, type, internStr(th, name));
  if (descr === 0) return 0;
  return bindDescriptor(th, descr, obj, type);
}

/** `obj.name = value`. */
export function setAttr(th: Thread, obj: number, name: number, value: number): void {
  const type = typeOfValue(th, obj);
  if (isType(th, obj)) {
    // A metaclass's own __setattr__ (an enum refusing to rebind a member, say) comes first.
    if (type !== typeById(th, TypeId.type) && isUserClass(th, type)) {
      const hook = lookupType(th, type, internStr(th, "__setattr__"));
      if (hook !== 0 && isFunction(th, hook)) {
        callObject(th, hook, [obj, name, value]);
        return;
      }
    }
    setTypeAttr(th, obj, name, value);
    return;
  }
  // A class's own __setattr__ comes first; descriptors (properties, slots,
  // data descriptors) are object.__setattr__'s business, as in CPython.
  if (isUserClass(th, type)) {
    const hook = lookupType(th, type, internStr(th, "__setattr__"));
    if (hook !== 0 && isFunction(th, hook)) {
      callObject(th, hook, [obj, name, value]);
      return;
    }
  }
  genericSetAttr(th, obj, name, value);
}

/** type.__setattr__: a class attribute, in the class's dict. */
export function setTypeAttr(th: Thread, cls: number, name: number, value: number): void {
  if (!isUserClass(th, cls)) {
    raiseException(th, "TypeError", `cannot set '${jsString(th, name)}' attribute of immutable type '${typeName(th, cls)}'`);
  }
  dictSetStr(th, th.heap.i32[cls + TYPE_DICT]!, name, value);
  if (jsString(th, name) === "__del__") noteDelDefined(th);
}

/** object.__setattr__: the instance dict (or a special attribute). */
export function genericSetAttr(th: Thread, obj: number, name: number, value: number, descr = -1): void {
  const type = typeOfValue(th, obj);
  if (descr === -1) descr = lookupType(th, type, name);
  if (descr !== 0 && isDataDescriptor(th, descr)) {
    descriptorSet(th, descr, obj, name, value);
    return;
  }
  const set = descr === 0 ? 0 : userDescriptorHook(th, descr, "__set__");
  if (set !== 0) {
    callObject(th, set, [descr, obj, value]);
    return;
  }
  if (setSpecialAttribute(th, obj, jsString(th, name), value)) return;
  const dict = ensureInstanceDict(th, obj);
  if (dict === 0) {
    if (descr !== 0) {
      raiseException(th, "AttributeError", `'${typeName(th, type)}' object attribute '${jsString(th, name)}' is read-only`);
    }
    raiseException(th, "AttributeError", `'${typeName(th, type)}' object has no attribute '${jsString(th, name)}' and no __dict__ for setting new attributes`);
  }
  dictSetStr(th, dict, name, value);
}

/** `del obj.name`. */
export function delAttr(th: Thread, obj: number, name: number): void {
  const type = typeOfValue(th, obj);
  if ((obj & 1) === 0 && !isType(th, obj) && isUserClass(th, type)) {
    const hook = lookupType(th, type, internStr(th, "__delattr__"));
    if (hook !== 0 && isFunction(th, hook)) {
      callObject(th, hook, [obj, name]);
      return;
    }
  }
  genericDelAttr(th, obj, name);
}

/** object.__delattr__. */
export function genericDelAttr(th: Thread, obj: number, name: number): void {
  const type = typeOfValue(th, obj);
  const target = isType(th, obj) ? th.heap.i32[obj + TYPE_DICT]! : 0;
  const descr = target === 0 ? lookupType(th, type, name) : 0;
  if (descr !== 0 && isDataDescriptor(th, descr)) {
    descriptorDelete(th, descr, obj, name);
    return;
  }
  const remove = descr === 0 ? 0 : userDescriptorHook(th, descr, "__delete__");
  if (remove !== 0) {
    callObject(th, remove, [descr, obj]);
    return;
  }
  const dict = target !== 0 ? target : instanceDictOf(th, obj);
  if (dict !== 0 && dictDelStr(th, dict, name)) return;
  if (target === 0 && !isModule(th, obj) && ensureInstanceDict(th, obj) === 0) {
    raiseException(th, "AttributeError", `'${typeName(th, type)}' object has no attribute '${jsString(th, name)}' and no __dict__ for setting new attributes`);
  }
  attributeError(th, obj, name);
}

/** LOAD_SUPER_ATTR: `super(cls, self).name`, as [value, self] in method form or [value, 0]. */
export function loadSuperAttr(
  th: Thread, superFunc: number, cls: number, self: number, name: number, methodForm: boolean,
): [number, number] {
  if (superFunc !== typeById(th, TypeId.super) || !isType(th, cls)) {
    const proxy = callObject(th, superFunc, [cls, self]);
    return [getAttr(th, proxy, name), 0];
  }
  const found = superLookup(th, cls, self, name);
  if (found === 0) {
    return raiseException(th, "AttributeError", `'super' object has no attribute '${jsString(th, name)}'`);
  }
  // A built-in __new__ is a static method: it takes the class explicitly.
  if (name === internStr(th, "__new__") && isBuiltin(th, found)) return [found, 0];
  if (methodForm && !isType(th, self) && (isFunction(th, found) || isMethodDescriptor(th, found))) return [found, self];
  // __new__ is a static method: super().__new__(cls, ...) passes cls itself.
  if (name === internStr(th, "__new__") && isMethodDescriptor(th, found)) return [found, 0];
  const ownerType = isType(th, self) && isSubtype(th, self, cls) ? self : typeOfValue(th, self);
  if (isType(th, self) && isSubtype(th, self, cls) && isFunction(th, found)) return [found, 0];
  return [bindDescriptor(th, found, self, ownerType), 0];
}

/** The attribute after `cls` in the MRO of `self`'s type (or of `self` when it is a class). */
export function superLookup(th: Thread, cls: number, self: number, name: number): number {
  const start = isType(th, self) && isSubtype(th, self, cls) ? self : typeOfValue(th, self);
  const i32 = th.heap.i32;
  const mro = i32[start + TYPE_MRO]!;
  const n = i32[mro + TUPLE_LENGTH]!;
  let k = 0;
  while (k < n && i32[mro + TUPLE_ITEMS + k] !== cls) k++;
  for (k++; k < n; k++) {
    const t = th.heap.i32[mro + TUPLE_ITEMS + k]!;
    const dict = th.heap.i32[t + TYPE_DICT]!;
    if (dict === 0) continue;
    const v = dictGetStr(th, dict, name);
    if (v !== 0) return v;
  }
  return 0;
}

/** `getattr(obj, name, default)`: the default when AttributeError is raised. */
export function getAttrWithDefault(th: Thread, obj: number, name: number, fallback: number): number {
  try {
    const v = getAttrOrZero(th, obj, name);
    return v === 0 ? fallback : v;
  } catch (err) {
    if (err instanceof PyRaise && isSubtype(th, typeOfValue(th, err.exc), builtinType(th, "AttributeError"))) return fallback;
    if (err instanceof Error && err.name === "PyError" && (err as { typeName?: string }).typeName === "AttributeError") return fallback;
    throw err;
  }
}

export function moduleDict(th: Thread, module: number): number {
  return th.heap.i32[module + MODULE_DICT]!;
}
