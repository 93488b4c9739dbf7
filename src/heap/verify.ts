// The heap verifier: a slow, thorough check of the whole heap, for tests and
// for `--gc-stress` debugging, run after a collection (or at any point where
// no object is half-built).
//
// It walks every block from HEAP_START to `top` and records where blocks
// start; then for every live block it checks the header (a type word that is a
// type object or a known internal-block tag; no mark bit and no lock held;
// a size that covers the block's own length fields) and every reference word
// (0, a small int, or the first word of a live block); then it checks that the
// free lists hold only free blocks of the right sizes, and that the fixed
// area's roots are sound. Problems come back as readable sentences, the first
// ones first.

import { blockWords, makeWalkable } from "./block.js";
import type { Heap } from "./heap.js";
import {
  FLAGS_WORD, G_CONSTANTS, G_CONSTANTS_END, G_INTERN_TABLE, G_LARGE_BINS, G_ROOT_COUNT, G_ROOTS, G_SMALL_FREE, G_THREAD_TABLE, G_TOP,
  G_TYPE_COUNT, G_TYPES, HEAP_START, LARGE_BIN_COUNT, LOCK_MASK, MARK_BIT, MIN_BLOCK_WORDS, SMALL_MAX_WORDS,
  STR_DATA, STR_UNITS, TF_METATYPE, TYPE_FLAGS, TYPE_NAME, TYPE_WORD,
} from "./layout.js";
import { type ReferenceVisitor, isBlockTag, minimumWords, traceBlock } from "./trace.js";

const LIVE_OBJECT = 1;
const INTERNAL_BLOCK = 2;
const FREE_BLOCK = 3;
/** A word inside a free block (after its first): what a dangling reference to a freed object points at. */
const FREE_MEMORY = 4;

export interface VerifyOptions {
  /** Stop after this many problems (default 20). */
  maxProblems?: number;
  /** Whether a set mark bit is a problem (true after a collection, the default). */
  expectUnmarked?: boolean;
}

/** Checks the whole heap; returns the problems found (none: the heap is sound). */
export function verifyHeap(heap: Heap, options: VerifyOptions = {}): string[] {
  const checker = new HeapChecker(heap, options.maxProblems ?? 20, options.expectUnmarked ?? true);
  makeWalkable(heap);
  if (!checker.mapBlocks()) return checker.problems;
  checker.checkLiveBlocks();
  checker.checkFreeLists();
  checker.checkFixedArea();
  return checker.problems;
}

/** Throws an Error listing the problems if the heap is not sound. */
export function assertHeapValid(heap: Heap, options: VerifyOptions = {}): void {
  const problems = verifyHeap(heap, options);
  if (problems.length > 0) throw new Error(`heap verification failed:\n  ${problems.join("\n  ")}`);
}

class HeapChecker implements ReferenceVisitor {
  readonly problems: string[] = [];
  readonly i32: Int32Array;
  readonly top: number;
  readonly starts: Uint8Array;
  private holder = 0;

  constructor(readonly heap: Heap, readonly maxProblems: number, readonly expectUnmarked: boolean) {
    this.i32 = heap.i32;
    this.top = this.i32[G_TOP]!;
    this.starts = new Uint8Array(this.top);
  }

  report(message: string): boolean {
    if (this.problems.length < this.maxProblems) this.problems.push(message);
    return this.problems.length < this.maxProblems;
  }

  /** Pass 1: block boundaries. Returns false if the walk itself breaks (sizes are wrong). */
  mapBlocks(): boolean {
    const { i32, top } = this;
    for (let p = HEAP_START; p < top;) {
      const words = blockWords(i32, p);
      const type = i32[p + TYPE_WORD]!;
      if (words < 2 || (words < MIN_BLOCK_WORDS && type !== 0) || p + words > top) {
        this.report(`block at word ${p} has an impossible size of ${words} words (heap top is ${top}); the walk stops here`);
        return false;
      }
      this.starts[p] = type === 0 ? FREE_BLOCK : (type & 1) === 1 ? INTERNAL_BLOCK : LIVE_OBJECT;
      if (type === 0) this.starts.fill(FREE_MEMORY, p + 1, p + words);
      p += words;
    }
    return true;
  }

  /** Pass 2: headers and references of live blocks. */
  checkLiveBlocks(): void {
    const { i32, top } = this;
    for (let p = HEAP_START; p < top; p += blockWords(i32, p)) {
      const kind = this.starts[p];
      if (kind === FREE_BLOCK) continue;
      if (!this.checkHeader(p, kind!)) continue;
      this.holder = p;
      traceBlock(i32, p, blockWords(i32, p), this);
      if (this.problems.length >= this.maxProblems) return;
    }
  }

