// Thread states: one heap block per Python thread, listed in the thread table.
//
// The table is a VALUES block whose address is in G_THREAD_TABLE (a root of
// the collector); its first G_THREAD_COUNT slots point at thread-state blocks
// (layout.ts), in creation order. Finished threads stay listed, so their
// statistics can be printed at exit. Additions take G_THREAD_TABLE_LOCK; a
// full table is copied into one twice its size, and the new address is
// published before the count grows past the old capacity, so a reader that
// loads the count first and the table second always finds every slot it
// counted. Readers take no lock.
//
// Any worker can read any thread's state; only the thread itself writes its
// statistics, while its status and eval breaker change with Atomics, because
// other threads (and the supervisor) set breaker bits and stop-the-world
// changes statuses.
//
// API (`ts` is a ThreadState handle; handles are per-worker views, the state
// is in the heap):
//   createThreadState(heap, name = 0): ThreadState   a new, detached state with
//       a fresh id. Allocates: call it while holding the GIL, or before any
//       worker runs (the supervisor making the main thread's state).
//   threadStateAt(heap, addr): ThreadState           a handle on an existing state
//   bindThreadState(heap, addr): ThreadState         in the worker that will run
//       it: records the worker's threadId as the native id
//   findThreadState(heap, id): ThreadState | undefined
//   allThreadStates(heap): ThreadState[]             in creation order
//   finishThreadState(ts)                            detached -> finished
//   threadStatus(ts), isGilHolder(ts)
//   addInstructions(ts, n)                           the VM's batched count
//   threadStats(ts): ThreadStats, allThreadStats(heap): ThreadStats[]
//   threadName(ts) / setThreadName(ts, value), vmSlot(ts, i) / setVmSlot(ts, i, value)

import { threadId } from "node:worker_threads";
import { allocate } from "../heap/alloc.js";
import { type Heap, refreshViews } from "../heap/heap.js";
import { BLOCK_MIXED, BLOCK_VALUES, FLAGS_WORD, G_FREE_THREADED, G_THREAD_TABLE, HEADER_WORDS, SIZE_SHIFT } from "../heap/layout.js";
import { lockWord, unlockWord } from "../heap/lock.js";
import { nowNs } from "./clock.js";
import {
  G_GIL_HOLDER, G_LAST_THREAD_ID, G_THREAD_COUNT, G_THREAD_TABLE_LOCK, STATUS_ATTACHED, STATUS_DETACHED,
  STATUS_FINISHED, STATUS_SUSPENDED, TS_ACQUIRED_AT, TS_DROP_REQUESTS, TS_EVAL_BREAKER, TS_FIRST_VALUE,
  TS_FORCED_SWITCHES, TS_GIL_ACQUISITIONS, TS_HOLD_NS, TS_ID, TS_INSTRUCTIONS, TS_NAME, TS_NATIVE_ID,
  TS_RAW_COUNT, TS_STATUS, TS_TABLE_INDEX, TS_VM_SLOT_COUNT, TS_VM_SLOTS, TS_WAIT_NS, TS_WORDS, VIEWS_STALE,
} from "./layout.js";

const INITIAL_TABLE_SLOTS = 14;

/**
 * This worker's handle on a thread state in the heap. The handle caches
 * word indexes only; everything it describes is in the shared buffer.
 */
export class ThreadState {
  /** The `get_ident`-like id: unique for the life of the heap, never 0. */
  readonly id: number;
  /** Word index of the eval breaker, the one word the interpreter polls. */
  readonly breakerWord: number;
  readonly statusWord: number;

  constructor(readonly heap: Heap, readonly addr: number) {
    this.id = heap.i32[addr + TS_ID]!;
    this.breakerWord = addr + TS_EVAL_BREAKER;
    this.statusWord = addr + TS_STATUS;
  }

  /** Reads the float64 statistic at `word` (a TS_* offset). */
  stat(word: number): number {
    return this.heap.f64[(this.addr + word) >> 1]!;
  }

  /** Adds to the float64 statistic at `word`; only the thread itself does this. */
  addStat(word: number, amount: number): void {
    this.heap.f64[(this.addr + word) >> 1]! += amount;
  }

