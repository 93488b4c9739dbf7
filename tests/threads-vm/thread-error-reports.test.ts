// What pygil writes to the real stderr when an exception escapes a thread:
// threading.excepthook's "Exception in thread NAME:" report, and the
// "Exception ignored in thread started by ..." report of a _thread-started
// function. The conformance cases (tests/cases/threads/) check the same
// reports captured through a replaced sys.stderr; these check that, left
// alone, they reach file descriptor 2 and the program still ends normally.
//
// The expected text is CPython 3.13's, except for the path of the threading
// module, which belongs to the installation: its frames are matched by
// pattern (file named threading.py, CPython's line for the function, its
// source lines below).

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { withoutCaseDir } from "../helpers/cases.js";
import { PYGIL } from "../cli/run-pygil.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const TEST_LIMIT_MS = 60_000;

function runFixture(name: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [PYGIL, name], { cwd: FIXTURES, encoding: "utf8", timeout: TEST_LIMIT_MS });
  // pygil, like CPython, names the script by its absolute path.
  return { status: r.status, stdout: r.stdout, stderr: withoutCaseDir(r.stderr, FIXTURES) };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The line CPython 3.13's threading.py is at in each function a thread's traceback shows. */
const CPYTHON_LINES: Record<string, number> = { _bootstrap_inner: 1041, run: 992 };

/** A traceback frame of the threading module: any path, CPython's line for the function, its source lines. */
const libraryFrame = (fn: string) => String.raw`  File "[^"\n]*threading\.py", line ${CPYTHON_LINES[fn] ?? String.raw`\d+`}, in ${fn}\n(?:    .*\n)*`;

// The guard comes off once threads run in pygil.
describe("reports of exceptions that escape a thread", () => {
  it("threading.excepthook reports on stderr, and the program continues and exits with 0", () => {
    const outcome = runFixture("excepthook_stderr.py");
    expect(outcome.stdout).toBe("program continues\n");
    expect(outcome.status).toBe(0);
    const expected = new RegExp("^" + [
      escape("Exception in thread Thread-1 (worker):\nTraceback (most recent call last):\n"),
      libraryFrame("_bootstrap_inner"),
      libraryFrame("run"),
      escape('  File "excepthook_stderr.py", line 7, in worker\n    return 10 // n\n           ~~~^^~~\n'),
      escape("ZeroDivisionError: integer division or modulo by zero\n"),
    ].join("") + "$");
    expect(outcome.stderr).toMatch(expected);
  }, TEST_LIMIT_MS);

  it("an exception in a _thread-started function is reported as ignored, on stderr", () => {
    const outcome = runFixture("unraisable_stderr.py");
    expect(outcome.stdout).toBe("main thread continues\n");
    expect(outcome.status).toBe(0);
    expect(outcome.stderr).toBe(
      "Exception ignored in thread started by <Job>:\n" +
      "Traceback (most recent call last):\n" +
      '  File "unraisable_stderr.py", line 21, in __call__\n' +
      '    raise ValueError("bad job")\n' +
      "ValueError: bad job\n");
  }, TEST_LIMIT_MS);
});
