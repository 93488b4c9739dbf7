// `pygil timeline`, the command: runs a program with --trace in a child
// process when given one, then draws the trace (timeline.ts). A module of
// its own so that the command's other uses never load child_process.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderTimeline } from "./timeline.js";

/** `pygil timeline`: draws a trace file, or runs a program with --trace first and draws its trace. */
export function timeline(file: string, args: string[], runFlags: string[], width: number | null): number {
  let tracePath = file;
  let status = 0;
  let folder: string | null = null;
  if (!file.endsWith(".json")) {
    folder = mkdtempSync(join(tmpdir(), "pygil-timeline-"));
    tracePath = join(folder, "trace.json");
    const run = spawnSync(process.execPath, [process.argv[1]!, ...runFlags, "--trace", tracePath, file, ...args], { stdio: "inherit" });
    status = run.status ?? 1;
  }
  try {
    const trace = JSON.parse(readFileSync(tracePath, "utf8"));
    const columns = width ?? (process.stdout.isTTY ? process.stdout.columns : 100);
    const colour = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
    writeOut(renderTimeline(trace, { width: columns, colour }));
    return status;
  } catch (err) {
    writeErr(`pygil: cannot read the trace ${tracePath}: ${(err as Error).message}\n`);
    return status === 0 ? 1 : status;
  } finally {
    if (folder !== null) rmSync(folder, { recursive: true, force: true });
  }
}

function writeOut(text: string): void {
  writeSync(1, text);
}

function writeErr(text: string): void {
  writeSync(2, text);
}
