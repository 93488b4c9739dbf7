import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assertHeapValid, collect, createHeap } from "../../src/heap/index.js";
import { smallInt } from "../../src/heap/value.js";
import {
  listAppend, listCapacity, listClear, listConcat, listDeleteRange, listExtend, listInsert, listItem, listItems,
  listOf, listPop, listReplaceRange, listReverse, listSize, listSlice, newList,
} from "../../src/objects/list.js";

const growth = JSON.parse(readFileSync(new URL("./data/list-growth.json", import.meta.url), "utf8")) as {
  steps: [string, number, number, number][];
};

const heap = createHeap({ maxBytes: 1 << 26 });
const ints = (l: number) => listItems(heap, l).map((v) => v >> 1);

describe("list growth against CPython", () => {
  it("has CPython's capacity after every append, pop, insert and deletion", () => {
    const l = newList(heap);
    let counter = 0;
    const got: [string, number, number, number][] = [];
    for (const [op, n] of growth.steps) {
      if (op === "append") listAppend(heap, l, smallInt(counter++));
      else if (op === "pop") listPop(heap, l);
      else if (op === "insert") listInsert(heap, l, Math.floor(listSize(heap, l) / 2), smallInt(counter++));
      else if (op === "delete_front") listDeleteRange(heap, l, 0, n);
      else if (op === "extend") listExtend(heap, l, Array.from({ length: n }, (_, i) => smallInt(i)));
      else if (op === "clear") listClear(heap, l);
      got.push([op, n, listCapacity(heap, l), listSize(heap, l)]);
    }
    expect(got).toEqual(growth.steps);
  });
});

describe("list operations", () => {
  it("inserts, pops and slices like Python", () => {
    const l = listOf(heap, [1, 2, 3].map(smallInt));
    listInsert(heap, l, 0, smallInt(0));
    listInsert(heap, l, -1, smallInt(9));
    listInsert(heap, l, 100, smallInt(10));
    expect(ints(l)).toEqual([0, 1, 2, 9, 3, 10]);
    expect(listPop(heap, l, 1) >> 1).toBe(1);
    expect(listPop(heap, l) >> 1).toBe(10);
    expect(() => listPop(heap, l, 7)).toThrow("pop index out of range");
    expect(() => listPop(heap, newList(heap))).toThrow("pop from empty list");
    listReplaceRange(heap, l, 1, 3, [7, 7, 7].map(smallInt));
    expect(ints(l)).toEqual([0, 7, 7, 7, 3]);
    expect(ints(listSlice(heap, l, 1, 4))).toEqual([7, 7, 7]);
    listReverse(heap, l);
    expect(ints(l)).toEqual([3, 7, 7, 7, 0]);
    expect(ints(listConcat(heap, l, listOf(heap, [smallInt(5)])))).toEqual([3, 7, 7, 7, 0, 5]);
    expect(listItem(heap, l, 0)).toBe(smallInt(3));
  });

  it("clears vacated slots so the collector sees no stale items", () => {
    const l = newList(heap);
    for (let i = 0; i < 50; i++) listAppend(heap, l, listOf(heap, [smallInt(i)]));
    for (let i = 0; i < 40; i++) listPop(heap, l);
    const stats = collect(heap, (mark) => mark(l));
    assertHeapValid(heap);
    expect(listSize(heap, l)).toBe(10);
    // The 40 popped lists (and their item blocks) were freed.
    expect(stats.freedBytes).toBeGreaterThanOrEqual(40 * 2 * 16);
  });
});
