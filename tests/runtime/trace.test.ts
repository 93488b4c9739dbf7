// --trace and `pygil timeline`: the trace file is Chrome trace-event JSON
// whose intervals tell a consistent story: a thread does one thing at a time,
// and with the GIL no two threads hold it at once.

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pygil } from "../cli/run-pygil.js";

const PROGRAM = `
import _thread, time
done = _thread.allocate_lock()
done.acquire()
left = [3]
guard = _thread.allocate_lock()
def spin(n):
    total = 0
    for i in range(n):
        total += i
    time.sleep(0.01)
    for i in range(n):
        total += i
    with guard:
        left[0] -= 1
        if left[0] == 0:
            done.release()
for n in (30000, 40000, 50000):
    _thread.start_new_thread(spin, (n,))
done.acquire()
print("done")
`;

interface Event { name: string; ph: string; tid: number; ts: number; dur: number; cat: string; args?: { name: string } }

function traced(flags: string[]): Event[] {
  const path = join(mkdtempSync(join(tmpdir(), "pygil-trace-")), "trace.json");
  const r = pygil([...flags, "--trace", path, "-c", PROGRAM]);
  expect(r.stderr).toBe("");
  expect(r.stdout).toBe("done\n");
  return (JSON.parse(readFileSync(path, "utf8")) as { traceEvents: Event[] }).traceEvents;
}

/** Whether sorted intervals [ts, ts + dur) overlap (allowing float rounding of the microseconds). */
function overlapping(intervals: Event[]): [Event, Event] | null {
  const sorted = intervals.slice().sort((a, b) => a.ts - b.ts);
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k]!.ts < sorted[k - 1]!.ts + sorted[k - 1]!.dur - 0.01) return [sorted[k - 1]!, sorted[k]!];
  }
  return null;
}

describe("--trace", () => {
  it("names every thread and gives each one intervals that never overlap", () => {
    const events = traced([]);
    const names = events.filter((e) => e.ph === "M").map((e) => e.args!.name);
    expect(names[0]).toBe("MainThread");
    expect(names).toHaveLength(4);
    const complete = events.filter((e) => e.ph === "X");
    for (const tid of new Set(complete.map((e) => e.tid))) {
      expect(overlapping(complete.filter((e) => e.tid === tid))).toBeNull();
    }
    const kinds = new Set(complete.map((e) => e.name));
    for (const kind of kinds) expect(["holding the GIL", "waiting for the GIL", "sleep", "lock", "I/O"]).toContain(kind);
    for (const kind of ["holding the GIL", "sleep", "lock", "I/O"]) expect(kinds.has(kind)).toBe(true);
  }, 120_000);

  it("shows, with the GIL, no two threads holding it at the same instant", () => {
    const holding = traced([]).filter((e) => e.ph === "X" && e.name === "holding the GIL");
    expect(holding.length).toBeGreaterThan(4);
    expect(overlapping(holding)).toBeNull();
  }, 120_000);

  it("records running intervals without the GIL, and no GIL waits", () => {
    const complete = traced(["--disable-gil"]).filter((e) => e.ph === "X");
    const kinds = new Set(complete.map((e) => e.name));
    expect(kinds.has("running")).toBe(true);
    expect(kinds.has("holding the GIL")).toBe(false);
    expect(kinds.has("waiting for the GIL")).toBe(false);
  }, 120_000);
});

describe("pygil timeline", () => {
  it("draws a row per thread from a trace file", () => {
    const path = join(mkdtempSync(join(tmpdir(), "pygil-trace-")), "trace.json");
    expect(pygil(["--trace", path, "-c", PROGRAM]).status).toBe(0);
    const r = pygil(["timeline", "--width", "60", path]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^timeline with the GIL: [\d.]+ ms in \d+ columns of [\d.]+ ms$/);
    expect(lines[1]).toMatch(/^MainThread \|[█░· ]+\|$/);
    expect(lines.slice(1, 5).every((l) => l.length === 60)).toBe(true);
    expect(lines.at(-1)).toBe("█ holding the GIL   ░ waiting for the GIL   · blocked (sleep, lock, I/O)");
  }, 120_000);
});
