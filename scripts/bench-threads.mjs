// The threads benchmark: ../shared/reference/cpu_bound_threads.py's two
// measurements (two calls in a row, then the same two calls on two threads)
// under pygil with the GIL, pygil without it, and CPython 3.13 when it is
// installed, in the same run, alternately, so that they share the machine's
// load. Prints each one's median sequential and threaded time and their
// ratio: about 1 with a GIL (the threads take turns), about 1/cores without
// (the threads run in parallel).
//
//   npm run bench:threads [-- --runs N] [-- --n N]

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const runs = option("--runs", 5);
const n = option("--n", 50000);
const program = [`${root}samples/cpu_bound_threads.py`, `${root}../shared/reference/cpu_bound_threads.py`].find(existsSync);

const pygil = [process.execPath, `${root}dist/bundle/cli.cjs`];
const pythonEnv = { ...process.env, PYENV_VERSION: "3.13.0" };
const python = spawnSync("python3", ["-c", "import sys; print(sys.version_info[:2] == (3, 13))"], { env: pythonEnv, encoding: "utf8" })
  .stdout?.trim() === "True";

const subjects = [
  { name: "pygil (GIL)", cmd: pygil[0], args: [pygil[1], program, String(n)], env: process.env },
  { name: "pygil (no GIL)", cmd: pygil[0], args: [pygil[1], "--disable-gil", program, String(n)], env: process.env },
  ...(python ? [{ name: "CPython 3.13", cmd: "python3", args: [program, String(n)], env: pythonEnv }] : []),
];

/** The program prints "sequential: 1.23s" and "threads:    1.10s". */
function measure(subject) {
  const r = spawnSync(subject.cmd, subject.args, { env: subject.env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${subject.name}: ${(r.stderr || r.stdout).trim().split("\n").pop()}`);
  const seconds = (label) => Number(new RegExp(`${label}:\\s*([0-9.]+)s`).exec(r.stdout)[1]);
  return { sequential: seconds("sequential"), threads: seconds("threads") };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = subjects.map(() => []);
for (let i = 0; i < runs; i++) subjects.forEach((s, k) => results[k].push(measure(s)));

console.log(`cpu_bound_threads.py ${n}, ${runs} runs each, medians`);
console.log(`${"".padEnd(16)} ${"sequential".padStart(10)} ${"threads".padStart(8)} ${"threads/sequential".padStart(19)}`);
subjects.forEach((s, k) => {
  const seq = median(results[k].map((m) => m.sequential));
  const thr = median(results[k].map((m) => m.threads));
  const ratios = results[k].map((m) => (m.threads / m.sequential).toFixed(2)).join(" ");
  console.log(`${s.name.padEnd(16)} ${seq.toFixed(2).padStart(9)}s ${thr.toFixed(2).padStart(7)}s ${(thr / seq).toFixed(2).padStart(19)}  (each run: ${ratios})`);
});
