// Operators: binary and unary arithmetic, comparisons, truth, `in`.
//
// Built-in operands are handled by native code keyed by their layout's TypeId
// (numbers.ts, sequences.ts); a user class's dunder methods take part as in
// CPython: the reflected method of the right operand goes first when its type
// is a proper subclass of the left's, NotImplemented passes the turn, and
// when nobody answers the TypeError names both types.

import { FALSE, G_TYPES, NONE, NOT_IMPLEMENTED, TRUE, TUPLE_ITEMS, TUPLE_LENGTH, TYPE_WORD } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { NB } from "./opcodes.js";
import type { Thread } from "./thread.js";
import {
  internStr, isSubtype, isUserClass, typeIdOfValue, typeName, typeOfValue, tpName,
} from "./model.js";
import { lookupType } from "./attributes.js";
import { callObject } from "./calls.js";
import { raiseException } from "./exceptions.js";
import { nativeBinary, nativeCompare, nativeUnary, nativeTruth, nativeContains } from "./native-operators.js";
import { fastCompare, fastOrder } from "./fast-operators.js";
import { typeUnion } from "./generic-alias.js";

const SYMBOLS = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];
const DUNDERS = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];

function anyUserClass(th: Thread, a: number, b: number): boolean {
  return ((a & 1) === 0 && isUserClass(th, typeOfValue(th, a))) || ((b & 1) === 0 && isUserClass(th, typeOfValue(th, b)));
}

/** Calls the dunder `name` of `self`'s type with `other`, or gives 0 when the type has none. */
function callDunder(th: Thread, self: number, name: string, args: number[]): number {
  const method = lookupType(th, typeOfValue(th, self), internStr(th, name));
  if (method === 0 || method === NONE) return 0;
  return callObject(th, method, [self, ...args]);
}

/** `a op b` for BINARY_OP's argument (in-place forms are 13 higher). */
export function binaryOp(th: Thread, arg: number, a: number, b: number): number {
  const inplace = arg >= 13;
  const op = inplace ? arg - 13 : arg;
  if (!anyUserClass(th, a, b)) {
    if (inplace) {
      const r = nativeBinary(th, arg, a, b);
      if (r !== 0) return r;
    }
    let r = nativeBinary(th, op, a, b);
    if (r !== 0) return r;
    r = nativeBinary(th, op, a, b, true);
    if (r !== 0) return r;
    return unsupported(th, op, inplace, a, b);
  }
  const name = DUNDERS[op]!;
  if (inplace) {
    let r = callDunder(th, a, `__i${name}__`, [b]);
    // No __i*__ in Python: a built-in base's own in-place form (list +=, set |=, dict |=), as CPython finds it in the MRO.
    if (r === 0) r = nativeBinary(th, arg, a, b);
    if (r !== 0 && r !== NOT_IMPLEMENTED) return r;
  }
  const ta = typeOfValue(th, a);
  const tb = typeOfValue(th, b);
  const rightFirst = ta !== tb && isSubtype(th, tb, ta) && lookupType(th, tb, internStr(th, `__r${name}__`)) !== 0;
  if (rightFirst) {
    const r = reflected(th, op, name, b, a);
    if (r !== 0 && r !== NOT_IMPLEMENTED) return r;
  }
  let r = forward(th, op, name, a, b);
  if (r !== 0 && r !== NOT_IMPLEMENTED) return r;
  if (!rightFirst && ta !== tb) {
    r = reflected(th, op, name, b, a);
    if (r !== 0 && r !== NOT_IMPLEMENTED) return r;
  }
  return unsupported(th, op, inplace, a, b);
}

function forward(th: Thread, op: number, name: string, a: number, b: number): number {
  if ((a & 1) === 0 && isUserClass(th, typeOfValue(th, a))) {
    const r = callDunder(th, a, `__${name}__`, [b]);
    if (r !== 0) return r;
  }
  return nativeBinary(th, op, a, b);
}

function reflected(th: Thread, op: number, name: string, b: number, a: number): number {
  if ((b & 1) === 0 && isUserClass(th, typeOfValue(th, b))) {
    const r = callDunder(th, b, `__r${name}__`, [a]);
    if (r !== 0) return r;
  }
  return nativeBinary(th, op, a, b, true);
}

