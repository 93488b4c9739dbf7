import { describe, expect, it } from "vitest";
import { attachHeap, collect, createHeap } from "../../src/heap/index.js";
import { G_EMPTY_STR } from "../../src/heap/layout.js";
import { hashJsString } from "../../src/objects/hash.js";
import { internedCount, internStr, internString } from "../../src/objects/intern.js";
import {
  isAscii, isInterned, newStr, strCompare, strConcat, strEquals, strHash, strLength, strUnits, strValue,
} from "../../src/objects/str.js";

const heap = createHeap({ maxBytes: 1 << 25 });

describe("str", () => {
  it("stores UTF-16 and counts code points as len() does", () => {
    const s = newStr(heap, "a😀é");
    expect(strUnits(heap, s)).toBe(4);
    expect(strLength(heap, s)).toBe(3);
    expect(isAscii(heap, s)).toBe(false);
    expect(isAscii(heap, newStr(heap, "plain"))).toBe(true);
    expect(strValue(heap, s)).toBe("a😀é");
    expect(strLength(heap, newStr(heap, "\ud800x"))).toBe(2);
  });

  it("hashes by content, the same in every handle, never -1, and '' to 0", () => {
    const a = newStr(heap, "same text");
    const b = newStr(heap, "same text");
    expect(strHash(heap, a)).toBe(strHash(heap, b));
    expect(strHash(heap, a)).toBe(hashJsString("same text"));
    expect(strHash(attachHeap(heap.buffer), a)).toBe(strHash(heap, a));
    expect(strHash(heap, newStr(heap, ""))).toBe(0);
    const hashes = new Set<number>();
    for (let i = 0; i < 10000; i++) hashes.add(hashJsString("key" + i));
    expect(hashes.size).toBeGreaterThan(9990);
    expect(hashes.has(-1)).toBe(false);
  });

  it("compares by code point, as Python does", () => {
    const order = ["", "a", "ab", "b", "\uffff", "😀"];
    for (let i = 0; i < order.length; i++) {
      for (let j = 0; j < order.length; j++) {
        const c = strCompare(heap, newStr(heap, order[i]!), newStr(heap, order[j]!));
        expect(Math.sign(c)).toBe(Math.sign(i - j));
      }
    }
    expect(strEquals(heap, newStr(heap, "xy"), newStr(heap, "xy"))).toBe(true);
    expect(strEquals(heap, newStr(heap, "xy"), newStr(heap, "xz"))).toBe(false);
    expect(strValue(heap, strConcat(heap, newStr(heap, "ab"), newStr(heap, "cd")))).toBe("abcd");
  });

  it("interns one shared str per text, in a table that grows and survives collections", () => {
    const before = internedCount(heap);
    const names = Array.from({ length: 3000 }, (_, i) => `identifier_${i}`);
    const first = names.map((n) => internString(heap, n));
    collect(heap);
    const again = names.map((n) => internString(heap, n));
    expect(again).toEqual(first);
    expect(internedCount(heap)).toBe(before + 3000);
    expect(first.every((s) => isInterned(heap, s))).toBe(true);
    const loose = newStr(heap, "identifier_7");
    expect(internStr(heap, loose)).toBe(first[7]);
    const fresh = newStr(heap, "never seen before");
    expect(internStr(heap, fresh)).toBe(fresh);
    expect(internString(heap, "")).toBe(heap.i32[G_EMPTY_STR]);
    // Interned strs of different text are known to differ without comparing characters.
    expect(strEquals(heap, first[1]!, first[2]!)).toBe(false);
  });

  it("drops its cache of JavaScript strings when a collection reuses addresses", () => {
    const s = newStr(heap, "cached");
    expect(strValue(heap, s)).toBe("cached");
    collect(heap);
    const t = newStr(heap, "other!");
    expect(strValue(heap, t)).toBe("other!");
  });
});
