// The --gil-stats report: at exit, a table on stderr with each thread's
// counters (src/threads/stats.ts) and their totals, read from the heap by
// the supervisor once Python's main thread has ended.

import type { Heap } from "../heap/heap.js";
import { isStr, strValue } from "../objects/str.js";
import { gilReport, type ThreadStats } from "../threads/index.js";
import { TS_ID, TS_NAME } from "../threads/layout.js";
import { threadStateAddresses } from "../threads/index.js";

const COLUMNS = ["thread", "instructions", "GIL takes", "drop requests", "forced switches", "waiting ms", "holding ms"];

/** The report's text, ending with a newline. */
export function formatGilStats(heap: Heap): string {
  const report = gilReport(heap);
  const names = threadNames(heap);
  const rows = report.threads.map((t) => row(`${t.id} ${names.get(t.id) ?? ""}`.trim(), t));
  rows.push(row("total", report.totals));
  const widths = COLUMNS.map((c, k) => Math.max(c.length, ...rows.map((r) => r[k]!.length)));
  const line = (cells: string[]) => cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join("  ");
  const mode = report.gilEnabled
    ? `switch interval ${(report.switchInterval * 1000).toFixed(3).replace(/\.?0+$/, "")} ms, the GIL changed hands ${report.switches} times`
    : "free-threaded: no GIL";
  return [`GIL statistics (${mode})`, line(COLUMNS), ...rows.map(line), ""].join("\n");
}

function row(label: string, t: Omit<ThreadStats, "id" | "nativeId" | "status">): string[] {
  const count = (n: number) => Math.round(n).toLocaleString("en-US");
  const ms = (ns: number) => (ns / 1e6).toFixed(1);
  return [label, count(t.instructions), count(t.gilAcquisitions), count(t.dropRequests), count(t.forcedSwitches),
    ms(t.gilWaitNs), ms(t.gilHoldNs)];
}

/** The names threads gave themselves (_thread.set_name), by id. */
function threadNames(heap: Heap): Map<number, string> {
  const names = new Map<number, string>();
  for (const addr of threadStateAddresses(heap)) {
    const name = heap.i32[addr + TS_NAME]!;
    if (name !== 0 && isStr(heap, name)) names.set(heap.i32[addr + TS_ID]!, strValue(heap, name));
  }
  return names;
}
