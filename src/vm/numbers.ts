// Arithmetic on int, bool and float values with Python's semantics.
//
// Small ints (odd words) are computed as JavaScript numbers and fall back to
// BigInt only when a result leaves the safe range; heap ints are converted to
// BigInt. Floor division and modulo round toward negative infinity; `/` of
// two ints is a float; `**` with a negative exponent gives a float. Division
// by zero raises CPython's messages.

import { FALSE, TRUE } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { NB } from "./opcodes.js";
import type { Thread } from "./thread.js";
import { typeIdOfValue } from "./model.js";
import { raiseException } from "./exceptions.js";
import { isExactInt } from "../objects/int.js";
import { multiplyBySmall, multiplySafe, remainderBySmall } from "./int-multiply.js";
import { intOf, isIntLike, newFloat, floatOf, newIntFromBig, bigOf, fromNumber, safeIntOf, intFromSafe } from "./int-values.js";

/** An int operand as BigInt, or null if `v` is not an int (bools are ints). */
export function asBigInt(th: Thread, v: number): bigint | null {
  if (v & 1) return BigInt(v >> 1);
  return isIntLike(th, v) ? bigOf(th, v) : null;
}

/** int and float operands as a JavaScript number, or null. */
export function asFloat(th: Thread, v: number): number | null {
  if (v & 1) return v >> 1;
  const id = typeIdOfValue(th, v);
  if (id === TypeId.float) return floatOf(th, v);
  if (id === TypeId.int || id === TypeId.bool) {
    const n = Number(bigOf(th, v));
    if (!Number.isFinite(n)) raiseException(th, "OverflowError", "int too large to convert to float");
    return n;
  }
  return null;
}

export function isNumber(th: Thread, v: number): boolean {
  if (v & 1) return true;
  const id = typeIdOfValue(th, v);
  return id === TypeId.int || id === TypeId.bool || id === TypeId.float;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && ((r < 0n) !== (b < 0n)) ? r + b : r;
}

/** int op int; 0 when the operator does not apply. */
export function intBinary(th: Thread, op: number, x: bigint, y: bigint): number {
  switch (op) {
    case NB.ADD: return newIntFromBig(th, x + y);
    case NB.SUBTRACT: return newIntFromBig(th, x - y);
    case NB.MULTIPLY: return newIntFromBig(th, x * y);
    case NB.FLOOR_DIVIDE:
      if (y === 0n) raiseException(th, "ZeroDivisionError", "integer division or modulo by zero");
      return newIntFromBig(th, floorDiv(x, y));
    case NB.REMAINDER:
      if (y === 0n) raiseException(th, "ZeroDivisionError", "integer modulo by zero");
      return newIntFromBig(th, floorMod(x, y));
    case NB.TRUE_DIVIDE:
      if (y === 0n) raiseException(th, "ZeroDivisionError", "division by zero");
      return newFloat(th, trueDivide(th, x, y));
    case NB.POWER:
      if (y < 0n) {
        if (x === 0n) raiseException(th, "ZeroDivisionError", "0.0 cannot be raised to a negative power");
        return newFloat(th, exactPower(Number(x), Number(y)));
      }
      if (y > 100000n && x !== 0n && x !== 1n && x !== -1n) raiseException(th, "MemoryError", "");
      return newIntFromBig(th, x ** y);
    case NB.LSHIFT:
      if (y < 0n) raiseException(th, "ValueError", "negative shift count");
      return newIntFromBig(th, x << y);
    case NB.RSHIFT:
      if (y < 0n) raiseException(th, "ValueError", "negative shift count");
      return newIntFromBig(th, x >> y);
    case NB.AND: return newIntFromBig(th, x & y);
    case NB.OR: return newIntFromBig(th, x | y);
    case NB.XOR: return newIntFromBig(th, x ^ y);
    default: return 0;
  }
}

