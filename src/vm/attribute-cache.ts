// The inline caches of LOAD_ATTR and STORE_ATTR, and of the __init__ that
// CALL runs when it calls a class.
//
// Looking up `obj.name` the general way (attributes.ts) walks the MRO of the
// object's type, dict by dict, for a data descriptor, a __getattribute__
// hook and the name itself, before it looks in the instance's own dict. What
// it finds depends only on the type and on the contents of the dicts along
// its MRO. So each worker keeps a small direct-mapped table, indexed by the
// heap address of the instruction, of what the instruction decided last: the
// type (or, for `Class.name`, the class) it saw, its MRO tuple, the version
// tag of every dict along that MRO, and what to do (the kind):
//
//   DICT      no attribute of that name on the type: read the instance dict
//             (at the entry where the name was found last, if it is still
//             there), and take the general way if it is not there;
//   METHOD    a plain function or built-in method on the type, and the
//             method form of LOAD_ATTR: push it and `obj` (after checking the
//             instance dict does not hide it), with no bound method made;
//   BOUND     the same without the method form: a bound method;
//   PROPERTY  a property on the type: call its getter (a Python function
//             getter runs as an ordinary frame of the loop);
//   CLASS     `Class.name` found on the class: that value (a classmethod is
//             bound to the class, a staticmethod unwrapped); these entries
//             are keyed by the class itself, never by an instance's type;
//   STORE     STORE_ATTR on an instance of a plain class with no descriptor
//             and no __setattr__ for the name: the instance dict;
//   INIT      CALL of a plain class (no __new__ of its own, no built-in base
//             but object, metaclass `type`) whose __init__ is a Python
//             function: the loop makes the instance and runs __init__ as an
//             ordinary frame (keyed by the class, as CLASS entries are);
//   SLOW      known to need the general way.
//
// Every write to a dict (a class's dict included: `C.x = 1`, setattr on the
// class, `del`, a write to a base class) changes that dict's version tag in
// the heap, so a change to the type or to any class along its MRO makes the
// entry miss, whichever worker made it: the version check on each use is
// what keeps the cache right, and the table holds no state another worker
// needs. Entries also carry the collection epoch, since a collection may free
// a code object or a type and hand its address to another.

import { registerIfFinalizable } from "./finalizers.js";
import { allocate } from "../heap/alloc.js";
import {
  CODE_FLAGS, DICT_VERSION, FUNC_CODE, G_EPOCH, G_TYPES, PAIR_FIRST, PROPERTY_FGET, TUPLE_ITEMS, TUPLE_LENGTH,
  TYPE_DICT, TYPE_INSTANCE_WORDS, TYPE_MRO, TYPE_WORD, NONE,
} from "../heap/layout.js";
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_ITERABLE_COROUTINE } from "../compiler/code.js";
import { TypeId } from "../objects/type-ids.js";
import { dictGetStrFound, dictIndexStr, dictSetStr, dictValueAtIfKey, foundEntry } from "../objects/dict.js";
import { instanceDictWord } from "../objects/type.js";
import type { Thread } from "./thread.js";
import {
  builtinBaseId, ensureInstanceDict, internStr, isClassMethod, isFunction, isProperty, isStaticMethod, isType,
  isUserClass, newMethod,
} from "./model.js";
import { getAttr, hasUserGetAttribute, isMethodDescriptor, lookupType, plainMethod, setAttr } from "./attributes.js";
import { callObject } from "./calls.js";
import { userNew } from "./call-native.js";

const enum Kind {
  Slow,
  Dict,
  Method,
  Bound,
  Property,
  Class,
  ClassMethod,
  ClassSlow,
  Store,
  Init,
}

const ENTRIES = 8192;
const STRIDE = 16;
const TAG = 0;
const EPOCH = 1;
/** The type of the object, or the class itself for a CLASS or CLASSMETHOD entry. */
const KEY = 2;
const MRO = 3;
const KIND = 4;
const VALUE = 5;
/** The instance-dict entry where the name was found last. */
const HINT = 6;
const MRO_LENGTH = 7;
/** The MRO's dict versions, one word each. */
const VERSIONS = 8;
const MAX_MRO = STRIDE - VERSIONS;

