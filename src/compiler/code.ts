// Code objects: what the compiler produces and the interpreter runs.
//
// A CodeObject is plain data (numbers, strings, typed arrays, arrays and nested
// plain objects, no classes and no functions) so the VM can copy it into the
// shared heap and every worker can run the same bytecode. Field names are
// CPython's (`co_*`), with CPython 3.13's meaning unless said otherwise.
//
// Frame layout. A frame has `co_localsplusnames.length` slots, in this order:
//   1. the arguments: positional (positional-only first), keyword-only, then
//      `*args`, then `**kwargs`;
//   2. the other local variables (including variables of inlined
//      comprehensions, marked CO_FAST_HIDDEN);
//   3. cell variables that are not arguments (an argument that is also a cell
//      keeps its argument slot, with kind CO_FAST_LOCAL | CO_FAST_CELL);
//   4. free variables, in the order of the function's closure tuple.
// `co_localspluskinds[i]` tells what slot i is. LOAD_FAST, STORE_FAST, LOAD_DEREF,
// MAKE_CELL ... all take a slot index. MAKE_CELL at the start of the code turns
// a cell slot's value (the argument, or nothing) into a cell; COPY_FREE_VARS
// copies the closure's cells into the free slots. The value stack follows the
// slots, `co_stacksize` items deep at most.

import type { ConstantValue } from "../../grammar/ast.js";

// ---------------------------------------------------------------------------
// Flags (co_flags), CPython's values

export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
/** Defined for completeness; CPython 3.13 no longer sets it, and neither does pygil. */
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;
/** Set by `from __future__ import annotations`. */
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

export const CO_FLAG_NAMES: readonly [number, string][] = [
  [CO_OPTIMIZED, "OPTIMIZED"], [CO_NEWLOCALS, "NEWLOCALS"], [CO_VARARGS, "VARARGS"],
  [CO_VARKEYWORDS, "VARKEYWORDS"], [CO_NESTED, "NESTED"], [CO_GENERATOR, "GENERATOR"],
  [CO_NOFREE, "NOFREE"], [CO_COROUTINE, "COROUTINE"],
  [CO_ITERABLE_COROUTINE, "ITERABLE_COROUTINE"], [CO_ASYNC_GENERATOR, "ASYNC_GENERATOR"],
];

// ---------------------------------------------------------------------------
// Slot kinds (co_localspluskinds), CPython's values

/** A variable of an inlined comprehension, hidden from `locals()`. */
export const CO_FAST_HIDDEN = 0x10;
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

// ---------------------------------------------------------------------------
// Constants

/** A constant tuple, such as the defaults `(1, 2)` or the names of CALL_KW. */
export interface TupleConstant {
  tuple: CodeConstant[];
}
/** A constant frozenset, from `x in {1, 2}` or a set display of constants. */
export interface FrozensetConstant {
  frozenset: CodeConstant[];
}

/**
 * A complex number with a real part, `[real, imag]`. Literals are imaginary
 * (`2j` is `{imag: 2}`); only constant folding makes these, from `1+2j`.
 */
export interface ComplexConstant {
  complex: [number, number];
}

/**
 * An entry of `co_consts`: a literal value (grammar/ast.ts: null is None, a
 * bigint an int, a number a float, a Uint8Array bytes, `{imag}` an imaginary
 * number, ELLIPSIS `...`), a folded complex number, a constant tuple or
 * frozenset, or a nested code object (a function, lambda, class body,
 * generator expression).
 */
export type CodeConstant = ConstantValue | ComplexConstant | TupleConstant | FrozensetConstant | CodeObject;

export function isTupleConstant(c: CodeConstant): c is TupleConstant {
  return typeof c === "object" && c !== null && "tuple" in c;
}
export function isFrozensetConstant(c: CodeConstant): c is FrozensetConstant {
  return typeof c === "object" && c !== null && "frozenset" in c;
}
export function isComplexConstant(c: CodeConstant): c is ComplexConstant {
  return typeof c === "object" && c !== null && "complex" in c;
}
export function isCodeObject(c: CodeConstant): c is CodeObject {
  return typeof c === "object" && c !== null && "co_code" in c;
}

// ---------------------------------------------------------------------------
// The code object