function trueDivide(th: Thread, x: bigint, y: bigint): number {
  const nx = Number(x);
  const ny = Number(y);
  if (Number.isSafeInteger(nx) && Number.isSafeInteger(ny)) return nx / ny;
  // Scale so that the quotient keeps 53 significant bits, as CPython's long_true_divide does.
  const negative = (x < 0n) !== (y < 0n);
  let a = x < 0n ? -x : x;
  const b = y < 0n ? -y : y;
  const shift = BigInt(Math.max(0, 64 - (a.toString(2).length - b.toString(2).length)));
  a <<= shift;
  const q = Number(a / b) / Math.pow(2, Number(shift));
  if (!Number.isFinite(q)) raiseException(th, "OverflowError", "integer division result too large for a float");
  return negative ? -q : q;
}

/** float op float (either side may have been an int); 0 when the operator does not apply. */
export function floatBinary(th: Thread, op: number, x: number, y: number): number {
  switch (op) {
    case NB.ADD: return newFloat(th, x + y);
    case NB.SUBTRACT: return newFloat(th, x - y);
    case NB.MULTIPLY: return newFloat(th, x * y);
    case NB.TRUE_DIVIDE:
      if (y === 0) raiseException(th, "ZeroDivisionError", "float division by zero");
      return newFloat(th, x / y);
    case NB.FLOOR_DIVIDE:
      if (y === 0) raiseException(th, "ZeroDivisionError", "float floor division by zero");
      return newFloat(th, floatDivmod(x, y)[0]);
    case NB.REMAINDER:
      if (y === 0) raiseException(th, "ZeroDivisionError", "float modulo by zero");
      return newFloat(th, floatDivmod(x, y)[1]);
    case NB.POWER:
      return newFloat(th, floatPower(th, x, y));
    default: return 0;
  }
}

/** CPython's float_divmod: the floor quotient and a remainder with the divisor's sign. */
export function floatDivmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    const q = x / y;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatPower(th: Thread, x: number, y: number): number {
  if (x === 0 && y < 0) raiseException(th, "ZeroDivisionError", "zero to a negative power");
  if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) {
    raiseException(th, "ValueError", "negative number cannot be raised to a fractional power");
  }
  if (x === 1 || y === 0) return 1;
  const r = Number.isInteger(y) && Math.abs(y) <= 1024 ? exactPower(x, y) : Math.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) {
    raiseException(th, "OverflowError", "(34, 'Numerical result out of range')");
  }
  return r;
}

/** Numeric binary operation on two numbers; 0 when it does not apply. */
export function numberBinary(th: Thread, op: number, a: number, b: number): number {
  // Ints below 2**53 add, subtract and multiply as JavaScript numbers when the result stays exact.
  if (op === NB.ADD || op === NB.SUBTRACT || op === NB.MULTIPLY) {
    const sx = safeIntOf(th, a);
    const sy = sx === null ? null : safeIntOf(th, b);
    if (sx !== null && sy !== null) {
      const r = op === NB.ADD ? sx + sy : op === NB.SUBTRACT ? sx - sy : sx * sy;
      if (Number.isSafeInteger(r)) return intFromSafe(th, r);
      if (op === NB.MULTIPLY) return multiplySafe(th, sx, sy);
    }
  }
  // A heap int modulo a positive small int: straight on the digits.
  if (op === NB.REMAINDER && (b & 1) === 1 && b > 1 && (a & 1) === 0 && isExactInt(th.heap, a)) {
    return remainderBySmall(th, a, b >> 1);
  }
  // A heap int times a small int: straight on the digits (int-multiply.ts).
  if (op === NB.MULTIPLY && (a & 1) !== (b & 1)) {
    if ((b & 1) === 1 && isExactInt(th.heap, a)) return multiplyBySmall(th, a, b >> 1);
    if ((a & 1) === 1 && isExactInt(th.heap, b)) return multiplyBySmall(th, b, a >> 1);
  }
  const x = asBigInt(th, a);
  const y = asBigInt(th, b);
  if (x !== null && y !== null) {
    if (op === NB.POWER && y < 0n && x === 0n) raiseException(th, "ZeroDivisionError", "0.0 cannot be raised to a negative power");
    return intBinary(th, op, x, y);
  }
  const fx = asFloat(th, a);
  const fy = asFloat(th, b);
  if (fx === null || fy === null) return 0;
  if (op === NB.POWER && fx === 0 && fy < 0) raiseException(th, "ZeroDivisionError", "0.0 cannot be raised to a negative power");
  return floatBinary(th, op, fx, fy);
}

