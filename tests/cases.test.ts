// The conformance cases: CPython's recorded output must be there and make sense
// for every case, and our front end must compile every case. (Running them and
// comparing with the recorded output is the VM's test.)

import { describe, expect, it } from "vitest";
import { formatSyntaxError, PySyntaxError } from "../grammar/errors.js";
import { casesRoot, listConformanceCases, type ConformanceCase, type ExpectedRun } from "./helpers/cases.js";
import { loadCompile } from "./helpers/front-end.js";

const cases = listConformanceCases();
const recorded = cases.filter((c) => c.expected !== null) as (ConformanceCase & { expected: ExpectedRun })[];

describe("the recorded CPython output", () => {
  it("exists for every case", () => {
    const missing = cases.filter((c) => c.expected === null).map((c) => `${c.area}/${c.name}`);
    expect(missing, "run scripts/gen-expected.sh").toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(250);
  });

  it("shows every case in the errors area ending with a non-zero exit status", () => {
    for (const c of recorded.filter((c) => c.area === "errors")) {
      expect(c.expected.exitCode, `errors/${c.name}`).not.toBe(0);
    }
  });

  it("ends every traceback with the exception's own line", () => {
    for (const c of recorded.filter((c) => c.expected.stderr.startsWith("Traceback (most recent call last):\n"))) {
      const lastLine = c.expected.stderr.trimEnd().split("\n").pop();
      expect(lastLine, `${c.area}/${c.name}`).toMatch(/^[A-Za-z_][\w.]*(: .*)?$/);
    }
  });

  // Outside the errors area a case may still write to stderr (a warning, an
  // exception reported by a thread or an exit handler), but it ends normally.
  it("shows every other case printing and exiting normally", () => {
    for (const c of recorded.filter((c) => c.area !== "errors")) {
      const expected = c.expected;
      expect(expected.stdout, `${c.area}/${c.name} prints`).not.toBe("");
      expect(expected.stderr.startsWith("Traceback (most recent call last):"), `${c.area}/${c.name} stderr`).toBe(false);
      expect(expected.exitCode, `${c.area}/${c.name} exit status`).toBe(0);
    }
  });

  it("names files relative to the case's folder, not by absolute path", () => {
    for (const c of recorded) {
      expect(c.expected.stderr, `${c.area}/${c.name}`).not.toContain(casesRoot);
      expect(c.expected.stdout, `${c.area}/${c.name}`).not.toContain(casesRoot);
    }
  });

  it("names the case's own file in every traceback", () => {
    for (const c of recorded.filter((c) => c.expected.stderr.includes("Traceback"))) {
      expect(c.expected.stderr, `${c.area}/${c.name}`).toContain(`File "${c.filename}", line `);
    }
  });
});

describe("compiling the conformance cases", () => {
  for (const c of cases) {
    it(`compiles ${c.area}/${c.name}`, async () => {
      const compile = await loadCompile();
      try {
        compile(c.source, c.filename, "exec");
      } catch (err) {
        if (err instanceof PySyntaxError) throw new Error(`${c.area}/${c.name} was rejected:\n${formatSyntaxError(err)}`);
        throw err;
      }
    });
  }
});
