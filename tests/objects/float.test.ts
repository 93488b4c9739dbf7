import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createHeap } from "../../src/heap/index.js";
import { smallInt } from "../../src/heap/value.js";
import { floatFromString, floatRepr } from "../../src/objects/float-repr.js";
import {
  compareIntWithFloat, floatDivmod, floatFloorDivide, floatModulo, floatPower, floatToInt, floatTrueDivide,
  floatValue, newFloat,
} from "../../src/objects/float.js";
import { hashOut, hashToBigInt } from "../../src/objects/hash.js";
import { nativeHash } from "../../src/objects/keys.js";
import { type Outcome, intValue, numberOutcome, outcomeOf } from "./outcome.js";

const reprData = JSON.parse(readFileSync(new URL("./data/float-repr.json", import.meta.url), "utf8")) as { reprs: [string, string][] };
const caseData = JSON.parse(readFileSync(new URL("./data/float-cases.json", import.meta.url), "utf8")) as {
  arith: [string, string, string, Outcome | { complex: string }][];
  parse: [string, Outcome][];
};

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt("0x" + hex));
  return view.getFloat64(0);
}

const heap = createHeap({ maxBytes: 1 << 26 });

describe("float repr against CPython", () => {
  it(`matches ${reprData.reprs.length} reprs`, () => {
    const failures = reprData.reprs
      .filter(([bits, expected]) => floatRepr(fromBits(bits)) !== expected)
      .map(([bits, expected]) => `${bits}: expected ${expected}, got ${floatRepr(fromBits(bits))}`);
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it("survives a round trip through the heap", () => {
    for (const [bits, expected] of reprData.reprs.slice(0, 200)) {
      expect(floatRepr(floatValue(heap, newFloat(heap, fromBits(bits))))).toBe(expected);
    }
  });
});

function floatOutcome(x: number): Outcome {
  return { float: floatRepr(x) };
}

function runArith(op: string, a: string, b: string): Outcome {
  switch (op) {
    case "floordiv":
      return floatOutcome(floatFloorDivide(fromBits(a), fromBits(b)));
    case "mod":
      return floatOutcome(floatModulo(fromBits(a), fromBits(b)));
    case "truediv":
      return floatOutcome(floatTrueDivide(fromBits(a), fromBits(b)));
    case "divmod": {
      const [q, r] = floatDivmod(fromBits(a), fromBits(b));
      return { tuple: [floatRepr(q), floatRepr(r)] };
    }
    case "pow":
      return floatOutcome(floatPower(fromBits(a), fromBits(b)));
    case "int":
      return numberOutcome(heap, floatToInt(heap, fromBits(a)));
    case "hash": {
      const x = fromBits(a);
      if (Number.isNaN(x)) return { int: "0" };
      nativeHash(heap, newFloat(heap, x));
      return { int: hashToBigInt(hashOut.lo, hashOut.hi).toString() };
    }
    case "compare": {
      const order = compareIntWithFloat(heap, intValue(heap, a), fromBits(b));
      return Number.isNaN(order) ? { bool: false } : numberOutcome(heap, smallInt(order));
    }
    default:
      throw new Error(`unknown operation ${op}`);
  }
}

/** CPython makes a complex number; pygil has no complex arithmetic and says so. */
const NO_COMPLEX: Outcome = { error: "ValueError: negative number cannot be raised to a fractional power" };

describe("float arithmetic against CPython", () => {
  const ops = [...new Set(caseData.arith.map((c) => c[0]))];
  for (const op of ops) {
    const cases = caseData.arith.filter((c) => c[0] === op);
    it(`${op} (${cases.length} cases)`, () => {
      const failures = cases
        .map(([, a, b, expected]) => ({ a, b, expected: "complex" in expected ? NO_COMPLEX : expected, got: outcomeOf(() => runArith(op, a, b)) }))
        .filter(({ expected, got }) => JSON.stringify(expected) !== JSON.stringify(got))
        .map(({ a, b, expected, got }) => `${op}(${a.length === 16 ? floatRepr(fromBits(a)) : a}, ${b.length === 16 ? floatRepr(fromBits(b)) : b}): expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
      expect(failures.slice(0, 8)).toEqual([]);
    });
  }
});

describe("float() from text against CPython", () => {
  it("parses or fails with CPython's message", () => {
    for (const [text, expected] of caseData.parse) {
      expect([text, outcomeOf(() => floatOutcome(floatFromString(text)))]).toEqual([text, expected]);
    }
  });
});
