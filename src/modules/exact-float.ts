// Exact arithmetic on doubles through BigInt, for the math functions that
// CPython answers correctly rounded (fma, ldexp, dist, hypot, sumprod).
//
// A finite double is exactly m * 2**e with m an integer; sums and products
// of such values are computed exactly as (integer, exponent) pairs, and
// `toDouble` rounds the exact value once, to nearest with ties to even,
// including into the subnormal range, as IEEE 754 hardware would.

/** An exact binary value: mantissa * 2**exponent. */
export interface Exact {
  mantissa: bigint;
  exponent: number;
}

const view = new DataView(new ArrayBuffer(8));

/** A finite double as an exact value. */
export function exactOf(x: number): Exact {
  if (x === 0) return { mantissa: 0n, exponent: 0 };
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) {
    e = -1074;
  } else {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  return { mantissa: x < 0 ? -m : m, exponent: e };
}

/** a + b, exactly. */
export function exactAdd(a: Exact, b: Exact): Exact {
  if (a.mantissa === 0n) return b;
  if (b.mantissa === 0n) return a;
  const e = Math.min(a.exponent, b.exponent);
  return {
    mantissa: (a.mantissa << BigInt(a.exponent - e)) + (b.mantissa << BigInt(b.exponent - e)),
    exponent: e,
  };
}

/** a * b, exactly. */
export function exactMul(a: Exact, b: Exact): Exact {
  return { mantissa: a.mantissa * b.mantissa, exponent: a.exponent + b.exponent };
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/**
 * The double nearest mantissa * 2**exponent (ties to even); `sticky` says
 * that the true value lies a little above |mantissa| (bits already lost).
 * Overflows to an infinity.
 */
export function toDouble(mantissa: bigint, exponent: number, sticky = false): number {
  const negative = mantissa < 0n;
  let m = negative ? -mantissa : mantissa;
  if (m === 0n) return negative ? -0 : 0;
  const length = bitLength(m);
  // Keep 53 significant bits, or fewer where the result is subnormal.
  const shift = Math.max(length - 53, -1074 - exponent);
  if (shift > 0) {
    const dropped = m & ((1n << BigInt(shift)) - 1n);
    m >>= BigInt(shift);
    const half = 1n << BigInt(shift - 1);
    if (dropped > half || (dropped === half && (sticky || (m & 1n) === 1n))) m += 1n;
    exponent += shift;
  }
  const value = scale(Number(m), exponent);
  return negative ? -value : value;
}

/** x * 2**n for an x whose product is exact or overflows (n may exceed the range of one power). */
function scale(x: number, n: number): number {
  const half = Math.trunc(n / 2);
  return x * 2 ** half * 2 ** (n - half);
}

/**
 * The correctly rounded square root of an exact non-negative value: the
 * integer square root of the mantissa, scaled to carry 55 bits or more, with
 * a sticky bit for the remainder.
 */
export function exactSqrt(v: Exact): number {
  if (v.mantissa === 0n) return 0;
  let m = v.mantissa;
  let e = v.exponent;
  if ((e & 1) !== 0) {
    m <<= 1n;
    e -= 1;
  }
  const extra = Math.max(0, 112 - bitLength(m));
  const even = extra + (extra & 1);
  m <<= BigInt(even);
  e -= even;
  const root = isqrt(m);
  return toDouble(root, e / 2, root * root !== m);
}

function isqrt(n: bigint): bigint {
  // Newton's iteration from above: it decreases to floor(sqrt(n)).
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
