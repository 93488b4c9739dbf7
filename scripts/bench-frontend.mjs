// The front end's benchmark: the time to parse and compile a generated
// 10,000-line program (goal: under 1 s), and the wall time of `pygil -c pass`
// against `node -e 0` on this machine (goal: under 1.5x). Run after a build:
// `npm run build && node scripts/bench-frontend.mjs`.

import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { generateProgram } from "./gen-program.mjs";

const root = new URL("..", import.meta.url).pathname;
const { compile } = await import(`${root}dist/src/compiler/index.js`);
const { parse } = await import(`${root}dist/grammar/index.js`);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeIt(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return { first: times[0], median: median(times) };
}

function wallOf(cmd, args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { stdio: "ignore" });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited with ${r.status}`);
    times.push(performance.now() - t0);
  }
  return median(times);
}

const source = generateProgram(10000);
const parseTime = timeIt(() => parse(source, "big.py", "exec"), 7);
const compileTime = timeIt(() => compile(source, "big.py", "exec"), 7);
console.log(`10,000-line program: parse ${parseTime.median.toFixed(0)} ms, parse+compile ${compileTime.median.toFixed(0)} ms (first run ${compileTime.first.toFixed(0)} ms; goal < 1000 ms)`);

const node = wallOf(process.execPath, ["-e", "0"], 15);
const pygil = wallOf(process.execPath, [`${root}dist/src/cli/main.js`, "-c", "pass"], 15);
console.log(`node -e 0: ${node.toFixed(0)} ms, pygil -c pass: ${pygil.toFixed(0)} ms, ratio ${(pygil / node).toFixed(2)}x (goal < 1.5x)`);
