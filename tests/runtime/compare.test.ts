// `pygil compare`: runs a program in both modes and summarizes. The timings
// are only checked for being there; what must be exact is the verdict on the
// outputs.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pygil } from "../cli/run-pygil.js";

function programFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "pygil-compare-")), "program.py");
  writeFileSync(path, text);
  return path;
}

describe("pygil compare", () => {
  it("reports identical outputs, GIL activity only with the GIL, and the times, as JSON", () => {
    const file = programFile("import sys\nprint(sum(range(1000)), sys.argv[1:])\n");
    const r = pygil(["compare", "--runs", "2", "--json", file, "--", "a", "b"]);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.runs).toBe(2);
    expect(s.identical).toBe(true);
    expect(s.outputs).toEqual([{ output: "499500 ['a', 'b']\n", gil: 2, nogil: 2 }]);
    expect(s.gil.gilAcquisitions).toBeGreaterThanOrEqual(1);
    expect(s.nogil.gilAcquisitions).toBe(0);
    for (const mode of [s.gil, s.nogil]) {
      expect(mode.wallSeconds).toBeGreaterThan(0);
      expect(mode.cpuSeconds).toBeGreaterThan(0);
      expect(mode.exitStatuses).toEqual([0, 0]);
    }
  }, 120_000);

  it("lists each distinct output with its counts when the outputs differ", () => {
    const file = programFile("import sys\nprint('GIL' if sys._is_gil_enabled() else 'no GIL')\n");
    const r = pygil(["compare", "--runs", "1", file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("outputs: 2 distinct");
    expect(r.stdout).toContain("--- output 1: 1 run with the GIL, 0 without ---\nGIL\n");
    expect(r.stdout).toContain("--- output 2: 0 runs with the GIL, 1 without ---\nno GIL\n");
    expect(r.stdout).toMatch(/^wall time \(median\)\s+[\d.]+ s\s+[\d.]+ s$/m);
  }, 120_000);
});