/** This worker's entries; tag 0 (no instruction lives at word 0) marks an empty one. */
const entries = new Int32Array(ENTRIES * STRIDE);

/**
 * For LOAD_ATTR's method form: the `self` to push above the value that
 * `loadAttr` returned (0 when the value is already bound or no method).
 */
export let loadedSelf = 0;

/**
 * When `loadAttr` returns 0: the Python function that is a property's
 * getter, for the loop to call with `obj` in a frame of its own.
 */
export let pendingGetter = 0;

/**
 * `obj.name` for the LOAD_ATTR at heap word `at`; in the method form, sets
 * `loadedSelf`. Returns 0 (and sets `pendingGetter`) for a property whose
 * getter the loop should call itself.
 */
export function loadAttr(th: Thread, at: number, obj: number, name: number, methodForm: boolean): number {
  loadedSelf = 0;
  const e = validEntry(th, at, obj);
  if (e >= 0) {
    const kind = entries[e + KIND]!;
    const value = entries[e + VALUE]!;
    switch (kind) {
      case Kind.Dict: {
        const v = fromInstanceDict(th, e, obj, name);
        if (v !== 0) return v;
        break;
      }
      case Kind.Method:
        if (!instanceDictHas(th, obj, name)) {
          loadedSelf = obj;
          return value;
        }
        break;
      case Kind.Bound:
        if (!instanceDictHas(th, obj, name)) return newMethod(th, value, obj);
        break;
      case Kind.Property: {
        const fget = th.heap.i32[value + PROPERTY_FGET]!;
        if (!methodForm && isFunction(th, fget)) {
          pendingGetter = fget;
          return 0;
        }
        const v = callObject(th, fget, [obj]);
        loadedSelf = 0;
        return v;
      }
      case Kind.Class:
        return value;
      case Kind.ClassMethod:
        return newMethod(th, value, obj);
      default:
        break;
    }
    return general(th, obj, name, methodForm);
  }
  fillLoad(th, at, obj, name, methodForm);
  return general(th, obj, name, methodForm);
}

/** `obj.name = value` for the STORE_ATTR at heap word `at`. */
export function storeAttr(th: Thread, at: number, obj: number, name: number, value: number): void {
  const e = validEntry(th, at, obj);
  if (e >= 0) {
    if (entries[e + KIND] === Kind.Store) {
      dictSetStr(th.heap, ensureInstanceDict(th, obj), name, value);
      return;
    }
  } else {
    fillStore(th, at, obj, name);
  }
  setAttr(th, obj, name, value);
}

/**
 * The __init__ function to run in a frame of its own when the CALL at `at`
 * calls class `cls` (after making the instance with `newPlainInstance`), or
 * 0 when the call must go the general way (call-native.ts).
 */
export function plainClassInit(th: Thread, at: number, cls: number): number {
  const e = validEntry(th, at, cls);
  if (e >= 0) {
    const init = entries[e + KIND] === Kind.Init ? entries[e + VALUE]! : 0;
    // Checked on each use: a function's __code__ may have been replaced since.
    return init !== 0 && plainCode(th.heap.i32, init) ? init : 0;
  }
  fillInit(th, at, cls);
  return 0;
}

/** Whether function `func` runs as an ordinary frame (its code makes no generator or coroutine). */
function plainCode(i32: Int32Array, func: number): boolean {
  return (i32[i32[func + FUNC_CODE]! + CODE_FLAGS]! & (CO_GENERATOR | CO_COROUTINE | CO_ITERABLE_COROUTINE | CO_ASYNC_GENERATOR)) === 0;
}

/** A new instance of a class that `plainClassInit` accepted, its __dict__ not yet made. */
export function newPlainInstance(th: Thread, cls: number): number {
  const obj = allocate(th.heap, th.heap.i32[cls + TYPE_INSTANCE_WORDS]!, cls);
  registerIfFinalizable(th, cls, obj);
  return obj;
}

/** The general lookup (attributes.ts), in either form. */
function general(th: Thread, obj: number, name: number, methodForm: boolean): number {
  if (methodForm) {
    const method = plainMethod(th, obj, name);
    if (method !== 0) {
      loadedSelf = obj;
      return method;
    }
  }
  const v = getAttr(th, obj, name);
  // The lookup may have run Python code (a __get__, a __getattr__) whose own
  // method loads set loadedSelf: this load has no self.
  loadedSelf = 0;
  return v;
}

