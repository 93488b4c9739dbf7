// Property checkers for the reference programs in samples/ (the racy thread
// programs that pygil exists to show), run through the built `pygil`.
//
// With the GIL, the properties are CPython's: the shared iterator hands out
// exactly 100000 items and no duplicate, on every run; `counter += 1` is never
// interrupted, so even the unlocked counter is exact; the other programs print
// CPython's lines, with times matched by pattern (their values are never
// asserted: the machine may be loaded). Without the GIL (`--disable-gil`) the
// races may show, so only what must hold in every mode is checked: the program
// ends with status 0, writes nothing to stderr and prints well-formed lines;
// how often duplicates appear is measured elsewhere.

import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PYGIL } from "../cli/run-pygil.js";

const SAMPLES = fileURLToPath(new URL("../../samples/", import.meta.url));

/** How long one run may take before it is killed: generous, since pygil is slower than CPython. */
const RUN_LIMIT_MS = 100_000;
const TEST_LIMIT_MS = 120_000;
const SHARED_ITERATOR_RUNS = 12;

interface Outcome {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `pygil [flags] samples/NAME` from samples/, as a user would, without blocking the test worker. */
function runSample(name: string, flags: string[] = []): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [PYGIL, ...flags, name], { cwd: SAMPLES, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill("SIGKILL"), RUN_LIMIT_MS);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
  });
}

/** Runs `count` copies of one sample, two at a time (the machine may have only two cores). */
async function runSampleRepeatedly(name: string, count: number, flags: string[] = []): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let k = 0; k < count; k += 2) {
    const batch = Math.min(2, count - k);
    outcomes.push(...await Promise.all(Array.from({ length: batch }, () => runSample(name, flags))));
  }
  return outcomes;
}

/** A finished run: exit status 0, no signal, nothing on stderr. */
function expectCleanExit(outcome: Outcome, label: string): void {
  expect(outcome.signal, `${label}: killed by a signal`).toBeNull();
  expect(outcome.stderr, `${label}: stderr`).toBe("");
  expect(outcome.status, `${label}: exit status`).toBe(0);
}

/** stdout split into lines, with the final newline required. */
function linesOf(outcome: Outcome, label: string): string[] {
  expect(outcome.stdout.endsWith("\n"), `${label}: stdout ends with a newline`).toBe(true);
  return outcome.stdout.slice(0, -1).split("\n");
}

/** Each line matches its pattern, and there are exactly as many lines as patterns. */
function expectLinesShaped(outcome: Outcome, patterns: RegExp[], label: string): RegExpMatchArray[] {
  const lines = linesOf(outcome, label);
  expect(lines.length, `${label}: number of lines in ${JSON.stringify(outcome.stdout)}`).toBe(patterns.length);
  return patterns.map((pattern, k) => {
    const match = lines[k]!.match(pattern);
    expect(match, `${label}: line ${k + 1} ${JSON.stringify(lines[k])} against ${pattern}`).not.toBeNull();
    return match!;
  });
}

// ------------------------------------------------------------- line shapes
// Written from what CPython 3.13 prints for each program (samples/*.py).

const SECONDS_1 = String.raw`\d+\.\ds`;
const SECONDS_2 = String.raw`\d+\.\d\ds`;

const SHARED_ITERATOR_LINES = [/^expected: 100000, got: (\d+)$/, /^duplicates: (True|False)$/];
const COUNTER_LINES_NO_GIL = [
  /^unsafe: expected 800000, got (\d+)$/,
  /^safe: expected 800000, got (\d+)$/,
  /^GIL enabled: False$/,
];
const IO_BOUND_LINES = [
  new RegExp(`^sequential \\(4 calls\\): ${SECONDS_1}$`),
  new RegExp(`^threads \\(20 calls\\):   ${SECONDS_1}$`),
  /^threads overlapped: (True|False)$/,
];
const SWITCH_INTERVAL_LINES = [
  /^default switch interval: 0\.005$/,
  /^new switch interval: 0\.001$/,
  /^both threads ran: (True|False)$/,
];
const READ_FILES_LINES = [/^\[17000, 17000, 17000, 17000\]$/];
const CPU_WORK_SUM_LINES = [
  new RegExp(`^single thread: ${SECONDS_2}$`),
  new RegExp(`^two threads:   ${SECONDS_2}$`),
  /^1999999000000$/,
];

