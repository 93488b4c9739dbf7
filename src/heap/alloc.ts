// The allocator: segregated free lists, a bump region, and the wilderness.
//
// Where a block comes from, in order:
//   1. blocks of at most SMALL_MAX_WORDS words: the exact-size free list
//      (one list per size, in 8-byte steps), popped in O(1);
//      larger blocks: the large bins (one list per power of two), first fit,
//      the rest split off and listed again;
//   2. the bump region [G_BUMP, G_BUMP_END): a stretch of free memory carved
//      from front to back;
//   3. when the bump region is too small, the rest of it goes back to the free
//      lists and a new region is taken: a whole free block from the large bins
//      or, failing that, a chunk of the wilderness;
//   4. the wilderness [G_TOP, G_LIMIT): memory never used, or given back by the
//      sweep. When it runs out the buffer grows (extendLimit), up to its
//      maximum; past that, a small request may still split a larger small
//      free block, and then it is HeapExhaustedError (Python's MemoryError).
// Allocation never collects. The sweep (gc.ts) rebuilds every list from
// scratch, merging neighbouring free blocks, so memory freed in small pieces
// comes back as large blocks.
//
// All allocator state is in the fixed area, so every worker sees one
// allocator. With the GIL only one thread allocates at a time, straight from
// the lists above.
//
// Without the GIL (G_FREE_THREADED) each worker allocates small blocks from
// its own region, a per-thread allocation buffer: a stretch of free memory
// taken under G_ALLOC_LOCK (a whole large free block, cut to REGION_WORDS, or
// a chunk of the wilderness) and then carved front to back with plain loads
// and stores, no lock and no shared word written. Two threads allocating at
// full speed then neither contend for the lock nor share cache lines. The
// region's bounds live in the worker's Heap handle, where no other worker
// can see them, so the region keeps itself walkable instead: its unused rest
// is always formatted as one free block (each allocation writes the header of
// the rest after the block it carves). A collection, run with the world
// stopped, therefore sweeps a region like any free block and merges it; the
// region belongs to the collection epoch it was taken in, and a worker drops
// it when the epoch has changed. Allocation is counted (G_ALLOCATED_SINCE_GC)
// a whole region at a time, when it is taken. A block that does not fit in
// the rest of the region is large (over SMALL_MAX_WORDS) or small: a large
// one, and a small one when no region can be had, comes from the shared
// lists under the lock; a small one gets a new region.
//
// Invariant: every word in [HEAP_START, top) belongs to a formatted block,
// except the unused part of the shared bump region (makeWalkable formats it
// before any heap walk). A worker's region is formatted at all times.

import { blockWords, formatFree, sizeFlags } from "./block.js";
import { HeapExhaustedError } from "./errors.js";
import { type Heap, refreshViews } from "./heap.js";
import {
  FLAGS_WORD, G_ALLOC_LOCK, G_ALLOCATED_SINCE_GC, G_BUMP, G_BUMP_END, G_EPOCH, G_FREE_THREADED, G_LARGE_BINS, G_LIMIT,
  G_PEAK_TOP, G_SMALL_FREE, G_TOP, MAX_BLOCK_WORDS, MIN_BLOCK_WORDS, SIZE_SHIFT, SMALL_MAX_WORDS, TYPE_WORD,
} from "./layout.js";
import { lockWord, unlockWord } from "./lock.js";

/** Size of a bump region taken from the wilderness: 64 KiB. */
const BUMP_CHUNK_WORDS = 2 ** 14;
/** Size of a worker's region (free-threaded mode): 64 KiB, a few thousand small objects per refill. */
const REGION_WORDS = 2 ** 14;
/** A free block at least this large is taken whole as a region; smaller ones only when nothing larger is free. */
const REGION_PREFERRED_MIN_WORDS = 2 ** 12;
/** The least the buffer grows by: 1 MiB. */
const GROWTH_STEP_WORDS = 2 ** 18;
/** Growth is in whole 64 KiB granules. */
const GRANULE_WORDS = 2 ** 14;
/** The link to the next free block sits in a free block's first payload word. */
const FREE_NEXT = 2;
/** The smallest large bin that can hold a block above SMALL_MAX_WORDS. */
const FIRST_LARGE_BIN = 31 - Math.clz32(SMALL_MAX_WORDS + 2);

