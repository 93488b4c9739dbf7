// --trace FILE.json: the supervisor gathers the intervals every worker
// recorded (src/threads/trace.ts) and writes them as Chrome trace-event JSON,
// which Perfetto and chrome://tracing open: one row per thread, named by
// metadata events, with a complete event ("ph": "X") per interval.

import { writeFileSync } from "node:fs";
import type { Heap } from "../heap/heap.js";
import { isStr, strValue } from "../objects/str.js";
import { gilEnabled, threadStateAddresses, type TraceInterval } from "../threads/index.js";
import { TS_ID, TS_NAME } from "../threads/layout.js";

/** The process id the events carry (all threads are in one process). */
const PID = 1;

export class TraceCollector {
  private readonly intervals: TraceInterval[] = [];

  add(batch: TraceInterval[]): void {
    for (const interval of batch) this.intervals.push(interval);
  }

  /** Writes the trace-event file. */
  write(path: string, heap: Heap): void {
    writeFileSync(path, JSON.stringify(this.toJson(heap)));
  }

  toJson(heap: Heap): object {
    const origin = Math.min(...this.intervals.map((i) => i[2]));
    const names = threadNames(heap);
    const ids = [...new Set([...names.keys(), ...this.intervals.map((i) => i[0])])].sort((a, b) => a - b);
    const metadata = ids.map((tid) => ({
      name: "thread_name", ph: "M", pid: PID, tid, args: { name: names.get(tid) ?? `Thread ${tid}` },
    }));
    const events = this.intervals
      .slice()
      .sort((a, b) => a[2] - b[2])
      .map(([tid, kind, start, end]) => ({
        name: kind, cat: category(kind), ph: "X", pid: PID, tid,
        ts: (start - origin) / 1000, dur: (end - start) / 1000,
      }));
    return { traceEvents: [...metadata, ...events], displayTimeUnit: "ms", otherData: { gil: gilEnabled(heap) } };
  }
}

function category(kind: TraceInterval[1]): string {
  if (kind === "holding the GIL" || kind === "running") return "running";
  if (kind === "waiting for the GIL") return "waiting";
  return "blocked";
}

/** Each thread's name: the one it gave itself (threading names), else its id. */
function threadNames(heap: Heap): Map<number, string> {
  const names = new Map<number, string>();
  for (const addr of threadStateAddresses(heap)) {
    const id = heap.i32[addr + TS_ID]!;
    const name = heap.i32[addr + TS_NAME]!;
    names.set(id, name !== 0 && isStr(heap, name) ? strValue(heap, name) : `Thread ${id}`);
  }
  return names;
}
