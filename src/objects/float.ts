// float: a boxed float64 (FLOAT_VALUE, 8-byte aligned), and the float
// operations whose Python semantics differ from JavaScript's: floor division
// and modulo (the result takes the divisor's sign), divmod, power (CPython's
// special cases, not C99's nor JavaScript's, and glibc's rounding: float-pow.ts), conversions to and from int
// (exact, with CPython's errors) and exact comparison of an int with a float.

import { allocate } from "../heap/alloc.js";
import { PyError } from "../heap/errors.js";
import type { Heap } from "../heap/heap.js";
import { FLOAT_VALUE, FLOAT_WORDS, G_TYPES, IMMUTABLE_BIT, TF_FLOAT_SUBCLASS, TYPE_DICT_OFFSET, TYPE_FLAGS, TYPE_WORD } from "../heap/layout.js";
import { intFromBigInt, intToBigInt, intToSafeNumber } from "./int.js";
import { positivePower } from "./float-pow.js";
import { TypeId } from "./type-ids.js";

export function floatType(heap: Heap): number {
  return heap.i32[G_TYPES + TypeId.float]!;
}

/** Whether `v` is a float or an instance of a subclass of float. */
export function isFloat(heap: Heap, v: number): boolean {
  if ((v & 1) === 1 || v === 0) return false;
  const type = heap.i32[v + TYPE_WORD]!;
  return (type & 1) === 0 && (heap.i32[type + TYPE_FLAGS]! & TF_FLOAT_SUBCLASS) !== 0;
}

/** A new float holding `x` (of class `type`, a float subclass, if given). */
export function newFloat(heap: Heap, x: number, type = 0): number {
  const floatClass = type === 0 ? heap.i32[G_TYPES + TypeId.float]! : type;
  const extra = type !== 0 && heap.i32[type + TYPE_DICT_OFFSET] === -1 ? 1 : 0;
  const obj = allocate(heap, FLOAT_WORDS + extra, floatClass, IMMUTABLE_BIT);
  heap.f64[(obj + FLOAT_VALUE) >> 1] = x;
  return obj;
}

/** The float64 held by a float object. */
export function floatValue(heap: Heap, v: number): number {
  return heap.f64[(v + FLOAT_VALUE) >> 1]!;
}

// ---------------------------------------------------------------------------
// Arithmetic

export function floatTrueDivide(a: number, b: number): number {
  if (b === 0) throw new PyError("ZeroDivisionError", "float division by zero");
  return a / b;
}

/** a % b with the sign of b (CPython's float_rem). */
export function floatModulo(a: number, b: number): number {
  if (b === 0) throw new PyError("ZeroDivisionError", "float modulo by zero");
  return moduloOf(a, b);
}

function moduloOf(a: number, b: number): number {
  let mod = a % b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

/** [a // b, a % b] as CPython's _float_div_mod computes them. */
function divisionAndModulo(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floorDiv: number;
  if (div !== 0) {
    floorDiv = Math.floor(div);
    if (div - floorDiv > 0.5) floorDiv += 1;
  } else {
    floorDiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [floorDiv, mod];
}

export function floatFloorDivide(a: number, b: number): number {
  if (b === 0) throw new PyError("ZeroDivisionError", "float floor division by zero");
  return divisionAndModulo(a, b)[0];
}

export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw new PyError("ZeroDivisionError", "float divmod()");
  return divisionAndModulo(a, b);
}

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/**
 * a ** b as CPython's float_pow: its special cases for zeros, infinities and
 * NaNs, ZeroDivisionError for 0.0 to a negative power, OverflowError when a
 * finite result overflows. A negative base to a non-integral power is complex
 * in CPython; pygil has no complex arithmetic and raises ValueError.
 */
export function floatPower(a: number, b: number): number {
  if (b === 0) return 1;
  if (Number.isNaN(a)) return a;
  if (Number.isNaN(b)) return a === 1 ? 1 : b;
  if (!Number.isFinite(b)) {
    const magnitude = Math.abs(a);
    if (magnitude === 1) return 1;
    return (b > 0) === (magnitude > 1) ? Infinity : 0;
  }
  if (!Number.isFinite(a)) {
    const odd = isOddInteger(b);
    if (b > 0) return odd ? a : Math.abs(a);
    return odd ? (a < 0 ? -0 : 0) : 0;
  }
  if (a === 0) {
    if (b < 0) throw new PyError("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    return isOddInteger(b) ? a : 0;
  }
  let negate = false;
  if (a < 0) {
    if (!Number.isInteger(b)) throw new PyError("ValueError", "negative number cannot be raised to a fractional power");
    a = -a;
    negate = isOddInteger(b);
  }
  if (a === 1) return negate ? -1 : 1;
  const result = positivePower(a, b);
  if (!Number.isFinite(result)) throw new PyError("OverflowError", "(34, 'Numerical result out of range')");
  return negate ? -result : result;
}

// ---------------------------------------------------------------------------
// Conversions

/** int(x) for a float x: truncation toward zero, exact for any magnitude. */
export function floatToInt(heap: Heap, x: number): number {
  if (Number.isNaN(x)) throw new PyError("ValueError", "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw new PyError("OverflowError", "cannot convert float infinity to integer");
  const truncated = Math.trunc(x);
  return intFromBigInt(heap, BigInt(truncated));
}

/** float(v) for an int v, correctly rounded; OverflowError past the largest float. */
export function intToFloat(heap: Heap, v: number): number {
  if ((v & 1) === 1) return v >> 1;
  const n = intToSafeNumber(heap, v);
  if (!Number.isNaN(n)) return n;
  return bigIntToFloat(intToBigInt(heap, v));
}

export function bigIntToFloat(b: bigint): number {
  const x = Number(b);
  if (!Number.isFinite(x)) throw new PyError("OverflowError", "int too large to convert to float");
  return x;
}

/**
 * Compares the int `a` with the float `x` exactly: -1, 0 or 1, or NaN when x
 * is NaN (unordered).
 */
export function compareIntWithFloat(heap: Heap, a: number, x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return -1;
  if (x === -Infinity) return 1;
  const n = intToSafeNumber(heap, a);
  if (!Number.isNaN(n)) return n < x ? -1 : n > x ? 1 : 0;
  const big = intToBigInt(heap, a);
  const whole = Math.trunc(x);
  const wholeBig = BigInt(whole);
  if (big !== wholeBig) return big < wholeBig ? -1 : 1;
  const fraction = x - whole;
  return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
}
