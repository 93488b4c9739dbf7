// The collector: non-moving mark and sweep, run with the world stopped.
//
// Mark: every root is marked and pushed on an explicit stack; popping a block
// marks and pushes what it refers to (trace.ts says where its references are)
// until the stack is empty. Nothing recurses, so deep structures (a linked
// list of a million nodes) cannot overflow the JavaScript stack. The roots
// are the fixed area's values (the singletons, the built-in types, the intern
// table, the thread table, the VM's global root slots) and whatever the VM's
// `visitRoots` callback hands over (every thread's stack, the modules...).
//
// Sweep: a walk over every block from HEAP_START to `top`. A marked block is
// live: its mark is cleared. Runs of unmarked and free blocks are merged into
// single free blocks and the free lists are rebuilt from them, so the lists
// afterwards hold exactly the free memory, in blocks as large as possible. A
// free run that ends at `top` is given back to the wilderness. The unused
// rest of a worker's allocation region (free-threaded mode, alloc.ts) is such
// a free block too: it is merged like the others, and the epoch change below
// makes its worker take a new region.
//
// Objects never move, so a pointer held in a JavaScript variable stays valid
// across a collection as long as the object is reachable from a root. After
// the sweep the collection epoch changes: freed addresses may now be reused,
// so every cache keyed by address must be dropped (heap.ts syncCaches).
//
// The collector runs only at a safepoint the VM chooses, never inside an
// allocation, and with every other thread parked.

import { addFreeBlock } from "./alloc.js";
import { makeWalkable } from "./block.js";
import type { Heap } from "./heap.js";
import {
  FLAGS_WORD, G_ALLOCATED_SINCE_GC, G_CONSTANTS, G_CONSTANTS_END, G_COLLECTIONS, G_EPOCH, G_INTERN_TABLE, G_LARGE_BINS, G_LIVE_AFTER_GC,
  G_ROOT_COUNT, G_ROOTS, G_SMALL_FREE, G_THREAD_TABLE, G_TOP, G_TYPE_COUNT, G_TYPES, HEAP_START,
  LARGE_BIN_COUNT, MARK_BIT, MAX_BLOCK_WORDS, SINGLETONS_END, SIZE_SHIFT, TYPE_WORD,
} from "./layout.js";
import { type ReferenceVisitor, traceBlock } from "./trace.js";

/** Hands every root value to `mark` (values that are not pointers are ignored). */
export type RootVisitor = (mark: (value: number) => void) => void;

export interface CollectionStats {
  /** Bytes in live blocks after the collection. */
  liveBytes: number;
  /** Bytes in blocks freed by this collection. */
  freedBytes: number;
  /** Objects freed by this collection. */
  freedObjects: number;
  /** Bytes from the heap's start to its top after the collection. */
  usedBytes: number;
  /** The buffer's size. */
  bufferBytes: number;
  milliseconds: number;
}

/** The mark stack and the marking visitor. Scratch memory only: nothing in it outlives a collection. */
class Marker implements ReferenceVisitor {
  stack = new Int32Array(1 << 12);
  depth = 0;

  constructor(readonly heap: Heap) {}

  reference(i32: Int32Array, word: number): void {
    this.mark(i32, i32[word]!);
  }

  mark(i32: Int32Array, value: number): void {
    if ((value & 1) !== 0 || value === 0) return;
    const flags = i32[value + FLAGS_WORD]!;
    if ((flags & MARK_BIT) !== 0) return;
    i32[value + FLAGS_WORD] = flags | MARK_BIT;
    if (this.depth === this.stack.length) this.grow();
    this.stack[this.depth++] = value;
  }

  grow(): void {
    const bigger = new Int32Array(this.stack.length * 2);
    bigger.set(this.stack);
    this.stack = bigger;
  }

  drain(): void {
    const i32 = this.heap.i32;
    while (this.depth > 0) {
      const p = this.stack[--this.depth]!;
      traceBlock(i32, p, (i32[p + FLAGS_WORD]! >>> SIZE_SHIFT) << 1, this);
    }
  }
}

