// Correctly rounded conversion of an exact ratio of integers to a float64,
// for int true division (CPython's long_true_divide) and for float powers
// with integral exponents, which CPython gets from a correctly rounded libm.
//
// The quotient is computed with two bits more than a double keeps plus a
// sticky bit for any remainder; converting that integer to a double
// (Number(bigint) rounds half to even) then rounds once, correctly. Results
// in the subnormal range have fewer bits, so there the rounding is done by
// hand at the subnormal's last place before scaling, to avoid rounding twice.

import { bigBitLength } from "./int.js";

/** x * 2**exponent without overflow or underflow in the intermediate steps (exact when the result is normal). */
function scaleByPowerOfTwo(x: number, exponent: number): number {
  while (exponent > 1023) {
    x *= 2 ** 1023;
    exponent -= 1023;
  }
  while (exponent < -1022) {
    x *= 2 ** -1022;
    exponent += 1022;
  }
  return x * 2 ** exponent;
}

/** x / y correctly rounded to a float64; ±Infinity past the largest float; y must not be 0. */
export function ratioToFloat(x: bigint, y: bigint): number {
  const negative = (x < 0n) !== (y < 0n);
  if (x === 0n) return negative ? -0 : 0;
  const n = x < 0n ? -x : x;
  const d = y < 0n ? -y : y;
  // The quotient lies in [2**(e-1), 2**(e+1)).
  const e = bigBitLength(n) - bigBitLength(d);
  const subnormal = e < -1021;
  // Normal: a quotient of 55 or 56 bits. Subnormal: a count of 2**-1076, two bits below the last place.
  const shift = subnormal ? 1076 : 55 - e;
  const numerator = shift >= 0 ? n << BigInt(shift) : n;
  const denominator = shift >= 0 ? d : d << BigInt(-shift);
  let q = numerator / denominator;
  const inexact = numerator % denominator !== 0n;
  let result: number;
  if (subnormal) {
    const low = Number(q & 3n);
    q >>= 2n;
    if (low > 2 || (low === 2 && (inexact || (q & 1n) === 1n))) q += 1n;
    result = Number(q) * 2 ** -1074;
  } else {
    if (inexact) q |= 1n;
    result = scaleByPowerOfTwo(Number(q), -shift);
  }
  return negative ? -result : result;
}

/** The exact value of a finite double as mantissa * 2**exponent, mantissa an integer. */
export function floatParts(x: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  let exponent = -1074;
  if (biased !== 0) {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  return { mantissa: x < 0 ? -mantissa : mantissa, exponent };
}