function unsupported(th: Thread, op: number, inplace: boolean, a: number, b: number): number {
  if (op === NB.OR) {
    const union = typeUnion(th, a, b);
    if (union !== 0) return union;
  }
  const ta = tpName(th, typeOfValue(th, a));
  const tb = tpName(th, typeOfValue(th, b));
  const idA = typeIdOfValue(th, a);
  if (op === NB.ADD && (idA === TypeId.bytes || idA === TypeId.bytearray)) {
    raiseException(th, "TypeError", `can't concat ${tb} to ${ta}`);
  }
  if (op === NB.ADD && !inplace && (idA === TypeId.str || idA === TypeId.list || idA === TypeId.tuple || idA === TypeId.bytes) && !isUserClass(th, typeOfValue(th, a))) {
    const what = idA === TypeId.str ? "str" : idA === TypeId.list ? "list" : idA === TypeId.tuple ? "tuple" : "bytes";
    raiseException(th, "TypeError", `can only concatenate ${what} (not "${tb}") to ${what}`);
  }
  if (op === NB.MULTIPLY && isSequenceId(idA)) {
    raiseException(th, "TypeError", `can't multiply sequence by non-int of type '${tb}'`);
  }
  if (op === NB.MULTIPLY && isSequenceId(typeIdOfValue(th, b))) {
    raiseException(th, "TypeError", `can't multiply sequence by non-int of type '${ta}'`);
  }
  if (op === NB.POWER && !inplace) {
    raiseException(th, "TypeError", `unsupported operand type(s) for ** or pow(): '${ta}' and '${tb}'`);
  }
  const symbol = SYMBOLS[op]! + (inplace ? "=" : "");
  return raiseException(th, "TypeError", `unsupported operand type(s) for ${symbol}: '${ta}' and '${tb}'`);
}

function isSequenceId(id: number): boolean {
  return id === TypeId.str || id === TypeId.list || id === TypeId.tuple || id === TypeId.bytes || id === TypeId.bytearray;
}

// ---------------------------------------------------------------------------
// Comparisons

const COMPARE_SYMBOLS = ["<", "<=", "==", "!=", ">", ">="];
const COMPARE_DUNDERS = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
/** The reflected comparison: a < b is b > a. */
const SWAPPED = [4, 5, 2, 3, 0, 1];

/** `a cmp b` for COMPARE_OP's index (0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=); any value. */
export function compareOp(th: Thread, cmp: number, a: number, b: number): number {
  if (!anyUserClass(th, a, b)) {
    const r = nativeCompare(th, cmp, a, b);
    if (r !== 0) return r;
    return compareFallback(th, cmp, a, b);
  }
  const ta = typeOfValue(th, a);
  const tb = typeOfValue(th, b);
  const rightFirst = ta !== tb && isSubtype(th, tb, ta) && isUserClass(th, tb);
  if (rightFirst) {
    const r = compareWith(th, SWAPPED[cmp]!, b, a);
    if (r !== 0 && r !== NOT_IMPLEMENTED) return r;
  }
  let r = compareWith(th, cmp, a, b);
  if (r !== 0 && r !== NOT_IMPLEMENTED) return r;
  if (!rightFirst) {
    r = compareWith(th, SWAPPED[cmp]!, b, a);
    if (r !== 0 && r !== NOT_IMPLEMENTED) return r;
  }
  return compareFallback(th, cmp, a, b);
}

function compareWith(th: Thread, cmp: number, a: number, b: number): number {
  if ((a & 1) === 0 && isUserClass(th, typeOfValue(th, a))) {
    const method = lookupType(th, typeOfValue(th, a), internStr(th, COMPARE_DUNDERS[cmp]!));
    if (method !== 0 && method !== NONE) return callObject(th, method, [a, b]);
    if (cmp === 3) {
      // object.__ne__ inverts __eq__ unless it is NotImplemented.
      const eq = lookupType(th, typeOfValue(th, a), internStr(th, "__eq__"));
      if (eq !== 0) {
        const r = callObject(th, eq, [a, b]);
        if (r === NOT_IMPLEMENTED) return r;
        return isTrue(th, r) ? FALSE : TRUE;
      }
    }
    return NOT_IMPLEMENTED;
  }
  return nativeCompare(th, cmp, a, b);
}

function compareFallback(th: Thread, cmp: number, a: number, b: number): number {
  if (cmp === 2) return a === b ? TRUE : FALSE;
  if (cmp === 3) return a !== b ? TRUE : FALSE;
  return raiseException(th, "TypeError",
    `'${COMPARE_SYMBOLS[cmp]}' not supported between instances of '${tpName(th, typeOfValue(th, a))}' and '${tpName(th, typeOfValue(th, b))}'`);
}

/** `a == b` as a JavaScript boolean (identity first, as containers do). */
export function valuesEqual(th: Thread, a: number, b: number): boolean {
  if (a === b) return true;
  if ((a & b & 1) === 1) return false;
  const fast = fastCompare(th, 2, a, b);
  if (fast !== 0) return fast === TRUE;
  const r = compareOp(th, 2, a, b);
  return r === TRUE || (r !== FALSE && isTrue(th, r));
}

