// The rest of the math module (math.ts has the common functions): inverse
// hyperbolic functions, cbrt, exp2, erf/erfc, gamma/lgamma, frexp/ldexp,
// modf, fma, remainder, nextafter, ulp, dist, sumprod.
//
// erf and erfc follow the fdlibm algorithm that C libraries use; gamma and
// lgamma follow CPython's own Lanczos approximation (mathmodule.c), so the
// results agree with CPython's up to the last bit of exp, log and pow.
// fma, ldexp, dist and sumprod are computed exactly and rounded once
// (exact-float.ts).

import type { Thread } from "../vm/thread.js";
import { NONE } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { newTuple, typeIdOfValue, typeNameOf } from "../vm/model.js";
import { bigOf, floatOf, isIntLike, newFloat, newIntFromBig, fromNumber } from "../vm/int-values.js";
import { raiseException } from "../vm/exceptions.js";
import { iterateToArray } from "../vm/iteration.js";
import { newList, listSet } from "../vm/lists.js";
import { listItemsArray } from "../vm/containers.js";
import { binaryOp } from "../vm/operators.js";
import { NB } from "../vm/opcodes.js";
import { moduleFunction } from "./registry.js";
import { arity, keywordMap } from "./args.js";
import { real } from "./math.js";
import { exactAdd, exactMul, exactOf, exactSqrt, toDouble, type Exact } from "./exact-float.js";

const M = "math";

function domainError(th: Thread): never {
  return raiseException(th, "ValueError", "math domain error");
}

function rangeError(th: Thread): never {
  return raiseException(th, "OverflowError", "math range error");
}

/** A one-argument function with CPython's error rules: NaN from a non-NaN is a domain error, an infinity from a finite a range error. */
function unaryFn(name: string, f: (x: number) => number): void {
  moduleFunction(M, name, (th, args) => {
    arity(th, name, args, 1, 1);
    const x = real(th, args[0]!);
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domainError(th);
    if (!Number.isFinite(r) && Number.isFinite(x)) rangeError(th);
    return newFloat(th, r);
  });
}

unaryFn("acosh", (x) => (x < 1 ? NaN : Math.acosh(x)));
unaryFn("asinh", Math.asinh);
unaryFn("atanh", (x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x)));
unaryFn("cbrt", Math.cbrt);
unaryFn("exp2", (x) => 2 ** x);
unaryFn("erf", erf);
unaryFn("erfc", erfc);

// ---------------------------------------------------------------------------
// erf and erfc (fdlibm)

const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const EFX8 = 1.02703333676410069053e+00;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
  -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [1, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
  1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
  3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [1, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
  1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
  -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
  -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [1, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
  6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
  6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
  -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
  -4.83519191608651397019e+02];
const SB = [1, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
  3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
  -2.24409524465858183362e+01];
const TINY = 1e-300;

/** A polynomial by Horner's rule, coefficients from the constant term up. */
function poly(c: readonly number[], x: number): number {
  let r = c[c.length - 1]!;
  for (let k = c.length - 2; k >= 0; k--) r = c[k]! + x * r;
  return r;
}

const bits = new DataView(new ArrayBuffer(8));

function highWord(x: number): number {
  bits.setFloat64(0, x);
  return bits.getInt32(0);
}

/** x with the low 32 bits of its representation cleared. */
function clearLowWord(x: number): number {
  bits.setFloat64(0, x);
  bits.setUint32(4, 0);
  return bits.getFloat64(0);
}

/** exp(-x*x - 0.5625) * exp(R/S) / x, split to keep exp's argument exact (fdlibm's erfc tail). */
function erfcTail(x: number, ix: number, limit: number): number {
  const s = 1 / (x * x);
  const [r, q] = ix < limit ? [poly(RA, s), poly(SA, s)] : [poly(RB, s), poly(SB, s)];
  const z = clearLowWord(x);
  return (Math.exp(-z * z - 0.5625) * Math.exp((z - x) * (z + x) + r / q)) / x;
}

function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) return ix < 0x00800000 ? 0.125 * (8.0 * x + EFX8 * x) : x + EFX * x;
    const z = x * x;
    return x + x * (poly(PP, z) / poly(QQ, z));
  }
  if (ix < 0x3ff40000) {
    const s = Math.abs(x) - 1;
    const pq = poly(PA, s) / poly(QA, s);
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - TINY : TINY - 1;
  const r = erfcTail(Math.abs(x), ix, 0x4006db6e);
  return hx >= 0 ? 1 - r : r - 1;
}