/** The block size, in words, that a request for `words` words gets. */
export function roundBlockWords(words: number): number {
  return words <= MIN_BLOCK_WORDS ? MIN_BLOCK_WORDS : (words + 1) & ~1;
}

/**
 * Allocates a block of at least `words` words (header included) whose type
 * word is `typeWord` (a type object, or a BLOCK_* tag for an internal block)
 * and whose flags word carries `flagBits` (IMMUTABLE_BIT, say). Every payload
 * word is 0. Throws HeapExhaustedError when the heap is at its maximum.
 */
export function allocate(heap: Heap, words: number, typeWord: number, flagBits = 0): number {
  const size = words <= MIN_BLOCK_WORDS ? MIN_BLOCK_WORDS : (words + 1) & ~1;
  const i32 = heap.i32;
  if (i32[G_FREE_THREADED] === 0) return allocateBlock(heap, size, typeWord, flagBits);
  const obj = heap.regionTop;
  const rest = heap.regionEnd - obj - size;
  if (rest < 0 || heap.regionEpoch !== i32[G_EPOCH]) return allocateLocked(heap, size, typeWord, flagBits);
  heap.regionTop = obj + size;
  if (rest > 0) formatFree(i32, obj + size, rest);
  i32[obj + TYPE_WORD] = typeWord;
  i32[obj + FLAGS_WORD] = sizeFlags(size) | flagBits;
  clearPayload(i32, obj, obj + size);
  return obj;
}

/** Zeroes the payload words of the block [obj, end). */
function clearPayload(i32: Int32Array, obj: number, end: number): void {
  if (end - obj > 32) i32.fill(0, obj + 2, end);
  else for (let w = obj + 2; w < end; w++) i32[w] = 0;
}

/** Without the GIL, when the worker's region cannot serve: a new region, or the shared lists. */
function allocateLocked(heap: Heap, size: number, typeWord: number, flagBits: number): number {
  lockWord(heap.i32, G_ALLOC_LOCK);
  // The allocator's state may point into memory another thread grew the buffer by.
  refreshViews(heap);
  try {
    if (size <= SMALL_MAX_WORDS && refillRegion(heap, size)) return allocate(heap, size, typeWord, flagBits);
    return allocateBlock(heap, size, typeWord, flagBits);
  } finally {
    unlockWord(heap.i32, G_ALLOC_LOCK);
  }
}

/**
 * Gives the worker a new region that fits `size` words, or returns false
 * (the shared lists then serve the request). The caller holds G_ALLOC_LOCK.
 * Order: a large free block (one of REGION_PREFERRED_MIN_WORDS or more
 * first); then, when the exact-size list has a block, none (the request
 * takes it, and free memory is used before the heap grows); then a chunk
 * of the wilderness.
 */
function refillRegion(heap: Heap, size: number): boolean {
  retireRegion(heap);
  let start = takeLargeBlock(heap, REGION_PREFERRED_MIN_WORDS, false);
  if (start === 0) start = takeLargeBlock(heap, size, false);
  if (start === 0) {
    if (heap.i32[G_SMALL_FREE + (size >> 1)] !== 0) return false;
    try {
      start = takeWilderness(heap, size, REGION_WORDS);
    } catch (e) {
      if (e instanceof HeapExhaustedError) return false;
      throw e;
    }
  }
  const i32 = heap.i32;
  let words = blockWords(i32, start);
  if (words - REGION_WORDS >= REGION_PREFERRED_MIN_WORDS) {
    // A large free block: the worker takes a region's worth, the rest stays listed for others.
    addFreeBlock(i32, start + REGION_WORDS, words - REGION_WORDS);
    words = REGION_WORDS;
  }
  formatFree(i32, start, words);
  i32[G_ALLOCATED_SINCE_GC] += words;
  heap.regionStart = start;
  heap.regionTop = start;
  heap.regionEnd = start + words;
  heap.regionEpoch = i32[G_EPOCH]!;
  return true;
}

