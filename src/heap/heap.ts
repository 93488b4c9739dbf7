// The heap: one growable SharedArrayBuffer that every worker maps.
//
// A Heap is this worker's handle on the buffer: typed-array views over it and
// caches that are only valid for one collection epoch. Everything about an
// object lives in the buffer; the handle holds nothing another worker would
// need to see.
//
// Views have a FIXED length, that of the buffer when they were made. Views that
// track a growable buffer's length are what the platform offers, but in
// Node 20 (V8 11.3) every element access through them is about 30 times slower
// than through a fixed-length view (measured: 1 s against 30 ms for 20 million
// read-modify-writes), which the interpreter cannot afford. So a worker
// re-creates its views when the buffer has grown (refreshViews): the worker
// that grows the heap does it at once; the others do it at their safepoints,
// when they take the GIL or attach, when they take an object's lock, and
// when they take a new allocation region (free-threaded mode, alloc.ts).
//
// The allocator keeps that safe across workers by growing early and using
// late: when it grows the buffer it only starts using the memory that was
// grown the time before (G_LIMIT lags the buffer's length by one growth step),
// so another worker has a whole growth step's worth of allocation to pass a
// safepoint before it can meet an object in memory its views do not cover.

import {
  FIXED_AREA_WORDS, G_EPOCH, G_INT_MAX_STR_DIGITS, G_LAYOUT_VERSION, G_LIMIT, G_MAGIC,
  G_PEAK_TOP, G_ROOT_COUNT, G_ROOTS, G_TOP, HEAP_LAYOUT_VERSION, HEAP_MAGIC,
} from "./layout.js";
import { StringCache } from "./string-cache.js";

/** The largest heap: word offsets must stay positive 32-bit integers, and a byte view must fit V8's typed-array limit. */
export const MAX_HEAP_BYTES = 2 ** 32 - 2 ** 16;
/** Heap sizes are multiples of this. */
export const HEAP_GRANULE_BYTES = 2 ** 16;
export const DEFAULT_INITIAL_BYTES = 4 * 2 ** 20;
export const DEFAULT_MAX_BYTES = 2 ** 30;

export interface HeapOptions {
  /** Bytes the buffer starts with (rounded up to 64 KiB; at least 256 KiB). */
  initialBytes?: number;
  /** Bytes past which allocation fails with HeapExhaustedError (rounded up to 64 KiB). */
  maxBytes?: number;
}

export class Heap {
  i32!: Int32Array;
  f64!: Float64Array;
  u16!: Uint16Array;
  u8!: Uint8Array;
  /** This worker's cache of JavaScript strings by heap address, valid while cacheEpoch is the heap's epoch. */
  readonly strings = new StringCache();
  cacheEpoch = -1;
  /**
   * Called after this worker grew the buffer: the threads layer uses it, in
   * the free-threaded mode, to have every other worker refresh its views at
   * its next safepoint.
   */
  onGrow: (() => void) | null = null;
  /** Runs a wait for an object's lock (src/heap/lock.ts); the threads layer detaches the thread around it. */
  onLockWait: ((wait: () => void) => void) | null = null;
  /**
   * This worker's allocation region in the free-threaded mode (alloc.ts):
   * it began at regionStart; [regionTop, regionEnd) is the free memory only
   * this worker allocates from, valid while regionEpoch is the heap's
   * collection epoch.
   */
  regionStart = 0;
  regionTop = 0;
  regionEnd = 0;
  regionEpoch = -1;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.makeViews();
  }

  /** Re-creates the views over the buffer's current length. */
  makeViews(): void {
    const bytes = this.buffer.byteLength;
    this.i32 = new Int32Array(this.buffer, 0, bytes >>> 2);
    this.f64 = new Float64Array(this.buffer, 0, bytes >>> 3);
    this.u16 = new Uint16Array(this.buffer, 0, bytes >>> 1);
    this.u8 = new Uint8Array(this.buffer, 0, bytes);
  }
}