function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 0 : 2;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const z = x * x;
    const y = poly(PP, z) / poly(QQ, z);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ix < 0x3ff40000) {
    const s = Math.abs(x) - 1;
    const pq = poly(PA, s) / poly(QA, s);
    return hx >= 0 ? 1 - ERX - pq : 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2 - TINY;
    const r = erfcTail(Math.abs(x), ix, 0x4006db6d);
    return hx > 0 ? r : 2 - r;
  }
  return hx > 0 ? TINY * TINY : 2 - TINY;
}

// ---------------------------------------------------------------------------
// gamma and lgamma (CPython's Lanczos approximation)

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0,
  357423.0, 32670.0, 1925.0, 66.0, 1.0];
const LOG_PI = 1.144729885849400174143427351353058711647;
/** gamma(n) for the integers 1 .. 23, exact. */
const GAMMA_INTEGRAL: number[] = [];
for (let k = 0, f = 1; k < 23; k++) {
  GAMMA_INTEGRAL.push(f);
  f *= k + 1;
}

function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  const n = LANCZOS_NUM.length;
  // Evaluated in the direction that keeps the terms from overflowing.
  if (x < 5) {
    for (let i = n - 1; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i]!;
      den = den * x + LANCZOS_DEN[i]!;
    }
  } else {
    for (let i = 0; i < n; i++) {
      num = num / x + LANCZOS_NUM[i]!;
      den = den / x + LANCZOS_DEN[i]!;
    }
  }
  return num / den;
}

/** sin(pi * x), exact at the integers and half-integers. */
function sinPi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0: r = Math.sin(Math.PI * y); break;
    case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
    case 2: r = Math.sin(Math.PI * (1 - y)); break;
    case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
    default: r = Math.sin(Math.PI * (y - 2)); break;
  }
  return Math.sign(x) < 0 || Object.is(x, -0) ? -r : r;
}

