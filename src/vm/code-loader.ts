// Loading a compiled CodeObject (src/compiler/code.ts) into the heap.
//
// The instructions, positions and exception table become RAW blocks; the
// constants a tuple of values (nested code objects loaded the same way); the
// names tuples of interned strs, so that name lookups compare by identity.
// The supervisor loads the program's code before starting the worker, so
// every thread runs the same bytecode.

import { allocate } from "../heap/alloc.js";
import type { Heap } from "../heap/heap.js";
import {
  BLOCK_RAW, CODE_ARGCOUNT, CODE_CONSTS, CODE_DOC, CODE_EXCEPTION_TABLE, CODE_FILENAME, CODE_FIRSTLINENO,
  CODE_FLAGS, CODE_INSTRUCTIONS, CODE_KWONLYARGCOUNT, CODE_LOCALSPLUSKINDS, CODE_LOCALSPLUSNAMES, CODE_NAME,
  CODE_NAMES, CODE_NCELLVARS, CODE_NEXCEPTION_ENTRIES, CODE_NFREEVARS, CODE_NINSTRUCTIONS, CODE_NLOCALS,
  CODE_NLOCALSPLUS, CODE_POSITIONS, CODE_POSONLYARGCOUNT, CODE_QUALNAME, CODE_STACKSIZE, CODE_WORDS,
  COMPLEX_IMAG, COMPLEX_REAL, COMPLEX_WORDS, ELLIPSIS, FALSE, G_TYPES, HEADER_WORDS, IMMUTABLE_BIT, NONE, TRUE,
} from "../heap/layout.js";
import { newBytes } from "../objects/bytes.js";
import { newFloat } from "../objects/float.js";
import { intFromBigInt } from "../objects/int.js";
import { internString } from "../objects/intern.js";
import { newStr } from "../objects/str.js";
import { tupleOf } from "../objects/tuple.js";
import { newSet } from "../objects/set.js";
import { TypeId } from "../objects/type-ids.js";
import { ELLIPSIS as AST_ELLIPSIS } from "../../grammar/ast.js";
import {
  type CodeConstant, type CodeObject, docstringOf, isCodeObject, isFrozensetConstant, isTupleConstant,
} from "../compiler/code.js";
import { hashOut } from "../objects/hash.js";
import { setAdd } from "../objects/set.js";
import { constantHash } from "./constant-hash.js";

function rawBlock(heap: Heap, words: ArrayLike<number>): number {
  const block = allocate(heap, HEADER_WORDS + words.length, BLOCK_RAW);
  heap.i32.set(words, block + HEADER_WORDS);
  return block;
}

function looksLikeIdentifier(s: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);
}

function constantToHeap(heap: Heap, c: CodeConstant): number {
  if (c === null) return NONE;
  if (c === true) return TRUE;
  if (c === false) return FALSE;
  if (c === AST_ELLIPSIS) return ELLIPSIS;
  if (typeof c === "bigint") return intFromBigInt(heap, c);
  if (typeof c === "number") return newFloat(heap, c);
  // Strings that look like identifiers are interned, as CPython interns them.
  if (typeof c === "string") return looksLikeIdentifier(c) ? internString(heap, c) : newStr(heap, c);
  if (c instanceof Uint8Array) return newBytes(heap, c);
  if (isTupleConstant(c)) return tupleOf(heap, c.tuple.map((item) => constantToHeap(heap, item)));
  if (isFrozensetConstant(c)) {
    const s = newSet(heap, true);
    for (const item of c.frozenset) {
      const v = constantToHeap(heap, item);
      const lo = constantHash(heap, v);
      setAdd(heap, s, v, lo, hashOut.hi, (a, b) => a === b);
    }
    return s;
  }
  if (isCodeObject(c)) return codeToHeap(heap, c);
  if (typeof c === "object" && c !== null && "imag" in c) return newComplex(heap, 0, c.imag);
  // A folded complex constant: { complex: [real, imag] }.
  const folded = (c as unknown as { complex?: [number, number] }).complex;
  if (Array.isArray(folded)) return newComplex(heap, folded[0], folded[1]);
  throw new TypeError(`unsupported constant ${String(c)}`);
}

function newComplex(heap: Heap, real: number, imag: number): number {
  const z = allocate(heap, COMPLEX_WORDS, heap.i32[G_TYPES + TypeId.complex]!, IMMUTABLE_BIT);
  heap.f64[(z + COMPLEX_REAL) >> 1] = real;
  heap.f64[(z + COMPLEX_IMAG) >> 1] = imag;
  return z;
}

/** A code object in the heap for `code` and its nested code objects. */
export function codeToHeap(heap: Heap, code: CodeObject): number {
  const consts = tupleOf(heap, code.co_consts.map((c) => constantToHeap(heap, c)));
  const names = tupleOf(heap, code.co_names.map((n) => internString(heap, n)));
  const localsplus = tupleOf(heap, code.co_localsplusnames.map((n) => internString(heap, n)));
  const kinds = newBytes(heap, code.co_localspluskinds);
  const instructions = rawBlock(heap, code.co_code);
  const positions = rawBlock(heap, code.co_positions);
  const table = rawBlock(heap, code.co_exceptiontable);
  const name = internString(heap, code.co_name);
  const qualname = newStr(heap, code.co_qualname);
  const filename = newStr(heap, code.co_filename);
  const docstring = docstringOf(code);
  const doc = docstring === null ? NONE : newStr(heap, docstring);
  const obj = allocate(heap, CODE_WORDS, heap.i32[G_TYPES + TypeId.code]!, IMMUTABLE_BIT);
  const i32 = heap.i32;
  i32[obj + CODE_NAME] = name;
  i32[obj + CODE_QUALNAME] = qualname;
  i32[obj + CODE_FILENAME] = filename;
  i32[obj + CODE_CONSTS] = consts;
  i32[obj + CODE_NAMES] = names;
  i32[obj + CODE_LOCALSPLUSNAMES] = localsplus;
  i32[obj + CODE_LOCALSPLUSKINDS] = kinds;
  i32[obj + CODE_INSTRUCTIONS] = instructions;
  i32[obj + CODE_POSITIONS] = positions;
  i32[obj + CODE_EXCEPTION_TABLE] = table;
  i32[obj + CODE_DOC] = doc;
  i32[obj + CODE_FIRSTLINENO] = code.co_firstlineno;
  i32[obj + CODE_ARGCOUNT] = code.co_argcount;
  i32[obj + CODE_POSONLYARGCOUNT] = code.co_posonlyargcount;
  i32[obj + CODE_KWONLYARGCOUNT] = code.co_kwonlyargcount;
  i32[obj + CODE_FLAGS] = code.co_flags;
  i32[obj + CODE_NLOCALS] = code.co_nlocals;
  i32[obj + CODE_NCELLVARS] = code.co_ncellvars;
  i32[obj + CODE_NFREEVARS] = code.co_nfreevars;
  i32[obj + CODE_STACKSIZE] = code.co_stacksize;
  i32[obj + CODE_NINSTRUCTIONS] = code.co_code.length >> 1;
  i32[obj + CODE_NEXCEPTION_ENTRIES] = code.co_exceptiontable.length >> 2;
  i32[obj + CODE_NLOCALSPLUS] = code.co_localsplusnames.length;
  return obj;
}
