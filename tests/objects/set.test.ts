import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assertHeapValid, collect, createHeap } from "../../src/heap/index.js";
import type { Heap } from "../../src/heap/heap.js";
import { smallInt } from "../../src/heap/value.js";
import { dictSet, newDict } from "../../src/objects/dict.js";
import { hashOut, hashToBigInt } from "../../src/objects/hash.js";
import { nativeEquals, nativeHash } from "../../src/objects/keys.js";
import {
  frozensetHash, newSet, setAdd, setContains, setCopy, setDifference, setDifferenceUpdate, setDiscard, setIntersection,
  setIntersectionUpdate, setIsDisjoint, setIsSubset, setKeys, setPop, setSize, setSymmetricDifference,
  setSymmetricDifferenceUpdate, setUnion, setUpdateFromDict, setUpdateFromSet, setClear, setEquals,
} from "../../src/objects/set.js";
import { tupleOf } from "../../src/objects/tuple.js";
import { type Encoded, decode, encode } from "./keys-codec.js";

interface Snapshot { items?: Encoded[]; length?: number; every?: number; sample?: Encoded[] }
interface Step { step: [string, (Encoded[] | Encoded)?]; after: Snapshot; popped?: Encoded }
const data = JSON.parse(readFileSync(new URL("./data/set-orders.json", import.meta.url), "utf8")) as {
  scenarios: { name: string; steps: Step[] }[];
};

function add(heap: Heap, s: number, v: number): void {
  nativeHash(heap, v);
  setAdd(heap, s, v, hashOut.lo, hashOut.hi, nativeEquals(heap));
}

function setFrom(heap: Heap, values: number[], frozen = false): number {
  const s = newSet(heap, frozen);
  for (const v of values) add(heap, s, v);
  return s;
}

/** Applies one oracle step to `s`; returns the set afterwards and what pop() returned. */
function apply(heap: Heap, s: number, [op, arg]: Step["step"]): [number, number] {
  const eq = nativeEquals(heap);
  const values = Array.isArray(arg) && Array.isArray(arg[0]) ? (arg as Encoded[]).map((e) => decode(heap, e)) : [];
  const single = arg !== undefined && !Array.isArray(arg[0]) ? decode(heap, arg as Encoded) : 0;
  const other = () => setFrom(heap, values);
  switch (op) {
    case "add": add(heap, s, single); return [s, 0];
    case "discard": nativeHash(heap, single); setDiscard(heap, s, single, hashOut.lo, hashOut.hi, eq); return [s, 0];
    case "pop": return [s, setSize(heap, s) === 0 ? 0 : setPop(heap, s)];
    case "clear": setClear(heap, s); return [s, 0];
    case "update": for (const v of values) add(heap, s, v); return [s, 0];
    case "update_set": setUpdateFromSet(heap, s, other(), eq); return [s, 0];
    case "from_dict": {
      const d = newDict(heap);
      for (const v of values) { nativeHash(heap, v); dictSet(heap, d, v, hashOut.lo, hashOut.hi, 0, eq); }
      const fresh = newSet(heap);
      setUpdateFromDict(heap, fresh, d, eq);
      return [fresh, 0];
    }
    case "or": return [setUnion(heap, s, other(), eq), 0];
    case "and": return [setIntersection(heap, s, other(), eq), 0];
    case "sub": return [setDifference(heap, s, other(), eq), 0];
    case "xor": return [setSymmetricDifference(heap, s, other(), eq), 0];
    case "ior": setUpdateFromSet(heap, s, other(), eq); return [s, 0];
    case "iand": setIntersectionUpdate(heap, s, other(), eq); return [s, 0];
    case "isub": setDifferenceUpdate(heap, s, other(), eq); return [s, 0];
    case "ixor": setSymmetricDifferenceUpdate(heap, s, other(), eq); return [s, 0];
    case "copy": return [setCopy(heap, s, eq), 0];
    case "frozen": {
      const f = newSet(heap, true);
      setUpdateFromSet(heap, f, s, eq);
      const back = newSet(heap);
      setUpdateFromSet(heap, back, f, eq);
      return [back, 0];
    }
    default: throw new Error(`unknown step ${op}`);
  }
}

