import { describe, expect, it } from "vitest";
import { allocatedSinceCollection } from "../../src/heap/alloc.js";
import { assertHeapValid, collect, createHeap } from "../../src/heap/index.js";
import { G_PEAK_TOP } from "../../src/heap/layout.js";
import { smallInt } from "../../src/heap/value.js";
import { floatValue, newFloat } from "../../src/objects/float.js";
import { listAppend, listItem, listSetItem, listSize, newList } from "../../src/objects/list.js";
import { tupleItem, tupleOf } from "../../src/objects/tuple.js";

describe("memory use", () => {
  it("holds 1,000,000 small ints in a list within an 8 MB heap", () => {
    const heap = createHeap({ initialBytes: 1 << 20, maxBytes: 8 << 20 });
    const list = newList(heap);
    for (let i = 0; i < 1_000_000; i++) listAppend(heap, list, smallInt(i));
    expect(listSize(heap, list)).toBe(1_000_000);
    let sum = 0;
    for (let i = 0; i < 1_000_000; i++) sum += listItem(heap, list, i) >> 1;
    expect(sum).toBe(499_999_500_000);
    expect(heap.buffer.byteLength).toBeLessThanOrEqual(8 << 20);
    console.log(`1,000,000 ints in a list: buffer ${(heap.buffer.byteLength / 2 ** 20).toFixed(2)} MiB, used ${((heap.i32[G_PEAK_TOP]! * 4) / 2 ** 20).toFixed(2)} MiB at most`);
  });

  it("allocates 10,000,000 short-lived objects in a bounded heap, collecting as it goes", () => {
    const maxBytes = 32 << 20;
    const heap = createHeap({ initialBytes: 1 << 20, maxBytes });
    const survivors = newList(heap, 1000);
    for (let i = 0; i < 1000; i++) listAppend(heap, survivors, smallInt(0));
    const started = performance.now();
    let collections = 0;
    let collectMs = 0;
    for (let i = 0; i < 10_000_000; i += 2) {
      const f = newFloat(heap, i);
      const t = tupleOf(heap, [f, smallInt(i & 0xffff)]);
      if (i % 1000 === 0) listSetItem(heap, survivors, (i / 1000) % 1000, t);
      // Collect when 8 MB were allocated since the last collection: a safepoint's decision.
      if (allocatedSinceCollection(heap) > (8 << 20) / 4) {
        collectMs += collect(heap, (mark) => mark(survivors)).milliseconds;
        collections++;
      }
    }
    const elapsed = performance.now() - started;
    assertHeapValid(heap, { expectUnmarked: true });
    // The survivors are the last tuples stored, with their floats intact.
    const last = listItem(heap, survivors, (9_998_000 / 1000) % 1000);
    expect(floatValue(heap, tupleItem(heap, last, 0))).toBe(9_998_000);
    const peakBytes = heap.i32[G_PEAK_TOP]! * 4;
    expect(heap.buffer.byteLength).toBeLessThanOrEqual(maxBytes);
    expect(peakBytes).toBeLessThan(16 << 20);
    expect(collections).toBeGreaterThan(10);
    console.log(`10,000,000 objects: ${elapsed.toFixed(0)} ms (${collections} collections, ${collectMs.toFixed(0)} ms collecting), `
      + `peak used ${(peakBytes / 2 ** 20).toFixed(2)} MiB, buffer ${(heap.buffer.byteLength / 2 ** 20).toFixed(2)} MiB`);
  }, 60000);
});