  checkHeader(p: number, kind: number): boolean {
    const i32 = this.i32;
    const flags = i32[p + FLAGS_WORD]!;
    const type = i32[p + TYPE_WORD]!;
    if (this.expectUnmarked && (flags & MARK_BIT) !== 0) this.report(`${this.describe(p)} still has its mark bit set`);
    if ((flags & LOCK_MASK) !== 0) this.report(`${this.describe(p)} has its lock held`);
    if (kind === INTERNAL_BLOCK) {
      if (!isBlockTag(type)) return this.report(`block at word ${p} has an unknown internal tag ${type}`) && false;
    } else if (!this.isTypeObject(type)) {
      return this.report(`object at word ${p} has type word ${type}, which is not a type object`) && false;
    }
    const needed = minimumWords(i32, p);
    if (needed > blockWords(i32, p)) {
      return this.report(`${this.describe(p)} needs ${needed} words but its block has ${blockWords(i32, p)}`) && false;
    }
    return true;
  }

  reference(i32: Int32Array, word: number): void {
    const value = i32[word]!;
    if (value === 0 || (value & 1) === 1) return;
    if (value < HEAP_START || value >= this.top || (this.starts[value] !== LIVE_OBJECT && this.starts[value] !== INTERNAL_BLOCK)) {
      const kind = this.starts[value];
      const where = value < HEAP_START ? "outside the heap" : value >= this.top ? "past the heap's top (freed memory)"
        : kind === FREE_BLOCK || kind === FREE_MEMORY ? "into freed memory" : "into the middle of a block";
      this.report(`${this.describe(this.holder)}, word ${word - this.holder}: reference ${value} points ${where}`);
    }
  }

  isTypeObject(value: number): boolean {
    const i32 = this.i32;
    if (value <= 0 || (value & 1) === 1 || value >= this.top || this.starts[value] !== LIVE_OBJECT) return false;
    const metatype = i32[value + TYPE_WORD]!;
    if (metatype <= 0 || (metatype & 1) === 1 || metatype >= this.top || this.starts[metatype] !== LIVE_OBJECT) return false;
    return (i32[metatype + TYPE_FLAGS]! & TF_METATYPE) !== 0;
  }

  /** Pass 3: every listed block is free, of its list's size, listed once. */
  checkFreeLists(): void {
    const seen = new Set<number>();
    for (let words = MIN_BLOCK_WORDS; words <= SMALL_MAX_WORDS; words += 2) {
      this.checkFreeList(G_SMALL_FREE + (words >> 1), seen, (w) => w === words, `the ${words}-word free list`);
    }
    for (let bin = 0; bin < LARGE_BIN_COUNT; bin++) {
      this.checkFreeList(G_LARGE_BINS + bin, seen, (w) => w > SMALL_MAX_WORDS && 31 - Math.clz32(w) === bin, `large bin ${bin}`);
    }
  }

  checkFreeList(head: number, seen: Set<number>, sizeFits: (words: number) => boolean, name: string): void {
    const i32 = this.i32;
    for (let p = i32[head]!; p !== 0; p = i32[p + 2]!) {
      if (p < HEAP_START || p >= this.top || this.starts[p] !== FREE_BLOCK) {
        this.report(`${name} holds ${p}, which is not a free block`);
        return;
      }
      if (seen.has(p)) {
        this.report(`${name} reaches block ${p} twice (a cycle or a block in two lists)`);
        return;
      }
      seen.add(p);
      if (!sizeFits(blockWords(i32, p))) this.report(`${name} holds block ${p} of ${blockWords(i32, p)} words`);
    }
  }

  /** Pass 4: the fixed area's values. */
  checkFixedArea(): void {
    const i32 = this.i32;
    for (let t = 0; t < G_TYPE_COUNT; t++) {
      const type = i32[G_TYPES + t]!;
      if (type !== 0 && !this.isTypeObject(type)) this.report(`built-in type slot ${t} holds ${type}, which is not a type object`);
    }
    const roots: [number, string][] = [[G_THREAD_TABLE, "the thread table"], [G_INTERN_TABLE, "the intern table"]];
    for (let r = 0; r < G_ROOT_COUNT; r++) roots.push([G_ROOTS + r, `global root ${r}`]);
    for (let w = G_CONSTANTS; w < G_CONSTANTS_END; w++) roots.push([w, `heap constant ${w}`]);
    for (const [word, name] of roots) {
      const value = i32[word]!;
      if (value !== 0 && (value & 1) === 0 && (value >= this.top || !(this.starts[value] === LIVE_OBJECT || this.starts[value] === INTERNAL_BLOCK))) {
        this.report(`${name} holds ${value}, which is not a live block`);
      }
    }
  }

  /** "list object at word 5200" or "internal block at word 5300". */
  describe(p: number): string {
    const type = this.i32[p + TYPE_WORD]!;
    if ((type & 1) === 1) return `internal block (tag ${type}) at word ${p}`;
    if (!this.isTypeObject(type)) return `object at word ${p}`;
    return `${this.typeName(type)} object at word ${p}`;
  }

  typeName(type: number): string {
    const { i32, heap } = this;
    const name = i32[type + TYPE_NAME]!;
    if (name === 0 || (name & 1) === 1 || name >= this.top || this.starts[name] !== LIVE_OBJECT) return "?";
    const units = i32[name + STR_UNITS]!;
    if (units < 0 || units > 200) return "?";
    const first = (name + STR_DATA) * 2;
    return String.fromCharCode(...heap.u16.subarray(first, first + units));
  }
}