// ---------------------------------------------------------------------------
// Validation

/** The entry for the instruction at `at`, if it was made for `obj`'s type (or class) and still holds; else -1. */
function validEntry(th: Thread, at: number, obj: number): number {
  const i32 = th.heap.i32;
  const e = ((at >> 1) & (ENTRIES - 1)) * STRIDE;
  if (entries[e + TAG] !== at || entries[e + EPOCH] !== i32[G_EPOCH]) return -1;
  const type = (obj & 1) === 1 ? i32[G_TYPES + TypeId.int]! : i32[obj + TYPE_WORD]!;
  const key = entries[e + KEY]!;
  const kind = entries[e + KIND]!;
  const classEntry = kind === Kind.Class || kind === Kind.ClassMethod || kind === Kind.ClassSlow || kind === Kind.Init;
  if (key !== (classEntry ? obj : type)) return -1;
  const mro = i32[key + TYPE_MRO]!;
  if (entries[e + MRO] !== mro) return -1;
  const n = entries[e + MRO_LENGTH]!;
  for (let k = 0; k < n; k++) {
    if (entries[e + VERSIONS + k] !== dictVersionOf(i32, i32[mro + TUPLE_ITEMS + k]!)) return -1;
  }
  return e;
}

function dictVersionOf(i32: Int32Array, type: number): number {
  const dict = i32[type + TYPE_DICT]!;
  return dict === 0 ? -1 : i32[dict + DICT_VERSION]!;
}

/**
 * Starts an entry for `key` (a type, or a class for CLASS entries): records
 * its MRO and the versions now, before the lookups that decide the kind, so
 * that a write racing with those lookups makes the entry miss. Returns the
 * entry, or -1 when the MRO is too long to cache.
 */
function startEntry(th: Thread, at: number, key: number): number {
  const i32 = th.heap.i32;
  const mro = i32[key + TYPE_MRO]!;
  if (mro === 0) return -1;
  const n = i32[mro + TUPLE_LENGTH]!;
  if (n > MAX_MRO) return -1;
  const e = ((at >> 1) & (ENTRIES - 1)) * STRIDE;
  entries[e + TAG] = 0;
  entries[e + EPOCH] = i32[G_EPOCH]!;
  entries[e + KEY] = key;
  entries[e + MRO] = mro;
  entries[e + MRO_LENGTH] = n;
  for (let k = 0; k < n; k++) entries[e + VERSIONS + k] = dictVersionOf(i32, i32[mro + TUPLE_ITEMS + k]!);
  entries[e + KIND] = Kind.Slow;
  entries[e + VALUE] = 0;
  entries[e + HINT] = 0;
  return e;
}

function finishEntry(e: number, at: number, kind: Kind, value: number): void {
  entries[e + KIND] = kind;
  entries[e + VALUE] = value;
  entries[e + TAG] = at;
}

// ---------------------------------------------------------------------------
// Filling

/** Decides what the LOAD_ATTR at `at` does for objects like `obj` (see the kinds above). */
function fillLoad(th: Thread, at: number, obj: number, name: number, methodForm: boolean): void {
  if ((obj & 1) === 0 && isType(th, obj)) {
    fillClassLoad(th, at, obj, name);
    return;
  }
  const i32 = th.heap.i32;
  const type = (obj & 1) === 1 ? i32[G_TYPES + TypeId.int]! : i32[obj + TYPE_WORD]!;
  const e = startEntry(th, at, type);
  if (e < 0) return;
  if (type === i32[G_TYPES + TypeId.super] || (isUserClass(th, type) && hasUserGetAttribute(th, type))) {
    finishEntry(e, at, Kind.Slow, 0);
    return;
  }
  const descr = lookupType(th, type, name);
  const hasDict = (obj & 1) === 0 && instanceDictWord(th.heap, obj) >= 0;
  if (descr === 0) finishEntry(e, at, hasDict ? Kind.Dict : Kind.Slow, 0);
  else if (isProperty(th, descr)) finishEntry(e, at, propertyWithGetter(th, descr) ? Kind.Property : Kind.Slow, descr);
  else if (methodForm && (isFunction(th, descr) || isMethodDescriptor(th, descr))) finishEntry(e, at, Kind.Method, descr);
  else if (!methodForm && isFunction(th, descr)) finishEntry(e, at, Kind.Bound, descr);
  else finishEntry(e, at, Kind.Slow, 0);
}