/** Compares two numbers exactly (an int with a float included); null if not both numbers. */
export function numberCompare(th: Thread, a: number, b: number): number | null {
  const x = asBigInt(th, a);
  const y = asBigInt(th, b);
  if (x !== null && y !== null) return x < y ? -1 : x > y ? 1 : 0;
  if (!isNumber(th, a) || !isNumber(th, b)) return null;
  if (x === null && y === null) {
    const fx = floatOf(th, a);
    const fy = floatOf(th, b);
    return fx < fy ? -1 : fx > fy ? 1 : fx === fy ? 0 : NaN;
  }
  // One int, one float: compare exactly.
  const f = x === null ? floatOf(th, a) : floatOf(th, b);
  const i = (x === null ? y : x)!;
  let c: number;
  if (Number.isNaN(f)) c = NaN;
  else if (f === Infinity) c = -1;
  else if (f === -Infinity) c = 1;
  else {
    const fi = Math.floor(f);
    const bi = BigInt(fi);
    c = i < bi ? -1 : i > bi ? 1 : fi < f ? -1 : 0;
  }
  return x === null ? -c : c;
}

/**
 * x ** n for an integer n, correctly rounded as C's pow() is (Math.pow can be
 * off by one unit in the last place): computed exactly with BigInts, then
 * rounded once.
 */
export function exactPower(x: number, n: number): number {
  if (!Number.isFinite(x) || x === 0 || !Number.isInteger(n) || Math.abs(n) > 1024) return Math.pow(x, n);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let m = bits & ((1n << 52n) - 1n);
  let e: number;
  if (biased === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  const negative = x < 0 && Math.abs(n) % 2 === 1;
  const k = Math.abs(n);
  const mk = m ** BigInt(k);
  let result: number;
  if (n >= 0) {
    result = scaleByPowerOfTwo(mk, e * k);
  } else {
    // 1 / (mk * 2^(e*k)) = 2^(s - e*k) / mk / 2^s, with s large enough for 64 quotient bits.
    const s = mk.toString(2).length + 66;
    const q = (1n << BigInt(s)) / mk;
    const sticky = (1n << BigInt(s)) % mk === 0n ? 0n : 1n;
    result = scaleByPowerOfTwo((q << 1n) | sticky, -e * k - s - 1);
  }
  return negative ? -result : result;
}

/** Number(a * 2^p), rounded once (a BigInt > 0). */
function scaleByPowerOfTwo(a: bigint, p: number): number {
  const bitsInA = a.toString(2).length;
  // Keep 64 significant bits plus a sticky bit, so Number() rounds as the exact value would.
  if (bitsInA > 66) {
    const drop = bitsInA - 66;
    const sticky = (a & ((1n << BigInt(drop)) - 1n)) === 0n ? 0n : 1n;
    a = (a >> BigInt(drop)) | sticky;
    p += drop;
  }
  const top = bitsInA > 66 ? 66 : bitsInA;
  if (top + p > 1025) return Infinity;
  if (top + p < -1140) return 0;
  // Subnormal results: round at the right bit position first.
  const lowest = -1074;
  if (p < lowest) {
    const shift = lowest - p;
    if (shift >= 66) return 0;
    const sticky = (a & ((1n << BigInt(shift)) - 1n)) === 0n ? 0n : 1n;
    const kept = a >> BigInt(shift);
    const half = (a >> BigInt(shift - 1)) & 1n;
    const rest = (a & ((1n << BigInt(shift - 1)) - 1n)) !== 0n || sticky === 1n && shift > 1;
    let rounded = kept;
    if (half === 1n && (rest || (kept & 1n) === 1n)) rounded += 1n;
    return Number(rounded) * Math.pow(2, lowest);
  }
  const value = Number(a);
  return p >= -1022 && p <= 1023 ? value * Math.pow(2, p) : value * Math.pow(2, Math.trunc(p / 2)) * Math.pow(2, p - Math.trunc(p / 2));
}

export function bool(b: boolean): number {
  return b ? TRUE : FALSE;
}

export { intOf, fromNumber };