function roundUpBytes(n: number): number {
  return Math.ceil(n / HEAP_GRANULE_BYTES) * HEAP_GRANULE_BYTES;
}

/**
 * A heap with its fixed area initialised and nothing allocated. Use
 * createHeap (src/heap/index.ts), which also makes the singletons and the
 * built-in types.
 */
export function createEmptyHeap(options: HeapOptions = {}): Heap {
  const maxBytes = roundUpBytes(options.maxBytes ?? DEFAULT_MAX_BYTES);
  const initialBytes = roundUpBytes(Math.max(options.initialBytes ?? Math.min(DEFAULT_INITIAL_BYTES, maxBytes), 2 ** 18));
  if (maxBytes > MAX_HEAP_BYTES) throw new RangeError(`heap maximum ${maxBytes} exceeds ${MAX_HEAP_BYTES} bytes`);
  if (initialBytes > maxBytes) throw new RangeError(`initial heap size ${initialBytes} exceeds the maximum ${maxBytes}`);
  const buffer = new SharedArrayBuffer(initialBytes, { maxByteLength: maxBytes });
  const heap = new Heap(buffer);
  const i32 = heap.i32;
  i32[G_MAGIC] = HEAP_MAGIC;
  i32[G_LAYOUT_VERSION] = HEAP_LAYOUT_VERSION;
  i32[G_TOP] = FIXED_AREA_WORDS;
  i32[G_PEAK_TOP] = FIXED_AREA_WORDS;
  i32[G_LIMIT] = initialBytes >>> 2;
  i32[G_INT_MAX_STR_DIGITS] = 4300;
  return heap;
}

/** This worker's handle on a heap another worker created and sent it. */
export function attachHeap(buffer: SharedArrayBuffer): Heap {
  if (!(buffer instanceof SharedArrayBuffer) || !buffer.growable) {
    throw new TypeError("attachHeap needs the growable SharedArrayBuffer of a heap");
  }
  const heap = new Heap(buffer);
  if (heap.i32[G_MAGIC] !== HEAP_MAGIC || heap.i32[G_LAYOUT_VERSION] !== HEAP_LAYOUT_VERSION) {
    throw new TypeError("the buffer does not hold a heap of this layout version");
  }
  return heap;
}

/**
 * Brings this worker's views up to the buffer's current length; cheap when it
 * has not grown. Call at safepoints and after taking the GIL.
 */
export function refreshViews(heap: Heap): void {
  if (heap.buffer.byteLength !== heap.u8.length) heap.makeViews();
}

/** The collection epoch: it changes whenever freed addresses may be reused. */
export function collectionEpoch(heap: Heap): number {
  return Atomics.load(heap.i32, G_EPOCH);
}

/** Drops this worker's address-keyed caches if a collection happened since they were filled. */
export function syncCaches(heap: Heap): void {
  const epoch = heap.i32[G_EPOCH]!;
  if (epoch !== heap.cacheEpoch) {
    heap.strings.clear();
    heap.cacheEpoch = epoch;
  }
}

/** Reads one of the VM's global root slots. */
export function globalRoot(heap: Heap, index: number): number {
  checkRootIndex(index);
  return heap.i32[G_ROOTS + index]!;
}

/** Stores a value in one of the VM's global root slots; the collector treats it as a root. */
export function setGlobalRoot(heap: Heap, index: number, value: number): void {
  checkRootIndex(index);
  heap.i32[G_ROOTS + index] = value;
}

function checkRootIndex(index: number): void {
  if (!(index >= 0 && index < G_ROOT_COUNT)) throw new RangeError(`global root index ${index} out of range`);
}

/** Bytes in the buffer now, and the most it may grow to. */
export function heapBytes(heap: Heap): { current: number; max: number } {
  return { current: heap.buffer.byteLength, max: heap.buffer.maxByteLength };
}
