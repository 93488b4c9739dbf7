import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PyError } from "../../src/heap/errors.js";
import { createHeap } from "../../src/heap/index.js";
import type { Heap } from "../../src/heap/heap.js";
import { FALSE, NONE, TRUE } from "../../src/heap/layout.js";
import { bytesData, newBytes, reprBytes } from "../../src/objects/bytes.js";
import { complexRepr, newComplex } from "../../src/objects/complex.js";
import { newDict } from "../../src/objects/dict.js";
import { floatFromString } from "../../src/objects/float-repr.js";
import { newFloat } from "../../src/objects/float.js";
import { hashOut, hashToBigInt } from "../../src/objects/hash.js";
import { newHeapType } from "../../src/objects/heap-type.js";
import { intFromBigInt, intToIndex } from "../../src/objects/int.js";
import { nativeEquals, nativeHash } from "../../src/objects/keys.js";
import { newRange, rangeLength, rangeRepr } from "../../src/objects/range.js";
import { newSet, setAdd } from "../../src/objects/set.js";
import { newSlice, sliceIndices } from "../../src/objects/slice.js";
import { newStr, reprString, strRepr } from "../../src/objects/str.js";
import { tupleItems, tupleOf } from "../../src/objects/tuple.js";
import { builtinType, typeMro, typeName } from "../../src/objects/type.js";

type Tagged = ["none"] | ["bool", boolean] | ["i", string] | ["f", string] | ["s", string] | ["t", Tagged[]]
  | ["fs", Tagged[]] | ["range", Tagged, Tagged, Tagged] | ["slice", Tagged, Tagged, Tagged] | ["c", string, string];

const data = JSON.parse(readFileSync(new URL("./data/misc-cases.json", import.meta.url), "utf8")) as {
  strReprs: [string, string][];
  bytesReprs: [number[], string][];
  hashes: [Tagged, string][];
  slices: [Tagged, number, { value?: number[]; error?: string }][];
  complexReprs: [string, string, string][];
  rangeReprs: [Tagged, string, { value?: number; error?: string }][];
  classes: [string, string, { mro?: string[]; error?: string }][];
};

const heap = createHeap({ maxBytes: 1 << 26 });

function build(h: Heap, t: Tagged): number {
  switch (t[0]) {
    case "none": return NONE;
    case "bool": return t[1] ? TRUE : FALSE;
    case "i": return intFromBigInt(h, BigInt(t[1]));
    case "f": return newFloat(h, floatFromString(t[1]));
    case "s": return newStr(h, t[1]);
    case "t": return tupleOf(h, t[1].map((x) => build(h, x)));
    case "fs": {
      const s = newSet(h, true);
      for (const x of t[1]) {
        const v = build(h, x);
        nativeHash(h, v);
        setAdd(h, s, v, hashOut.lo, hashOut.hi, nativeEquals(h));
      }
      return s;
    }
    case "range": return newRange(h, build(h, t[1]), build(h, t[2]), build(h, t[3]));
    case "slice": return newSlice(h, build(h, t[1]), build(h, t[2]), build(h, t[3]));
    case "c": return newComplex(h, Number(t[1]), Number(t[2]));
  }
}

describe("str and bytes", () => {
  it("repr strs as CPython", () => {
    for (const [s, expected] of data.strReprs) {
      expect(reprString(s)).toBe(expected);
      expect(strRepr(heap, newStr(heap, s))).toBe(expected);
    }
  });

  it("repr bytes as CPython", () => {
    for (const [bytes, expected] of data.bytesReprs) {
      expect(reprBytes(bytesData(heap, newBytes(heap, new Uint8Array(bytes))))).toBe(expected);
    }
  });
});

describe("hashes against CPython", () => {
  it("hashes None, bools, tuples, ranges, slices, frozensets and complex numbers alike", () => {
    for (const [tagged, expected] of data.hashes) {
      expect(nativeHash(heap, build(heap, tagged))).toBe(true);
      expect([JSON.stringify(tagged), hashToBigInt(hashOut.lo, hashOut.hi).toString()]).toEqual([JSON.stringify(tagged), expected]);
    }
  });

  it("refuses to hash mutable containers with CPython's message", () => {
    expect(() => nativeHash(heap, newDict(heap))).toThrow("unhashable type: 'dict'");
    expect(() => nativeHash(heap, tupleOf(heap, [newSet(heap)]))).toThrow("unhashable type: 'set'");
  });
});

describe("slices, ranges and complex numbers against CPython", () => {
  it("resolves slice indices", () => {
    for (const [tagged, length, expected] of data.slices) {
      let got: { value?: number[]; error?: string };
      try {
        const r = sliceIndices(heap, build(heap, tagged), length);
        got = { value: [r.start, r.stop, r.step, r.length] };
      } catch (e) {
        got = { error: e instanceof PyError ? `${e.typeName}: ${e.text}` : String(e) };
      }
      // CPython clamps huge indices to sys.maxsize; pygil to 2**53 - 1.
      const clamp = (v: number) => (Math.abs(v) >= Number.MAX_SAFE_INTEGER ? Math.sign(v) : v);
      if (got.value && expected.value) {
        expect([JSON.stringify(tagged), length, got.value.map(clamp)]).toEqual([JSON.stringify(tagged), length, expected.value.map((v) => clamp(Math.abs(v) > 2 ** 62 ? Math.sign(v) * Number.MAX_SAFE_INTEGER : v))]);
      } else {
        expect(got).toEqual(expected);
      }
    }
  });

  it("repr ranges and measure them", () => {
    for (const [tagged, expected, length] of data.rangeReprs) {
      const r = build(heap, tagged);
      expect(rangeRepr(heap, r)).toBe(expected);
      let got: { value?: number; error?: string };
      try {
        got = { value: intToIndex(heap, rangeLength(heap, r)) };
      } catch (e) {
        got = { error: `${(e as PyError).typeName}: ${(e as PyError).text}` };
      }
      expect(got).toEqual(length);
    }
    expect(() => newRange(heap, 1, 11, 1)).toThrow("range() arg 3 must not be zero");
  });

  it("repr complex numbers", () => {
    for (const [real, imag, expected] of data.complexReprs) {
      expect(complexRepr(floatFromString(real), floatFromString(imag))).toBe(expected);
    }
  });
});

describe("classes against CPython", () => {
  /** Runs lines like `class B(A, int): pass`. */
  function defineClasses(code: string): number {
    const classes = new Map<string, number>();
    let last = 0;
    for (const line of code.split("\n")) {
      const match = /^class (\w+)(?:\((.*)\))?: pass$/.exec(line);
      if (!match) throw new Error(`cannot read ${line}`);
      const bases = (match[2] ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "").map((name) =>
        name === "type(lambda: 0)" ? builtinType(heap, "function") : classes.get(name) ?? builtinType(heap, name));
      last = newHeapType(heap, match[1]!, bases, newDict(heap));
      classes.set(match[1]!, last);
    }
    return last;
  }

  for (const [name, code, expected] of data.classes) {
    it(name, () => {
      let got: { mro?: string[]; error?: string };
      try {
        const result = defineClasses(code);
        got = { mro: tupleItems(heap, typeMro(heap, result)).map((t) => typeName(heap, t)) };
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        got = { error: `${e.typeName}: ${e.text}` };
      }
      expect(got).toEqual(expected);
    });
  }
});
