// Exact double arithmetic (src/modules/exact-float.ts): one rounding, to
// nearest with ties to even, in the normal and subnormal ranges.

import { describe, expect, it } from "vitest";
import { exactAdd, exactMul, exactOf, exactSqrt, toDouble } from "../../src/modules/exact-float.js";

describe("exact doubles", () => {
  it("round-trips every kind of finite double", () => {
    for (const x of [1, -1, 0.1, 1e308, -2.5e-310, Number.MIN_VALUE, Number.MAX_VALUE, 123456.789]) {
      const { mantissa, exponent } = exactOf(x);
      expect(toDouble(mantissa, exponent)).toBe(x);
    }
  });

  it("rounds ties to even and honours the sticky bit", () => {
    const halfway = (1n << 53n) + 1n; // 2**53 + 1: halfway between two doubles
    expect(toDouble(halfway, 0)).toBe(2 ** 53);
    expect(toDouble(halfway, 0, true)).toBe(2 ** 53 + 2);
    expect(toDouble((1n << 53n) + 3n, 0)).toBe(2 ** 53 + 4);
  });

  it("rounds once into the subnormal range", () => {
    expect(toDouble(1n, -1075)).toBe(0);
    expect(toDouble(3n, -1075)).toBe(2 * Number.MIN_VALUE);
    expect(toDouble(-1n, -1074)).toBe(-Number.MIN_VALUE);
  });

  it("computes a fused multiply-add without intermediate rounding", () => {
    // 0.1 * 10 - 1 is 0 in doubles but 2**-54 exactly.
    const exact = exactAdd(exactMul(exactOf(0.1), exactOf(10)), exactOf(-1));
    expect(toDouble(exact.mantissa, exact.exponent)).toBe(2 ** -54);
  });

  it("takes correctly rounded square roots", () => {
    expect(exactSqrt(exactOf(2))).toBe(Math.SQRT2);
    expect(exactSqrt(exactOf(25))).toBe(5);
    expect(exactSqrt(exactOf(Number.MIN_VALUE))).toBe(Math.sqrt(Number.MIN_VALUE));
    const big = exactMul(exactOf(1e300), exactOf(1e300));
    expect(exactSqrt(big)).toBe(1e300);
  });
});
