import { Worker } from "node:worker_threads";
import { describe, expect, it, onTestFinished } from "vitest";
import { allocate, setFreeThreaded } from "../../src/heap/alloc.js";
import { assertHeapValid, collect, createHeap, refreshViews } from "../../src/heap/index.js";
import { BLOCK_RAW } from "../../src/heap/layout.js";
import { isObjectLocked, lockObject, unlockObject } from "../../src/heap/lock.js";
import { floatValue } from "../../src/objects/float.js";
import { internString } from "../../src/objects/intern.js";
import { listItems, listOf, newList } from "../../src/objects/list.js";
import { newStr } from "../../src/objects/str.js";
import { compileHeapModules, removeCompiledModules } from "./compile-modules.js";

describe("object locks", () => {
  it("are taken and released through the object's header", () => {
    const heap = createHeap({ maxBytes: 1 << 22 });
    const obj = newStr(heap, "guarded");
    expect(isObjectLocked(heap, obj)).toBe(false);
    lockObject(heap, obj);
    expect(isObjectLocked(heap, obj)).toBe(true);
    unlockObject(heap, obj);
    expect(isObjectLocked(heap, obj)).toBe(false);
    assertHeapValid(heap);
  });

  it("exclude each other across threads, while those threads allocate and intern without the GIL", async () => {
    const modules = compileHeapModules();
    onTestFinished(() => removeCompiledModules(modules));
    const heap = createHeap({ initialBytes: 1 << 20, maxBytes: 1 << 26 });
    setFreeThreaded(heap, true);
    const counterBlock = allocate(heap, 4, BLOCK_RAW);
    const lockedObject = newStr(heap, "contended");
    const workers = 4;
    const rounds = 50000;
    const lists = Array.from({ length: workers }, () => newList(heap));
    const roots = listOf(heap, [lockedObject, ...lists]);
    const replies = await Promise.all(lists.map((list, id) => new Promise<{ names: number[] }>((resolve, reject) => {
      const worker = new Worker(new URL("./fixtures/contend-worker.mjs", import.meta.url), {
        workerData: { buffer: heap.buffer, counterBlock, lockedObject, list, rounds, id, workers, modules: modules.href },
      });
      worker.once("message", (m) => void worker.terminate().then(() => resolve(m)));
      worker.once("error", reject);
    })));
    refreshViews(heap);
    expect(heap.i32[counterBlock + 2]).toBe(workers * rounds);
    for (const reply of replies) expect(reply.names).toEqual(replies[0]!.names);
    expect(replies[0]!.names[5]).toBe(internString(heap, "shared_name_5"));
    setFreeThreaded(heap, false);
    collect(heap, (mark) => { mark(roots); mark(counterBlock); });
    assertHeapValid(heap);
    lists.forEach((list, id) => {
      const values = listItems(heap, list).map((f) => floatValue(heap, f));
      expect(values).toEqual(Array.from({ length: rounds }, (_, i) => id * 1e6 + i));
    });
  }, 60000);
});
