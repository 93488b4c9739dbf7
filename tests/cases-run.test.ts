// The conformance runner: every case under tests/cases/<area>/ runs through
// the built `pygil` (dist/bundle/cli.cjs, built by `npm test`'s pretest) from
// its own folder, in normal mode, with --gc-stress and without the GIL, and
// must print exactly what CPython 3.13 printed: stdout, stderr and the exit
// status.
//
// Cases too long for --gc-stress (a collection at every safepoint) are listed
// in tests/cases/NORMAL_ONLY and run in normal mode only.
//
// Normal mode runs every case. The other two modes run every case of the
// areas where they are the subject (collection, finalizers, weak
// references, threads, generators and coroutines for --gc-stress; threads
// and the containers they share for the free-threaded mode), and one in
// eight of the others each, not the same ones, and the same every run: so
// that the whole suite stays within its time on two cores, where a run costs
// mostly the interpreter's start-up. With PYGIL_EVERY_MODE=1 every case runs
// in every mode.
//
// Cases that do not pass yet are listed in tests/cases/KNOWN_FAILURES (one
// `area/NAME.py` per line, then the reason); the runner expects those to
// fail, so a case that starts passing has to come off the list.

import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { casesRoot, listConformanceCases, withoutCaseDir, type ConformanceCase } from "./helpers/cases.js";
import { PYGIL } from "./cli/run-pygil.js";

interface Outcome {
  stdout: string;
  stderr: string;
  status: number | null;
}

const MODES: { name: string; flags: string[] }[] = [
  { name: "normal", flags: [] },
  { name: "gc-stress", flags: ["--gc-stress"] },
  { name: "free-threaded", flags: ["--disable-gil"] },
];

const TIMEOUT_MS = 60_000;
/** The stress cases start hundreds of workers; on a loaded machine that alone can take most of a minute. */
const STRESS_TIMEOUT_MS = 150_000;

/** A list file of tests/cases: `area/NAME.py reason` lines, `#` comments. */
function readCaseList(file: string): Map<string, string> {
  const path = join(casesRoot, file);
  const known = new Map<string, string>();
  if (!existsSync(path)) return known;
  for (const raw of readFileSync(path, "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const [name, ...reason] = line.split(/\s+/);
    known.set(name!, reason.join(" "));
  }
  return known;
}

function runCase(c: ConformanceCase, flags: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [PYGIL, ...flags, c.filename], { cwd: c.dir, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill("SIGKILL"), c.area === "threads-stress" ? STRESS_TIMEOUT_MS : TIMEOUT_MS);
    child.on("close", (status) => {
      clearTimeout(timer);
      // pygil, like CPython, names the script by its absolute path; the
      // recorded outputs name it relative to the case's folder.
      const stderr = withoutCaseDir(Buffer.concat(err).toString("utf8"), c.dir);
      resolve({ stdout: Buffer.concat(out).toString("utf8"), stderr, status });
    });
  });
}

/** Runs `jobs` with at most `limit` at a time. */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const k = next++;
      results[k] = await jobs[k]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

function matches(c: ConformanceCase, outcome: Outcome): boolean {
  const expected = c.expected!;
  return outcome.stdout === expected.stdout && outcome.stderr === expected.stderr && outcome.status === expected.exitCode;
}

/** PYGIL_CASE_AREAS=a,b runs only the cases of those areas (and skips the check of the lists, which name others). */
const onlyAreas = process.env.PYGIL_CASE_AREAS?.split(",");
const cases = listConformanceCases().filter((c) => c.expected !== null && (onlyAreas === undefined || onlyAreas.includes(c.area)));
const known = readCaseList("KNOWN_FAILURES");
/** Cases too long to run with a collection at every safepoint: normal mode only. */
const normalOnly = readCaseList("NORMAL_ONLY");

