// Code objects in the heap, so that every thread runs the same bytecode.
//
// codeToHeap copies a compiler CodeObject (src/compiler/code.ts) into the
// heap: names, qualified name and file name as interned strs; constants as
// heap values (None, bools, ints, floats, strs, bytes, imaginary and folded
// complex numbers, Ellipsis, tuples, frozensets and nested code objects,
// recursively); co_names and the
// slot names as tuples of interned strs; the slot kinds as bytes; the
// instructions, positions and exception table as RAW blocks of int32 words
// (the same encoding as the CodeObject's typed arrays). The raw words carry
// the counts and flags. As in CPython, string constants made only of
// identifier characters are interned.
//
// The interpreter reads instructions through a view of the heap
// (codeInstructions); the view stays valid as long as the code object lives,
// since objects never move. A cache of views keyed by address must be dropped
// when the collection epoch changes.

import { ELLIPSIS as ELLIPSIS_CONSTANT, type Imaginary } from "../../grammar/ast.js";
import {
  type CodeConstant, type CodeObject, docstringOf, isCodeObject, isComplexConstant, isFrozensetConstant, isTupleConstant,
} from "../compiler/code.js";
import { allocate } from "../heap/alloc.js";
import type { Heap } from "../heap/heap.js";
import {
  BLOCK_RAW, CODE_ARGCOUNT, CODE_CONSTS, CODE_DOC, CODE_EXCEPTION_TABLE, CODE_FILENAME, CODE_FIRSTLINENO, CODE_FLAGS,
  CODE_INSTRUCTIONS, CODE_KWONLYARGCOUNT, CODE_LOCALSPLUSKINDS, CODE_LOCALSPLUSNAMES, CODE_NAME, CODE_NAMES,
  CODE_NCELLVARS, CODE_NEXCEPTION_ENTRIES, CODE_NFREEVARS, CODE_NINSTRUCTIONS, CODE_NLOCALS, CODE_NLOCALSPLUS,
  CODE_POSITIONS, CODE_POSONLYARGCOUNT, CODE_QUALNAME, CODE_STACKSIZE, CODE_WORDS, ELLIPSIS, FALSE, G_TYPES,
  IMMUTABLE_BIT, NONE, TRUE, TYPE_WORD,
} from "../heap/layout.js";
import { newBytes } from "./bytes.js";
import { newComplex } from "./complex.js";
import { newFloat } from "./float.js";
import { intFromBigInt } from "./int.js";
import { internString } from "./intern.js";
import { nativeEquals, nativeHash } from "./keys.js";
import { hashOut } from "./hash.js";
import { newSet, setAdd } from "./set.js";
import { newStr } from "./str.js";
import { tupleOf } from "./tuple.js";
import { TypeId } from "./type-ids.js";

const NAME_CHARS = /^[A-Za-z0-9_]*$/;

export function isCode(heap: Heap, v: number): boolean {
  return (v & 1) === 0 && v !== 0 && heap.i32[v + TYPE_WORD] === heap.i32[G_TYPES + TypeId.code];
}

/** Copies a compiled code object, and every code object nested in its constants, into the heap. */
export function codeToHeap(heap: Heap, code: CodeObject): number {
  const name = internString(heap, code.co_name);
  const qualname = internString(heap, code.co_qualname);
  const filename = internString(heap, code.co_filename);
  const consts = tupleOf(heap, code.co_consts.map((c) => constantToHeap(heap, c)));
  const names = tupleOf(heap, code.co_names.map((n) => internString(heap, n)));
  const slotNames = tupleOf(heap, code.co_localsplusnames.map((n) => internString(heap, n)));
  const slotKinds = newBytes(heap, code.co_localspluskinds);
  const instructions = rawBlock(heap, code.co_code);
  const positions = rawBlock(heap, code.co_positions);
  const exceptionTable = rawBlock(heap, code.co_exceptiontable);
  const docstring = docstringOf(code);
  const doc = docstring === null ? NONE : internOrNew(heap, docstring);
  const c = allocate(heap, CODE_WORDS, heap.i32[G_TYPES + TypeId.code]!, IMMUTABLE_BIT);
  const i32 = heap.i32;
  i32[c + CODE_NAME] = name;
  i32[c + CODE_QUALNAME] = qualname;
  i32[c + CODE_FILENAME] = filename;
  i32[c + CODE_CONSTS] = consts;
  i32[c + CODE_NAMES] = names;
  i32[c + CODE_LOCALSPLUSNAMES] = slotNames;
  i32[c + CODE_LOCALSPLUSKINDS] = slotKinds;
  i32[c + CODE_INSTRUCTIONS] = instructions;
  i32[c + CODE_POSITIONS] = positions;
  i32[c + CODE_EXCEPTION_TABLE] = exceptionTable;
  i32[c + CODE_DOC] = doc;
  i32[c + CODE_FIRSTLINENO] = code.co_firstlineno;
  i32[c + CODE_ARGCOUNT] = code.co_argcount;
  i32[c + CODE_POSONLYARGCOUNT] = code.co_posonlyargcount;
  i32[c + CODE_KWONLYARGCOUNT] = code.co_kwonlyargcount;
  i32[c + CODE_FLAGS] = code.co_flags;
  i32[c + CODE_NLOCALS] = code.co_nlocals;
  i32[c + CODE_NCELLVARS] = code.co_ncellvars;
  i32[c + CODE_NFREEVARS] = code.co_nfreevars;
  i32[c + CODE_STACKSIZE] = code.co_stacksize;
  i32[c + CODE_NINSTRUCTIONS] = code.co_code.length >> 1;
  i32[c + CODE_NEXCEPTION_ENTRIES] = code.co_exceptiontable.length >> 2;
  i32[c + CODE_NLOCALSPLUS] = code.co_localsplusnames.length;
  return c;
}

