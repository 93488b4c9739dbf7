import { describe, expect, it } from "vitest";
import { createHeap } from "../../src/heap/index.js";
import { G_EMPTY_TUPLE } from "../../src/heap/layout.js";
import { smallInt } from "../../src/heap/value.js";
import { hashOut, hashToBigInt } from "../../src/objects/hash.js";
import { nativeHash, nativeKeyEquals } from "../../src/objects/keys.js";
import { newStr } from "../../src/objects/str.js";
import { newTuple, tupleConcat, tupleHash, tupleItems, tupleOf, tupleSlice } from "../../src/objects/tuple.js";

const heap = createHeap({ maxBytes: 1 << 24 });

describe("tuple", () => {
  it("shares the empty tuple", () => {
    expect(newTuple(heap, 0)).toBe(heap.i32[G_EMPTY_TUPLE]);
    expect(tupleOf(heap, [])).toBe(heap.i32[G_EMPTY_TUPLE]);
  });

  it("hashes as CPython 3.13", () => {
    // hash(()), hash((1,)) and hash((1, 2)) as CPython 3.13 prints them.
    const cases: [number[], bigint][] = [[[], 5740354900026072187n], [[1], -6644214454873602895n], [[1, 2], -3550055125485641917n]];
    for (const [items, expected] of cases) {
      const t = tupleOf(heap, items.map(smallInt));
      tupleHash(heap, t, (v) => nativeHash(heap, v));
      expect(hashToBigInt(hashOut.lo, hashOut.hi)).toBe(expected);
    }
  });

  it("slices, concatenates and compares item by item", () => {
    const t = tupleOf(heap, [1, 2, 3, 4].map(smallInt));
    expect(tupleItems(heap, tupleSlice(heap, t, 1, 3)).map((v) => v >> 1)).toEqual([2, 3]);
    expect(tupleSlice(heap, t, 0, 4)).toBe(t);
    expect(tupleItems(heap, tupleConcat(heap, t, tupleOf(heap, [smallInt(5)]))).map((v) => v >> 1)).toEqual([1, 2, 3, 4, 5]);
    expect(nativeKeyEquals(heap, tupleOf(heap, [smallInt(1), newStr(heap, "a")]), tupleOf(heap, [smallInt(1), newStr(heap, "a")]))).toBe(1);
    expect(nativeKeyEquals(heap, tupleOf(heap, [smallInt(1)]), tupleOf(heap, [smallInt(2)]))).toBe(0);
  });
});
