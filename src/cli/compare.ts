// `pygil compare FILE [--runs N] [-- args]`: runs a program several times
// with the GIL and without it, and tells what changed: median wall and CPU
// time, the speed-up, the GIL's activity, and whether the outputs were the
// same in every run and both modes. When they differ (a race showing), it
// lists each distinct output with how many runs printed it.
//
// Each run is a child `pygil` process; it reports its CPU time and GIL
// counters through a small JSON file (the hidden --run-report option), so
// the program's own stdout and stderr stay untouched.

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RunReport {
  /** Seconds of CPU time the whole process used (every thread). */
  cpuSeconds: number;
  gilAcquisitions: number;
  forcedSwitches: number;
  dropRequests: number;
  gilWaitSeconds: number;
}

interface RunResult extends RunReport {
  wallSeconds: number;
  output: string;
  status: number | null;
}

export interface CompareOptions {
  runs: number;
  json: boolean;
}

type Mode = "gil" | "nogil";
const MODE_FLAGS: Record<Mode, string[]> = { gil: ["-X", "gil=1"], nogil: ["--disable-gil"] };

/** Runs the comparison and prints it; returns the exit status. */
export async function compare(file: string, args: string[], options: CompareOptions, write: (text: string) => void): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), "pygil-compare-"));
  const results: Record<Mode, RunResult[]> = { gil: [], nogil: [] };
  try {
    // Alternating the modes spreads any slowdown of the machine over both.
    for (let k = 0; k < options.runs; k++) {
      for (const mode of ["gil", "nogil"] as Mode[]) {
        results[mode].push(await runOnce(file, args, MODE_FLAGS[mode], join(folder, `${mode}-${k}.json`)));
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const summary = summarize(file, options.runs, results);
  write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
  return 0;
}

function runOnce(file: string, args: string[], flags: string[], reportPath: string): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [process.argv[1]!, ...flags, "--run-report", reportPath, file, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => chunks.push(d));
    child.stderr.on("data", (d: Buffer) => chunks.push(d));
    child.on("close", (status) => {
      const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ ...readReport(reportPath), wallSeconds, output: Buffer.concat(chunks).toString("utf8"), status });
    });
  });
}

function readReport(path: string): RunReport {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as RunReport;
  } catch {
    return { cpuSeconds: NaN, gilAcquisitions: NaN, forcedSwitches: NaN, dropRequests: NaN, gilWaitSeconds: NaN };
  }
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface ModeSummary {
  wallSeconds: number;
  cpuSeconds: number;
  gilAcquisitions: number;
  forcedSwitches: number;
  gilWaitSeconds: number;
  exitStatuses: (number | null)[];
}

export interface Summary {
  file: string;
  runs: number;
  gil: ModeSummary;
  nogil: ModeSummary;
  /** Wall time with the GIL over wall time without it. */
  speedup: number;
  /** The same output in every run of both modes. */
  identical: boolean;
  /** Every distinct output (stdout and stderr together), with how many runs of each mode printed it. */
  outputs: { output: string; gil: number; nogil: number }[];
}

function summarize(file: string, runs: number, results: Record<Mode, RunResult[]>): Summary {
  const mode = (r: RunResult[]): ModeSummary => ({
    wallSeconds: median(r.map((x) => x.wallSeconds)),
    cpuSeconds: median(r.map((x) => x.cpuSeconds)),
    gilAcquisitions: median(r.map((x) => x.gilAcquisitions)),
    forcedSwitches: median(r.map((x) => x.forcedSwitches)),
    gilWaitSeconds: median(r.map((x) => x.gilWaitSeconds)),
    exitStatuses: r.map((x) => x.status),
  });
  const outputs = new Map<string, { gil: number; nogil: number }>();
  for (const m of ["gil", "nogil"] as Mode[]) {
    for (const r of results[m]) {
      const counts = outputs.get(r.output) ?? { gil: 0, nogil: 0 };
      counts[m]++;
      outputs.set(r.output, counts);
    }
  }
  const gil = mode(results.gil);
  const nogil = mode(results.nogil);
  return {
    file, runs, gil, nogil,
    speedup: gil.wallSeconds / nogil.wallSeconds,
    identical: outputs.size === 1,
    outputs: [...outputs].map(([output, counts]) => ({ output, ...counts })),
  };
}

function formatSummary(s: Summary): string {
  const rows: [string, string, string][] = [
    ["", "with the GIL", "without the GIL"],
    ["wall time (median)", seconds(s.gil.wallSeconds), seconds(s.nogil.wallSeconds)],
    ["CPU time (median)", seconds(s.gil.cpuSeconds), seconds(s.nogil.cpuSeconds)],
    ["speed-up without the GIL", "", `${s.speedup.toFixed(2)}x`],
    ["GIL acquisitions", count(s.gil.gilAcquisitions), count(s.nogil.gilAcquisitions)],
    ["forced switches", count(s.gil.forcedSwitches), count(s.nogil.forcedSwitches)],
    ["waiting for the GIL", seconds(s.gil.gilWaitSeconds), seconds(s.nogil.gilWaitSeconds)],
    ["exit status", statuses(s.gil.exitStatuses), statuses(s.nogil.exitStatuses)],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  let text = `pygil compare ${s.file}: ${s.runs} run${s.runs === 1 ? "" : "s"} in each mode\n\n`;
  text += rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`.trimEnd()).join("\n");
  text += "\n\n";
  if (s.identical) return `${text}outputs: identical in every run and both modes\n`;
  text += `outputs: ${s.outputs.length} distinct (a race, or output that depends on timing)\n`;
  s.outputs.forEach((o, k) => {
    text += `\n--- output ${k + 1}: ${o.gil} run${o.gil === 1 ? "" : "s"} with the GIL, ${o.nogil} without ---\n`;
    text += o.output.endsWith("\n") || o.output === "" ? o.output : `${o.output}\n`;
  });
  return text;
}

function seconds(s: number): string {
  return Number.isNaN(s) ? "?" : `${s.toFixed(3)} s`;
}

function count(n: number): string {
  return Number.isNaN(n) ? "?" : Math.round(n).toLocaleString("en-US");
}

function statuses(list: (number | null)[]): string {
  const distinct = [...new Set(list.map((x) => (x === null ? "killed" : String(x))))];
  return distinct.join(", ");
}
