import { describe, expect, it } from "vitest";
import { allocate, freeBlock, resizeInPlace, roundBlockWords } from "../../src/heap/alloc.js";
import { blockWords } from "../../src/heap/block.js";
import { HeapExhaustedError } from "../../src/heap/errors.js";
import { assertHeapValid, collect, createHeap, heapBytes } from "../../src/heap/index.js";
import { BLOCK_RAW, BLOCK_VALUES, G_LIMIT, G_TOP, SMALL_MAX_WORDS } from "../../src/heap/layout.js";
import { newFloat, floatValue } from "../../src/objects/float.js";
import { listOf } from "../../src/objects/list.js";

describe("allocation", () => {
  it("rounds blocks to 8 bytes with a 16-byte minimum", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(roundBlockWords)).toEqual([4, 4, 4, 4, 6, 6, 8]);
  });

  it("hands out 8-byte aligned, zeroed, non-overlapping blocks", () => {
    const heap = createHeap({ maxBytes: 1 << 24 });
    const blocks: [number, number][] = [];
    for (let words = 2; words < 600; words += 7) {
      const p = allocate(heap, words, BLOCK_RAW);
      expect(p % 2).toBe(0);
      expect(blockWords(heap.i32, p)).toBeGreaterThanOrEqual(words);
      for (let w = p + 2; w < p + blockWords(heap.i32, p); w++) expect(heap.i32[w]).toBe(0);
      heap.i32.fill(-1, p + 2, p + blockWords(heap.i32, p));
      blocks.push([p, p + blockWords(heap.i32, p)]);
    }
    blocks.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]![0]).toBeGreaterThanOrEqual(blocks[i - 1]![1]);
    // The dirtied blocks were all RAW blocks: the heap is still sound.
    assertHeapValid(heap, { expectUnmarked: true });
  });

  it("reuses a freed block of the same size class first", () => {
    const heap = createHeap({ maxBytes: 1 << 24 });
    for (const words of [4, 6, 10, 64, SMALL_MAX_WORDS]) {
      const a = allocate(heap, words, BLOCK_VALUES);
      allocate(heap, words, BLOCK_VALUES);
      heap.i32[a + 2] = 12345;
      freeBlock(heap, a);
      const b = allocate(heap, words, BLOCK_VALUES);
      expect(b).toBe(a);
      expect(heap.i32[a + 2]).toBe(0);
    }
  });

  it("reuses memory freed by a collection, merged into large blocks", () => {
    const heap = createHeap({ initialBytes: 1 << 20, maxBytes: 1 << 24 });
    for (let i = 0; i < 20000; i++) newFloat(heap, i);
    const topBefore = heap.i32[G_TOP]!;
    const keep = newFloat(heap, 2.5);
    for (let i = 0; i < 20000; i++) newFloat(heap, i);
    collect(heap, (mark) => mark(keep));
    // Everything allocated in the second round lands in memory the first round used.
    for (let i = 0; i < 20000; i++) expect(newFloat(heap, i)).toBeLessThan(topBefore + 40);
    expect(floatValue(heap, keep)).toBe(2.5);
    assertHeapValid(heap, { expectUnmarked: true });
  });

  it("splits large free blocks and grows and shrinks blocks in place", () => {
    const heap = createHeap({ maxBytes: 1 << 24 });
    const big = allocate(heap, 5000, BLOCK_RAW);
    const guard = allocate(heap, 4, BLOCK_RAW);
    freeBlock(heap, big);
    const part = allocate(heap, 1000, BLOCK_RAW);
    expect(part).toBe(big);
    const rest = allocate(heap, 3000, BLOCK_RAW);
    expect(rest).toBe(big + 1000);
    expect(guard).toBeGreaterThan(rest);
    const last = allocate(heap, 50000, BLOCK_VALUES);
    expect(resizeInPlace(heap, last, 90000)).toBe(true);
    expect(blockWords(heap.i32, last)).toBe(90000);
    expect(resizeInPlace(heap, last, 20000)).toBe(true);
    expect(resizeInPlace(heap, part, 2000)).toBe(false);
    assertHeapValid(heap, { expectUnmarked: true });
  });
});

describe("heap growth", () => {
  it("grows the buffer as needed, up to its maximum", () => {
    const heap = createHeap({ initialBytes: 1 << 18, maxBytes: 1 << 23 });
    expect(heapBytes(heap)).toEqual({ current: 1 << 18, max: 1 << 23 });
    const blocks: number[] = [];
    for (let i = 0; i < 60; i++) blocks.push(allocate(heap, 16384, BLOCK_RAW));
    expect(heap.buffer.byteLength).toBeGreaterThan(60 * 65536);
    expect(heap.buffer.byteLength).toBeLessThanOrEqual(1 << 23);
    expect(heap.i32.length * 4).toBe(heap.buffer.byteLength);
    // The allocator never uses memory past its limit, which never passes the buffer.
    expect(heap.i32[G_LIMIT]! * 4).toBeLessThanOrEqual(heap.buffer.byteLength);
    for (const p of blocks) expect(blockWords(heap.i32, p)).toBe(16384);
  });

  it("throws HeapExhaustedError past the maximum and stays usable", () => {
    const heap = createHeap({ initialBytes: 1 << 18, maxBytes: 1 << 20 });
    let error: unknown;
    let count = 0;
    try {
      for (;;) {
        newFloat(heap, count++);
      }
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HeapExhaustedError);
    expect((error as HeapExhaustedError).maxBytes).toBe(1 << 20);
    expect(count * 16).toBeGreaterThan((1 << 20) * 0.9);
    expect(() => allocate(heap, 1 << 20, BLOCK_RAW)).toThrow(HeapExhaustedError);
    collect(heap);
    expect(floatValue(heap, newFloat(heap, 1.5))).toBe(1.5);
    assertHeapValid(heap);
  });

  it("splits a larger small block rather than fail when the heap is full", () => {
    const heap = createHeap({ initialBytes: 1 << 18, maxBytes: 1 << 20 });
    const kept: number[] = [];
    for (let i = 0; i < 1000; i++) {
      kept.push(newFloat(heap, i));
      allocate(heap, 6, BLOCK_RAW);
    }
    const root = listOf(heap, kept);
    collect(heap, (mark) => mark(root));
    // Fill everything else with large blocks.
    expect(() => { for (;;) allocate(heap, 1000, BLOCK_RAW); }).toThrow(HeapExhaustedError);
    // 4-word requests are served by the 1000 freed 6-word blocks between the floats.
    for (let i = 0; i < 1000; i++) expect(blockWords(heap.i32, allocate(heap, 4, BLOCK_RAW))).toBe(4);
    assertHeapValid(heap, { expectUnmarked: true });
  });

  it("refuses a maximum beyond what word offsets can address", () => {
    expect(() => createHeap({ maxBytes: 2 ** 33 })).toThrow(RangeError);
    expect(() => createHeap({ initialBytes: 1 << 22, maxBytes: 1 << 20 })).toThrow(RangeError);
  });
});
