import { describe, expect, it } from "vitest";
import { allocate, allocatedSinceCollection, freeBlock, resizeInPlace, roundBlockWords, setFreeThreaded } from "../../src/heap/alloc.js";
import { blockWords } from "../../src/heap/block.js";
import { HeapExhaustedError } from "../../src/heap/errors.js";
import { assertHeapValid, collect, createHeap, heapBytes } from "../../src/heap/index.js";
import { BLOCK_RAW, BLOCK_VALUES, G_ALLOC_LOCK, G_LIMIT, G_TOP, SMALL_MAX_WORDS } from "../../src/heap/layout.js";
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

describe("allocation without the GIL: the worker's region", () => {
  it("carves consecutive small blocks from one region, without the allocator's lock", () => {
    const heap = createHeap({ maxBytes: 1 << 24 });
    setFreeThreaded(heap, true);
    const first = allocate(heap, 4, BLOCK_RAW);
    // The lock is taken only to refill the region: held now, the next allocations must not need it.
    heap.i32[G_ALLOC_LOCK] = 1;
    let p = first;
    for (const words of [4, 6, 10, 64, SMALL_MAX_WORDS, 5]) {
      const next = allocate(heap, words, BLOCK_VALUES);
      expect(next).toBe(p + blockWords(heap.i32, p));
      for (let w = next + 2; w < next + blockWords(heap.i32, next); w++) expect(heap.i32[w]).toBe(0);
      p = next;
    }
    heap.i32[G_ALLOC_LOCK] = 0;
    // The region's unused rest is a formatted free block: the heap can be walked at any moment.
    assertHeapValid(heap, { expectUnmarked: true });
  });

  it("counts a region as allocated when it is taken, not block by block", () => {
    const heap = createHeap({ maxBytes: 1 << 24 });
    setFreeThreaded(heap, true);
    collect(heap);
    allocate(heap, 4, BLOCK_RAW);
    const region = allocatedSinceCollection(heap);
    expect(region).toBeGreaterThanOrEqual(4096);
    for (let i = 1; i < 100; i++) allocate(heap, 4, BLOCK_RAW);
    expect(allocatedSinceCollection(heap)).toBe(region);
    // A block larger than a region comes from the shared lists, counted by itself.
    allocate(heap, 40000, BLOCK_RAW);
    expect(allocatedSinceCollection(heap)).toBe(region + 40000);
  });

  it("drops the region at a collection and reuses the swept memory", () => {
    const heap = createHeap({ initialBytes: 1 << 20, maxBytes: 1 << 24 });
    setFreeThreaded(heap, true);
    for (let i = 0; i < 20000; i++) newFloat(heap, i);
    const topBefore = heap.i32[G_TOP]!;
    const keep = newFloat(heap, 2.5);
    collect(heap, (mark) => mark(keep));
    assertHeapValid(heap, { expectUnmarked: true });
    const after = newFloat(heap, 1);
    // The region the floats came from was swept: the new one starts in freed memory, not past it.
    expect(after).toBeLessThan(topBefore);
    expect(after).not.toBe(keep);
    for (let i = 0; i < 20000; i++) expect(newFloat(heap, i)).toBeLessThan(topBefore + 40);
    expect(floatValue(heap, keep)).toBe(2.5);
    assertHeapValid(heap, { expectUnmarked: true });
  });

  it("grows the region's last block in place", () => {
    const heap = createHeap({ maxBytes: 1 << 24 });
    setFreeThreaded(heap, true);
    const a = allocate(heap, 10, BLOCK_VALUES);
    heap.i32[a + 9] = 7;
    expect(resizeInPlace(heap, a, 100)).toBe(true);
    expect(blockWords(heap.i32, a)).toBe(100);
    expect(heap.i32[a + 9]).toBe(7);
    for (let w = a + 10; w < a + 100; w++) expect(heap.i32[w]).toBe(0);
    const b = allocate(heap, 4, BLOCK_RAW);
    expect(b).toBe(a + 100);
    // No longer the last block: the caller must move it.
    expect(resizeInPlace(heap, a, 200)).toBe(false);
    assertHeapValid(heap, { expectUnmarked: true });
  });

  it("fills a bounded heap and raises HeapExhaustedError, then recovers after a collection", () => {
    const heap = createHeap({ initialBytes: 1 << 18, maxBytes: 1 << 20 });
    setFreeThreaded(heap, true);
    let count = 0;
    expect(() => { for (;;) newFloat(heap, count++); }).toThrow(HeapExhaustedError);
    expect(count * 16).toBeGreaterThan((1 << 20) * 0.85);
    collect(heap);
    expect(floatValue(heap, newFloat(heap, 1.5))).toBe(1.5);
    assertHeapValid(heap);
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