  setStat(word: number, value: number): void {
    this.heap.f64[(this.addr + word) >> 1] = value;
  }
}

/** What --gil-stats prints for one thread. Times are in nanoseconds. */
export interface ThreadStats {
  id: number;
  nativeId: number;
  status: "attached" | "detached" | "suspended" | "finished";
  instructions: number;
  gilAcquisitions: number;
  dropRequests: number;
  forcedSwitches: number;
  gilWaitNs: number;
  gilHoldNs: number;
}

const STATUS_NAMES = ["detached", "attached", "suspended", "finished"] as const;

/** A new thread state, detached, with a fresh id, listed in the thread table. */
export function createThreadState(heap: Heap, name = 0): ThreadState {
  const addr = allocate(heap, TS_WORDS, BLOCK_MIXED);
  const i32 = heap.i32;
  i32[addr + TS_RAW_COUNT] = TS_FIRST_VALUE - TS_RAW_COUNT - 1;
  i32[addr + TS_ID] = Atomics.add(i32, G_LAST_THREAD_ID, 1) + 1;
  i32[addr + TS_NATIVE_ID] = -1;
  i32[addr + TS_STATUS] = STATUS_DETACHED;
  i32[addr + TS_NAME] = name;
  addToTable(heap, addr);
  return new ThreadState(heap, addr);
}

function addToTable(heap: Heap, addr: number): void {
  lockWord(heap.i32, G_THREAD_TABLE_LOCK);
  try {
    const count = heap.i32[G_THREAD_COUNT]!;
    let table = heap.i32[G_THREAD_TABLE]!;
    if (table === 0 || count === tableCapacity(heap, table)) table = growTable(heap, table, count);
    const i32 = heap.i32;
    i32[table + HEADER_WORDS + count] = addr;
    i32[addr + TS_TABLE_INDEX] = count;
    Atomics.store(i32, G_THREAD_COUNT, count + 1);
  } finally {
    unlockWord(heap.i32, G_THREAD_TABLE_LOCK);
  }
}

function tableCapacity(heap: Heap, table: number): number {
  return ((heap.i32[table + FLAGS_WORD]! >>> SIZE_SHIFT) << 1) - HEADER_WORDS;
}

function growTable(heap: Heap, old: number, count: number): number {
  const slots = old === 0 ? INITIAL_TABLE_SLOTS : tableCapacity(heap, old) * 2;
  const table = allocate(heap, slots + HEADER_WORDS, BLOCK_VALUES);
  const i32 = heap.i32;
  if (old !== 0) i32.copyWithin(table + HEADER_WORDS, old + HEADER_WORDS, old + HEADER_WORDS + count);
  Atomics.store(i32, G_THREAD_TABLE, table);
  return table;
}

/** A handle on the thread state at `addr`. */
export function threadStateAt(heap: Heap, addr: number): ThreadState {
  refreshViews(heap);
  return new ThreadState(heap, addr);
}

/**
 * A handle for the worker that runs the thread: records the worker's
 * threadId as the native id. In the free-threaded mode, it also has every
 * growth of the heap by this worker announced to the other threads
 * (VIEWS_STALE), since no GIL hand-over refreshes their views. The worker
 * then installs lockWaitDetached (gil.ts) as the heap's wait for object locks.
 */
export function bindThreadState(heap: Heap, addr: number): ThreadState {
  const ts = threadStateAt(heap, addr);
  Atomics.store(heap.i32, addr + TS_NATIVE_ID, threadId);
  if (Atomics.load(heap.i32, G_FREE_THREADED) !== 0) heap.onGrow = () => announceGrowth(heap);
  return ts;
}

function announceGrowth(heap: Heap): void {
  const addresses = threadStateAddresses(heap);
  const i32 = heap.i32;
  for (const addr of addresses) Atomics.or(i32, addr + TS_EVAL_BREAKER, VIEWS_STALE);
}

