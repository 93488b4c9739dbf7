// Classes defined in Python: the part of type.__new__ that needs no Python
// code. It checks the bases as CPython does, computes the MRO by C3
// linearisation, picks the instance layout from the "solid base" (the most
// derived base whose instances have a layout of their own), and gives
// instances a __dict__ word: appended to a fixed-size layout, or in the last
// word of the block for variable-size ones (int, str, bytes, tuple
// subclasses). The new class dispatches native behaviour through its best
// base's slot table until the interpreter installs its own.

import { allocate } from "../heap/alloc.js";
import { PyError } from "../heap/errors.js";
import type { Heap } from "../heap/heap.js";
import {
  G_DEL_DEFINED, G_TYPES, TF_BASETYPE, TF_BYTES_SUBCLASS, TF_HEAPTYPE, TF_INHERITED, TF_INT_SUBCLASS, TF_STR_SUBCLASS,
  TF_TUPLE_SUBCLASS, TF_WEAKREFABLE, TRACE_TUPLE, TRACE_FIXED, TF_EXCEPTION_SUBCLASS, TF_THREAD_LOCAL, TYPE_BASE, TYPE_BASES, TYPE_DICT, TYPE_DICT_OFFSET, TYPE_FLAGS, TYPE_ID,
  TYPE_INSTANCE_WORDS, TYPE_MRO, TYPE_NAME, TYPE_QUALNAME, TYPE_REF_WORDS, TYPE_SLOTS, TYPE_TRACE_KIND,
  TYPE_WORDS,
} from "../heap/layout.js";
import { dictGetStr } from "./dict.js";
import { internString } from "./intern.js";
import { tupleItems, tupleOf } from "./tuple.js";
import { TypeId } from "./type-ids.js";
import { assignTypeVersion, isSubtype, typeName } from "./type.js";

const VARIABLE_SIZE = TF_INT_SUBCLASS | TF_STR_SUBCLASS | TF_BYTES_SUBCLASS | TF_TUPLE_SUBCLASS;
/** Variable-size types whose items CPython keeps in the object itself (a nonzero tp_itemsize): no __weakref__ slot. */
const WITH_ITEMS = TF_INT_SUBCLASS | TF_BYTES_SUBCLASS | TF_TUPLE_SUBCLASS;

/** Whether two built-in types lay their instances out alike. */
function sameLayout(heap: Heap, a: number, b: number): boolean {
  const i32 = heap.i32;
  return i32[a + TYPE_TRACE_KIND] === i32[b + TYPE_TRACE_KIND] && i32[a + TYPE_REF_WORDS] === i32[b + TYPE_REF_WORDS]
    && i32[a + TYPE_INSTANCE_WORDS] === i32[b + TYPE_INSTANCE_WORDS];
}

/**
 * The most derived type along `type`'s base chain whose layout differs from
 * its base's (CPython's solid_base). A class defined in Python adds at most a
 * __dict__, which does not count.
 */
export function solidBase(heap: Heap, type: number): number {
  const base = heap.i32[type + TYPE_BASE]!;
  if (base === 0) return type;
  if ((heap.i32[type + TYPE_FLAGS]! & TF_HEAPTYPE) !== 0) {
    // Slots give a class words of its own; a class without them adds at most a __dict__.
    return heap.i32[type + TYPE_REF_WORDS] === heap.i32[base + TYPE_REF_WORDS] ? solidBase(heap, base) : type;
  }
  if (sameLayout(heap, type, base)) return solidBase(heap, base);
  return type;
}

/** The base whose layout the class extends (CPython's best_base). */
function bestBase(heap: Heap, bases: readonly number[]): number {
  let winner = 0;
  let base = 0;
  for (const candidate of bases) {
    if ((heap.i32[candidate + TYPE_FLAGS]! & TF_BASETYPE) === 0) {
      throw new PyError("TypeError", `type '${typeName(heap, candidate)}' is not an acceptable base type`);
    }
    const solid = solidBase(heap, candidate);
    if (winner === 0) {
      winner = solid;
      base = candidate;
    } else if (isSubtype(heap, winner, solid)) {
      // The current winner's layout already includes this base's.
    } else if (isSubtype(heap, solid, winner)) {
      winner = solid;
      base = candidate;
    } else {
      throw new PyError("TypeError", "multiple bases have instance lay-out conflict");
    }
  }
  return base;
}

