// Reading and writing block headers (layout.ts describes the header).

import type { Heap } from "./heap.js";
import {
  FLAGS_WORD, G_BUMP, G_BUMP_END, G_TOP, HEAP_START, IMMUTABLE_BIT, MARK_BIT, SIZE_SHIFT, TYPE_WORD,
} from "./layout.js";

/** The size in words of the block at `p`, header included. */
export function blockWords(i32: Int32Array, p: number): number {
  return (i32[p + FLAGS_WORD]! >>> SIZE_SHIFT) << 1;
}

/** The flags word of a block of `words` words with no flag set. */
export function sizeFlags(words: number): number {
  return (words >>> 1) << SIZE_SHIFT;
}

/** Formats [p, p + words) as a free block (not linked into any list). */
export function formatFree(i32: Int32Array, p: number, words: number): void {
  i32[p + TYPE_WORD] = 0;
  i32[p + FLAGS_WORD] = sizeFlags(words);
}

export function isFree(i32: Int32Array, p: number): boolean {
  return i32[p + TYPE_WORD] === 0;
}

export function isMarked(i32: Int32Array, p: number): boolean {
  return (i32[p + FLAGS_WORD]! & MARK_BIT) !== 0;
}

export function isImmutable(heap: Heap, obj: number): boolean {
  return (heap.i32[obj + FLAGS_WORD]! & IMMUTABLE_BIT) !== 0;
}

/**
 * Makes every word of [HEAP_START, top) part of a formatted block: the unused
 * rest of the bump region becomes a free block and the region is given up.
 * Heap walks (the sweep, the verifier) start with this.
 */
export function makeWalkable(heap: Heap): void {
  const i32 = heap.i32;
  const bump = i32[G_BUMP]!;
  const end = i32[G_BUMP_END]!;
  if (end > bump) formatFree(i32, bump, end - bump);
  i32[G_BUMP] = 0;
  i32[G_BUMP_END] = 0;
}

/** Calls `visit(p, words)` for every block, live or free, in address order. The heap must be walkable. */
export function forEachBlock(heap: Heap, visit: (p: number, words: number) => void): void {
  const i32 = heap.i32;
  const top = i32[G_TOP]!;
  for (let p = HEAP_START; p < top;) {
    const words = blockWords(i32, p);
    visit(p, words);
    if (words === 0) throw new Error(`heap block at word ${p} has size 0`);
    p += words;
  }
}