/** Areas whose every case runs with --gc-stress: collection, finalizers, weak references, threads, generators. */
const GC_STRESS_AREAS = /^(finalizers|weakref|stdlib-gc|threads|sweep\d?-threads|generators|coroutines|asyncio|core-gaps)$/;
/** Areas whose every case runs without the GIL: threads, and the containers and iterators they share. */
const FREE_THREADED_AREAS = /^(finalizers|weakref|stdlib-gc|threads|threads-stress|sweep\d?-threads|generators|coroutines|asyncio|core-gaps|dicts|lists|sets|bytearray|sweep\d?-containers|sweep\d?-iter)$/;
const everyMode = process.env.PYGIL_EVERY_MODE === "1";

/**
 * The cases a mode runs: every case of its areas, and the cases of other
 * areas whose place in their area's name order is `offset` modulo 8.
 */
function sample(areas: RegExp, offset: number): Set<string> {
  const seen = new Map<string, number>();
  const keys = new Set<string>();
  for (const c of cases) {
    const k = seen.get(c.area) ?? 0;
    seen.set(c.area, k + 1);
    if (areas.test(c.area) || k % 8 === offset) keys.add(`${c.area}/${c.filename}`);
  }
  return keys;
}
const sampled: Record<string, Set<string>> = {
  "gc-stress": sample(GC_STRESS_AREAS, 0),
  "free-threaded": sample(FREE_THREADED_AREAS, 1),
};

function runsIn(mode: string, key: string): boolean {
  if (mode === "normal" || everyMode) return mode !== "gc-stress" || !normalOnly.has(key);
  return sampled[mode]!.has(key) && (mode !== "gc-stress" || !normalOnly.has(key));
}
const outcomes = new Map<string, Outcome>();

describe("conformance cases against CPython 3.13's output", () => {
  beforeAll(async () => {
    const jobs = MODES.flatMap((mode) => cases.filter((c) => runsIn(mode.name, `${c.area}/${c.filename}`)).map((c) => async () => {
      outcomes.set(`${mode.name}:${c.area}/${c.filename}`, await runCase(c, mode.flags));
    }));
    await pool(jobs, Math.max(2, cpus().length));
    const passing = MODES.map((mode) => {
      const run = cases.filter((c) => outcomes.has(`${mode.name}:${c.area}/${c.filename}`));
      const n = run.filter((c) => matches(c, outcomes.get(`${mode.name}:${c.area}/${c.filename}`)!)).length;
      return `${mode.name}: ${n}/${run.length}`;
    });
    process.stdout.write(`conformance cases passing: ${passing.join(", ")}\n`);
  }, 30 * 60_000);

  it.skipIf(onlyAreas !== undefined)("lists only cases that exist in KNOWN_FAILURES and NORMAL_ONLY", () => {
    const names = new Set(cases.map((c) => `${c.area}/${c.filename}`));
    expect([...known.keys()].filter((k) => !names.has(k))).toEqual([]);
    expect([...normalOnly.keys()].filter((k) => !names.has(k))).toEqual([]);
  });

  for (const mode of MODES) {
    describe(mode.name, () => {
      for (const c of cases) {
        const key = `${c.area}/${c.filename}`;
        if (!runsIn(mode.name, key)) continue;
        const reason = known.get(key);
        it(`${key}${reason === undefined ? "" : " (known failure)"}`, () => {
          const outcome = outcomes.get(`${mode.name}:${key}`)!;
          if (reason === undefined) {
            expect(outcome.stdout, "stdout").toBe(c.expected!.stdout);
            expect(outcome.stderr, "stderr").toBe(c.expected!.stderr);
            expect(outcome.status, "exit status").toBe(c.expected!.exitCode);
          } else {
            const failsSomewhere = MODES.some((m) => outcomes.has(`${m.name}:${key}`) && !matches(c, outcomes.get(`${m.name}:${key}`)!));
            expect(failsSomewhere, `${key} passes now: remove it from tests/cases/KNOWN_FAILURES`).toBe(true);
          }
        });
      }
    });
  }
});