/** Gives the unused rest of the worker's region back to the free lists (if it is still this epoch's). The caller holds G_ALLOC_LOCK. */
function retireRegion(heap: Heap): void {
  const i32 = heap.i32;
  const top = heap.regionTop;
  const end = heap.regionEnd;
  if (heap.regionEpoch === i32[G_EPOCH] && end > top) {
    addFreeBlock(i32, top, end - top);
    i32[G_ALLOCATED_SINCE_GC] -= end - top;
  }
  heap.regionStart = 0;
  heap.regionTop = 0;
  heap.regionEnd = 0;
}

function allocateBlock(heap: Heap, size: number, typeWord: number, flagBits: number): number {
  let i32 = heap.i32;
  // Memory at or above the peak top has never been written (the buffer
  // starts, and grows, zeroed): a block taken from there needs no clearing,
  // which spares a thread's large stack segment from touching every page.
  const neverWritten = i32[G_PEAK_TOP]!;
  let obj = 0;
  if (size <= SMALL_MAX_WORDS) {
    const head = G_SMALL_FREE + (size >> 1);
    obj = i32[head]!;
    if (obj !== 0) i32[head] = i32[obj + FREE_NEXT]!;
  }
  if (obj === 0) {
    obj = allocateSlow(heap, size);
    i32 = heap.i32;
  }
  const flags = i32[obj + FLAGS_WORD]!;
  const end = obj + ((flags >>> SIZE_SHIFT) << 1);
  i32[obj + TYPE_WORD] = typeWord;
  i32[obj + FLAGS_WORD] = flags | flagBits;
  if (obj < neverWritten) clearPayload(i32, obj, end);
  i32[G_ALLOCATED_SINCE_GC] += end - obj;
  return obj;
}

/** Steps 1 (large) to 4 of the order above; returns a block whose header holds its size. */
function allocateSlow(heap: Heap, size: number): number {
  if (size > MAX_BLOCK_WORDS) throw new HeapExhaustedError(size * 4, heap.buffer.maxByteLength);
  if (size > SMALL_MAX_WORDS) {
    const block = takeLargeBlock(heap, size, true);
    if (block !== 0) return block;
  }
  const i32 = heap.i32;
  const bump = i32[G_BUMP]!;
  if (i32[G_BUMP_END]! - bump >= size) {
    i32[G_BUMP] = bump + size;
    i32[bump + FLAGS_WORD] = sizeFlags(size);
    return bump;
  }
  retireBumpRegion(heap);
  if (size > SMALL_MAX_WORDS) return takeWilderness(heap, size, size);
  let start = takeLargeBlock(heap, size, false);
  if (start === 0) {
    try {
      start = takeWilderness(heap, size, BUMP_CHUNK_WORDS);
    } catch (e) {
      // Last resort before MemoryError: a larger small block, split.
      const block = e instanceof HeapExhaustedError ? takeLargerSmallBlock(heap, size) : 0;
      if (block === 0) throw e;
      return block;
    }
  }
  const end = start + blockWords(heap.i32, start);
  const j32 = heap.i32;
  j32[G_BUMP] = start + size;
  j32[G_BUMP_END] = end;
  j32[start + FLAGS_WORD] = sizeFlags(size);
  return start;
}

/** Gives the unused rest of the bump region back to the free lists. */
function retireBumpRegion(heap: Heap): void {
  const i32 = heap.i32;
  const bump = i32[G_BUMP]!;
  const end = i32[G_BUMP_END]!;
  i32[G_BUMP] = 0;
  i32[G_BUMP_END] = 0;
  if (end > bump) addFreeBlock(i32, bump, end - bump);
}

/**
 * Formats [p, p + words) as a free block and links it into its list. A block
 * too small to hold a link (8 bytes) stays unlisted; the next sweep merges it
 * with its neighbours.
 */
export function addFreeBlock(i32: Int32Array, p: number, words: number): void {
  formatFree(i32, p, words);
  if (words < MIN_BLOCK_WORDS) return;
  const head = words <= SMALL_MAX_WORDS ? G_SMALL_FREE + (words >> 1) : G_LARGE_BINS + (31 - Math.clz32(words));
  i32[p + FREE_NEXT] = i32[head]!;
  i32[head] = p;
}

