// int arithmetic with Python's semantics.
//
// Every function takes int values (small ints, int objects, bools, int
// subclass instances) and returns a normalised int value (a small int when
// the result fits). Two small ints take a JavaScript-number path that never
// allocates unless the result leaves the small range; anything else goes
// through bigint. Floor division and modulo round toward negative infinity;
// ZeroDivisionError and the other errors carry CPython 3.13's messages.

import { PyError } from "../heap/errors.js";
import type { Heap } from "../heap/heap.js";
import { INT_SIZE } from "../heap/layout.js";
import { bigBitLength, intFromBigInt, intFromNumber, intToBigInt, intToSafeNumber } from "./int.js";
import { bigIntToFloat, floatPower, newFloat } from "./float.js";
import { ratioToFloat } from "./rounding.js";

/** The largest result, in bits, that pygil will build (V8's bigints stop at 2**30 bits). */
const MAX_RESULT_BITS = 2 ** 30 - 64;

function big(heap: Heap, v: number): bigint {
  return intToBigInt(heap, v);
}

function tooBig(): PyError {
  return new PyError("MemoryError", "");
}

export function intAdd(heap: Heap, a: number, b: number): number {
  if ((a & b & 1) === 1) return intFromNumber(heap, (a >> 1) + (b >> 1));
  return intFromBigInt(heap, big(heap, a) + big(heap, b));
}

export function intSubtract(heap: Heap, a: number, b: number): number {
  if ((a & b & 1) === 1) return intFromNumber(heap, (a >> 1) - (b >> 1));
  return intFromBigInt(heap, big(heap, a) - big(heap, b));
}

export function intMultiply(heap: Heap, a: number, b: number): number {
  if ((a & b & 1) === 1) {
    const product = (a >> 1) * (b >> 1);
    if (Number.isSafeInteger(product)) return intFromNumber(heap, product);
  }
  return intFromBigInt(heap, big(heap, a) * big(heap, b));
}

export function intNegate(heap: Heap, a: number): number {
  if ((a & 1) === 1) return intFromNumber(heap, -(a >> 1));
  return intFromBigInt(heap, -big(heap, a));
}

/** +a: a plain int equal to a (bool and subclasses become int). */
export function intPositive(heap: Heap, a: number): number {
  if ((a & 1) === 1) return a;
  return intFromBigInt(heap, big(heap, a));
}

export function intAbsolute(heap: Heap, a: number): number {
  if ((a & 1) === 1) return intFromNumber(heap, Math.abs(a >> 1));
  const b = big(heap, a);
  return intFromBigInt(heap, b < 0n ? -b : b);
}

export function intInvert(heap: Heap, a: number): number {
  if ((a & 1) === 1) return intFromNumber(heap, -(a >> 1) - 1);
  return intFromBigInt(heap, ~big(heap, a));
}

// ---------------------------------------------------------------------------
// Division

function floorDivideBig(x: bigint, y: bigint): bigint {
  const q = x / y;
  return (x % y !== 0n && (x < 0n) !== (y < 0n)) ? q - 1n : q;
}

function moduloBig(x: bigint, y: bigint): bigint {
  const r = x % y;
  return (r !== 0n && (r < 0n) !== (y < 0n)) ? r + y : r;
}

function moduloNumber(x: number, y: number): number {
  const r = x % y;
  return (r !== 0 && (r < 0) !== (y < 0)) ? r + y : r + 0;
}

export function intFloorDivide(heap: Heap, a: number, b: number): number {
  if ((a & b & 1) === 1) {
    const y = b >> 1;
    if (y === 0) throw new PyError("ZeroDivisionError", "integer division or modulo by zero");
    return intFromNumber(heap, Math.floor((a >> 1) / y));
  }
  const y = big(heap, b);
  if (y === 0n) throw new PyError("ZeroDivisionError", "integer division or modulo by zero");
  return intFromBigInt(heap, floorDivideBig(big(heap, a), y));
}

export function intModulo(heap: Heap, a: number, b: number): number {
  if ((a & b & 1) === 1) {
    const y = b >> 1;
    if (y === 0) throw new PyError("ZeroDivisionError", "integer modulo by zero");
    return intFromNumber(heap, moduloNumber(a >> 1, y));
  }
  const y = big(heap, b);
  if (y === 0n) throw new PyError("ZeroDivisionError", "integer modulo by zero");
  return intFromBigInt(heap, moduloBig(big(heap, a), y));
}

/** divmod(a, b) as [quotient, remainder] values. */
export function intDivmod(heap: Heap, a: number, b: number): [number, number] {
  if ((a & b & 1) === 1) {
    const x = a >> 1;
    const y = b >> 1;
    if (y === 0) throw new PyError("ZeroDivisionError", "integer division or modulo by zero");
    return [intFromNumber(heap, Math.floor(x / y)), intFromNumber(heap, moduloNumber(x, y))];
  }
  const x = big(heap, a);
  const y = big(heap, b);
  if (y === 0n) throw new PyError("ZeroDivisionError", "integer division or modulo by zero");
  const q = intFromBigInt(heap, floorDivideBig(x, y));
  return [q, intFromBigInt(heap, moduloBig(x, y))];
}

/** a / b for ints: the correctly rounded float (a JavaScript number). */
export function intTrueDivide(heap: Heap, a: number, b: number): number {
  const x = intToSafeNumber(heap, a);
  const y = intToSafeNumber(heap, b);
  if (y === 0) throw new PyError("ZeroDivisionError", "division by zero");
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x / y;
  return trueDivideBig(big(heap, a), big(heap, b));
}