function propertyWithGetter(th: Thread, descr: number): boolean {
  const fget = th.heap.i32[descr + PROPERTY_FGET]!;
  return fget !== 0 && fget !== NONE;
}

/**
 * `Class.name` where the class's metaclass is exactly `type` and `type`
 * itself has no attribute of that name (built-in types' dicts never change
 * once made, so only the class's MRO needs watching).
 */
function fillClassLoad(th: Thread, at: number, cls: number, name: number): void {
  const i32 = th.heap.i32;
  const typeType = i32[G_TYPES + TypeId.type]!;
  if (cls === typeType || i32[cls + TYPE_WORD] !== typeType) return;
  const e = startEntry(th, at, cls);
  if (e < 0) return;
  if (lookupType(th, typeType, name) !== 0) {
    finishEntry(e, at, Kind.ClassSlow, 0);
    return;
  }
  const v = lookupType(th, cls, name);
  if (v === 0) finishEntry(e, at, Kind.ClassSlow, 0);
  else if (isClassMethod(th, v)) finishEntry(e, at, Kind.ClassMethod, i32[v + PAIR_FIRST]!);
  else if (isStaticMethod(th, v)) finishEntry(e, at, Kind.Class, i32[v + PAIR_FIRST]!);
  else finishEntry(e, at, Kind.Class, v);
}

/** Decides what the STORE_ATTR at `at` does for objects like `obj`. */
function fillStore(th: Thread, at: number, obj: number, name: number): void {
  if ((obj & 1) === 1) return;
  const type = th.heap.i32[obj + TYPE_WORD]!;
  const e = startEntry(th, at, type);
  if (e < 0) return;
  const plain = !isType(th, obj) && isUserClass(th, type) && builtinBaseId(th, type) === TypeId.object
    && instanceDictWord(th.heap, obj) >= 0 && lookupType(th, type, name) === 0
    && !isFunction(th, lookupType(th, type, internStr(th, "__setattr__")));
  finishEntry(e, at, plain ? Kind.Store : Kind.Slow, 0);
}

/** Decides whether the CALL at `at` may run `cls`'s __init__ in the loop (as callType would call it). */
function fillInit(th: Thread, at: number, cls: number): void {
  const i32 = th.heap.i32;
  if ((cls & 1) === 1 || cls === 0 || i32[cls + TYPE_WORD] !== i32[G_TYPES + TypeId.type]) return;
  const e = startEntry(th, at, cls);
  if (e < 0) return;
  const init = isUserClass(th, cls) && builtinBaseId(th, cls) === TypeId.object && userNew(th, cls) === 0
    ? lookupType(th, cls, internStr(th, "__init__")) : 0;
  const plain = init !== 0 && isFunction(th, init) && plainCode(i32, init);
  finishEntry(e, at, plain ? Kind.Init : Kind.ClassSlow, plain ? init : 0);
}

// ---------------------------------------------------------------------------
// Instance dicts

/** obj.__dict__[name] or 0, trying first the entry where the last hit was. */
function fromInstanceDict(th: Thread, e: number, obj: number, name: number): number {
  const heap = th.heap;
  const word = instanceDictWord(heap, obj);
  const dict = word < 0 ? 0 : heap.i32[word]!;
  if (dict === 0) return 0;
  const hinted = dictValueAtIfKey(heap, dict, entries[e + HINT]!, name);
  if (hinted !== 0) return hinted;
  const v = dictGetStrFound(heap, dict, name);
  if (v !== 0) entries[e + HINT] = foundEntry;
  return v;
}

function instanceDictHas(th: Thread, obj: number, name: number): boolean {
  if ((obj & 1) === 1) return false;
  const heap = th.heap;
  const word = instanceDictWord(heap, obj);
  const dict = word < 0 ? 0 : heap.i32[word]!;
  return dict !== 0 && dictIndexStr(heap, dict, name) >= 0;
}