function snapshotOf(heap: Heap, s: number, like: Snapshot): Snapshot {
  const keys = setKeys(heap, s);
  if (like.items) return { items: keys.map((k) => encode(heap, k)) };
  if (like.sample) return { length: keys.length, every: like.every!, sample: keys.filter((_, i) => i % like.every! === 0).map((k) => encode(heap, k)) };
  return { length: keys.length };
}

describe("set iteration order against CPython", () => {
  for (const scenario of data.scenarios) {
    it(scenario.name, () => {
      const heap = createHeap({ maxBytes: 1 << 26 });
      let s = newSet(heap);
      scenario.steps.forEach((step, index) => {
        const [next, popped] = apply(heap, s, step.step);
        s = next;
        const where = `step ${index} (${step.step[0]})`;
        expect([where, snapshotOf(heap, s, step.after)]).toEqual([where, step.after]);
        if (step.popped) expect([where, encode(heap, popped)]).toEqual([where, step.popped]);
      });
    });
  }
});

describe("set operations", () => {
  const heap = createHeap({ maxBytes: 1 << 26 });
  const eq = nativeEquals(heap);
  const ints = (xs: number[], frozen = false) => setFrom(heap, xs.map(smallInt), frozen);
  const has = (s: number, x: number) => (nativeHash(heap, smallInt(x)), setContains(heap, s, smallInt(x), hashOut.lo, hashOut.hi, eq));

  it("answers membership, subsets, disjointness and equality", () => {
    const a = ints([1, 2, 3]);
    const b = ints([1, 2, 3, 4]);
    expect(has(a, 2)).toBe(true);
    expect(has(a, 4)).toBe(false);
    expect(setIsSubset(heap, a, b, eq)).toBe(true);
    expect(setIsSubset(heap, b, a, eq)).toBe(false);
    expect(setIsDisjoint(heap, a, ints([7, 8]), eq)).toBe(true);
    expect(setIsDisjoint(heap, a, ints([3, 9]), eq)).toBe(false);
    expect(setEquals(heap, a, ints([3, 2, 1]), eq)).toBe(true);
  });

  it("treats 1, 1.0 and True as one key, as CPython", () => {
    const s = newSet(heap);
    add(heap, s, smallInt(1));
    add(heap, s, decode(heap, ["f", "1.0"]));
    add(heap, s, decode(heap, ["f", "1.5"]));
    expect(setKeys(heap, s).map((k) => encode(heap, k))).toEqual([["i", "1"], ["f", "1.5"]]);
  });

  it("hashes frozensets as CPython", () => {
    // hash(frozenset({1, 2, 3})) and hash(frozenset()) printed by CPython 3.13.
    const f = ints([1, 2, 3], true);
    frozensetHash(heap, f);
    expect(hashToBigInt(hashOut.lo, hashOut.hi)).toBe(-272375401224217160n);
    frozensetHash(heap, newSet(heap, true));
    expect(hashToBigInt(hashOut.lo, hashOut.hi)).toBe(133146708735736n);
  });

  it("survives collections with the dummy key and deleted entries", () => {
    const s = ints(Array.from({ length: 100 }, (_, i) => i));
    for (let i = 0; i < 100; i += 3) {
      nativeHash(heap, smallInt(i));
      setDiscard(heap, s, smallInt(i), hashOut.lo, hashOut.hi, eq);
    }
    const t = setFrom(heap, [tupleOf(heap, [3, 5])]);
    collect(heap, (mark) => { mark(s); mark(t); });
    assertHeapValid(heap);
    expect(setSize(heap, s)).toBe(66);
    expect(setKeys(heap, t)).toHaveLength(1);
  });
});