/** The correctly rounded quotient of two bigints (CPython's long_true_divide). */
export function trueDivideBig(x: bigint, y: bigint): number {
  if (y === 0n) throw new PyError("ZeroDivisionError", "division by zero");
  const result = ratioToFloat(x, y);
  if (!Number.isFinite(result)) throw new PyError("OverflowError", "integer division result too large for a float");
  return result;
}

// ---------------------------------------------------------------------------
// Power

/**
 * a ** b: an int value for b >= 0; for b < 0, a float object (CPython
 * converts both to float and uses float power).
 */
export function intPower(heap: Heap, a: number, b: number): number {
  const exponent = big(heap, b);
  if (exponent < 0n) {
    return newFloat(heap, floatPower(bigIntToFloat(big(heap, a)), bigIntToFloat(exponent)));
  }
  if ((a & b & 1) === 1) {
    const smallResult = powerOfNumbers(a >> 1, b >> 1);
    if (!Number.isNaN(smallResult)) return intFromNumber(heap, smallResult);
  }
  const base = big(heap, a);
  if (base === 0n || base === 1n) return exponent === 0n ? intFromNumber(heap, 1) : intFromBigInt(heap, base);
  if (base === -1n) return intFromNumber(heap, (exponent & 1n) === 1n ? -1 : 1);
  if (exponent > BigInt(MAX_RESULT_BITS) || Number(exponent) * (bigBitLength(base) - 1) > MAX_RESULT_BITS) throw tooBig();
  return intFromBigInt(heap, base ** exponent);
}

/** x ** y by squaring while the result stays below 2**53; NaN when it would not. */
function powerOfNumbers(x: number, y: number): number {
  let result = 1;
  let base = x;
  let e = y;
  while (e > 0) {
    if ((e & 1) === 1) {
      result *= base;
      if (!Number.isSafeInteger(result)) return NaN;
    }
    e >>>= 1;
    if (e > 0) {
      base *= base;
      if (!Number.isSafeInteger(base)) return NaN;
    }
  }
  return result;
}

/** pow(a, b, m) for ints, with CPython's errors (b < 0 takes a modular inverse). */
export function intPowerModulo(heap: Heap, a: number, b: number, m: number): number {
  let modulus = big(heap, m);
  if (modulus === 0n) throw new PyError("ValueError", "pow() 3rd argument cannot be 0");
  const negativeModulus = modulus < 0n;
  if (negativeModulus) modulus = -modulus;
  let base = moduloBig(big(heap, a), modulus);
  let exponent = big(heap, b);
  if (exponent < 0n) {
    base = modularInverse(base, modulus);
    exponent = -exponent;
  }
  let result = modulus === 1n ? 0n : 1n;
  while (exponent > 0n) {
    if ((exponent & 1n) === 1n) result = (result * base) % modulus;
    exponent >>= 1n;
    base = (base * base) % modulus;
  }
  if (negativeModulus && result !== 0n) result -= modulus;
  return intFromBigInt(heap, result);
}

function modularInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new PyError("ValueError", "base is not invertible for the given modulus");
  return moduloBig(oldS, m);
}

// ---------------------------------------------------------------------------
// Shifts and bitwise operations

export function intLeftShift(heap: Heap, a: number, b: number): number {
  const count = big(heap, b);
  if (count < 0n) throw new PyError("ValueError", "negative shift count");
  if ((a & b & 1) === 1 && count < 22n) return intFromNumber(heap, (a >> 1) * 2 ** Number(count));
  const x = big(heap, a);
  if (x === 0n) return intFromNumber(heap, 0);
  if (count >= 2n ** 63n) throw new PyError("OverflowError", "too many digits in integer");
  if (bigBitLength(x) + Number(count) > MAX_RESULT_BITS) throw tooBig();
  return intFromBigInt(heap, x << count);
}

export function intRightShift(heap: Heap, a: number, b: number): number {
  const count = big(heap, b);
  if (count < 0n) throw new PyError("ValueError", "negative shift count");
  if ((a & 1) === 1) return count >= 31n ? intFromNumber(heap, a < 0 ? -1 : 0) : (a >> 1 >> Number(count) << 1) | 1;
  const x = big(heap, a);
  if (count >= BigInt(bigBitLength(x))) return intFromNumber(heap, x < 0n ? -1 : 0);
  return intFromBigInt(heap, x >> count);
}

export function intAnd(heap: Heap, a: number, b: number): number {
  if ((a & b & 1) === 1) return a & b;
  return intFromBigInt(heap, big(heap, a) & big(heap, b));
}

export function intOr(heap: Heap, a: number, b: number): number {
  if ((a & b & 1) === 1) return a | b;
  return intFromBigInt(heap, big(heap, a) | big(heap, b));
}

export function intXor(heap: Heap, a: number, b: number): number {
  if ((a & b & 1) === 1) return (a ^ b) | 1;
  return intFromBigInt(heap, big(heap, a) ^ big(heap, b));
}

// ---------------------------------------------------------------------------
// Comparison

/** -1, 0 or 1 as a < b, a == b, a > b. */
export function intCompare(heap: Heap, a: number, b: number): number {
  if ((a & b & 1) === 1) return a < b ? -1 : a > b ? 1 : 0;
  const x = intToSafeNumber(heap, a);
  const y = intToSafeNumber(heap, b);
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x < y ? -1 : x > y ? 1 : 0;
  const p = big(heap, a);
  const q = big(heap, b);
  return p < q ? -1 : p > q ? 1 : 0;
}

/** Whether the int is non-zero (bool(v)). */
export function intIsTrue(heap: Heap, v: number): boolean {
  if ((v & 1) === 1) return v !== 1;
  return heap.i32[v + INT_SIZE] !== 0;
}
