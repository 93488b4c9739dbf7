// The format mini-language against CPython 3.13: format(value, spec) for a
// grid of ints, floats and strs (tests/vm/format-spec-cases.json, written by
// scripts/gen-format-spec-cases.py).

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PyError } from "../../src/heap/errors.js";
import { formatFloat, formatInt, formatString, parseFormatSpec } from "../../src/vm/format-spec.js";

interface FormatCase {
  kind: "int" | "float" | "str";
  value: string;
  spec: string;
  ok?: string;
  error?: string;
  message?: string;
}

const cases: FormatCase[] = JSON.parse(readFileSync(new URL("./format-spec-cases.json", import.meta.url), "utf8"));

function floatValue(text: string): number {
  if (text === "inf") return Infinity;
  if (text === "-inf") return -Infinity;
  if (text === "nan") return NaN;
  return Number(text);
}

function run(c: FormatCase): { ok: string } | { error: string; message: string } {
  try {
    const spec = parseFormatSpec(c.spec);
    if (c.kind === "int") return { ok: formatInt(BigInt(c.value), spec) };
    if (c.kind === "float") return { ok: formatFloat(floatValue(c.value), spec) };
    return { ok: formatString(c.value, spec) };
  } catch (err) {
    if (err instanceof PyError) return { error: err.typeName, message: err.text };
    throw err;
  }
}

describe("format(value, spec) as CPython 3.13 computes it", () => {
  it("has the table of cases", () => {
    expect(cases.length).toBeGreaterThan(700);
  });
  for (const kind of ["int", "float", "str"] as const) {
    it(`formats every ${kind} case`, () => {
      const mismatches = cases
        .filter((c) => c.kind === kind)
        .map((c) => ({ c, got: run(c) }))
        .filter(({ c, got }) => ("ok" in got ? got.ok !== c.ok : got.error !== c.error || got.message !== c.message))
        .map(({ c, got }) => `format(${c.value}, ${JSON.stringify(c.spec)}): expected ${JSON.stringify(c.ok ?? `${c.error}: ${c.message}`)}, got ${JSON.stringify(got)}`);
      expect(mismatches).toEqual([]);
    });
  }
});