export interface CodeObject {
  /** The function's or class's name; `<module>`, `<lambda>`, `<genexpr>`. */
  co_name: string;
  /** The dotted path from the module (`C.m.<locals>.f`). */
  co_qualname: string;
  co_filename: string;
  /** The line of the `def`/`class` (its first decorator's line), 1 for a module. */
  co_firstlineno: number;
  /** Positional parameters, positional-only ones included. */
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  /** CO_* flags above. */
  co_flags: number;
  /**
   * The instructions: (opcode, argument) pairs of src/vm/opcodes.ts, two words
   * per instruction. Relative jumps count instructions.
   */
  co_code: Int32Array;
  /**
   * Constants loaded by LOAD_CONST/RETURN_CONST. In a function, entry 0 is the
   * docstring, or None when there is none, as in CPython 3.13.
   */
  co_consts: CodeConstant[];
  /** Names used by *_NAME, *_GLOBAL, *_ATTR, IMPORT_* instructions. */
  co_names: string[];
  /** One name per frame slot (see the frame layout above). */
  co_localsplusnames: string[];
  /** One CO_FAST_* kind per frame slot. */
  co_localspluskinds: Uint8Array;
  /** Slots that hold plain locals (CO_FAST_LOCAL): the first co_nlocals slots. */
  co_nlocals: number;
  /** Cell slots that are not arguments (part 3 of the layout). */
  co_ncellvars: number;
  /** Free-variable slots (part 4, the last co_nfreevars slots). */
  co_nfreevars: number;
  /**
   * The deepest the value stack gets on any path (exception handlers
   * included), and at least 1, as CPython computes it; the VM sizes frames
   * with it. src/compiler/verify.ts checks it.
   */
  co_stacksize: number;
  /**
   * Source positions, four words per instruction: line, end line, column, end
   * column (columns 0-based, end exclusive, in UTF-16 units as the AST). -1
   * where an instruction has no position (CPython's None), as for the
   * cleanup code the compiler adds.
   */
  co_positions: Int32Array;
  /**
   * Exception handlers, four words per entry, sorted by start: first
   * instruction index covered, index one past the last covered, the handler's
   * instruction index, and `depth << 1 | lasti`. When an exception is raised
   * at an instruction inside [start, end), the VM pops the value stack down to
   * `depth` items, pushes the index of the raising instruction if `lasti` is 1,
   * pushes the exception and jumps to the handler. No entry: the exception
   * leaves the frame.
   */
  co_exceptiontable: Int32Array;
}

/** One decoded co_exceptiontable entry. */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

export function exceptionTableEntries(code: CodeObject): ExceptionTableEntry[] {
  const t = code.co_exceptiontable;
  const entries: ExceptionTableEntry[] = [];
  for (let i = 0; i < t.length; i += 4) {
    entries.push({ start: t[i]!, end: t[i + 1]!, target: t[i + 2]!, depth: t[i + 3]! >> 1, lasti: (t[i + 3]! & 1) === 1 });
  }
  return entries;
}

/** The instruction count of a code object. */
export function instructionCount(code: CodeObject): number {
  return code.co_code.length >> 1;
}

/** The docstring, as `__doc__` will see it: co_consts[0] of a function if it is a str. */
export function docstringOf(code: CodeObject): string | null {
  const first = code.co_consts[0];
  return (code.co_flags & CO_OPTIMIZED) !== 0 && typeof first === "string" ? first : null;
}

function namesOfKind(code: CodeObject, kind: number, without = 0): string[] {
  const out: string[] = [];
  code.co_localspluskinds.forEach((k, i) => {
    if ((k & kind) !== 0 && (k & without) === 0) out.push(code.co_localsplusnames[i]!);
  });
  return out;
}

/** CPython's co_varnames: the names of the plain-local slots, arguments first. */
export function varnamesOf(code: CodeObject): string[] {
  return namesOfKind(code, CO_FAST_LOCAL);
}
/** CPython's co_cellvars: cell variables, arguments that are cells included. */
export function cellvarsOf(code: CodeObject): string[] {
  return namesOfKind(code, CO_FAST_CELL);
}
/** CPython's co_freevars. */
export function freevarsOf(code: CodeObject): string[] {
  return namesOfKind(code, CO_FAST_FREE);
}
