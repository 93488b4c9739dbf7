// A Python thread's state and its stack segment.
//
// The segment is one RAW heap block (the collector does not trace it: it
// holds dead words above the live frames). It is laid out as
//
//   [thread-state words | frames, growing up ->  ...  <- native roots]
//
// The thread-state words hold the top frame, the recursion depth, the
// exception being handled (`except` blocks, for `raise` and implicit
// chaining) and the bounds of both stacks, all as values (numbers as small
// ints), so that any worker can inspect any thread. `visitThreadRoots` hands
// the collector every live value: the handled exception, every frame's header,
// slots and live stack items, and the native roots.
//
// Native code that holds a value across a call back into Python pushes it
// with `pushRoot` and pops it with `popRoots` when done.

import type { Heap } from "../heap/heap.js";
import { G_ALLOCATED_SINCE_GC, G_GC_DISABLED, G_LIVE_AFTER_GC, HEADER_WORDS } from "../heap/layout.js";
import type { ThreadState } from "../threads/thread-state.js";
import { F_DEPTH, F_PREVIOUS, forEachFrameValue, frameSize, tagged, untagged } from "./frame.js";

export const T_TOP_FRAME = 0;
export const T_DEPTH = 1;
export const T_HANDLED = 2;
export const T_ROOTS_TOP = 3;
export const T_END = 4;
export const T_FRAMES_START = 5;
export const T_RECURSION_LIMIT = 6;
/** sys.set_asyncgen_hooks: a (firstiter, finalizer) tuple, or 0 while never set. */
export const T_ASYNCGEN_HOOKS = 7;
export const THREAD_HEADER = 8;

export const DEFAULT_RECURSION_LIMIT = 1000;

/** A collection is due once this many words were allocated since the last one (and more than were live). */
const COLLECTION_THRESHOLD_WORDS = 4 * 2 ** 20;

/** The per-worker handle on a thread: the heap views and the segment's place. */
export class Thread {
  /** Word index of the segment's first payload word. */
  readonly base: number;
  /** Set by the loop when a generator frame suspended (rather than returned). */
  suspended = false;
  /** --gc-stress: collect at every safepoint. */
  gcStress = false;
  /** --verify-heap: check the heap after every collection. */
  verifyHeap = false;
  /** Whether threads take the GIL (false in the free-threaded mode). */
  gilEnabled = true;
  /** The thread's state in the heap (its id, status, eval breaker, GIL statistics). */
  ts!: ThreadState;
  /** Instructions run since they were last added to the thread's statistics. */
  ticks = 0;
  /**
   * Interned strs by their text, as this worker found them: the intern table
   * is a root, so an interned str lives as long as the heap and its address
   * never goes stale.
   */
  readonly interned = new Map<string, number>();

  /**
   * A handle on the segment at `segmentBlock`. With `words` it starts a
   * fresh, empty stack there; without, it only views a segment that another
   * handle set up (the collector walking another thread's frames).
   */
  constructor(readonly heap: Heap, readonly segmentBlock: number, words?: number) {
    this.base = segmentBlock + HEADER_WORDS;
    if (words !== undefined) this.reset(words);
  }

  /** Empties the segment: no frames, no native roots. */
  reset(words: number): void {
    const i32 = this.heap.i32;
    const end = this.base + words - HEADER_WORDS;
    i32[this.base + T_TOP_FRAME] = tagged(0);
    i32[this.base + T_DEPTH] = tagged(0);
    i32[this.base + T_HANDLED] = 0;
    i32[this.base + T_ROOTS_TOP] = tagged(end);
    i32[this.base + T_END] = tagged(end);
    i32[this.base + T_FRAMES_START] = tagged(this.base + THREAD_HEADER);
    i32[this.base + T_RECURSION_LIMIT] = tagged(DEFAULT_RECURSION_LIMIT);
    i32[this.base + T_ASYNCGEN_HOOKS] = 0;
  }

  /**
   * Whether enough was allocated since the last collection to collect at the
   * next safepoint (never while gc.disable() is in force).
   */
  collectionDue(): boolean {
    const i32 = this.heap.i32;
    if (i32[G_GC_DISABLED] === 1) return false;
    return i32[G_ALLOCATED_SINCE_GC]! > COLLECTION_THRESHOLD_WORDS && i32[G_ALLOCATED_SINCE_GC]! > i32[G_LIVE_AFTER_GC]!;
  }

  get i32(): Int32Array {
    return this.heap.i32;
  }

  word(field: number): number {
    return this.heap.i32[this.base + field]!;
  }
  setWord(field: number, value: number): void {
    this.heap.i32[this.base + field] = value;
  }

  get topFrame(): number {
    return untagged(this.word(T_TOP_FRAME));
  }
  set topFrame(f: number) {
    this.setWord(T_TOP_FRAME, tagged(f));
  }
  get depth(): number {
    return untagged(this.word(T_DEPTH));
  }
  set depth(d: number) {
    this.setWord(T_DEPTH, tagged(d));
  }
  get handled(): number {
    return this.word(T_HANDLED);
  }
  set handled(exc: number) {
    this.setWord(T_HANDLED, exc);
  }
  get recursionLimit(): number {
    return untagged(this.word(T_RECURSION_LIMIT));
  }
  set recursionLimit(n: number) {
    this.setWord(T_RECURSION_LIMIT, tagged(n));
  }

  /** The first free word above the top frame. */
  freeStart(): number {
    const top = this.topFrame;
    return top === 0 ? untagged(this.word(T_FRAMES_START)) : top + frameSize(this.heap.i32, top);
  }

  /** Whether `words` more words fit between the frames and the native roots. */
  fits(start: number, words: number): boolean {
    return start + words <= untagged(this.word(T_ROOTS_TOP));
  }

  pushRoot(value: number): void {
    const top = untagged(this.word(T_ROOTS_TOP)) - 1;
    if (top < this.freeStart()) throw new RangeError("native root stack overflow");
    this.heap.i32[top] = value;
    this.setWord(T_ROOTS_TOP, tagged(top));
  }

  popRoots(count: number): void {
    this.setWord(T_ROOTS_TOP, tagged(untagged(this.word(T_ROOTS_TOP)) + count));
  }

  /** The native roots' depth, to restore after an exception unwound past pushes. */
  rootMark(): number {
    return untagged(this.word(T_ROOTS_TOP));
  }
  resetRoots(mark: number): void {
    this.setWord(T_ROOTS_TOP, tagged(mark));
  }
}

/** Calls `visit(wordIndex)` for every word of the thread that holds a live value. */
export function visitThreadRoots(th: Thread, visit: (word: number) => void): void {
  const i32 = th.heap.i32;
  visit(th.base + T_HANDLED);
  visit(th.base + T_ASYNCGEN_HOOKS);
  for (let f = th.topFrame; f !== 0; f = untagged(i32[f + F_PREVIOUS]!)) {
    forEachFrameValue(i32, f, visit);
  }
  const end = untagged(th.word(T_END));
  for (let w = untagged(th.word(T_ROOTS_TOP)); w < end; w++) visit(w);
}

export function liveStackDepth(i32: Int32Array, frame: number): number {
  return untagged(i32[frame + F_DEPTH]!);
}
