// Start-up time: the median wall time of `pygil -c pass` and `pygil dis -c
// pass` against `node -e 0`, the floor that any Node.js program pays. Runs
// are interleaved (one of each command per round) so that a burst of load on
// the machine hits every command alike. When the bundle exists, the
// unbundled dist/ entry is measured beside it, to show what bundling saves.
//
//   node scripts/bench-startup.mjs [--runs N]

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 20;

const bundled = `${root}dist/bundle/cli.cjs`;
const unbundled = `${root}dist/src/cli/main.js`;

/** The commands to time, by label: each an argv for node. */
function commands() {
  const list = [["node -e 0", ["-e", "0"]]];
  const entries = existsSync(bundled) ? [["bundle", bundled], ["dist", unbundled]] : [["dist", unbundled]];
  for (const [name, entry] of entries) {
    list.push([`pygil -c pass (${name})`, [entry, "-c", "pass"]]);
    list.push([`pygil dis -c pass (${name})`, [entry, "dis", "-c", "pass"]]);
  }
  return list;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeOnce(nodeArgs) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, nodeArgs, { encoding: "utf8" });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${nodeArgs.join(" ")} failed: ${r.stderr || r.stdout}`);
  return ms;
}

const list = commands();
const times = new Map(list.map(([label]) => [label, []]));
for (const [, nodeArgs] of list) timeOnce(nodeArgs); // warm the file cache
for (let i = 0; i < runs; i++) {
  for (const [label, nodeArgs] of list) times.get(label).push(timeOnce(nodeArgs));
}

const floor = median(times.get("node -e 0"));
const width = Math.max(...list.map(([label]) => label.length));
console.log(`median of ${runs} runs`);
for (const [label] of list) {
  const ms = median(times.get(label));
  console.log(`${label.padEnd(width)}  ${ms.toFixed(1).padStart(7)} ms  ${(ms / floor).toFixed(2)}x`);
}
