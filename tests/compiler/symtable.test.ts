// Symbol tables against CPython's `symtable` module: for each
// tests/compiler/symtable/NAME.py, NAME.symtable (scripts/gen-symtables.py)
// lists every block and every name's scope and flags as CPython 3.13 has them.

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "../../grammar/index.js";
import { parseFuture } from "../../src/compiler/future.js";
import { dumpSymbolTable } from "../../src/compiler/symtable-dump.js";
import { buildSymbolTable } from "../../src/compiler/symtable.js";

const dir = fileURLToPath(new URL("./symtable/", import.meta.url));
const cases = readdirSync(dir).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)).sort();

/** As CPython's `symtable` module builds it: from the parsed tree, before constant folding. */
function tableOf(source: string, filename: string): string {
  const tree = parse(source, filename);
  const src = { filename, source };
  return dumpSymbolTable(buildSymbolTable(tree, src, parseFuture(tree, src).annotations).top);
}

describe("symbol tables match CPython's", () => {
  for (const name of cases) {
    it(name, () => {
      const source = readFileSync(`${dir}${name}.py`, "utf8");
      expect(tableOf(source, `${name}.py`)).toBe(readFileSync(`${dir}${name}.symtable`, "utf8"));
    });
  }
});

describe("scopes", () => {
  it("makes a captured local a cell and the capturing name free", () => {
    const table = tableOf("def f():\n    x = 1\n    return lambda: x\n", "t.py");
    expect(table).toContain("      x: CELL DEF_LOCAL\n");
    expect(table).toContain("          x: FREE USE\n");
  });

  it("keeps a comprehension's variable out of the enclosing scope's uses", () => {
    const table = tableOf("def f(xs):\n    return [x for x in xs]\n", "t.py");
    expect(table).toContain("x: LOCAL DEF_LOCAL|USE|DEF_COMP_ITER");
    expect(table).not.toContain("listcomp");
  });

  it("gives a class body's methods the __class__ cell when they call super()", () => {
    const source = "class C:\n    def m(self):\n        return super().m()\n";
    expect(tableOf(source, "t.py")).toContain("__class__: FREE USE");
  });
});