// The guard comes off once threads run in pygil.
describe("the reference thread programs", () => {
  describe("with the GIL", () => {
    it(`shared_iterator_race.py hands out every item exactly once, in ${SHARED_ITERATOR_RUNS} runs out of ${SHARED_ITERATOR_RUNS}`, async () => {
      const outcomes = await runSampleRepeatedly("shared_iterator_race.py", SHARED_ITERATOR_RUNS);
      outcomes.forEach((outcome, k) => {
        expectCleanExit(outcome, `run ${k + 1}`);
        expect(outcome.stdout, `run ${k + 1}`).toBe("expected: 100000, got: 100000\nduplicates: False\n");
      });
    }, 5 * TEST_LIMIT_MS);

    it("counter_race.py counts 800000 with and without the lock", async () => {
      const outcome = await runSample("counter_race.py");
      expectCleanExit(outcome, "counter_race.py");
      expect(outcome.stdout).toBe(
        "unsafe: expected 800000, got 800000\nsafe: expected 800000, got 800000\nGIL enabled: True\n");
    }, TEST_LIMIT_MS);

    it("io_bound_threads.py overlaps the sleeping threads", async () => {
      const outcome = await runSample("io_bound_threads.py");
      expectCleanExit(outcome, "io_bound_threads.py");
      const [, , overlapped] = expectLinesShaped(outcome, IO_BOUND_LINES, "io_bound_threads.py");
      expect(overlapped![1], "the property the program prints").toBe("True");
    }, TEST_LIMIT_MS);

    it("switch_interval.py sets the interval and both threads run", async () => {
      const outcome = await runSample("switch_interval.py");
      expectCleanExit(outcome, "switch_interval.py");
      const [, , bothRan] = expectLinesShaped(outcome, SWITCH_INTERVAL_LINES, "switch_interval.py");
      expect(bothRan![1]).toBe("True");
    }, TEST_LIMIT_MS);

    it("read_files_threads.py reads four whole files from four threads", async () => {
      const outcome = await runSample("read_files_threads.py");
      expectCleanExit(outcome, "read_files_threads.py");
      expectLinesShaped(outcome, READ_FILES_LINES, "read_files_threads.py");
    }, TEST_LIMIT_MS);

    it("cpu_work_sum.py prints its two times and the sum", async () => {
      const outcome = await runSample("cpu_work_sum.py");
      expectCleanExit(outcome, "cpu_work_sum.py");
      expectLinesShaped(outcome, CPU_WORK_SUM_LINES, "cpu_work_sum.py");
    }, TEST_LIMIT_MS);
  });

  describe("without the GIL (--disable-gil)", () => {
    const NO_GIL = ["--disable-gil"];

    it("shared_iterator_race.py never crashes and prints well-formed lines", async () => {
      const outcomes = await runSampleRepeatedly("shared_iterator_race.py", 6, NO_GIL);
      outcomes.forEach((outcome, k) => {
        expectCleanExit(outcome, `run ${k + 1}`);
        expectLinesShaped(outcome, SHARED_ITERATOR_LINES, `run ${k + 1}`);
      });
    }, 5 * TEST_LIMIT_MS);

    it("counter_race.py may lose unlocked updates, never locked ones", async () => {
      const outcome = await runSample("counter_race.py", NO_GIL);
      expectCleanExit(outcome, "counter_race.py");
      const [unsafe, safe] = expectLinesShaped(outcome, COUNTER_LINES_NO_GIL, "counter_race.py");
      // Lost updates can only make the count smaller; a lock must still exclude.
      expect(Number(unsafe![1])).toBeLessThanOrEqual(800000);
      expect(Number(safe![1])).toBe(800000);
    }, TEST_LIMIT_MS);

    const shaped: [string, RegExp[]][] = [
      ["io_bound_threads.py", IO_BOUND_LINES],
      ["switch_interval.py", SWITCH_INTERVAL_LINES],
      ["read_files_threads.py", READ_FILES_LINES],
      ["cpu_work_sum.py", CPU_WORK_SUM_LINES],
    ];
    for (const [name, patterns] of shaped) {
      it(`${name} exits cleanly with CPython's line shapes`, async () => {
        const outcome = await runSample(name, NO_GIL);
        expectCleanExit(outcome, name);
        expectLinesShaped(outcome, patterns, name);
      }, TEST_LIMIT_MS);
    }
  });
});
