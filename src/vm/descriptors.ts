// Data descriptors other than property: the member descriptors that
// __slots__ puts on a class, and objects of classes that define __set__ or
// __delete__.
//
// A data descriptor found on the type takes precedence over the instance's
// __dict__, for reading, assigning and deleting (object.__getattribute__,
// __setattr__ and __delattr__). A member descriptor reads and writes one word
// of the instance, at MEMBER_OFFSET; 0 there means the slot is empty.

import { MEMBER_NAME, MEMBER_OFFSET, MEMBER_OWNER, MEMBER_WORDS, PROPERTY_FDEL, PROPERTY_FSET, NONE } from "../heap/layout.js";
import { allocate } from "../heap/alloc.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import {
  internStr, isProperty, isSubtype, isUserClass, jsString, typeById, typeIdOfValue, typeName, typeNameOf, typeOfValue,
} from "./model.js";
import { raiseException } from "./exceptions.js";
import { callObject } from "./calls.js";
import { lookupType } from "./attributes.js";

export function isMember(th: Thread, v: number): boolean {
  return (v & 1) === 0 && v !== 0 && typeIdOfValue(th, v) === TypeId.member_descriptor;
}

/** Whether a user-defined object's type defines __set__ or __delete__. */
function isUserDataDescriptor(th: Thread, v: number): boolean {
  if ((v & 1) === 1) return false;
  const type = typeOfValue(th, v);
  if (!isUserClass(th, type)) return false;
  return lookupType(th, type, internStr(th, "__set__")) !== 0 || lookupType(th, type, internStr(th, "__delete__")) !== 0;
}

/** Whether `descr`, found on a type, overrides the instance's __dict__. */
export function isDataDescriptor(th: Thread, descr: number): boolean {
  return isProperty(th, descr) || isMember(th, descr) || isUserDataDescriptor(th, descr);
}

// ---------------------------------------------------------------------------
// Member descriptors

/** A member descriptor for the slot `name` of `owner`, kept at instance word `offset`. */
export function newMember(th: Thread, name: number, owner: number, offset: number): number {
  const m = allocate(th.heap, MEMBER_WORDS, typeById(th, TypeId.member_descriptor));
  const i32 = th.heap.i32;
  i32[m + MEMBER_NAME] = name;
  i32[m + MEMBER_OWNER] = owner;
  i32[m + MEMBER_OFFSET] = (offset << 1) | 1;
  return m;
}

export function memberName(th: Thread, m: number): string {
  return jsString(th, th.heap.i32[m + MEMBER_NAME]!);
}

export function memberOwner(th: Thread, m: number): number {
  return th.heap.i32[m + MEMBER_OWNER]!;
}

/** The word of `obj` that member `m` reads; raises TypeError when `obj` is not an instance of its class. */
function memberWord(th: Thread, m: number, obj: number): number {
  const owner = memberOwner(th, m);
  if ((obj & 1) === 1 || !isSubtype(th, typeOfValue(th, obj), owner)) {
    raiseException(th, "TypeError", `descriptor '${memberName(th, m)}' for '${typeName(th, owner)}' objects doesn't apply to a '${typeNameOf(th, obj)}' object`);
  }
  return obj + (th.heap.i32[m + MEMBER_OFFSET]! >> 1);
}

export function memberGet(th: Thread, m: number, obj: number): number {
  const v = th.heap.i32[memberWord(th, m, obj)]!;
  if (v === 0) raiseException(th, "AttributeError", `'${typeNameOf(th, obj)}' object has no attribute '${memberName(th, m)}'`);
  return v;
}

export function memberSet(th: Thread, m: number, obj: number, value: number): void {
  th.heap.i32[memberWord(th, m, obj)] = value;
}

export function memberDelete(th: Thread, m: number, obj: number): void {
  const word = memberWord(th, m, obj);
  // CPython names only the slot here.
  if (th.heap.i32[word] === 0) raiseException(th, "AttributeError", memberName(th, m));
  th.heap.i32[word] = 0;
}

// ---------------------------------------------------------------------------
// Assigning and deleting through a data descriptor

/** `obj.name = value` where `descr` is a data descriptor on the type. */
export function descriptorSet(th: Thread, descr: number, obj: number, name: number, value: number): void {
  if (isProperty(th, descr)) {
    const fset = th.heap.i32[descr + PROPERTY_FSET]!;
    if (fset === 0 || fset === NONE) {
      raiseException(th, "AttributeError", `property '${jsString(th, name)}' of '${typeNameOf(th, obj)}' object has no setter`);
    }
    callObject(th, fset, [obj, value]);
    return;
  }
  if (isMember(th, descr)) {
    memberSet(th, descr, obj, value);
    return;
  }
  const set = lookupType(th, typeOfValue(th, descr), internStr(th, "__set__"));
  if (set === 0) raiseException(th, "AttributeError", "__set__");
  callObject(th, set, [descr, obj, value]);
}

/** `del obj.name` where `descr` is a data descriptor on the type. */
export function descriptorDelete(th: Thread, descr: number, obj: number, name: number): void {
  if (isProperty(th, descr)) {
    const fdel = th.heap.i32[descr + PROPERTY_FDEL]!;
    if (fdel === 0 || fdel === NONE) {
      raiseException(th, "AttributeError", `property '${jsString(th, name)}' of '${typeNameOf(th, obj)}' object has no deleter`);
    }
    callObject(th, fdel, [obj]);
    return;
  }
  if (isMember(th, descr)) {
    memberDelete(th, descr, obj);
    return;
  }
  const del = lookupType(th, typeOfValue(th, descr), internStr(th, "__delete__"));
  if (del === 0) raiseException(th, "AttributeError", "__delete__");
  callObject(th, del, [descr, obj]);
}
