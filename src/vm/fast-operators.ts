// Fast paths for BINARY_OP and COMPARE_OP on the commonest exact built-in
// operands: floats, ints, and strs (not subclass instances, whose dunders
// may be overridden).
//
// The general path (operators.ts) asks each operand for its layout's TypeId,
// converts ints to BigInt and tries in-place, forward and reflected forms in
// turn; for exact floats and ints the answer is always what numbers.ts
// computes, so these helpers go there directly, and compute float arithmetic
// and comparisons of floats, ints below 2**53 and strs on the spot. Each
// returns 0 when it does not handle the operands, and the caller then takes
// the general path, which also raises the errors.

import { FALSE, FLOAT_VALUE, G_TYPES, STR_DATA, STR_UNITS, TRUE, TYPE_WORD } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { strConcat } from "../objects/str.js";
import { NB } from "./opcodes.js";
import type { Thread } from "./thread.js";
import { floatPower, numberBinary } from "./numbers.js";
import { newFloat, safeIntOf } from "./int-values.js";

/** `a op b` for BINARY_OP's argument when both operands are exact floats, ints or strs; else 0. */
export function fastBinary(th: Thread, arg: number, a: number, b: number): number {
  const i32 = th.heap.i32;
  const intType = i32[G_TYPES + TypeId.int]!;
  const floatType = i32[G_TYPES + TypeId.float]!;
  const ta = (a & 1) === 1 ? intType : i32[a + TYPE_WORD]!;
  const tb = (b & 1) === 1 ? intType : i32[b + TYPE_WORD]!;
  // For these types the in-place operators are the plain ones.
  const op = arg >= 13 ? arg - 13 : arg;
  if (ta === floatType || tb === floatType) {
    if ((ta !== floatType && ta !== intType) || (tb !== floatType && tb !== intType)) return 0;
    // A heap int next to a float may not convert exactly: numbers.ts decides.
    if ((ta === intType && (a & 1) === 0) || (tb === intType && (b & 1) === 0)) return numberBinary(th, op, a, b);
    const f64 = th.heap.f64;
    const x = ta === floatType ? f64[(a + FLOAT_VALUE) >> 1]! : a >> 1;
    const y = tb === floatType ? f64[(b + FLOAT_VALUE) >> 1]! : b >> 1;
    if (op === NB.ADD) return newFloat(th, x + y);
    if (op === NB.SUBTRACT) return newFloat(th, x - y);
    if (op === NB.MULTIPLY) return newFloat(th, x * y);
    if (op === NB.TRUE_DIVIDE && y !== 0) return newFloat(th, x / y);
    if (op === NB.POWER && (x !== 0 || y >= 0)) return newFloat(th, floatPower(th, x, y));
    return numberBinary(th, op, a, b);
  }
  if (ta === intType && tb === intType) return numberBinary(th, op, a, b);
  if (op === NB.ADD && ta === tb && ta === i32[G_TYPES + TypeId.str]) return strConcat(th.heap, a, b);
  return 0;
}

/** `a cmp b` (COMPARE_OP's index) as True or False for exact floats, safe ints and strs; else 0. */
export function fastCompare(th: Thread, cmp: number, a: number, b: number): number {
  const i32 = th.heap.i32;
  const intType = i32[G_TYPES + TypeId.int]!;
  const floatType = i32[G_TYPES + TypeId.float]!;
  const ta = (a & 1) === 1 ? intType : i32[a + TYPE_WORD]!;
  const tb = (b & 1) === 1 ? intType : i32[b + TYPE_WORD]!;
  if (ta === floatType || tb === floatType) {
    // Small ints convert to doubles exactly; NaN compares false but for !=, as in C.
    if ((ta !== floatType && (a & 1) === 0) || (tb !== floatType && (b & 1) === 0)) return 0;
    const f64 = th.heap.f64;
    const x = ta === floatType ? f64[(a + FLOAT_VALUE) >> 1]! : a >> 1;
    const y = tb === floatType ? f64[(b + FLOAT_VALUE) >> 1]! : b >> 1;
    return compareNumbers(cmp, x, y);
  }
  if (ta === intType && tb === intType) {
    const x = safeIntOf(th, a);
    const y = x === null ? null : safeIntOf(th, b);
    return y === null ? 0 : compareNumbers(cmp, x!, y);
  }
  if (ta === tb && ta === i32[G_TYPES + TypeId.str]) return compareStrs(th, cmp, a, b);
  return 0;
}

function compareNumbers(cmp: number, x: number, y: number): number {
  let r: boolean;
  switch (cmp) {
    case 0: r = x < y; break;
    case 1: r = x <= y; break;
    case 2: r = x === y; break;
    case 3: r = x !== y; break;
    case 4: r = x > y; break;
    default: r = x >= y; break;
  }
  return r ? TRUE : FALSE;
}

/**
 * Compares two strs by their UTF-16 units. That is code-point order except
 * where a surrogate meets a unit at or above U+D800: then 0, for the general
 * path, which compares code points.
 */
function compareStrs(th: Thread, cmp: number, a: number, b: number): number {
  const i32 = th.heap.i32;
  const u16 = th.heap.u16;
  const na = i32[a + STR_UNITS]!;
  const nb = i32[b + STR_UNITS]!;
  if ((cmp === 2 || cmp === 3) && na !== nb) return cmp === 3 ? TRUE : FALSE;
  const pa = (a + STR_DATA) * 2;
  const pb = (b + STR_DATA) * 2;
  const n = na < nb ? na : nb;
  let order = na - nb;
  for (let k = 0; k < n; k++) {
    const x = u16[pa + k]!;
    const y = u16[pb + k]!;
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) return 0;
      order = x - y;
      break;
    }
  }
  return compareNumbers(cmp, order, 0);
}

/**
 * The order of two exact strs or two exact floats without running Python
 * code: -1, 0 or 1; 2 when it cannot tell (other types, a NaN, surrogates
 * that compare by code point), and the caller asks == and < the general way.
 */
export function fastOrder(th: Thread, a: number, b: number): number {
  if (((a | b) & 1) === 1) return 2;
  const i32 = th.heap.i32;
  const type = i32[a + TYPE_WORD]!;
  if (type !== i32[b + TYPE_WORD]) return 2;
  if (type === i32[G_TYPES + TypeId.float]) {
    const f64 = th.heap.f64;
    const x = f64[(a + FLOAT_VALUE) >> 1]!;
    const y = f64[(b + FLOAT_VALUE) >> 1]!;
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : 2;
  }
  if (type !== i32[G_TYPES + TypeId.str]) return 2;
  const u16 = th.heap.u16;
  const na = i32[a + STR_UNITS]!;
  const nb = i32[b + STR_UNITS]!;
  const pa = (a + STR_DATA) * 2;
  const pb = (b + STR_DATA) * 2;
  const n = na < nb ? na : nb;
  for (let k = 0; k < n; k++) {
    const x = u16[pa + k]!;
    const y = u16[pb + k]!;
    if (x !== y) return x >= 0xd800 && y >= 0xd800 ? 2 : x < y ? -1 : 1;
  }
  return na < nb ? -1 : na > nb ? 1 : 0;
}