/** C3 linearisation of a class with these bases: the MRO without the class itself. */
export function linearize(heap: Heap, bases: readonly number[]): number[] {
  const sequences = bases.map((b) => tupleItems(heap, heap.i32[b + TYPE_MRO]!));
  sequences.push([...bases]);
  const result: number[] = [];
  for (;;) {
    const remaining = sequences.filter((s) => s.length > 0);
    if (remaining.length === 0) return result;
    const next = remaining.map((s) => s[0]!).find((head) => remaining.every((s) => s.indexOf(head) <= 0));
    if (next === undefined) {
      const heads = [...new Set(remaining.map((s) => s[0]!))].map((t) => typeName(heap, t));
      throw new PyError("TypeError", `Cannot create a consistent method resolution order (MRO) for bases ${heads.join(", ")}`);
    }
    result.push(next);
    for (const s of sequences) if (s[0] === next) s.shift();
  }
}

export interface ClassOptions {
  /** __qualname__ (defaults to the name). */
  qualname?: string;
  /** The metaclass: `type` or a subclass of it (default `type`). */
  metatype?: number;
  /** From __slots__: the words to add and whether "__dict__" and "__weakref__" were listed; absent without __slots__. */
  slots?: { count: number; dict: boolean; weakref: boolean };
}

/**
 * A new class: type(name, bases, dict). `bases` are type objects (an empty
 * list means (object,)); `dict` becomes the class's attribute dict as is.
 * Raises TypeError as CPython does for unacceptable or duplicate bases, layout
 * conflicts and inconsistent MROs.
 */
export function newHeapType(heap: Heap, name: string, bases: readonly number[], dict: number, options: ClassOptions = {}): number {
  if (bases.length === 0) bases = [heap.i32[G_TYPES + TypeId.object]!];
  bases.forEach((b, i) => {
    if (bases.indexOf(b) !== i) throw new PyError("TypeError", `duplicate base class ${typeName(heap, b)}`);
  });
  const base = bestBase(heap, bases);
  const mroTail = linearize(heap, bases);
  const metatype = options.metatype ?? heap.i32[G_TYPES + TypeId.type]!;
  const type = allocate(heap, TYPE_WORDS, metatype);
  const nameStr = internString(heap, name);
  const qualnameStr = internString(heap, options.qualname ?? name);
  const basesTuple = tupleOf(heap, bases);
  const mro = tupleOf(heap, [type, ...mroTail]);
  const i32 = heap.i32;
  i32[type + TYPE_NAME] = nameStr;
  i32[type + TYPE_QUALNAME] = qualnameStr;
  i32[type + TYPE_BASE] = base;
  i32[type + TYPE_BASES] = basesTuple;
  i32[type + TYPE_MRO] = mro;
  i32[type + TYPE_DICT] = dict;
  let inherited = 0;
  for (const t of mroTail) inherited |= i32[t + TYPE_FLAGS]! & TF_INHERITED;
  i32[type + TYPE_FLAGS] = TF_HEAPTYPE | TF_BASETYPE | inherited | ownWeakrefSlot(heap, base, options);
  i32[type + TYPE_SLOTS] = i32[base + TYPE_SLOTS]!;
  i32[type + TYPE_ID] = -1;
  if (options.slots === undefined) setInstanceLayout(heap, type, base);
  else setSlottedLayout(heap, type, base, options.slots.count, options.slots.dict);
  assignTypeVersion(heap, type);
  // From now on new instances look for a __del__ (src/vm/finalizers.ts).
  if (dict !== 0 && dictGetStr(heap, dict, internString(heap, "__del__")) !== 0) i32[G_DEL_DEFINED] = 1;
  return type;
}

/**
 * TF_WEAKREFABLE when the class adds a __weakref__ slot of its own, as
 * CPython's type_new does: without __slots__, or with "__weakref__" listed,
 * unless its instances have items (int, bytes and tuple subclasses).
 * Weak references live in a table (src/vm/weakrefs.ts): the slot takes no word.
 */
