// Compile-time errors: each tests/compiler/errors/NAME.py holds one mistake
// that CPython's symbol table or compiler (not its parser) reports; NAME.err
// is what CPython 3.13 prints for it (scripts/gen-compile-errors.sh).

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatSyntaxError, PySyntaxError } from "../../grammar/errors.js";
import { compile } from "../../src/compiler/index.js";

const dir = fileURLToPath(new URL("./errors/", import.meta.url));
const cases = readdirSync(dir).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)).sort();

function errorOf(source: string, filename: string): string {
  try {
    compile(source, filename);
  } catch (err) {
    if (err instanceof PySyntaxError) return formatSyntaxError(err);
    throw err;
  }
  return "(compiled without error)\n";
}

describe("compile-time errors, as CPython reports them", () => {
  it("has a case for each error", () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  for (const name of cases) {
    it(name, () => {
      const source = readFileSync(`${dir}${name}.py`, "utf8");
      expect(errorOf(source, `${name}.py`)).toBe(readFileSync(`${dir}${name}.err`, "utf8"));
    });
  }
});

describe("error positions", () => {
  it("are 1-based columns with an exclusive end", () => {
    try {
      compile("def f():\n    pass\nreturn 5\n", "r.py");
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(PySyntaxError);
      const e = err as PySyntaxError;
      expect([e.lineno, e.offset, e.end_lineno, e.end_offset]).toEqual([3, 1, 3, 9]);
      expect(e.text).toBe("return 5");
    }
  });
});
