// Where the threads' shared state lives in the heap: the GIL's words in the
// fixed area, and the layout of one thread-state block.
//
// The GIL word itself is G_GIL (src/heap/layout.ts); the other words sit in
// the stretch [G_THREADS, G_THREADS_END) that layout.ts reserves for this
// module. None of them holds a value, so the collector ignores them.
//
// A thread state is a MIXED heap block (raw words, then values), so the
// collector traces its values (the name, the pending exception, the slots
// the interpreter keeps there) and skips its counters. Blocks never move, so
// a thread state's address is stable for the life of the heap. Float64
// counters sit at even words: a block starts 8-byte aligned, so an even word
// offset from it is an aligned Float64Array index (`(addr + word) >> 1`).

import { G_GIL, G_THREADS, MIXED_RAW_COUNT } from "../heap/layout.js";

// ---------------------------------------------------------------------------
// Fixed-area words

/** The GIL: the id of the thread holding it, 0 when free. Waiters Atomics.wait on it. */
export const G_GIL_HOLDER = G_GIL;
/** CPython's gil->switch_number: incremented each time a thread takes the GIL. */
export const G_GIL_SWITCH_NUMBER = G_THREADS;
/** CPython's gil->last_holder: the address of the thread state that last took or dropped the GIL. */
export const G_GIL_LAST_HOLDER = G_THREADS + 1;
/** The switch interval in microseconds (sys.setswitchinterval), when G_GIL_INTERVAL_SET is 1. */
export const G_GIL_INTERVAL_US = G_THREADS + 2;
/** Threads inside takeGil's slow path: a dropper notifies only when someone waits. */
export const G_GIL_WAITERS = G_THREADS + 3;
/** The lock (src/heap/lock.ts) that orders additions to the thread table. */
export const G_THREAD_TABLE_LOCK = G_THREADS + 4;
/** Slots of the thread table in use. */
export const G_THREAD_COUNT = G_THREADS + 5;
/** The id the next thread state gets minus one (ids start at 1: 0 means "nobody"). */
export const G_LAST_THREAD_ID = G_THREADS + 6;
/** The id of the thread stopping the world, 0 when the world runs. */
export const G_STW_REQUESTER = G_THREADS + 7;
/** Bumped (and notified) whenever a thread parks or detaches while the world is being stopped. */
export const G_STW_EVENT = G_THREADS + 8;
/** 0 until sys.setswitchinterval is first called: the interval is then the default. */
export const G_GIL_INTERVAL_SET = G_THREADS + 9;
/** Threads waiting for the switch number to move after a forced drop: a taker notifies only when one waits. */
export const G_GIL_SWITCH_WAITERS = G_THREADS + 10;

/** Python threads started and not finished, the main thread included (for deadlock detection). */
export const G_LIVE_THREADS = G_THREADS + 11;
/** Threads waiting, with no timeout, for a lock that some other thread holds. */
export const G_BLOCKED_THREADS = G_THREADS + 12;
/** Bumped by every lock release: a deadlock is a state in which this stops moving. */
export const G_LOCK_RELEASES = G_THREADS + 13;
/** 1 once a thread has claimed the report of a deadlock. */
export const G_DEADLOCK_REPORTED = G_THREADS + 14;

/** CPython's default switch interval: 5 ms. */
export const DEFAULT_INTERVAL_US = 5000;

// ---------------------------------------------------------------------------
// Thread status (CPython 3.13's _Py_THREAD_* plus "finished")

/** Not running Python: blocked, waiting for the GIL, or not started yet. */
export const STATUS_DETACHED = 0;
/** Running Python; with the GIL on, it holds the GIL. */
export const STATUS_ATTACHED = 1;
/** Parked by a stop-the-world: may not attach until the world resumes. */
export const STATUS_SUSPENDED = 2;
/** The thread has ended; its state stays in the table for the statistics. */
export const STATUS_FINISHED = 3;

// ---------------------------------------------------------------------------
// Eval breaker bits (the numbering of CPython 3.13's pycore_ceval.h)

/** Another thread waited a whole interval for the GIL: drop it. */
export const GIL_DROP_REQUEST = 1 << 0;
/** A signal arrived (SIGINT): raise KeyboardInterrupt in the main thread. */
export const SIGNALS_PENDING = 1 << 1;
/** The pending-exception slot holds an exception to raise (PyThreadState_SetAsyncExc). */
export const ASYNC_EXCEPTION = 1 << 3;
/** A collection is due: run it at this safepoint. */
export const GC_SCHEDULED = 1 << 4;
/** Stop the world: park at this safepoint until it resumes. */
export const PLEASE_STOP = 1 << 5;
/** The heap grew (free-threaded mode): refresh this worker's views at the next safepoint. */
export const VIEWS_STALE = 1 << 6;
/** The bits the interpreter acts on itself; the GIL and stop-the-world bits are handled here. */
export const VM_BREAKER_BITS = SIGNALS_PENDING | ASYNC_EXCEPTION | GC_SCHEDULED;

// ---------------------------------------------------------------------------
// A thread-state block (word offsets from the block's start)

export const TS_RAW_COUNT = MIXED_RAW_COUNT; // 2: how many raw words follow
export const TS_ID = 3;
// Float64 statistics, at even words (see above).
/** hrtime (ns) when this thread last took the GIL. */
export const TS_ACQUIRED_AT = 4;
export const TS_INSTRUCTIONS = 6;
export const TS_GIL_ACQUISITIONS = 8;
/** Drop requests this thread made while waiting for the GIL. */
export const TS_DROP_REQUESTS = 10;
/** Times this thread dropped the GIL because another asked, then waited for it to be taken. */
export const TS_FORCED_SWITCHES = 12;
/** Time waiting to take the GIL, and after a forced drop, waiting for another thread to take it. */
export const TS_WAIT_NS = 14;
export const TS_HOLD_NS = 16;
/** The worker's threadId (node:worker_threads), -1 until a worker binds the state. */
export const TS_NATIVE_ID = 18;
export const TS_STATUS = 19;
export const TS_EVAL_BREAKER = 20;
/** The state's slot in the thread table. */
export const TS_TABLE_INDEX = 21;
/** The heap word this thread waits on in a blocking wait (a lock's word), 0 when not waiting. */
export const TS_WAITING_ON = 22;
// Word 23: reserved.
export const TS_FIRST_VALUE = 24;
/** Value words: */
export const TS_NAME = 24;
/** The exception an async-exception request delivers (0: none). */
export const TS_PENDING_EXCEPTION = 25;
/** Value words the interpreter may use as it likes (its stack segment, say); all are roots. */
export const TS_VM_SLOTS = 26;
export const TS_VM_SLOT_COUNT = 6;
export const TS_WORDS = TS_VM_SLOTS + TS_VM_SLOT_COUNT;
