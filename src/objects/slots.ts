// The native slot table: TypeScript functions that implement built-in
// behaviour, found by a type's TYPE_SLOTS index.
//
// Python-visible behaviour of built-in types dispatches through here, keyed
// by type, as CPython's tp_* / nb_* / sq_* slots; classes defined in Python
// dispatch through their dicts and MRO instead (and start out with their
// best base's index). The table is JavaScript, not heap data: every worker
// loads the same modules and so builds the same table; the heap only holds
// indices. Entries are filled by the modules that implement the behaviour
// (builtin-slots.ts for what src/objects can do without calling Python; the
// interpreter adds the rest).
//
// Conventions: values in and out are heap values; a binary slot is called
// with (a, b) where either operand may be of the slot's type and returns
// NOT_IMPLEMENTED when it does not handle the other's type; errors are thrown
// as PyError; `next` returns 0 when the iterator is exhausted.

import type { Heap } from "../heap/heap.js";
import { TYPE_SLOTS } from "../heap/layout.js";
import { BUILTIN_TYPES } from "./type-ids.js";

export type UnarySlot = (heap: Heap, self: number) => number;
export type BinarySlot = (heap: Heap, a: number, b: number) => number;
export type TernarySlot = (heap: Heap, a: number, b: number, c: number) => number;

/** Comparison operators, in CPython's order (Py_LT ... Py_GE). */
export const CompareOp = { LT: 0, LE: 1, EQ: 2, NE: 3, GT: 4, GE: 5 } as const;
export type CompareOpCode = (typeof CompareOp)[keyof typeof CompareOp];

export interface TypeSlots {
  /** repr(self): a str. */
  repr?: UnarySlot;
  /** str(self): a str (absent: repr). */
  str?: UnarySlot;
  /** hash(self): returns the low word, leaves both words in hashOut (hash.ts). */
  hash?: UnarySlot;
  /** a <op> b: a value (usually a bool) or NOT_IMPLEMENTED. */
  richcompare?: (heap: Heap, a: number, b: number, op: CompareOpCode) => number;
  /** bool(self) */
  bool?: (heap: Heap, self: number) => boolean;
  /** len(self), as a JavaScript number. */
  len?: (heap: Heap, self: number) => number;
  iter?: UnarySlot;
  next?: UnarySlot;
  getitem?: BinarySlot;
  setitem?: (heap: Heap, self: number, key: number, value: number) => void;
  delitem?: (heap: Heap, self: number, key: number) => void;
  contains?: (heap: Heap, self: number, item: number) => boolean;
  call?: (heap: Heap, self: number, args: readonly number[], kwnames: number) => number;
  getattr?: BinarySlot;
  setattr?: (heap: Heap, self: number, name: number, value: number) => void;
  add?: BinarySlot;
  subtract?: BinarySlot;
  multiply?: BinarySlot;
  matmul?: BinarySlot;
  trueDivide?: BinarySlot;
  floorDivide?: BinarySlot;
  remainder?: BinarySlot;
  divmod?: BinarySlot;
  /** pow(a, b, c): c is NONE for a ** b. */
  power?: TernarySlot;
  lshift?: BinarySlot;
  rshift?: BinarySlot;
  and?: BinarySlot;
  or?: BinarySlot;
  xor?: BinarySlot;
  negative?: UnarySlot;
  positive?: UnarySlot;
  absolute?: UnarySlot;
  invert?: UnarySlot;
  /** int(self) */
  int?: UnarySlot;
  /** float(self) */
  float?: UnarySlot;
  /** operator.index(self) */
  index?: UnarySlot;
}

const table: TypeSlots[] = [];

/**
 * The slots at `index`, created empty if needed; callers fill or change its
 * entries. A built-in type's slots inherit its base's (bool answers `add`
 * with int's), as CPython's types inherit slots they do not define.
 */
export function slotsAt(index: number): TypeSlots {
  let slots = table[index];
  if (!slots) {
    const base = index < BUILTIN_TYPES.length ? BUILTIN_TYPES[index]!.base : -1;
    slots = Object.create(base >= 0 ? slotsAt(base) : null) as TypeSlots;
    table[index] = slots;
  }
  return slots;
}

/** Adds (or replaces) entries of the slots at `index`. */
export function registerSlots(index: number, slots: TypeSlots): void {
  Object.assign(slotsAt(index), slots);
}

/** The slots of a type object. */
export function slotsOf(heap: Heap, type: number): TypeSlots {
  return slotsAt(heap.i32[type + TYPE_SLOTS]!);
}