function ownWeakrefSlot(heap: Heap, base: number, options: ClassOptions): number {
  if (options.slots !== undefined && !options.slots.weakref) return 0;
  const i32 = heap.i32;
  if (i32[base + TYPE_TRACE_KIND] === TRACE_TUPLE || (i32[base + TYPE_FLAGS]! & WITH_ITEMS) !== 0) return 0;
  return TF_WEAKREFABLE;
}

/** Instances keep the base's layout plus a __dict__ word if the base has none. */
function setInstanceLayout(heap: Heap, type: number, base: number): void {
  const i32 = heap.i32;
  i32[type + TYPE_TRACE_KIND] = i32[base + TYPE_TRACE_KIND]!;
  i32[type + TYPE_REF_WORDS] = i32[base + TYPE_REF_WORDS]!;
  const baseWords = i32[base + TYPE_INSTANCE_WORDS]!;
  const baseDict = i32[base + TYPE_DICT_OFFSET]!;
  if ((i32[base + TYPE_FLAGS]! & TF_THREAD_LOCAL) !== 0) {
    // A thread-local's __dict__ is the calling thread's, kept by the _local part.
    i32[type + TYPE_INSTANCE_WORDS] = baseWords;
    i32[type + TYPE_DICT_OFFSET] = 0;
  } else if (baseDict !== 0) {
    i32[type + TYPE_INSTANCE_WORDS] = baseWords;
    i32[type + TYPE_DICT_OFFSET] = baseDict;
  } else if (i32[base + TYPE_TRACE_KIND] === TRACE_TUPLE || (i32[base + TYPE_FLAGS]! & VARIABLE_SIZE) !== 0) {
    i32[type + TYPE_INSTANCE_WORDS] = baseWords;
    i32[type + TYPE_DICT_OFFSET] = -1;
  } else {
    i32[type + TYPE_INSTANCE_WORDS] = baseWords + 1;
    i32[type + TYPE_DICT_OFFSET] = baseWords;
  }
}

/**
 * A class with __slots__: the base's words, then one reference word per slot,
 * then a __dict__ word if "__dict__" was listed and the base has none. The
 * reference words run from word 2 to the last slot, so every word the base
 * has must read as a value: a layout of references (and a __dict__), or an
 * exception's, whose one raw word is 0 or 1.
 */
function setSlottedLayout(heap: Heap, type: number, base: number, count: number, dict: boolean): void {
  const i32 = heap.i32;
  const baseWords = i32[base + TYPE_INSTANCE_WORDS]!;
  const baseDict = i32[base + TYPE_DICT_OFFSET]!;
  if (count > 0 && !valueWordsOnly(heap, base)) {
    throw new PyError("TypeError", `nonempty __slots__ not supported for subtype of '${typeName(heap, base)}'`);
  }
  i32[type + TYPE_TRACE_KIND] = i32[base + TYPE_TRACE_KIND]!;
  i32[type + TYPE_REF_WORDS] = count > 0 ? baseWords + count - 2 : i32[base + TYPE_REF_WORDS]!;
  i32[type + TYPE_INSTANCE_WORDS] = baseWords + count;
  i32[type + TYPE_DICT_OFFSET] = baseDict;
  if (dict && baseDict === 0) {
    if (i32[base + TYPE_TRACE_KIND] === TRACE_TUPLE || (i32[base + TYPE_FLAGS]! & VARIABLE_SIZE) !== 0) {
      i32[type + TYPE_DICT_OFFSET] = -1;
    } else {
      i32[type + TYPE_DICT_OFFSET] = baseWords + count;
      i32[type + TYPE_INSTANCE_WORDS] = baseWords + count + 1;
    }
  }
}

/** Whether every word of the base's instances after the header may be traced as a value. */
function valueWordsOnly(heap: Heap, base: number): boolean {
  const i32 = heap.i32;
  if (i32[base + TYPE_TRACE_KIND] !== TRACE_FIXED || (i32[base + TYPE_FLAGS]! & VARIABLE_SIZE) !== 0) return false;
  if ((i32[base + TYPE_FLAGS]! & TF_EXCEPTION_SUBCLASS) !== 0) return true;
  const words = i32[base + TYPE_INSTANCE_WORDS]!;
  const refEnd = 2 + i32[base + TYPE_REF_WORDS]!;
  const dict = i32[base + TYPE_DICT_OFFSET]!;
  return words === refEnd || (words === refEnd + 1 && dict === refEnd);
}