/** gamma(x), or null for a domain error. */
function gamma(x: number): number | null {
  if (!Number.isFinite(x)) return Number.isNaN(x) || x > 0 ? x : null;
  if (x === 0) return null;
  if (x === Math.floor(x)) {
    if (x < 0) return null;
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1]!;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return 1 / x;
  if (absx > 200) return x < 0 ? 0 / sinPi(x) : Infinity;
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = (((-Math.PI / sinPi(absx)) / absx) * Math.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) {
      r /= y ** (absx - 0.5);
    } else {
      const sqrtpow = y ** (absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / Math.exp(y);
    r += z * r;
    if (absx < 140) {
      r *= y ** (absx - 0.5);
    } else {
      const sqrtpow = y ** (absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return r;
}

/** lgamma(x), or null for a domain error. */
function lgamma(x: number): number | null {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) return x <= 0 ? null : 0;
  const absx = Math.abs(x);
  if (absx < 1e-20) return -Math.log(absx);
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOG_PI - Math.log(Math.abs(sinPi(absx))) - Math.log(absx) - r;
  return r;
}

for (const [name, f] of [["gamma", gamma], ["lgamma", lgamma]] as const) {
  moduleFunction(M, name, (th, args) => {
    arity(th, name, args, 1, 1);
    const x = real(th, args[0]!);
    const r = f(x);
    if (r === null) domainError(th);
    if (!Number.isFinite(r) && Number.isFinite(x)) rangeError(th);
    return newFloat(th, r);
  });
}

// ---------------------------------------------------------------------------
// Representation: frexp, ldexp, modf, nextafter, ulp

moduleFunction(M, "frexp", (th, args) => {
  arity(th, "frexp", args, 1, 1);
  const x = real(th, args[0]!);
  if (x === 0 || !Number.isFinite(x)) return newTuple(th, [newFloat(th, x), fromNumber(th, 0)]);
  const { mantissa, exponent } = exactOf(x);
  const length = (mantissa < 0n ? -mantissa : mantissa).toString(2).length;
  const e = exponent + length;
  return newTuple(th, [newFloat(th, toDouble(mantissa, -length)), fromNumber(th, e)]);
});

moduleFunction(M, "ldexp", (th, args) => {
  arity(th, "ldexp", args, 2, 2);
  const x = real(th, args[0]!);
  if (!isIntLike(th, args[1]!)) raiseException(th, "TypeError", "Expected an int as second argument to ldexp.");
  const n = bigOf(th, args[1]!);
  if (x === 0 || !Number.isFinite(x)) return newFloat(th, x);
  // Past these bounds every finite x overflows or underflows.
  if (n > 2200n) rangeError(th);
  if (n < -2200n) return newFloat(th, x < 0 ? -0 : 0);
  const { mantissa, exponent } = exactOf(x);
  const r = toDouble(mantissa, exponent + Number(n));
  if (!Number.isFinite(r)) rangeError(th);
  return newFloat(th, r);
});

moduleFunction(M, "modf", (th, args) => {
  arity(th, "modf", args, 1, 1);
  const x = real(th, args[0]!);
  if (!Number.isFinite(x)) {
    const frac = Number.isNaN(x) ? x : x < 0 ? -0 : 0;
    return newTuple(th, [newFloat(th, frac), newFloat(th, x)]);
  }
  const negative = x < 0 || Object.is(x, -0);
  const whole = Math.trunc(x);
  const frac = x - whole;
  // Both parts keep x's sign, even when they are zero.
  return newTuple(th, [newFloat(th, frac === 0 && negative ? -0 : frac), newFloat(th, whole === 0 && negative ? -0 : whole)]);
});

/** The next double after x towards y (C's nextafter). */
function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  bits.setFloat64(0, x);
  let n = bits.getBigUint64(0);
  n += (y > x) === (x > 0) ? 1n : -1n;
  bits.setBigUint64(0, n);
  return bits.getFloat64(0);
}

moduleFunction(M, "nextafter", (th, args, kw) => {
  arity(th, "nextafter", args, 2, 2);
  const options = keywordMap(th, "nextafter", kw, ["steps"]);
  let x = real(th, args[0]!);
  const y = real(th, args[1]!);
  const stepsValue = options.get("steps") ?? NONE;
  if (stepsValue === NONE) return newFloat(th, nextAfter(x, y));
  if (!isIntLike(th, stepsValue)) {
    raiseException(th, "TypeError", `'${typeNameOf(th, stepsValue)}' object cannot be interpreted as an integer`);
  }
  let steps = bigOf(th, stepsValue);
  if (steps < 0n) raiseException(th, "ValueError", "steps must be a non-negative integer");
  // Never more steps than there are doubles between x and y.
  for (; steps > 0n && x !== y && !Number.isNaN(x); steps--) x = nextAfter(x, y);
  return newFloat(th, Number.isNaN(y) ? y : x);
});

moduleFunction(M, "ulp", (th, args) => {
  arity(th, "ulp", args, 1, 1);
  let x = real(th, args[0]!);
  if (Number.isNaN(x)) return newFloat(th, x);
  x = Math.abs(x);
  if (!Number.isFinite(x)) return newFloat(th, x);
  const up = nextAfter(x, Infinity);
  return newFloat(th, Number.isFinite(up) ? up - x : x - nextAfter(x, -Infinity));
});

// ---------------------------------------------------------------------------
// remainder and fma

moduleFunction(M, "remainder", (th, args) => {
  arity(th, "remainder", args, 2, 2);
  const x = real(th, args[0]!);
  const y = real(th, args[1]!);
  if (Number.isNaN(x)) return newFloat(th, x);
  if (Number.isNaN(y)) return newFloat(th, y);
  if (!Number.isFinite(x) || y === 0) domainError(th);
  if (!Number.isFinite(y)) return newFloat(th, x);
  // IEEE 754 remainder: x - n*y with n the nearest integer to x/y, ties to even.
  const absx = Math.abs(x);
  const absy = Math.abs(y);
  const m = absx % absy;
  const c = absy - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2 * ((0.5 * (absx - m)) % absy);
  return newFloat(th, x < 0 || Object.is(x, -0) ? -r : r);
});

moduleFunction(M, "fma", (th, args) => {
  arity(th, "fma", args, 3, 3);
  const [x, y, z] = args.map((a) => real(th, a)) as [number, number, number];
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) {
    // A finite product is exact here, so it cannot overflow into the infinity z.
    const r = Number.isFinite(x) && Number.isFinite(y) ? z : x * y + z;
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y) && !Number.isNaN(z)) {
      raiseException(th, "ValueError", "invalid operation in fma");
    }
    return newFloat(th, r);
  }
  const exact = exactAdd(exactMul(exactOf(x), exactOf(y)), exactOf(z));
  let r: number;
  if (exact.mantissa === 0n) {
    // An exact zero is -0 only when both the product and z are negative zeros or negative.
    const productNegative = (x < 0 || Object.is(x, -0)) !== (y < 0 || Object.is(y, -0));
    r = productNegative && (z < 0 || Object.is(z, -0)) ? -0 : 0;
  } else {
    r = toDouble(exact.mantissa, exact.exponent);
  }
  if (!Number.isFinite(r)) raiseException(th, "OverflowError", "overflow in fma");
  return newFloat(th, r);
});