/** Addresses of every thread state, in creation order. */
export function threadStateAddresses(heap: Heap): number[] {
  refreshViews(heap);
  const count = Atomics.load(heap.i32, G_THREAD_COUNT);
  const table = Atomics.load(heap.i32, G_THREAD_TABLE);
  const addresses: number[] = [];
  for (let i = 0; i < count; i++) addresses.push(heap.i32[table + HEADER_WORDS + i]!);
  return addresses;
}

export function allThreadStates(heap: Heap): ThreadState[] {
  return threadStateAddresses(heap).map((addr) => new ThreadState(heap, addr));
}

/** The state whose id is `id`, if there is one. */
export function findThreadState(heap: Heap, id: number): ThreadState | undefined {
  const addr = threadStateAddresses(heap).find((a) => heap.i32[a + TS_ID] === id);
  return addr === undefined ? undefined : new ThreadState(heap, addr);
}

export function threadStatus(ts: ThreadState): number {
  return Atomics.load(ts.heap.i32, ts.statusWord);
}

/** Whether this thread holds the GIL now. */
export function isGilHolder(ts: ThreadState): boolean {
  return Atomics.load(ts.heap.i32, G_GIL_HOLDER) === ts.id;
}

/**
 * Marks a detached thread finished. A thread parked by a stop-the-world
 * finishes once the world resumes. Finishing an attached thread is a bug in
 * the caller: detach it first.
 */
export function finishThreadState(ts: ThreadState): void {
  const i32 = ts.heap.i32;
  for (;;) {
    const status = Atomics.compareExchange(i32, ts.statusWord, STATUS_DETACHED, STATUS_FINISHED);
    if (status === STATUS_DETACHED || status === STATUS_FINISHED) return;
    if (status === STATUS_ATTACHED) throw new Error(`thread ${ts.id} must detach before it finishes`);
    Atomics.wait(i32, ts.statusWord, STATUS_SUSPENDED);
  }
}

/** Adds `n` executed instructions (the interpreter counts in batches). */
export function addInstructions(ts: ThreadState, n: number): void {
  ts.addStat(TS_INSTRUCTIONS, n);
}

export function threadName(ts: ThreadState): number {
  return ts.heap.i32[ts.addr + TS_NAME]!;
}

export function setThreadName(ts: ThreadState, name: number): void {
  ts.heap.i32[ts.addr + TS_NAME] = name;
}

/** One of the value words kept for the interpreter (a root of the collector). */
export function vmSlot(ts: ThreadState, index: number): number {
  return ts.heap.i32[ts.addr + TS_VM_SLOTS + checkSlot(index)]!;
}

export function setVmSlot(ts: ThreadState, index: number, value: number): void {
  ts.heap.i32[ts.addr + TS_VM_SLOTS + checkSlot(index)] = value;
}

function checkSlot(index: number): number {
  if (!(index >= 0 && index < TS_VM_SLOT_COUNT)) throw new RangeError(`thread-state slot ${index} out of range`);
  return index;
}

/** The statistics of one thread. */
export function threadStats(ts: ThreadState): ThreadStats {
  const i32 = ts.heap.i32;
  return {
    id: ts.id,
    nativeId: i32[ts.addr + TS_NATIVE_ID]!,
    status: STATUS_NAMES[threadStatus(ts)] ?? "detached",
    instructions: ts.stat(TS_INSTRUCTIONS),
    gilAcquisitions: ts.stat(TS_GIL_ACQUISITIONS),
    dropRequests: ts.stat(TS_DROP_REQUESTS),
    forcedSwitches: ts.stat(TS_FORCED_SWITCHES),
    gilWaitNs: ts.stat(TS_WAIT_NS),
    gilHoldNs: ts.stat(TS_HOLD_NS) + currentHoldNs(ts),
  };
}

/** Time in the current holding period, for a thread read while it holds the GIL. */
function currentHoldNs(ts: ThreadState): number {
  if (!isGilHolder(ts)) return 0;
  return Math.max(0, nowNs() - ts.stat(TS_ACQUIRED_AT));
}

export function allThreadStats(heap: Heap): ThreadStats[] {
  return allThreadStates(heap).map(threadStats);
}
