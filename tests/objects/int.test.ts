import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createHeap } from "../../src/heap/index.js";
import { smallInt } from "../../src/heap/value.js";
import { floatRepr } from "../../src/objects/float-repr.js";
import { intToFloat } from "../../src/objects/float.js";
import { hashOut, hashToBigInt } from "../../src/objects/hash.js";
import {
  intAbsolute, intAdd, intAnd, intCompare, intDivmod, intFloorDivide, intInvert, intLeftShift, intModulo,
  intMultiply, intNegate, intOr, intPower, intPowerModulo, intRightShift, intSubtract, intTrueDivide, intXor,
} from "../../src/objects/int-arith.js";
import { intFromString, intToBaseString, intToString, setIntMaxStrDigits } from "../../src/objects/int-str.js";
import { intBitLength, intFromBigInt, intToBigInt, isExactInt } from "../../src/objects/int.js";
import { nativeHash } from "../../src/objects/keys.js";
import { type Outcome, fromPythonHex, intValue, numberOutcome, outcomeOf } from "./outcome.js";

type Case = [string, string, string, Outcome, string?];
const data = JSON.parse(readFileSync(new URL("./data/int-cases.json", import.meta.url), "utf8")) as {
  cases: Case[];
  parse: [string, number, Outcome][];
  toText: [string, Outcome][];
};

const heap = createHeap({ maxBytes: 1 << 28 });

const binary: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => intAdd(heap, a, b),
  sub: (a, b) => intSubtract(heap, a, b),
  mul: (a, b) => intMultiply(heap, a, b),
  floordiv: (a, b) => intFloorDivide(heap, a, b),
  mod: (a, b) => intModulo(heap, a, b),
  and: (a, b) => intAnd(heap, a, b),
  or: (a, b) => intOr(heap, a, b),
  xor: (a, b) => intXor(heap, a, b),
  pow: (a, b) => intPower(heap, a, b),
  lshift: (a, b) => intLeftShift(heap, a, b),
  rshift: (a, b) => intRightShift(heap, a, b),
  compare: (a, b) => smallInt(intCompare(heap, a, b)),
};

function run([op, x, y, , m]: Case): Outcome {
  const a = intValue(heap, x);
  const b = intValue(heap, y);
  const fn = binary[op];
  if (fn) return numberOutcome(heap, fn(a, b));
  switch (op) {
    case "divmod": {
      const [q, r] = intDivmod(heap, a, b);
      return { tuple: [intToBigInt(heap, q).toString(), intToBigInt(heap, r).toString()] };
    }
    case "truediv":
      return { float: floatRepr(intTrueDivide(heap, a, b)) };
    case "powmod":
      return numberOutcome(heap, intPowerModulo(heap, a, b, intValue(heap, m!)));
    case "neg":
      return numberOutcome(heap, intNegate(heap, a));
    case "invert":
      return numberOutcome(heap, intInvert(heap, a));
    case "abs":
      return numberOutcome(heap, intAbsolute(heap, a));
    case "hash":
      nativeHash(heap, a);
      return { int: hashToBigInt(hashOut.lo, hashOut.hi).toString() };
    case "float":
      return { float: floatRepr(intToFloat(heap, a)) };
    case "hex":
      return { str: intToBaseString(heap, a, 16) };
    case "oct":
      return { str: intToBaseString(heap, a, 8) };
    case "bin":
      return { str: intToBaseString(heap, a, 2) };
    case "bitlength":
      return { int: String(intBitLength(heap, a)) };
    default:
      throw new Error(`unknown operation ${op}`);
  }
}

describe("int arithmetic against CPython", () => {
  const byOp = new Map<string, Case[]>();
  for (const c of data.cases) byOp.set(c[0], [...(byOp.get(c[0]) ?? []), c]);
  for (const [op, cases] of byOp) {
    it(`${op} (${cases.length} cases)`, () => {
      const failures = cases
        .map((c) => ({ c, got: outcomeOf(() => run(c)) }))
        .filter(({ c, got }) => JSON.stringify(got) !== JSON.stringify(c[3]))
        .slice(0, 5)
        .map(({ c, got }) => `${c[0]}(${c[1]}, ${c[2]}${c[4] ? ", " + c[4] : ""}): expected ${JSON.stringify(c[3])}, got ${JSON.stringify(got)}`);
      expect(failures).toEqual([]);
    });
  }
});

describe("int() from text against CPython", () => {
  it("parses or fails with CPython's message", () => {
    const failures = data.parse
      .map(([text, base, expected]) => ({ text, base, expected, got: outcomeOf(() => numberOutcome(heap, intFromString(heap, text, base))) }))
      .filter(({ expected, got }) => JSON.stringify(got) !== JSON.stringify(expected))
      .map(({ text, base, expected, got }) => `int(${JSON.stringify(text.slice(0, 30))}, ${base}): expected ${JSON.stringify(expected).slice(0, 200)}, got ${JSON.stringify(got).slice(0, 200)}`);
    expect(failures).toEqual([]);
  });

  it("refuses to print more than 4300 digits, as CPython", () => {
    for (const [hex, expected] of data.toText) {
      const got = outcomeOf(() => {
        const text = intToString(heap, intFromBigInt(heap, fromPythonHex(hex)));
        return { length: text.length, head: text.slice(0, 20) };
      });
      expect(got).toEqual(expected);
    }
  });

  it("follows sys.set_int_max_str_digits", () => {
    const big = intFromBigInt(heap, 10n ** 5000n);
    expect(() => intToString(heap, big)).toThrow(/Exceeds the limit \(4300 digits\)/);
    setIntMaxStrDigits(heap, 0);
    expect(intToString(heap, big)).toHaveLength(5001);
    setIntMaxStrDigits(heap, 640);
    expect(() => intFromString(heap, "1".repeat(641))).toThrow("Exceeds the limit (640 digits) for integer string conversion: value has 641 digits");
    expect(() => setIntMaxStrDigits(heap, 5)).toThrow("maxdigits must be >= 640 or 0 for unlimited");
    setIntMaxStrDigits(heap, 4300);
  });
});

describe("int representation", () => {
  it("keeps results that fit 31 bits as small ints", () => {
    const big = intFromBigInt(heap, 2n ** 40n);
    expect(isExactInt(heap, big)).toBe(true);
    expect(big & 1).toBe(0);
    const back = intSubtract(heap, big, intFromBigInt(heap, 2n ** 40n - 5n));
    expect(back).toBe(smallInt(5));
    expect(intAdd(heap, smallInt(2 ** 30 - 1), smallInt(1)) & 1).toBe(0);
    expect(intToBigInt(heap, intAdd(heap, smallInt(2 ** 30 - 1), smallInt(1)))).toBe(2n ** 30n);
  });

  it("round-trips bigints of every size through the heap", () => {
    for (const b of [0n, 1n, -1n, 2n ** 31n, -(2n ** 31n), 2n ** 32n - 1n, 2n ** 64n, -(3n ** 200n), 7n ** 1000n]) {
      expect(intToBigInt(heap, intFromBigInt(heap, b))).toBe(b);
    }
  });
});
