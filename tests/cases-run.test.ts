// The conformance runner: every case under tests/cases/<area>/ runs through
// the built `pygil` (dist/bundle/cli.cjs, built by `npm test`'s pretest) from
// its own folder, in normal mode, with --gc-stress and without the GIL, and
// must print exactly what CPython 3.13 printed: stdout, stderr and the exit
// status.
//
// Cases too long for --gc-stress (a collection at every safepoint) are listed
// in tests/cases/NORMAL_ONLY and run in normal mode only.
//
// --gc-stress runs every case of the areas where collection is the subject
// (GC_STRESS_AREAS) and one in three of the others, the same ones every run,
// so that the whole suite stays within its time on two cores; with
// PYGIL_GC_STRESS_ALL=1 it runs them all.
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

const cases = listConformanceCases().filter((c) => c.expected !== null);
const known = readCaseList("KNOWN_FAILURES");
/** Cases too long to run with a collection at every safepoint: normal mode only. */
const normalOnly = readCaseList("NORMAL_ONLY");

/** Areas whose every case runs with --gc-stress: collection, finalizers, weak references, threads, generators. */
const GC_STRESS_AREAS = /^(finalizers|weakref|stdlib-gc|threads|sweep\d?-threads|generators|coroutines|asyncio|core-gaps)$/;
const gcStressAll = process.env.PYGIL_GC_STRESS_ALL === "1";

/** Every case in GC_STRESS_AREAS, and every third case of each other area, in name order. */
function gcStressSample(): Set<string> {
  const seen = new Map<string, number>();
  const keys = new Set<string>();
  for (const c of cases) {
    const k = seen.get(c.area) ?? 0;
    seen.set(c.area, k + 1);
    if (GC_STRESS_AREAS.test(c.area) || k % 3 === 0) keys.add(`${c.area}/${c.filename}`);
  }
  return keys;
}
const gcStressCases = gcStressSample();

function runsIn(mode: string, key: string): boolean {
  if (mode !== "gc-stress") return true;
  return !normalOnly.has(key) && (gcStressAll || gcStressCases.has(key));
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

  it("lists only cases that exist in KNOWN_FAILURES and NORMAL_ONLY", () => {
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
