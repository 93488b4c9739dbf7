// What the supervisor and the workers say to each other.

import type { RunOptions } from "../cli/options.js";
import type { TraceInterval } from "../threads/trace.js";

/**
 * A pooled worker starts with the heap and the run's options. The main
 * thread's worker starts with nothing more than its role, because it may be
 * started before they exist (main-worker.ts): its first message brings them.
 */
export type WorkerData =
  | { role: "main" }
  | { role: "pool"; buffer: SharedArrayBuffer; options: RunOptions };

/** What Python's main thread runs with: the heap, the run's options, the program's name and argv. */
export interface MainThreadData {
  buffer: SharedArrayBuffer;
  options: RunOptions;
  filename: string;
  argv: string[];
}

/** The main thread's first message: all of the above, the module's code object (a heap value) and its text, for tracebacks. */
export interface ProgramMessage extends MainThreadData {
  kind: "program";
  code: number;
  source: string;
}

/** At the interactive prompt, the main thread's worker gets each statement to run, then the end of input. */
export type ReplMessage = { kind: "repl-input"; source: string } | { kind: "repl-end" };

/** A pooled worker gets threads to run: the address of each one's thread state. */
export interface ThreadMessage {
  kind: "thread";
  addr: number;
}

export type WorkerReport =
  /** The main thread ended: the process exits with this status. */
  | { kind: "exit"; status: number }
  /** Python started a thread (its state is ready): run it on a worker. */
  | { kind: "start-thread"; addr: number }
  | { kind: "warm-pool" }
  /** The main thread waits at the interactive prompt for a statement (-i, or no program). */
  | { kind: "repl-ready" }
  /** Python imported _thread: boot workers ahead of need. */
  /** A pooled worker has booted. */
  | { kind: "ready" }
  /** A pooled worker finished running a thread and is free again. */
  | { kind: "thread-done"; addr: number }
  /** Intervals a thread recorded for --trace. */
  | { kind: "trace"; intervals: TraceInterval[] }
  /** The program cannot go on (a deadlock): exit now with this status. */
  | { kind: "fatal"; status: number };