/**
 * Unlinks a free block of at least `size` words from the large bins (first
 * fit, smallest bin first) and returns it, or 0. With `split`, the block is
 * cut to `size` words and the rest listed again.
 */
function takeLargeBlock(heap: Heap, size: number, split: boolean): number {
  const i32 = heap.i32;
  const firstBin = size > SMALL_MAX_WORDS ? 31 - Math.clz32(size) : FIRST_LARGE_BIN;
  for (let bin = firstBin; bin < 32; bin++) {
    let link = G_LARGE_BINS + bin;
    let p = i32[link]!;
    while (p !== 0) {
      const words = blockWords(i32, p);
      if (words >= size) {
        i32[link] = i32[p + FREE_NEXT]!;
        if (split && words - size >= MIN_BLOCK_WORDS) {
          i32[p + FLAGS_WORD] = sizeFlags(size);
          addFreeBlock(i32, p + size, words - size);
        }
        return p;
      }
      link = p + FREE_NEXT;
      p = i32[link]!;
    }
  }
  return 0;
}

/** Unlinks a free block from the smallest non-empty small list above `size` and cuts it to `size` words, or returns 0. */
function takeLargerSmallBlock(heap: Heap, size: number): number {
  const i32 = heap.i32;
  for (let words = size + 2; words <= SMALL_MAX_WORDS; words += 2) {
    const head = G_SMALL_FREE + (words >> 1);
    const p = i32[head]!;
    if (p === 0) continue;
    i32[head] = i32[p + FREE_NEXT]!;
    i32[p + FLAGS_WORD] = sizeFlags(size);
    addFreeBlock(i32, p + size, words - size);
    return p;
  }
  return 0;
}

/**
 * Takes at least `min` and preferably `preferred` words from the wilderness,
 * growing the buffer if needed; returns the block with its size in its header.
 */
function takeWilderness(heap: Heap, min: number, preferred: number): number {
  let i32 = heap.i32;
  const top = i32[G_TOP]!;
  if (top + min > i32[G_LIMIT]!) {
    extendLimit(heap, top + min);
    i32 = heap.i32;
  }
  const available = i32[G_LIMIT]! - top;
  const words = Math.min(Math.max(min, Math.min(preferred, available)), MAX_BLOCK_WORDS);
  i32[G_TOP] = top + words;
  if (top + words > i32[G_PEAK_TOP]!) i32[G_PEAK_TOP] = top + words;
  i32[top + TYPE_WORD] = 0;
  i32[top + FLAGS_WORD] = sizeFlags(words);
  return top;
}

/**
 * Moves G_LIMIT to at least `needEnd`, growing the buffer. The memory grown
 * the time before (the buffer beyond the old limit) becomes usable first, and
 * the buffer grows again by a step, so that other workers have a step's worth
 * of allocation to notice the growth before objects appear in new memory
 * (heap.ts explains why).
 */
function extendLimit(heap: Heap, needEnd: number): void {
  const buffer = heap.buffer;
  const bufferWords = buffer.byteLength >>> 2;
  const maxWords = buffer.maxByteLength >>> 2;
  if (needEnd > maxWords) throw new HeapExhaustedError((needEnd - heap.i32[G_TOP]!) * 4, buffer.maxByteLength);
  const newLimit = Math.max(needEnd, bufferWords);
  const headroom = Math.max(GROWTH_STEP_WORDS, newLimit >>> 3);
  const target = Math.min(maxWords, Math.ceil((newLimit + headroom) / GRANULE_WORDS) * GRANULE_WORDS);
  if (target > bufferWords) {
    try {
      buffer.grow(target * 4);
    } catch {
      // The system refused the memory: as good as the maximum.
      throw new HeapExhaustedError((needEnd - heap.i32[G_TOP]!) * 4, buffer.maxByteLength);
    }
    heap.makeViews();
    heap.onGrow?.();
  }
  heap.i32[G_LIMIT] = newLimit;
}

/**
 * Returns a block to its free list at once, without waiting for a collection.
 * Only for a block nothing else refers to: with the GIL, a container's old
 * storage after it moved to a larger block. Without the GIL another thread may
 * still be reading it, so this does nothing and the collector frees it.
 */