// ---------------------------------------------------------------------------
// dist, hypot and sumprod

/** The Euclidean norm of finite-or-not coordinates, correctly rounded. */
function vectorNorm(values: number[]): number {
  if (values.some((v) => v === Infinity || v === -Infinity)) return Infinity;
  if (values.some(Number.isNaN)) return NaN;
  let sum: Exact = { mantissa: 0n, exponent: 0 };
  for (const v of values) {
    const e = exactOf(v);
    sum = exactAdd(sum, exactMul(e, e));
  }
  return exactSqrt(sum);
}

/** A point argument of dist(): its coordinates as floats. */
function coordinates(th: Thread, v: number): number[] {
  return iterateToArray(th, v).map((c) => real(th, c));
}

moduleFunction(M, "dist", (th, args) => {
  arity(th, "dist", args, 2, 2);
  const p = coordinates(th, args[0]!);
  const q = coordinates(th, args[1]!);
  if (p.length !== q.length) raiseException(th, "ValueError", "both points must have the same number of dimensions");
  return newFloat(th, vectorNorm(p.map((x, k) => x - q[k]!)));
});

moduleFunction(M, "hypot", (th, args) => newFloat(th, vectorNorm(args.map((a) => real(th, a)))));

/** A number sumprod can add exactly: an int (bool included) or a float; else null. */
function exactNumber(th: Thread, v: number): Exact | bigint | null {
  if (isIntLike(th, v)) return bigOf(th, v);
  if ((v & 1) === 0 && typeIdOfValue(th, v) === TypeId.float) {
    const x = floatOf(th, v);
    return Number.isFinite(x) ? exactOf(x) : null;
  }
  return null;
}

moduleFunction(M, "sumprod", (th, args) => {
  arity(th, "sumprod", args, 2, 2);
  // Both inputs are held in rooted lists: iterating the second (a generator)
  // runs Python code, which may collect, and the fallback calls __mul__.
  const pList = newList(th, iterateToArray(th, args[0]!));
  th.pushRoot(pList);
  try {
    const qList = newList(th, iterateToArray(th, args[1]!));
    th.pushRoot(qList);
    try {
      return sumprodOf(th, listItemsArray(th, pList), listItemsArray(th, qList));
    } finally {
      th.popRoots(1);
    }
  } finally {
    th.popRoots(1);
  }
});

function sumprodOf(th: Thread, p: number[], q: number[]): number {
  if (p.length !== q.length) raiseException(th, "ValueError", "Inputs are not the same length");
  const exact = sumprodExact(th, p, q);
  if (exact !== null) return exact;
  // Other types (Fractions, complex numbers, classes): p[0]*q[0] + ... in Python's terms.
  // The running total and the latest product, rooted in a two-item list.
  const held = newList(th, [fromNumber(th, 0), NONE]);
  th.pushRoot(held);
  try {
    for (let k = 0; k < p.length; k++) {
      listSet(th, held, 1, binaryOp(th, NB.MULTIPLY, p[k]!, q[k]!));
      const [total, product] = listItemsArray(th, held);
      listSet(th, held, 0, binaryOp(th, NB.ADD, total!, product!));
    }
    return listItemsArray(th, held)[0]!;
  } finally {
    th.popRoots(1);
  }
}

/** sumprod over ints and finite floats, exactly: an int if every item is one, else a float rounded once. */
function sumprodExact(th: Thread, p: number[], q: number[]): number | null {
  let anyFloat = false;
  let sum: Exact = { mantissa: 0n, exponent: 0 };
  for (let k = 0; k < p.length; k++) {
    const a = exactNumber(th, p[k]!);
    const b = exactNumber(th, q[k]!);
    if (a === null || b === null) return null;
    if (typeof a !== "bigint" || typeof b !== "bigint") anyFloat = true;
    const ea = typeof a === "bigint" ? { mantissa: a, exponent: 0 } : a;
    const eb = typeof b === "bigint" ? { mantissa: b, exponent: 0 } : b;
    sum = exactAdd(sum, exactMul(ea, eb));
  }
  if (!anyFloat) return newIntFromBig(th, sum.mantissa << BigInt(sum.exponent));
  return newFloat(th, toDouble(sum.mantissa, sum.exponent));
}
