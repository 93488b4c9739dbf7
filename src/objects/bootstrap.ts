// Making a heap's first objects: the immortal singletons at their fixed
// offsets, every built-in type (type-ids.ts), the intern table, the empty
// tuple and the empty str.
//
// The order matters because everything points at types and types point at
// strs, tuples and dicts: first the singletons' blocks and every type object
// (with their raw words), then the type words of all of them, then the intern
// table, and only then names, bases, MROs and dicts, which need str, tuple and
// dict to exist as types.

import { allocate } from "../heap/alloc.js";
import type { Heap } from "../heap/heap.js";
import {
  ELLIPSIS, FALSE, G_EMPTY_STR, G_EMPTY_TUPLE, G_MEMORY_ERROR, G_TYPES, IMMUTABLE_BIT, INT_DIGITS, INT_SIZE, NONE,
  NOT_IMPLEMENTED, SET_DUMMY, SINGLETONS_END, TF_INHERITED, TRUE, TUPLE_ITEMS, TUPLE_LENGTH, TYPE_BASE, TYPE_BASES,
  TYPE_DICT, TYPE_DICT_OFFSET, TYPE_FLAGS, TYPE_ID, TYPE_INSTANCE_WORDS, TYPE_MRO, TYPE_NAME, TYPE_QUALNAME,
  TYPE_REF_WORDS, TYPE_SLOTS, TYPE_SUBCLASSES, TYPE_TRACE_KIND, TYPE_WORD, TYPE_WORDS,
} from "../heap/layout.js";
import { listAppend, newList } from "./list.js";
import { newDict } from "./dict.js";
import { newException } from "./exception.js";
import { createInternTable, internString } from "./intern.js";
import { newTuple, tupleOf } from "./tuple.js";
import { BUILTIN_TYPES, TypeId } from "./type-ids.js";
import { assignTypeVersion } from "./type.js";

const SINGLETONS: readonly [number, number][] = [
  [NONE, TypeId.NoneType], [FALSE, TypeId.bool], [TRUE, TypeId.bool], [ELLIPSIS, TypeId.ellipsis],
  [NOT_IMPLEMENTED, TypeId.NotImplementedType], [SET_DUMMY, TypeId.object],
];

/** Fills a fresh heap (createEmptyHeap) with its first objects. */
export function bootstrapObjects(heap: Heap): void {
  for (const [expected] of SINGLETONS) {
    const block = allocate(heap, 4, 0, IMMUTABLE_BIT);
    if (block !== expected) throw new Error(`singleton allocated at ${block}, expected ${expected}`);
  }
  if (SINGLETONS.length * 4 + NONE !== SINGLETONS_END) throw new Error("singleton table and layout disagree");
  allocateTypes(heap);
  for (const [singleton, id] of SINGLETONS) heap.i32[singleton + TYPE_WORD] = heap.i32[G_TYPES + id]!;
  heap.i32[TRUE + INT_SIZE] = 1;
  heap.i32[TRUE + INT_DIGITS] = 1;
  createInternTable(heap);
  heap.i32[G_EMPTY_TUPLE] = newTuple(heap, 0);
  heap.i32[G_EMPTY_STR] = internString(heap, "");
  describeTypes(heap);
  exceptionGroupBases(heap);
  recordSubclasses(heap);
  heap.i32[G_MEMORY_ERROR] = newException(heap, heap.i32[G_TYPES + TypeId.MemoryError]!, newTuple(heap, 0));
}

/** Allocates every built-in type object and fills its raw words. */
function allocateTypes(heap: Heap): void {
  for (let id = 0; id < BUILTIN_TYPES.length; id++) heap.i32[G_TYPES + id] = allocate(heap, TYPE_WORDS, 0);
  const metatype = heap.i32[G_TYPES + TypeId.type]!;
  BUILTIN_TYPES.forEach((spec, id) => {
    const i32 = heap.i32;
    const type = i32[G_TYPES + id]!;
    const base = spec.base < 0 ? 0 : i32[G_TYPES + spec.base]!;
    i32[type + TYPE_WORD] = metatype;
    i32[type + TYPE_BASE] = base;
    i32[type + TYPE_FLAGS] = spec.flags | (base === 0 ? 0 : i32[base + TYPE_FLAGS]! & TF_INHERITED);
    i32[type + TYPE_SLOTS] = id;
    i32[type + TYPE_TRACE_KIND] = spec.layout.trace;
    i32[type + TYPE_REF_WORDS] = spec.layout.refWords;
    i32[type + TYPE_INSTANCE_WORDS] = spec.layout.words;
    i32[type + TYPE_DICT_OFFSET] = spec.layout.dictOffset;
    i32[type + TYPE_ID] = id;
    assignTypeVersion(heap, type);
  });
}

/** Names, bases, MROs and dicts of the built-in types. */
function describeTypes(heap: Heap): void {
  BUILTIN_TYPES.forEach((spec, id) => {
    const type = heap.i32[G_TYPES + id]!;
    const name = internString(heap, spec.name);
    const base = heap.i32[type + TYPE_BASE]!;
    const bases = base === 0 ? newTuple(heap, 0) : tupleOf(heap, [base]);
    const mro = tupleOf(heap, [type, ...baseMro(heap, base)]);
    const dict = newDict(heap);
    const i32 = heap.i32;
    i32[type + TYPE_NAME] = name;
    i32[type + TYPE_QUALNAME] = name;
    i32[type + TYPE_BASES] = bases;
    i32[type + TYPE_MRO] = mro;
    i32[type + TYPE_DICT] = dict;
  });
}

function baseMro(heap: Heap, base: number): number[] {
  if (base === 0) return [];
  const mro = heap.i32[base + TYPE_MRO]!;
  const out: number[] = [];
  for (let i = 0; i < heap.i32[mro + TUPLE_LENGTH]!; i++) out.push(heap.i32[mro + TUPLE_ITEMS + i]!);
  return out;
}

/**
 * ExceptionGroup is the one built-in type with two bases, as in CPython:
 * (BaseExceptionGroup, Exception), its MRO running through both before
 * BaseException. Its layout is BaseExceptionGroup's (TYPE_BASE).
 */
function exceptionGroupBases(heap: Heap): void {
  const t = (id: number) => heap.i32[G_TYPES + id]!;
  const group = t(TypeId.ExceptionGroup);
  heap.i32[group + TYPE_BASES] = tupleOf(heap, [t(TypeId.BaseExceptionGroup), t(TypeId.Exception)]);
  heap.i32[group + TYPE_MRO] = tupleOf(heap, [
    group, t(TypeId.BaseExceptionGroup), t(TypeId.Exception), t(TypeId.BaseException), t(TypeId.object),
  ]);
}

/** Each built-in type in its bases' lists of subclasses (type.__subclasses__()). */
function recordSubclasses(heap: Heap): void {
  const i32 = heap.i32;
  BUILTIN_TYPES.forEach((_, id) => {
    const type = i32[G_TYPES + id]!;
    const bases = i32[type + TYPE_BASES]!;
    for (let k = 0; k < i32[bases + TUPLE_LENGTH]!; k++) {
      const base = i32[bases + TUPLE_ITEMS + k]!;
      if (i32[base + TYPE_SUBCLASSES] === 0) i32[base + TYPE_SUBCLASSES] = newList(heap);
      listAppend(heap, i32[base + TYPE_SUBCLASSES]!, type);
    }
  });
}
