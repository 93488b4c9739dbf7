// Syntax errors, compared with CPython 3.13 byte for byte.
//
// Each tests/grammar/syntax-errors/NAME.py holds one mistake; NAME.err is what
// `python3 NAME.py` printed on stderr (scripts/gen-syntax-errors.sh). The
// parser must raise a PySyntaxError that formatSyntaxError prints the same way:
// same message, same line, same carets.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatSyntaxError, PySyntaxError } from "../../grammar/errors.js";
import { parse } from "../../grammar/index.js";

const dir = fileURLToPath(new URL("./syntax-errors/", import.meta.url));
const cases = readdirSync(dir).filter((f) => f.endsWith(".py")).sort();

function reported(source: string, filename: string): string {
  try {
    parse(source, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) return formatSyntaxError(e);
    throw e;
  }
  return "(no error)\n";
}

describe("CPython's syntax errors", () => {
  it("has a case for each kind of mistake", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  for (const file of cases) {
    it(file, () => {
      const source = readFileSync(join(dir, file), "utf8");
      const expected = readFileSync(join(dir, file.replace(/\.py$/, ".err")), "utf8");
      expect(reported(source, file)).toBe(expected);
    });
  }
});