/** `a < b` as a JavaScript boolean. */
export function lessThan(th: Thread, a: number, b: number): boolean {
  if ((a & b & 1) === 1) return a < b;
  const fast = fastCompare(th, 0, a, b);
  if (fast !== 0) return fast === TRUE;
  if (isExactTuple(th, a) && isExactTuple(th, b)) return tupleLessThan(th, a, b);
  const r = compareOp(th, 0, a, b);
  return r === TRUE || (r !== FALSE && isTrue(th, r));
}

function isExactTuple(th: Thread, v: number): boolean {
  return (v & 1) === 0 && th.heap.i32[v + TYPE_WORD] === th.heap.i32[G_TYPES + TypeId.tuple];
}

/**
 * `a < b` for two exact tuples, as tuple.__lt__ decides it: the first items
 * that differ (by identity, then ==) decide, else the shorter is less. The
 * tuples' items are read from the heap one at a time, without copying them.
 */
function tupleLessThan(th: Thread, a: number, b: number): boolean {
  const na = th.heap.i32[a + TUPLE_LENGTH]!;
  const nb = th.heap.i32[b + TUPLE_LENGTH]!;
  const n = na < nb ? na : nb;
  for (let k = 0; k < n; k++) {
    // == may run Python code, which may grow the heap: read the view again each time.
    const x = th.heap.i32[a + TUPLE_ITEMS + k]!;
    const y = th.heap.i32[b + TUPLE_ITEMS + k]!;
    if (x === y) continue;
    if ((x & y & 1) === 1) return x < y;
    // Two strs or two floats: one comparison gives both == and <.
    const order = fastOrder(th, x, y);
    if (order === 0) continue;
    if (order !== 2) return order < 0;
    if (!valuesEqual(th, x, y)) return lessThan(th, x, y);
  }
  return na < nb;
}

// ---------------------------------------------------------------------------
// Truth, unary operators, membership

/** bool(v). */
export function isTrue(th: Thread, v: number): boolean {
  if (v === TRUE) return true;
  if (v === FALSE || v === NONE) return false;
  if (v & 1) return v !== 1;
  const type = typeOfValue(th, v);
  if (isUserClass(th, type)) {
    const boolMethod = lookupType(th, type, internStr(th, "__bool__"));
    if (boolMethod !== 0) {
      const r = callObject(th, boolMethod, [v]);
      if (r !== TRUE && r !== FALSE) {
        raiseException(th, "TypeError", `__bool__ should return bool, returned ${typeName(th, typeOfValue(th, r))}`);
      }
      return r === TRUE;
    }
    const lenMethod = lookupType(th, type, internStr(th, "__len__"));
    if (lenMethod !== 0) {
      const r = callObject(th, lenMethod, [v]);
      if ((r & 1) === 0 && typeIdOfValue(th, r) !== TypeId.int && typeIdOfValue(th, r) !== TypeId.bool) {
        raiseException(th, "TypeError", `'${typeName(th, typeOfValue(th, r))}' object cannot be interpreted as an integer`);
      }
      if (r & 1 ? r < 0 : false) raiseException(th, "ValueError", "__len__() should return >= 0");
      return r !== 1 && r !== FALSE;
    }
  }
  return nativeTruth(th, v);
}

const UNARY_DUNDERS: Record<number, [string, string]> = {
  42: ["__neg__", "-"],
  41: ["__invert__", "~"],
  [-1]: ["__pos__", "+"],
};

/** UNARY_NEGATIVE, UNARY_INVERT, or (op -1) unary plus. */
export function unaryOp(th: Thread, op: number, v: number): number {
  const [dunder, symbol] = UNARY_DUNDERS[op]!;
  if ((v & 1) === 0 && isUserClass(th, typeOfValue(th, v))) {
    const r = callDunder(th, v, dunder, []);
    if (r !== 0) return r;
  }
  const r = nativeUnary(th, symbol, v);
  if (r !== 0) return r;
  return raiseException(th, "TypeError", `bad operand type for unary ${symbol}: '${tpName(th, typeOfValue(th, v))}'`);
}

/** `item in container`. */
export function containsOp(th: Thread, container: number, item: number): boolean {
  if ((container & 1) === 0 && isUserClass(th, typeOfValue(th, container))) {
    const method = lookupType(th, typeOfValue(th, container), internStr(th, "__contains__"));
    if (method !== 0) return isTrue(th, callObject(th, method, [container, item]));
  }
  return nativeContains(th, container, item);
}
