// Type objects: every type is a heap object with the TYPE_* layout
// (layout.ts): name, qualname, base, bases, MRO and attribute dict, then raw
// words (flags, the native slot table index, how instances are laid out, a
// version tag, the built-in TypeId).
//
// Built-in types are made at heap creation (bootstrap.ts) and found through
// the type table (G_TYPES) by TypeId or by name. Attribute lookup on a type
// walks its MRO tuple and looks in each class's dict, as CPython's
// _PyType_Lookup does; built-in behaviour that needs no dict dispatches
// through the native slot table (slots.ts) by TYPE_SLOTS.

import { allocate } from "../heap/alloc.js";
import { PyError } from "../heap/errors.js";
import type { Heap } from "../heap/heap.js";
import {
  G_NEXT_TYPE_VERSION, G_TYPES, TF_METATYPE, TRACE_FIXED, TUPLE_ITEMS, TUPLE_LENGTH, TYPE_BASE, TYPE_DICT,
  TYPE_DICT_OFFSET, TYPE_FLAGS, TYPE_ID, TYPE_INSTANCE_WORDS, TYPE_MRO, TYPE_NAME, TYPE_QUALNAME, TYPE_SLOTS,
  TYPE_TRACE_KIND, TYPE_VERSION, TYPE_WORD,
} from "../heap/layout.js";
import { dictGetName, dictGetStr } from "./dict.js";
import { strValue } from "./str.js";
import { TypeId, typeIdOf } from "./type-ids.js";

/** The type of any value (small ints are ints). */
export function typeOf(heap: Heap, v: number): number {
  if ((v & 1) === 1) return heap.i32[G_TYPES + TypeId.int]!;
  return heap.i32[v + TYPE_WORD]!;
}

/** The built-in type with this TypeId. */
export function typeById(heap: Heap, id: number): number {
  return heap.i32[G_TYPES + id]!;
}

/** The built-in type called `name` ("ValueError", "int", "list_iterator"...). */
export function builtinType(heap: Heap, name: string): number {
  const id = typeIdOf(name);
  if (id < 0) throw new RangeError(`no built-in type named ${name}`);
  return heap.i32[G_TYPES + id]!;
}

/** Whether `v` is a type object. */
export function isType(heap: Heap, v: number): boolean {
  if ((v & 1) === 1 || v === 0) return false;
  const metatype = heap.i32[v + TYPE_WORD]!;
  return (metatype & 1) === 0 && (heap.i32[metatype + TYPE_FLAGS]! & TF_METATYPE) !== 0;
}

/** type.__name__ */
export function typeName(heap: Heap, type: number): string {
  return strValue(heap, heap.i32[type + TYPE_NAME]!);
}

/** type.__qualname__ */
export function typeQualname(heap: Heap, type: number): string {
  return strValue(heap, heap.i32[type + TYPE_QUALNAME]!);
}

/** The name of a value's type, for messages ("'int' object is not iterable"). */
export function typeNameOf(heap: Heap, v: number): string {
  return typeName(heap, typeOf(heap, v));
}

export function typeFlags(heap: Heap, type: number): number {
  return heap.i32[type + TYPE_FLAGS]!;
}

/** The TypeId of a built-in type, -1 for a class. */
export function typeId(heap: Heap, type: number): number {
  return heap.i32[type + TYPE_ID]!;
}

/** The index of the type's entry in the native slot table. */
export function typeSlotsIndex(heap: Heap, type: number): number {
  return heap.i32[type + TYPE_SLOTS]!;
}

export function typeBase(heap: Heap, type: number): number {
  return heap.i32[type + TYPE_BASE]!;
}

export function typeDict(heap: Heap, type: number): number {
  return heap.i32[type + TYPE_DICT]!;
}

export function typeMro(heap: Heap, type: number): number {
  return heap.i32[type + TYPE_MRO]!;
}

/** Whether `a` is `b` or a subclass of it (b appears in a's MRO). */
export function isSubtype(heap: Heap, a: number, b: number): boolean {
  if (a === b) return true;
  const i32 = heap.i32;
  const mro = i32[a + TYPE_MRO]!;
  if (mro === 0) {
    for (let t = i32[a + TYPE_BASE]!; t !== 0; t = i32[t + TYPE_BASE]!) if (t === b) return true;
    return false;
  }
  const n = i32[mro + TUPLE_LENGTH]!;
  for (let i = 0; i < n; i++) if (i32[mro + TUPLE_ITEMS + i] === b) return true;
  return false;
}

/** isinstance(v, type) for a single type (no __instancecheck__). */
export function isInstanceOf(heap: Heap, v: number, type: number): boolean {
  return isSubtype(heap, typeOf(heap, v), type);
}

/** The attribute `name` (a str) found along the type's MRO, or 0 (_PyType_Lookup). */
export function typeLookup(heap: Heap, type: number, name: number): number {
  const i32 = heap.i32;
  const mro = i32[type + TYPE_MRO]!;
  const n = i32[mro + TUPLE_LENGTH]!;
  for (let i = 0; i < n; i++) {
    const value = dictGetStr(heap, heap.i32[heap.i32[mro + TUPLE_ITEMS + i]! + TYPE_DICT]!, name);
    if (value !== 0) return value;
  }
  return 0;
}

/** typeLookup with the name as a JavaScript string. */
export function typeLookupName(heap: Heap, type: number, name: string): number {
  const i32 = heap.i32;
  const mro = i32[type + TYPE_MRO]!;
  const n = i32[mro + TUPLE_LENGTH]!;
  for (let i = 0; i < n; i++) {
    const value = dictGetName(heap, heap.i32[heap.i32[mro + TUPLE_ITEMS + i]! + TYPE_DICT]!, name);
    if (value !== 0) return value;
  }
  return 0;
}

/** The type's version tag: it changes whenever the VM reports a change to the type or a base. */
export function typeVersion(heap: Heap, type: number): number {
  return heap.i32[type + TYPE_VERSION]!;
}

/** Gives the type a fresh version tag (after its dict or a base's dict changed). */
export function assignTypeVersion(heap: Heap, type: number): void {
  const version = Atomics.add(heap.i32, G_NEXT_TYPE_VERSION, 1) + 1;
  heap.i32[type + TYPE_VERSION] = version;
}

/**
 * A new instance of a class with a fixed-size layout (object.__new__): every
 * word 0, its __dict__ (if it has one) not yet created.
 */
export function newInstance(heap: Heap, type: number): number {
  const i32 = heap.i32;
  if (i32[type + TYPE_TRACE_KIND] !== TRACE_FIXED) {
    throw new PyError("TypeError", `cannot create '${typeName(heap, type)}' instances this way`);
  }
  return allocate(heap, i32[type + TYPE_INSTANCE_WORDS]!, type);
}

/** The word holding an instance's __dict__, or -1 if its type gives it none. */
export function instanceDictWord(heap: Heap, obj: number): number {
  const i32 = heap.i32;
  const offset = i32[i32[obj + TYPE_WORD]! + TYPE_DICT_OFFSET]!;
  if (offset > 0) return obj + offset;
  if (offset < 0) return obj + ((i32[obj + 1]! >>> 5) << 1) - 1;
  return -1;
}