function rawBlock(heap: Heap, words: Int32Array): number {
  const block = allocate(heap, 2 + words.length, BLOCK_RAW);
  heap.i32.set(words, block + 2);
  return block;
}

function internOrNew(heap: Heap, s: string): number {
  return NAME_CHARS.test(s) ? internString(heap, s) : newStr(heap, s);
}

/** The heap value of one constant. */
export function constantToHeap(heap: Heap, c: CodeConstant): number {
  if (c === null) return NONE;
  if (c === true) return TRUE;
  if (c === false) return FALSE;
  if (c === ELLIPSIS_CONSTANT) return ELLIPSIS;
  switch (typeof c) {
    case "bigint":
      return intFromBigInt(heap, c);
    case "number":
      return newFloat(heap, c);
    case "string":
      return internOrNew(heap, c);
    default:
      break;
  }
  if (c instanceof Uint8Array) return newBytes(heap, c);
  if (isCodeObject(c)) return codeToHeap(heap, c);
  if (isTupleConstant(c)) return tupleOf(heap, c.tuple.map((item) => constantToHeap(heap, item)));
  if (isFrozensetConstant(c)) return frozensetConstant(heap, c.frozenset);
  if (isComplexConstant(c)) return newComplex(heap, c.complex[0], c.complex[1]);
  return newComplex(heap, 0, (c as Imaginary).imag);
}

function frozensetConstant(heap: Heap, items: readonly CodeConstant[]): number {
  const s = newSet(heap, true);
  const equals = nativeEquals(heap);
  for (const item of items) {
    const value = constantToHeap(heap, item);
    nativeHash(heap, value);
    setAdd(heap, s, value, hashOut.lo, hashOut.hi, equals);
  }
  return s;
}

// ---------------------------------------------------------------------------
// Accessors

export const codeName = (heap: Heap, c: number): number => heap.i32[c + CODE_NAME]!;
export const codeQualname = (heap: Heap, c: number): number => heap.i32[c + CODE_QUALNAME]!;
export const codeFilename = (heap: Heap, c: number): number => heap.i32[c + CODE_FILENAME]!;
export const codeConsts = (heap: Heap, c: number): number => heap.i32[c + CODE_CONSTS]!;
export const codeNames = (heap: Heap, c: number): number => heap.i32[c + CODE_NAMES]!;
export const codeLocalsPlusNames = (heap: Heap, c: number): number => heap.i32[c + CODE_LOCALSPLUSNAMES]!;
export const codeLocalsPlusKinds = (heap: Heap, c: number): number => heap.i32[c + CODE_LOCALSPLUSKINDS]!;
export const codeDoc = (heap: Heap, c: number): number => heap.i32[c + CODE_DOC]!;
export const codeFlags = (heap: Heap, c: number): number => heap.i32[c + CODE_FLAGS]!;
export const codeFirstLineno = (heap: Heap, c: number): number => heap.i32[c + CODE_FIRSTLINENO]!;
export const codeArgcount = (heap: Heap, c: number): number => heap.i32[c + CODE_ARGCOUNT]!;
export const codePosonlyArgcount = (heap: Heap, c: number): number => heap.i32[c + CODE_POSONLYARGCOUNT]!;
export const codeKwonlyArgcount = (heap: Heap, c: number): number => heap.i32[c + CODE_KWONLYARGCOUNT]!;
export const codeNlocals = (heap: Heap, c: number): number => heap.i32[c + CODE_NLOCALS]!;
export const codeNcellvars = (heap: Heap, c: number): number => heap.i32[c + CODE_NCELLVARS]!;
export const codeNfreevars = (heap: Heap, c: number): number => heap.i32[c + CODE_NFREEVARS]!;
export const codeStacksize = (heap: Heap, c: number): number => heap.i32[c + CODE_STACKSIZE]!;
export const codeInstructionCount = (heap: Heap, c: number): number => heap.i32[c + CODE_NINSTRUCTIONS]!;
export const codeSlotCount = (heap: Heap, c: number): number => heap.i32[c + CODE_NLOCALSPLUS]!;

/** The (opcode, argument) pairs, as a view of the heap. */
export function codeInstructions(heap: Heap, c: number): Int32Array {
  const block = heap.i32[c + CODE_INSTRUCTIONS]!;
  return heap.i32.subarray(block + 2, block + 2 + heap.i32[c + CODE_NINSTRUCTIONS]! * 2);
}

/** Four words per instruction: line, end line, column, end column (-1: none). */
export function codePositions(heap: Heap, c: number): Int32Array {
  const block = heap.i32[c + CODE_POSITIONS]!;
  return heap.i32.subarray(block + 2, block + 2 + heap.i32[c + CODE_NINSTRUCTIONS]! * 4);
}

/** Four words per entry: start, end, handler, depth << 1 | lasti. */
export function codeExceptionTable(heap: Heap, c: number): Int32Array {
  const block = heap.i32[c + CODE_EXCEPTION_TABLE]!;
  return heap.i32.subarray(block + 2, block + 2 + heap.i32[c + CODE_NEXCEPTION_ENTRIES]! * 4);
}
