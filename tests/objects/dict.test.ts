import { describe, expect, it } from "vitest";
import { assertHeapValid, collect, createHeap } from "../../src/heap/index.js";
import type { Heap } from "../../src/heap/heap.js";
import { smallInt } from "../../src/heap/value.js";
import {
  dictClear, dictCopy, dictDelete, dictDeleteStr, dictGet, dictGetName, dictGetStr, dictItems, dictLookup,
  dictPopItem, dictSet, dictSetStr, dictSize, dictTableSize, dictVersion, newDict,
} from "../../src/objects/dict.js";
import { hashOut } from "../../src/objects/hash.js";
import { internString } from "../../src/objects/intern.js";
import { nativeEquals, nativeHash } from "../../src/objects/keys.js";
import { newStr, strValue } from "../../src/objects/str.js";
import { tupleOf } from "../../src/objects/tuple.js";

const heap = createHeap({ maxBytes: 1 << 26 });
const eq = nativeEquals(heap);

function set(h: Heap, d: number, k: number, v: number): void {
  nativeHash(h, k);
  dictSet(h, d, k, hashOut.lo, hashOut.hi, v, eq);
}
function get(h: Heap, d: number, k: number): number {
  nativeHash(h, k);
  return dictGet(h, d, k, hashOut.lo, hashOut.hi, eq);
}
function del(h: Heap, d: number, k: number): number {
  nativeHash(h, k);
  return dictDelete(h, d, k, hashOut.lo, hashOut.hi, eq);
}

/** A deterministic random number generator (xorshift32). */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

describe("dict against a Map model", () => {
  it("keeps insertion order through sets, updates, deletions and resizes", () => {
    const next = random(12345);
    const d = newDict(heap);
    const model = new Map<number, number>();
    for (let step = 0; step < 20000; step++) {
      const key = Math.floor(next() * 3000) - 1500;
      const r = next();
      if (r < 0.6) {
        set(heap, d, smallInt(key), smallInt(step));
        model.set(key, step);
      } else if (r < 0.95) {
        const removed = del(heap, d, smallInt(key));
        expect(removed === 0 ? undefined : removed >> 1).toBe(model.get(key));
        model.delete(key);
      } else {
        const popped = dictPopItem(heap, d);
        const last = [...model.keys()].pop();
        expect(popped === null ? undefined : popped[0] >> 1).toBe(last);
        if (last !== undefined) model.delete(last);
      }
      if (step % 997 === 0) {
        expect(dictItems(heap, d).map(([k, v]) => [k >> 1, v >> 1])).toEqual([...model.entries()]);
      }
    }
    expect(dictSize(heap, d)).toBe(model.size);
    expect(dictItems(heap, d).map(([k, v]) => [k >> 1, v >> 1])).toEqual([...model.entries()]);
  });
});

