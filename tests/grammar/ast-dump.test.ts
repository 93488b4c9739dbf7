// Syntax trees, compared with CPython 3.13's ast.dump(..., include_attributes=True).
//
// For every .py under tests/grammar/ast and tests/corpus that has a .ast beside
// it (scripts/gen-ast-dumps.py), our tree must dump to exactly CPython's text:
// every node, field, constant and position. CPython counts columns in UTF-8
// bytes and we count characters, so on lines with non-ASCII text our columns
// are converted to bytes before the comparison.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ELLIPSIS } from "../../grammar/ast.js";
import { dumpAst } from "../../grammar/dump.js";
import { parse } from "../../grammar/index.js";
import { reprConstant, reprFloat, reprStr } from "../../grammar/py-repr.js";

const testsDir = fileURLToPath(new URL("../", import.meta.url));

function pythonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pythonFiles(path);
    return entry.name.endsWith(".py") ? [path] : [];
  });
}

const utf8 = new TextEncoder();

/** Rewrites every column of the tree from characters to UTF-8 bytes, as CPython counts them. */
function columnsInBytes(tree: object, source: string): void {
  const lines = source.split(/\r\n|\r|\n/);
  const toBytes = (lineno: number, column: number): number => {
    const line = lines[lineno - 1] ?? "";
    return utf8.encode([...line].slice(0, column).join("")).length;
  };
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== "object" || value === null || seen.has(value) || value instanceof Uint8Array) return;
    seen.add(value);
    const node = value as Record<string, unknown>;
    if (typeof node["lineno"] === "number" && typeof node["col_offset"] === "number") {
      node["col_offset"] = toBytes(node["lineno"] as number, node["col_offset"] as number);
      node["end_col_offset"] = toBytes(node["end_lineno"] as number, node["end_col_offset"] as number);
    }
    for (const key in node) visit(node[key]);
  };
  visit(tree);
}

function dumpLikeCPython(source: string, filename: string): string {
  const tree = parse(source, filename);
  if (/[^\x00-\x7f]/.test(source)) columnsInBytes(tree, source);
  return dumpAst(tree, { includeAttributes: true });
}

const files = [...pythonFiles(join(testsDir, "grammar", "ast")), ...pythonFiles(join(testsDir, "corpus"))]
  .filter((path) => existsSync(path.replace(/\.py$/, ".ast")))
  .sort();

describe("ast.dump of our trees equals CPython's", () => {
  it("has focused cases and a corpus", () => {
    expect(files.filter((f) => f.includes(join("grammar", "ast"))).length).toBeGreaterThanOrEqual(20);
  });

  for (const path of files) {
    it(relative(testsDir, path), () => {
      const source = readFileSync(path, "utf8");
      const expected = readFileSync(path.replace(/\.py$/, ".ast"), "utf8").trimEnd();
      expect(dumpLikeCPython(source, path)).toBe(expected);
    });
  }
});

describe("dumpAst", () => {
  const pos = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 1 };

  it("leaves out empty lists and absent optional fields, but not Constant(value=None)", () => {
    const tree = { type: "Module", body: [{ type: "Return", value: { type: "Constant", value: null, kind: null, ...pos }, ...pos }] };
    expect(dumpAst(tree)).toBe("Module(body=[Return(value=Constant(value=None))])");
    expect(dumpAst({ type: "Module", body: [{ type: "Return", value: null, ...pos }] })).toBe("Module(body=[Return()])");
  });

  it("prints positions only when asked", () => {
    const name = { type: "Name", id: "x", ctx: "Load", ...pos };
    expect(dumpAst(name)).toBe("Name(id='x', ctx=Load())");
    expect(dumpAst(name, { includeAttributes: true })).toBe(
      "Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)",
    );
  });

  it("names ExceptHandler's exc_type `type`, as CPython does", () => {
    const handler = { type: "ExceptHandler", exc_type: { type: "Name", id: "E", ctx: "Load", ...pos }, name: "e", body: [], ...pos };
    expect(dumpAst(handler)).toBe("ExceptHandler(type=Name(id='E', ctx=Load()), name='e')");
  });
});

describe("Python reprs of constants", () => {
  it("formats floats as repr() does", () => {
    expect(reprFloat(1e16)).toBe("1e+16");
    expect(reprFloat(1e15)).toBe("1000000000000000.0");
    expect(reprFloat(0.0001)).toBe("0.0001");
    expect(reprFloat(0.00001)).toBe("1e-05");
    expect(reprFloat(123.456)).toBe("123.456");
    expect(reprFloat(1.5e300)).toBe("1.5e+300");
    expect(reprFloat(Infinity)).toBe("inf");
    expect(reprFloat(2.5)).toBe("2.5");
  });

  it("formats complex, bytes, ellipsis and big ints", () => {
    expect(reprConstant({ imag: 2 })).toBe("2j");
    expect(reprConstant({ imag: 1.5 })).toBe("1.5j");
    expect(reprConstant({ imag: 1e16 })).toBe("1e+16j");
    expect(reprConstant({ imag: Infinity })).toBe("infj");
    expect(reprConstant(new Uint8Array([0, 0x27, 0x41, 0xff]))).toBe(`b"\\x00'A\\xff"`);
    expect(reprConstant(ELLIPSIS)).toBe("Ellipsis");
    expect(reprConstant(12345678901234567890123n)).toBe("12345678901234567890123");
  });

  it("picks quotes and escapes strings as repr() does", () => {
    expect(reprStr("it's")).toBe(`"it's"`);
    expect(reprStr(`'"`)).toBe(`'\\'"'`);
    expect(reprStr("a\nb\t\\")).toBe("'a\\nb\\t\\\\'");
    expect(reprStr("\x00\x7f\u00a0\u2028é€😀")).toBe("'\\x00\\x7f\\xa0\\u2028é€😀'");
  });
});
