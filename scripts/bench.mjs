// The benchmark suite: each program in benchmarks/ under pygil and, when it is
// installed, CPython 3.13, in the same run on the same machine. Prints each
// program's median wall time under both, their ratio (pygil / CPython), the
// geometric mean of the ratios, and the start-up cost of `pygil -c pass`
// against `node -e 0`. Ratios are what matter; seconds depend on the machine.
//
//   npm run bench [-- --runs N] [-- --disable-gil | --both-modes] [-- name ...]
//
// --disable-gil runs pygil free-threaded. --both-modes runs every program
// under pygil with and without the GIL, alternately, and adds the
// free-threaded / GIL ratio and its geometric mean.

import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { performance } from "node:perf_hooks";

const root = new URL("..", import.meta.url).pathname;
const pygil = [process.execPath, `${root}dist/bundle/cli.cjs`];
const python = findPython();

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const flagAt = (flag) => {
  const at = args.indexOf(flag);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
};
const freeThreaded = flagAt("--disable-gil");
const bothModes = flagAt("--both-modes");
const only = new Set(args);

function findPython() {
  const env = { ...process.env, PYENV_VERSION: "3.13.0" };
  for (const cmd of ["python3.13", "python3"]) {
    const r = spawnSync(cmd, ["-c", "import sys; print(sys.version_info[:2] == (3, 13))"], { env, encoding: "utf8" });
    if (r.status === 0 && r.stdout.trim() === "True") return { cmd, env };
  }
  return null;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall time in ms, or the failure's first line. */
function wall(cmd, cmdArgs, env) {
  return wallAlternating([{ cmd, cmdArgs, env }])[0];
}

/** Like wall, for several commands run in turn in each round, so that they share the machine's load. */
function wallAlternating(commands) {
  const times = commands.map(() => []);
  const results = commands.map(() => ({ output: null }));
  for (let i = 0; i < runs; i++) {
    commands.forEach(({ cmd, cmdArgs, env }, k) => {
      if (results[k].error) return;
      const t0 = performance.now();
      const r = spawnSync(cmd, cmdArgs, { env, encoding: "utf8", cwd: `${root}benchmarks`, maxBuffer: 1 << 26 });
      times[k].push(performance.now() - t0);
      if (r.status !== 0) results[k] = { error: (r.stderr || r.stdout || `status ${r.status}`).trim().split("\n").pop() };
      else results[k].output = r.stdout;
    });
  }
  return results.map((r, k) => (r.error ? r : { ms: median(times[k]), output: r.output }));
}

const rows = [];
const programs = readdirSync(`${root}benchmarks`).filter((f) => f.endsWith(".py")).sort();
for (const file of programs) {
  const name = file.replace(/\.py$/, "");
  if (only.size > 0 && !only.has(name)) continue;
  if (bothModes) {
    const [gil, ft] = wallAlternating([
      { cmd: pygil[0], cmdArgs: [pygil[1], file], env: process.env },
      { cmd: pygil[0], cmdArgs: [pygil[1], "--disable-gil", file], env: process.env },
    ]);
    const theirs = python ? wall(python.cmd, [file], python.env) : null;
    rows.push({ name, ours: gil, ft, theirs });
    continue;
  }
  const ours = wall(pygil[0], [pygil[1], ...(freeThreaded ? ["--disable-gil"] : []), file], process.env);
  const theirs = python ? wall(python.cmd, [file], python.env) : null;
  rows.push({ name, ours, theirs });
}

const fmt = (r) => (r === null ? "-" : r.error ? "error" : `${(r.ms / 1000).toFixed(2)}s`);
console.log(`${"benchmark".padEnd(20)} ${"pygil".padStart(8)} ${"CPython".padStart(8)} ${"ratio".padStart(7)}  note`);
const ratios = [];
for (const { name, ours, theirs } of rows) {
  let ratio = "-";
  let note = "";
  if (ours.error) note = `pygil: ${ours.error}`;
  else if (theirs && theirs.error) note = `CPython: ${theirs.error}`;
  else if (theirs) {
    ratios.push(ours.ms / theirs.ms);
    ratio = `${(ours.ms / theirs.ms).toFixed(2)}x`;
    if (ours.output !== theirs.output) note = "outputs differ";
  }
  console.log(`${name.padEnd(20)} ${fmt(ours).padStart(8)} ${fmt(theirs).padStart(8)} ${ratio.padStart(7)}  ${note}`);
}
if (bothModes) printModes(rows);
if (ratios.length > 0) {
  const geo = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
  console.log(`geometric mean of pygil/CPython over ${ratios.length} programs: ${geo.toFixed(2)}x`);
} else if (!python) {
  console.log("CPython 3.13 not found: no ratios");
}

const node = wall(process.execPath, ["-e", "0"], process.env);
const start = wall(pygil[0], [pygil[1], "-c", "pass"], process.env);
if (start.error) console.log(`pygil -c pass: ${start.error}`);
else console.log(`start-up: pygil -c pass ${start.ms.toFixed(0)} ms, node -e 0 ${node.ms.toFixed(0)} ms, ratio ${(start.ms / node.ms).toFixed(2)}x`);

/** --both-modes: each program's free-threaded time against its time with the GIL. */
function printModes(rows) {
  console.log(`\n${"benchmark".padEnd(20)} ${"GIL".padStart(8)} ${"no GIL".padStart(8)} ${"no GIL / GIL".padStart(13)}`);
  const modeRatios = [];
  for (const { name, ours, ft } of rows) {
    let ratio = "-";
    if (!ours.error && !ft.error) {
      modeRatios.push(ft.ms / ours.ms);
      ratio = `${(ft.ms / ours.ms).toFixed(2)}x`;
    }
    console.log(`${name.padEnd(20)} ${fmt(ours).padStart(8)} ${fmt(ft).padStart(8)} ${ratio.padStart(13)}${ft.error ? `  no GIL: ${ft.error}` : ""}`);
  }
  if (modeRatios.length > 0) {
    const geo = Math.exp(modeRatios.reduce((a, r) => a + Math.log(r), 0) / modeRatios.length);
    console.log(`geometric mean of no-GIL/GIL over ${modeRatios.length} programs: ${geo.toFixed(2)}x`);
  }
}
