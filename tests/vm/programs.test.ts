// The interpreter's own test programs (tests/vm/programs/NAME.py, with the
// output CPython 3.13 printed beside them, from scripts/gen-vm-expected.sh):
// recursion and the recursion limit, unwinding through finally and
// tracebacks of chained exceptions, the generator protocol, argument binding,
// and allocation-heavy code. Each runs through the built pygil normally, and
// with a collection at every safepoint and the heap verified after each.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { pygil } from "../cli/run-pygil.js";
import { withoutCaseDir } from "../helpers/cases.js";

const dir = fileURLToPath(new URL("./programs/", import.meta.url));
const programs = readdirSync(dir).filter((f) => f.endsWith(".py")).sort();

function expected(name: string): { stdout: string; stderr: string; status: number } {
  const read = (ext: string) => (existsSync(join(dir, name + ext)) ? readFileSync(join(dir, name + ext), "utf8") : null);
  return { stdout: read(".out") ?? "", stderr: read(".err") ?? "", status: Number((read(".code") ?? "0").trim()) };
}

describe.each([
  ["normally", []],
  ["under --gc-stress --verify-heap", ["--gc-stress", "--verify-heap"]],
])("test programs run %s", (_mode, flags) => {
  for (const file of programs) {
    const name = file.slice(0, -3);
    it(name, () => {
      const want = expected(name);
      const got = pygil([...flags, file], { cwd: dir });
      expect(got.stdout).toBe(want.stdout);
      // Tracebacks name the script by its absolute path, as CPython does.
      expect(withoutCaseDir(got.stderr, dir)).toBe(want.stderr);
      expect(got.status).toBe(want.status);
    }, 60_000);
  }
});
