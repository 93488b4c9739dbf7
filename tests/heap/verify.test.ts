import { describe, expect, it } from "vitest";
import { collect, createHeap, verifyHeap } from "../../src/heap/index.js";
import { G_SMALL_FREE, LIST_ITEMS, TUPLE_LENGTH, TYPE_WORD } from "../../src/heap/layout.js";
import { smallInt } from "../../src/heap/value.js";
import { newFloat } from "../../src/objects/float.js";
import { listOf, listSetItem } from "../../src/objects/list.js";
import { newStr } from "../../src/objects/str.js";
import { tupleOf } from "../../src/objects/tuple.js";

function setup() {
  const heap = createHeap({ maxBytes: 1 << 24 });
  const t = tupleOf(heap, [smallInt(1), newStr(heap, "x"), newFloat(heap, 2)]);
  const l = listOf(heap, [t, newStr(heap, "y"), smallInt(3)]);
  collect(heap, (mark) => mark(l));
  return { heap, t, l };
}

describe("the heap verifier", () => {
  it("finds nothing wrong in a sound heap", () => {
    const { heap } = setup();
    expect(verifyHeap(heap)).toEqual([]);
  });

  it("reports a reference into the middle of a block, naming the holder", () => {
    const { heap, t, l } = setup();
    listSetItem(heap, l, 1, t + 2);
    const items = heap.i32[l + LIST_ITEMS]!;
    expect(verifyHeap(heap)).toEqual([
      `internal block (tag 3) at word ${items}, word 3: reference ${t + 2} points into the middle of a block`,
    ]);
  });

  it("reports a reference to a freed object", () => {
    const { heap, l } = setup();
    const doomed = newFloat(heap, 9);
    const keeper = newFloat(heap, 10);
    collect(heap, (mark) => { mark(l); mark(keeper); });
    listSetItem(heap, l, 2, doomed);
    const problems = verifyHeap(heap);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`reference ${doomed} points into freed memory`);
  });

  it("reports a type word that is not a type", () => {
    const { heap, t } = setup();
    const s = newStr(heap, "not a type");
    heap.i32[t + TYPE_WORD] = s;
    expect(verifyHeap(heap)).toContain(`object at word ${t} has type word ${s}, which is not a type object`);
  });

  it("reports a length that runs past its block", () => {
    const { heap, t } = setup();
    heap.i32[t + TUPLE_LENGTH] = 40;
    expect(verifyHeap(heap)[0]).toMatch(new RegExp(`^tuple object at word ${t} needs 43 words but its block has \\d+$`));
  });

  it("reports a live block on a free list", () => {
    const { heap, t } = setup();
    heap.i32[G_SMALL_FREE + 3] = t;
    expect(verifyHeap(heap)).toContain(`the 6-word free list holds ${t}, which is not a free block`);
  });

  it("reports a set mark bit after a collection", () => {
    const { heap, l } = setup();
    heap.i32[l + 1] = heap.i32[l + 1]! | 4;
    expect(verifyHeap(heap)).toEqual([`list object at word ${l} still has its mark bit set`]);
  });
});
