// The bundled `pygil` (the package's bin, built by scripts/bundle.mjs after
// tsc), which the conformance cases run, must behave exactly as dist/'s
// unbundled copy: each check below runs both and compares what a user sees. The
// checks reach the parts that the bundle loads in other ways: the worker
// started before the command's code loads, the scripts run from their code
// caches, the lazily loaded compiler and parser, chevrotain (loaded from
// disk by grammar/chevrotain.ts), the grammar read back from the build's
// snapshot, the parser in the worker for tracebacks, the Unicode name table
// and package.json for the version. Without a bundle (a plain `tsc` build)
// there is nothing to check, and the tests say so.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** tsc's output, unbundled. */
const UNBUNDLED = fileURLToPath(new URL("../../dist/src/cli/main.js", import.meta.url));

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { bin: { pygil: string } };
const BIN = fileURLToPath(new URL(`../../${pkg.bin.pygil}`, import.meta.url));

function run(entry: string, args: string[], input = "") {
  const r = spawnSync(process.execPath, [entry, ...args], { input, encoding: "utf8", timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cases: [string, string[], string?][] = [
  ["a program", ["-c", "import sys\nprint(sys.argv, 2 ** 100, '\\N{GREEK SMALL LETTER ALPHA}')", "x"]],
  ["an uncaught exception's traceback", ["-c", "def f():\n    return 1 / 0\nf()"]],
  ["a syntax error", ["-c", "x = (1,"]],
  ["a program from stdin", ["-"], "print('read', 6 * 7)\n"],
  ["the disassembly", ["dis", "-c", "for i in range(3):\n    print(i)"]],
  ["the version", ["--version"]],
  ["a usage error", ["--no-such-option"]],
];

describe.skipIf(!existsSync(BIN))("the bundled pygil", () => {
  it("is the package's bin", () => {
    expect(pkg.bin.pygil).toBe("dist/bundle/cli.cjs");
  });

  for (const [what, args, input] of cases) {
    it(`prints what dist/ prints for ${what}`, () => {
      const bundled = run(BIN, args, input);
      expect(bundled).toEqual(run(UNBUNDLED, args, input));
      expect(bundled.stdout + bundled.stderr).not.toContain("internal error");
    });
  }
});
