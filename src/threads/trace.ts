// Recording what each thread does over time, for --trace and timelines:
// intervals of holding the GIL (or, without the GIL, of running), of
// waiting for it, and of being blocked (sleep, a lock, I/O).
//
// Each worker records the intervals of the thread it runs into a local
// buffer and hands full buffers (and the rest when the thread ends) to
// `traceSink`, which the runtime points at the supervisor; the supervisor
// writes the file. Times come from the one clock all workers share
// (clock.ts), in nanoseconds. Recording costs one boolean test when off.
//
// API:
//   traceState.enabled                  set by the runtime from --trace
//   traceInterval(ts, kind, startNs, endNs)
//   flushTrace()                        at a thread's end
//   traceSink.send                      where full buffers go

import type { ThreadState } from "./thread-state.js";

export type TraceKind = "holding the GIL" | "running" | "waiting for the GIL" | "sleep" | "lock" | "I/O";

/** One interval: [thread id, kind, start ns, end ns]. */
export type TraceInterval = [number, TraceKind, number, number];

export const traceState = { enabled: false };

export const traceSink: { send: (intervals: TraceInterval[]) => void } = { send: () => {} };

/** Intervals kept before a buffer is handed over. */
const BATCH = 2000;

let buffer: TraceInterval[] = [];

export function traceInterval(ts: ThreadState, kind: TraceKind, startNs: number, endNs: number): void {
  if (!traceState.enabled || endNs <= startNs) return;
  buffer.push([ts.id, kind, startNs, endNs]);
  if (buffer.length >= BATCH) flushTrace();
}

export function flushTrace(): void {
  if (buffer.length === 0) return;
  traceSink.send(buffer);
  buffer = [];
}
