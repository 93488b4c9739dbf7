import { Worker } from "node:worker_threads";
import { describe, expect, it, onTestFinished } from "vitest";
import { allocate } from "../../src/heap/alloc.js";
import { assertHeapValid, attachHeap, createHeap, refreshViews } from "../../src/heap/index.js";
import { BLOCK_RAW } from "../../src/heap/layout.js";
import { smallInt } from "../../src/heap/value.js";
import { newFloat } from "../../src/objects/float.js";
import { intFromBigInt } from "../../src/objects/int.js";
import { listItem, listItems, listOf, listSize } from "../../src/objects/list.js";
import { newStr, strValue } from "../../src/objects/str.js";
import { compileHeapModules, removeCompiledModules } from "./compile-modules.js";

describe("sharing the heap", () => {
  it("lets a second handle on the same buffer read and write the same objects", () => {
    const heap = createHeap({ initialBytes: 1 << 18, maxBytes: 1 << 24 });
    const list = listOf(heap, [newStr(heap, "shared"), smallInt(7)]);
    const other = attachHeap(heap.buffer);
    expect(strValue(other, listItem(other, list, 0))).toBe("shared");
    // The second handle allocates from the same allocator state, and grows the buffer.
    allocate(other, (2 << 20) / 4, BLOCK_RAW);
    const made = newStr(other, "from the other handle");
    expect(heap.buffer.byteLength).toBeGreaterThan(1 << 18);
    refreshViews(heap);
    expect(heap.i32.length * 4).toBe(heap.buffer.byteLength);
    expect(strValue(heap, made)).toBe("from the other handle");
    assertHeapValid(heap, { expectUnmarked: true });
  });

  it("refuses a buffer that is not a heap", () => {
    expect(() => attachHeap(new SharedArrayBuffer(1024, { maxByteLength: 4096 }))).toThrow("does not hold a heap");
    expect(() => attachHeap(new SharedArrayBuffer(1024))).toThrow("growable");
  });

  it("is read and extended by a worker thread", async () => {
    const modules = compileHeapModules();
    onTestFinished(() => removeCompiledModules(modules));
    const heap = createHeap({ initialBytes: 1 << 20, maxBytes: 1 << 25 });
    const list = listOf(heap, [newStr(heap, "héllo wörld"), intFromBigInt(heap, 3n ** 90n), newFloat(heap, 0.1), smallInt(-5)]);
    const worker = new Worker(new URL("./fixtures/attach-worker.mjs", import.meta.url), {
      workerData: { buffer: heap.buffer, list, modules: modules.href },
    });
    const reply = await new Promise<{ seen: unknown[]; made: number; bytesBefore: number; bytesAfter: number }>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    await worker.terminate();
    expect(reply.seen).toEqual(["héllo wörld", (3n ** 90n).toString(), 0.1, "-5"]);
    expect(reply.bytesAfter).toBeGreaterThan(reply.bytesBefore);
    expect(heap.buffer.byteLength).toBe(reply.bytesAfter);
    refreshViews(heap);
    expect(listSize(heap, list)).toBe(5);
    expect(strValue(heap, listItems(heap, list)[4]!)).toBe("made by the worker");
    expect(listItem(heap, list, 4)).toBe(reply.made);
    assertHeapValid(heap, { expectUnmarked: true });
  }, 30000);
});
