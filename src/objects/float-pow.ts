// x ** y for floats, rounded as CPython on glibc rounds it.
//
// glibc's pow is correctly rounded in practice; V8's Math.pow is not (it is
// often one unit in the last place off: 2 ** 1.5 gives 2.82842712474619
// where CPython prints 2.8284271247461903). So for a finite positive base
// the power is computed in double-double arithmetic (about 106 bits) and
// rounded once to the nearest double:
//
//   - an integral exponent (|y| <= 64): repeated squaring;
//   - a half-integral exponent (|y| <= 64): x**n * sqrt(x);
//   - any other exponent: exp(y * log(x)), log by one Newton step on exp from
//     Math.log, exp by argument reduction, a Taylor series and squaring.
//
// A double-double is a pair (hi, lo) with |lo| <= ulp(hi)/2. Sums and
// products keep their rounding error exactly (Knuth's TwoSum, Dekker's
// TwoProduct with Veltkamp splitting, since JavaScript has no fused
// multiply-add). The error left is around 2**-100 relative, so the final
// rounding is wrong only when the exact power lies that close to a midpoint
// between two doubles. Results in the subnormal range, or intermediates
// outside the range where the transforms are exact, fall back to an exact
// rational computation (integral exponents) or Math.pow.
//
// The operations return their result in the module's `hi`/`lo` scratch
// variables instead of allocating pairs: pow sits in numeric inner loops.

import { floatParts, ratioToFloat } from "./rounding.js";

const POWER_LIMIT = 64;
const SPLITTER = 134217729; // 2**27 + 1
const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;
const SAFE_MAX = 2 ** 995;
const SAFE_MIN = 2 ** -960;

/** The result of the last double-double operation. */
let hi = 0;
let lo = 0;

const powerBits = new Float64Array(1);
const powerWords = new Int32Array(powerBits.buffer);
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** 2**k for an integer -1022 <= k <= 1023, built from its bits (cheaper than Math.pow). */
function powerOfTwo(k: number): number {
  powerWords[1 - HIGH_WORD] = 0;
  powerWords[HIGH_WORD] = (k + 1023) << 20;
  return powerBits[0]!;
}

function quickTwoSum(a: number, b: number): void {
  const s = a + b;
  lo = b - (s - a);
  hi = s;
}

function add(ah: number, al: number, bh: number, bl: number): void {
  let s = ah + bh;
  let bb = s - ah;
  let e = ah - (s - bb) + (bh - bb);
  const t = al + bl;
  bb = t - al;
  const f = al - (t - bb) + (bl - bb);
  e += t;
  const u = s + e;
  e = e - (u - s);
  s = u;
  e += f;
  quickTwoSum(s, e);
}

function multiply(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  let t = SPLITTER * ah;
  const xh = t - (t - ah);
  const xl = ah - xh;
  t = SPLITTER * bh;
  const yh = t - (t - bh);
  const yl = bh - yh;
  const e = xh * yh - p + xh * yl + xl * yh + xl * yl;
  quickTwoSum(p, e + (ah * bl + al * bh));
}

function divide(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  multiply(bh, bl, -q1, 0);
  add(ah, al, hi, lo);
  const q2 = hi / bh;
  const rh = hi;
  const rl = lo;
  multiply(bh, bl, -q2, 0);
  add(rh, rl, hi, lo);
  const q3 = hi / bh;
  quickTwoSum(q1, q2);
  add(hi, lo, q3, 0);
}

function sqrtOf(a: number): void {
  const s = Math.sqrt(a);
  multiply(s, 0, s, 0);
  const residual = a - hi - lo;
  quickTwoSum(s, residual / (2 * s));
}

function inRange(x: number): boolean {
  const m = Math.abs(x);
  return m < SAFE_MAX && m > SAFE_MIN;
}

/** a**n for n >= 0 into (hi, lo); false if an intermediate leaves the safe range. */
function integerPower(a: number, n: number): boolean {
  let rh = 1;
  let rl = 0;
  let bh = a;
  let bl = 0;
  for (let e = n; e > 0; e >>>= 1) {
    if ((e & 1) === 1) {
      multiply(rh, rl, bh, bl);
      rh = hi;
      rl = lo;
      if (!inRange(rh)) return false;
    }
    if (e > 1) {
      multiply(bh, bl, bh, bl);
      bh = hi;
      bl = lo;
      if (!inRange(bh)) return false;
    }
  }
  hi = rh;
  lo = rl;
  return true;
}

/** 1/1!, 1/2!, ... 1/12! as double-doubles: high and low parts. */
const INVERSE_FACTORIAL_HI = new Float64Array(12);
const INVERSE_FACTORIAL_LO = new Float64Array(12);
for (let i = 0, factorial = 1; i < 12; i++) {
  factorial *= i + 1;
  divide(1, 0, factorial, 0);
  INVERSE_FACTORIAL_HI[i] = hi;
  INVERSE_FACTORIAL_LO[i] = lo;
}

