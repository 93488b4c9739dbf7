// The heap's public face: create or attach a heap, allocate, collect, verify.
// Object layouts are in layout.ts; the objects themselves in src/objects/.

import { bootstrapObjects } from "../objects/bootstrap.js";
import { type Heap, type HeapOptions, createEmptyHeap } from "./heap.js";

export { allocate, allocatedSinceCollection, freeBlock, setFreeThreaded } from "./alloc.js";
export { HeapExhaustedError, PyError } from "./errors.js";
export { type CollectionStats, type RootVisitor, collect } from "./gc.js";
export {
  attachHeap, collectionEpoch, globalRoot, Heap, type HeapOptions, heapBytes, refreshViews, setGlobalRoot, syncCaches,
} from "./heap.js";
export { lockObject, unlockObject } from "./lock.js";
export { assertHeapValid, verifyHeap } from "./verify.js";

/**
 * A new heap: a growable SharedArrayBuffer of `initialBytes` that may grow to
 * `maxBytes`, holding the singletons, the built-in types and the intern
 * table. Send `heap.buffer` to a worker and call attachHeap there.
 */
export function createHeap(options: HeapOptions = {}): Heap {
  const heap = createEmptyHeap(options);
  bootstrapObjects(heap);
  return heap;
}