export function freeBlock(heap: Heap, p: number): void {
  const i32 = heap.i32;
  if (i32[G_FREE_THREADED] !== 0) return;
  const words = blockWords(i32, p);
  i32[G_ALLOCATED_SINCE_GC] -= words;
  addFreeBlock(i32, p, words);
}

/**
 * Changes the size of the block at `p` without moving it, when possible:
 * shrinking (the tail becomes free; only with the GIL, since a thread without
 * it may still read the tail), or growing when the block ends where the bump
 * region or the formatted heap ends (like realloc extending into free
 * memory). Added words are 0. Returns whether it happened; if not, the caller
 * allocates a new block and copies.
 */
export function resizeInPlace(heap: Heap, p: number, words: number): boolean {
  if (heap.i32[G_FREE_THREADED] === 0) return resizeBlock(heap, p, words);
  if (growInRegion(heap, p, words)) return true;
  lockWord(heap.i32, G_ALLOC_LOCK);
  refreshViews(heap);
  try {
    return resizeBlock(heap, p, words);
  } finally {
    unlockWord(heap.i32, G_ALLOC_LOCK);
  }
}

/** Grows the block at `p` into the worker's region when it is the region's last block and the region has room. */
function growInRegion(heap: Heap, p: number, words: number): boolean {
  const i32 = heap.i32;
  const size = roundBlockWords(words);
  const old = blockWords(i32, p);
  // A block ending where the region's free rest starts is the worker's own, unless nothing was carved yet.
  if (p + old !== heap.regionTop || p < heap.regionStart || size <= old || heap.regionEpoch !== i32[G_EPOCH]) return false;
  const rest = heap.regionEnd - p - size;
  if (rest < 0) return false;
  heap.regionTop = p + size;
  if (rest > 0) formatFree(i32, p + size, rest);
  setBlockSize(i32, p, size);
  i32.fill(0, p + old, p + size);
  return true;
}

function resizeBlock(heap: Heap, p: number, words: number): boolean {
  const size = roundBlockWords(words);
  let i32 = heap.i32;
  const old = blockWords(i32, p);
  if (size === old) return true;
  if (size < old) {
    if (i32[G_FREE_THREADED] !== 0) return false;
    setBlockSize(i32, p, size);
    addFreeBlock(i32, p + size, old - size);
    i32[G_ALLOCATED_SINCE_GC] -= old - size;
    return true;
  }
  const end = p + old;
  if (end === i32[G_BUMP] && p + size <= i32[G_BUMP_END]!) {
    i32[G_BUMP] = p + size;
  } else if (end === i32[G_TOP]) {
    if (p + size > i32[G_LIMIT]!) {
      try {
        extendLimit(heap, p + size);
      } catch (e) {
        if (e instanceof HeapExhaustedError) return false;
        throw e;
      }
      i32 = heap.i32;
    }
    if (i32[G_BUMP_END] === end) {
      i32[G_BUMP] = 0;
      i32[G_BUMP_END] = 0;
    }
    i32[G_TOP] = p + size;
    if (p + size > i32[G_PEAK_TOP]!) i32[G_PEAK_TOP] = p + size;
  } else {
    return false;
  }
  setBlockSize(i32, p, size);
  i32.fill(0, end, p + size);
  i32[G_ALLOCATED_SINCE_GC] += size - old;
  return true;
}

function setBlockSize(i32: Int32Array, p: number, words: number): void {
  i32[p + FLAGS_WORD] = (i32[p + FLAGS_WORD]! & ((1 << SIZE_SHIFT) - 1)) | sizeFlags(words);
}

/** Sets whether threads run without the GIL (allocation then takes the allocator's lock). */
export function setFreeThreaded(heap: Heap, on: boolean): void {
  Atomics.store(heap.i32, G_FREE_THREADED, on ? 1 : 0);
}

/** Words allocated since the last collection: a hint for deciding when to collect. */
export function allocatedSinceCollection(heap: Heap): number {
  return heap.i32[G_ALLOCATED_SINCE_GC]!;
}