describe("dict", () => {
  it("grows when CPython does: at the 6th, 11th and 22nd items, to a table for 3 times the items", () => {
    const d = newDict(heap);
    expect(dictTableSize(heap, d)).toBe(0);
    const sizes: number[] = [];
    for (let i = 0; i < 40; i++) {
      set(heap, d, smallInt(i), smallInt(i));
      sizes.push(dictTableSize(heap, d));
    }
    // sys.getsizeof shows CPython 3.13's dict growing after 1, 6, 11 and 22 items.
    const growsAfter = sizes.flatMap((size, i) => (size !== (sizes[i - 1] ?? 0) ? [i + 1] : []));
    expect(growsAfter).toEqual([1, 6, 11, 22]);
    expect([sizes[0], sizes[5], sizes[10], sizes[21]]).toEqual([8, 16, 32, 64]);
    expect(dictTableSize(heap, newDict(heap, 100))).toBe(256);
  });

  it("finds str keys by text, through every lookup path", () => {
    const d = newDict(heap);
    dictSetStr(heap, d, internString(heap, "alpha"), smallInt(1));
    dictSetStr(heap, d, newStr(heap, "beta"), smallInt(2));
    expect(dictGetStr(heap, d, newStr(heap, "alpha"))).toBe(smallInt(1));
    expect(dictGetName(heap, d, "beta")).toBe(smallInt(2));
    expect(get(heap, d, newStr(heap, "beta"))).toBe(smallInt(2));
    expect(dictGetName(heap, d, "gamma")).toBe(0);
    set(heap, d, newStr(heap, "alpha"), smallInt(10));
    expect(dictItems(heap, d).map(([k, v]) => [strValue(heap, k), v >> 1])).toEqual([["alpha", 10], ["beta", 2]]);
    expect(dictDeleteStr(heap, d, newStr(heap, "alpha"))).toBe(smallInt(10));
    expect(dictGetName(heap, d, "alpha")).toBe(0);
  });

  it("treats equal numbers and equal tuples as one key", () => {
    const d = newDict(heap);
    set(heap, d, smallInt(1), smallInt(1));
    set(heap, d, tupleOf(heap, [smallInt(1), smallInt(2)]), smallInt(2));
    expect(get(heap, d, tupleOf(heap, [smallInt(1), smallInt(2)]))).toBe(smallInt(2));
    expect(dictSize(heap, d)).toBe(2);
  });

  it("changes its version tag on every mutation", () => {
    const d = newDict(heap);
    const versions = [dictVersion(heap, d)];
    set(heap, d, smallInt(1), smallInt(1));
    versions.push(dictVersion(heap, d));
    set(heap, d, smallInt(1), smallInt(2));
    versions.push(dictVersion(heap, d));
    del(heap, d, smallInt(1));
    versions.push(dictVersion(heap, d));
    dictClear(heap, d);
    versions.push(dictVersion(heap, d));
    expect(new Set(versions).size).toBe(versions.length);
    get(heap, d, smallInt(1));
    expect(dictVersion(heap, d)).toBe(versions[versions.length - 1]);
  });

  it("starts a lookup over when a key comparison replaces the compared key", () => {
    const d = newDict(heap);
    const a = newStr(heap, "a");
    const collidingKey = smallInt(7);
    nativeHash(heap, collidingKey);
    const { lo, hi } = hashOut;
    dictSet(heap, d, a, lo, hi, smallInt(1), eq);
    let calls = 0;
    const mutating = (x: number, y: number) => {
      calls++;
      if (calls === 1) {
        expect(dictDelete(heap, d, a, lo, hi, eq)).not.toBe(0);
        dictSet(heap, d, a, lo, hi, smallInt(2), eq);
      }
      return x === y;
    };
    expect(dictLookup(heap, d, collidingKey, lo, hi, mutating)).toBe(-1);
    expect(calls).toBe(2);
  });

  it("goes on with a lookup when a key comparison writes elsewhere in the dict", () => {
    const d = newDict(heap);
    const a = newStr(heap, "a");
    const collidingKey = smallInt(7);
    nativeHash(heap, collidingKey);
    const { lo, hi } = hashOut;
    dictSet(heap, d, a, lo, hi, smallInt(1), eq);
    let calls = 0;
    const mutating = (x: number, y: number) => {
      calls++;
      set(heap, d, smallInt(99), smallInt(calls));
      return x === y;
    };
    expect(dictLookup(heap, d, collidingKey, lo, hi, mutating)).toBe(-1);
    expect(calls).toBe(1);
  });

  it("copies in order and keeps everything reachable across a collection", () => {
    const d = newDict(heap);
    for (let i = 0; i < 100; i++) set(heap, d, newStr(heap, `key${i}`), tupleOf(heap, [smallInt(i)]));
    for (let i = 0; i < 100; i += 2) dictDeleteStr(heap, d, newStr(heap, `key${i}`));
    const copy = dictCopy(heap, d);
    collect(heap, (mark) => mark(copy));
    assertHeapValid(heap);
    expect(dictItems(heap, copy).map(([k]) => strValue(heap, k))).toEqual(Array.from({ length: 50 }, (_, i) => `key${2 * i + 1}`));
  });
});