/** exp(x) for a double-double |x| < 709 as m * 2**k: m into (hi, lo), k returned. */
function expScaled(xh: number, xl: number): number {
  const k = Math.round(xh / LN2_HI);
  multiply(LN2_HI, LN2_LO, -k, 0);
  add(xh, xl, hi, lo);
  const rh = hi / 1024;
  const rl = lo / 1024;
  // Taylor series of exp(r) - 1 for |r| < 2**-10.
  let th = rh;
  let tl = rl;
  let sh = rh;
  let sl = rl;
  for (let i = 1; i < 12; i++) {
    multiply(th, tl, rh, rl);
    th = hi;
    tl = lo;
    multiply(th, tl, INVERSE_FACTORIAL_HI[i]!, INVERSE_FACTORIAL_LO[i]!);
    const nh = hi;
    add(sh, sl, nh, lo);
    sh = hi;
    sl = lo;
    if (Math.abs(nh) < 1e-36) break;
  }
  add(sh, sl, 1, 0);
  for (let i = 0; i < 10; i++) multiply(hi, lo, hi, lo);
  return k;
}

/** log(a) for a in the safe range into (hi, lo). */
function logOf(a: number): void {
  let e = Math.floor(Math.log2(a));
  let m = a * powerOfTwo(-e);
  if (m >= 2) {
    m /= 2;
    e += 1;
  } else if (m < 1) {
    m *= 2;
    e -= 1;
  }
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  // One Newton step on exp(y) = m from y0 = Math.log(m): y = y0 + m * exp(-y0) - 1.
  const y0 = Math.log(m);
  const k = expScaled(-y0, 0);
  const scale = powerOfTwo(k);
  multiply(hi * scale, lo * scale, m, 0);
  add(hi, lo, -1, 0);
  add(y0, 0, hi, lo);
  const yh = hi;
  const yl = lo;
  multiply(LN2_HI, LN2_LO, e, 0);
  add(yh, yl, hi, lo);
}

/** (hi, lo) * 2**scale rounded to a double, or NaN when subnormal (where rounding twice could err). */
function roundScaled(scale: number): number {
  const half = Math.trunc(scale / 2);
  const first = powerOfTwo(half);
  const second = powerOfTwo(scale - half);
  const h = hi * first * second;
  if (Math.abs(h) < 2 ** -1022) return NaN;
  return h + lo * first * second;
}

/**
 * a ** b for finite a > 0 (a != 1) and finite b != 0, correctly rounded in all
 * but astronomically rare cases; Infinity on overflow.
 */
export function positivePower(a: number, b: number): number {
  const bounded = Math.abs(b) <= POWER_LIMIT;
  let result = NaN;
  if (bounded && Number.isInteger(b)) {
    result = integralPower(a, b);
    if (Number.isNaN(result)) result = exactIntegralPower(a, b);
  } else if (bounded && Number.isInteger(2 * b)) {
    result = halfIntegralPower(a, b);
  } else if (a > SAFE_MIN && a < SAFE_MAX) {
    result = generalPower(a, b);
  }
  return Number.isNaN(result) ? Math.pow(a, b) : result;
}

function integralPower(a: number, b: number): number {
  if (!inRange(a) || !integerPower(a, Math.abs(b))) return NaN;
  if (b < 0) divide(1, 0, hi, lo);
  return roundScaled(0);
}

/** The exact power as a ratio of bigints, rounded once: for results near the ends of the float range. */
function exactIntegralPower(a: number, b: number): number {
  const { mantissa, exponent } = floatParts(a);
  const power = mantissa ** BigInt(Math.abs(b));
  const scale = exponent * Math.abs(b);
  const [numerator, denominator] = scale >= 0 ? [power << BigInt(scale), 1n] : [power, 1n << BigInt(-scale)];
  return b > 0 ? ratioToFloat(numerator, denominator) : ratioToFloat(denominator, numerator);
}

function halfIntegralPower(a: number, b: number): number {
  if (!inRange(a) || !integerPower(a, Math.floor(Math.abs(b)))) return NaN;
  const ph = hi;
  const pl = lo;
  sqrtOf(a);
  multiply(ph, pl, hi, lo);
  if (!inRange(hi)) return NaN;
  if (b < 0) divide(1, 0, hi, lo);
  return roundScaled(0);
}

function generalPower(a: number, b: number): number {
  logOf(a);
  multiply(hi, lo, b, 0);
  if (hi > 709.8) return Infinity;
  if (hi < -708) return NaN;
  const k = expScaled(hi, lo);
  return roundScaled(k);
}