/**
 * What a collection lets its caller do between marking and sweeping (weak
 * references, finalizers): see which blocks are marked, keep a block alive
 * without tracing its contents, or resurrect a value with all it refers to.
 */
export interface MarkPhase {
  isMarked(p: number): boolean;
  markShallow(p: number): void;
  markDeep(value: number): void;
}

/**
 * Collects garbage; `visitRoots` hands over the VM's roots beyond the fixed
 * area, and `afterMark` runs once everything reachable is marked.
 */
export function collect(heap: Heap, visitRoots?: RootVisitor, afterMark?: (phase: MarkPhase) => void): CollectionStats {
  const started = performance.now();
  const i32 = heap.i32;
  const marker = new Marker(heap);
  markFixedRoots(marker, i32);
  if (visitRoots) visitRoots((value) => marker.mark(i32, value));
  marker.drain();
  afterMark?.({
    isMarked: (p) => (i32[p + FLAGS_WORD]! & MARK_BIT) !== 0,
    markShallow: (p) => {
      i32[p + FLAGS_WORD] = i32[p + FLAGS_WORD]! | MARK_BIT;
    },
    markDeep: (value) => {
      marker.mark(i32, value);
      marker.drain();
    },
  });
  const { liveWords, freedWords, freedObjects } = sweep(heap);
  i32[G_ALLOCATED_SINCE_GC] = 0;
  i32[G_LIVE_AFTER_GC] = liveWords;
  i32[G_COLLECTIONS]++;
  Atomics.add(i32, G_EPOCH, 1);
  return {
    liveBytes: liveWords * 4,
    freedBytes: freedWords * 4,
    freedObjects,
    usedBytes: (i32[G_TOP]! - HEAP_START) * 4,
    bufferBytes: heap.buffer.byteLength,
    milliseconds: performance.now() - started,
  };
}

function markFixedRoots(marker: Marker, i32: Int32Array): void {
  for (let p = HEAP_START; p < SINGLETONS_END; p += 4) marker.mark(i32, p);
  marker.mark(i32, i32[G_THREAD_TABLE]!);
  marker.mark(i32, i32[G_INTERN_TABLE]!);
  for (let w = G_CONSTANTS; w < G_CONSTANTS_END; w++) marker.mark(i32, i32[w]!);
  for (let w = G_ROOTS; w < G_ROOTS + G_ROOT_COUNT; w++) marker.mark(i32, i32[w]!);
  for (let w = G_TYPES; w < G_TYPES + G_TYPE_COUNT; w++) marker.mark(i32, i32[w]!);
}

function sweep(heap: Heap): { liveWords: number; freedWords: number; freedObjects: number } {
  makeWalkable(heap);
  const i32 = heap.i32;
  i32.fill(0, G_SMALL_FREE, G_LARGE_BINS + LARGE_BIN_COUNT);
  const top = i32[G_TOP]!;
  let liveWords = 0;
  let freedWords = 0;
  let freedObjects = 0;
  let runStart = -1;
  for (let p = HEAP_START; p < top;) {
    const flags = i32[p + FLAGS_WORD]!;
    const words = (flags >>> SIZE_SHIFT) << 1;
    if (i32[p + TYPE_WORD] !== 0 && (flags & MARK_BIT) !== 0) {
      i32[p + FLAGS_WORD] = flags & ~MARK_BIT;
      liveWords += words;
      if (runStart >= 0) {
        addFreeRun(i32, runStart, p);
        runStart = -1;
      }
    } else {
      if (i32[p + TYPE_WORD] !== 0) {
        freedWords += words;
        freedObjects++;
      }
      if (runStart < 0) runStart = p;
    }
    p += words;
  }
  if (runStart >= 0) i32[G_TOP] = runStart;
  return { liveWords, freedWords, freedObjects };
}

function addFreeRun(i32: Int32Array, start: number, end: number): void {
  while (end - start > MAX_BLOCK_WORDS) {
    addFreeBlock(i32, start, MAX_BLOCK_WORDS);
    start += MAX_BLOCK_WORDS;
  }
  addFreeBlock(i32, start, end - start);
}
