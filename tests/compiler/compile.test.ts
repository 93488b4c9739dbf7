// The compiler's entry points and the code objects they make: modes, frame
// layout, flags, names, docstrings; constant folding and annotation text
// against CPython 3.13's answers (tests/compiler/data, written by
// scripts/gen-compiler-data.py); and Python reprs.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../grammar/index.js";
import {
  CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN, CO_FAST_LOCAL, CO_GENERATOR,
  CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, cellvarsOf, docstringOf,
  exceptionTableEntries, freevarsOf, isCodeObject, varnamesOf, type CodeObject,
} from "../../src/compiler/code.js";
import { cleanDoc } from "../../src/compiler/docstring.js";
import { compile, compileAst } from "../../src/compiler/index.js";
import { reprConstant, reprFloat, reprStr } from "../../src/compiler/pyrepr.js";
import { Op, opcodeName } from "../../src/vm/opcodes.js";

function data(name: string): Record<string, string | null> {
  return JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), "utf8")) as Record<string, string | null>;
}

/** The nested code object named `name`, searched depth first. */
function codeNamed(code: CodeObject, name: string): CodeObject {
  for (const c of code.co_consts) {
    if (!isCodeObject(c)) continue;
    if (c.co_name === name) return c;
    try {
      return codeNamed(c, name);
    } catch {
      // not in this branch
    }
  }
  throw new Error(`no code object ${name}`);
}

function opnames(code: CodeObject): string[] {
  const names: string[] = [];
  for (let i = 0; i < code.co_code.length; i += 2) names.push(opcodeName(code.co_code[i]!));
  return names;
}

describe("compile modes", () => {
  it("exec returns None at the end of a module", () => {
    const code = compile("x = 1\n", "m.py");
    expect(opnames(code)).toEqual(["RESUME", "LOAD_CONST", "STORE_NAME", "RETURN_CONST"]);
    expect(code.co_consts[code.co_code[code.co_code.length - 1]!]).toBeNull();
  });

  it("eval returns the expression's value", () => {
    expect(opnames(compile("a + 1", "<e>", "eval"))).toEqual(["RESUME", "LOAD_NAME", "LOAD_CONST", "BINARY_OP", "RETURN_VALUE"]);
  });

  it("single prints each expression statement's value", () => {
    const names = opnames(compile("a\n", "<s>", "single"));
    expect(names).toContain("CALL_INTRINSIC_1");
  });

  it("compileAst rejects a tree of the wrong kind for the mode", () => {
    const tree = parse("1", "<e>", "eval");
    expect(() => compileAst(tree, "<e>", "1", "exec")).toThrow(TypeError);
    expect(compileAst(tree, "<e>", "1", "eval").co_name).toBe("<module>");
  });
});

describe("code objects", () => {
  it("lay out frame slots: arguments, locals, cells, free variables", () => {
    const module = compile("def f(a, b, *c, d, **e):\n    x = 1\n    y = 2\n    return lambda: (a, y)\n", "l.py");
    const f = codeNamed(module, "f");
    expect(f.co_localsplusnames).toEqual(["a", "b", "d", "c", "e", "x", "y"]);
    expect([...f.co_localspluskinds]).toEqual([
      CO_FAST_LOCAL | CO_FAST_CELL, CO_FAST_LOCAL, CO_FAST_LOCAL, CO_FAST_LOCAL, CO_FAST_LOCAL, CO_FAST_LOCAL, CO_FAST_CELL,
    ]);
    expect([f.co_argcount, f.co_posonlyargcount, f.co_kwonlyargcount]).toEqual([2, 0, 1]);
    expect(varnamesOf(f)).toEqual(["a", "b", "d", "c", "e", "x"]);
    expect(cellvarsOf(f)).toEqual(["a", "y"]);
    expect([f.co_nlocals, f.co_ncellvars, f.co_nfreevars]).toEqual([6, 1, 0]);
    expect(f.co_flags).toBe(CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS);
    const lambda = codeNamed(f, "<lambda>");
    expect(freevarsOf(lambda)).toEqual(["a", "y"]);
    expect([...lambda.co_localspluskinds]).toEqual([CO_FAST_FREE, CO_FAST_FREE]);
    expect(lambda.co_flags & CO_NESTED).toBe(CO_NESTED);
    expect(opnames(f).slice(0, 3)).toEqual(["MAKE_CELL", "MAKE_CELL", "RESUME"]);
    expect(opnames(lambda)[0]).toBe("COPY_FREE_VARS");
  });

  it("mark generators, coroutines and async generators", () => {
    const module = compile("def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\n", "f.py");
    expect(codeNamed(module, "g").co_flags & CO_GENERATOR).toBe(CO_GENERATOR);
    expect(codeNamed(module, "c").co_flags & CO_COROUTINE).toBe(CO_COROUTINE);
    expect(codeNamed(module, "ag").co_flags & CO_ASYNC_GENERATOR).toBe(CO_ASYNC_GENERATOR);
    expect(opnames(codeNamed(module, "g")).slice(0, 3)).toEqual(["RETURN_GENERATOR", "POP_TOP", "RESUME"]);
  });

  it("give qualified names through functions and classes", () => {
    const module = compile("class C:\n    def m(self):\n        def inner():\n            pass\n        return inner\n", "q.py");
    expect(codeNamed(module, "m").co_qualname).toBe("C.m");
    expect(codeNamed(module, "inner").co_qualname).toBe("C.m.<locals>.inner");
  });

  it("start at the first decorator's line", () => {
    const module = compile("@a\n@b\ndef f():\n    pass\n", "d.py");
    expect(codeNamed(module, "f").co_firstlineno).toBe(1);
  });

  it("keep a function's cleaned docstring as the first constant, else None", () => {
    const module = compile('def f():\n    """Title.\n\n        Body.\n    """\ndef g():\n    return "no"\n', "doc.py");
    expect(docstringOf(codeNamed(module, "f"))).toBe("Title.\n\nBody.\n");
    expect(codeNamed(module, "g").co_consts[0]).toBeNull();
    expect(docstringOf(codeNamed(module, "g"))).toBeNull();
  });

  it("mark an inlined comprehension's variables as hidden fast locals at module level", () => {
    const module = compile("squares = [x * x for x in range(3)]\n", "h.py");
    expect(module.co_localsplusnames).toEqual(["x"]);
    expect(module.co_localspluskinds[0]).toBe(CO_FAST_LOCAL | CO_FAST_HIDDEN);
  });

  it("record each instruction's position and the exception handlers", () => {
    const code = compile("try:\n    f()\nexcept E:\n    pass\n", "p.py");
    const entries = exceptionTableEntries(code);
    expect(entries.length).toBeGreaterThan(0);
    const first = entries[0]!;
    const callIndex = opnames(code).indexOf("CALL");
    expect(first.start).toBeLessThanOrEqual(callIndex);
    expect(first.end).toBeGreaterThan(callIndex);
    expect(opnames(code)[first.target]).toBe("PUSH_EXC_INFO");
    expect([...code.co_positions.subarray(callIndex * 4, callIndex * 4 + 4)]).toEqual([2, 2, 4, 7]);
  });

  it("never puts an eval-breaker check inside `counter += 1`", () => {
    const code = codeNamed(compile("def f():\n    global counter\n    counter += 1\n", "c.py"), "f");
    expect(opnames(code)).toEqual(["RESUME", "LOAD_GLOBAL", "LOAD_CONST", "BINARY_OP", "STORE_GLOBAL", "RETURN_CONST"]);
  });

  it("are plain data that survives structured cloning", () => {
    const code = compile("def f(x=(1, 2)):\n    return x\n", "s.py");
    const clone = structuredClone(code);
    expect(clone).toEqual(code);
  });
});

describe("constant folding agrees with CPython", () => {
  const cases = data("folding.json");
  for (const [expr, expected] of Object.entries(cases)) {
    it(expr.length > 40 ? `${expr.slice(0, 40)}...` : expr, () => {
      const code = compile(expr, "<fold>", "eval");
      const names = opnames(code).filter((n) => n !== "RESUME");
      const folded = names.length === 1 && names[0] === "RETURN_CONST"
        ? reprConstant(code.co_consts[code.co_code[code.co_code.length - 1]!]!)
        : null;
      expect(folded).toBe(expected);
    });
  }
});

describe("annotations under `from __future__ import annotations` read as CPython's", () => {
  for (const [expr, expected] of Object.entries(data("annotations.json"))) {
    it(expr, () => {
      const code = compile(`from __future__ import annotations\ndef f(x: ${expr}): pass\n`, "<ann>");
      const strings = code.co_consts.filter((c) => typeof c === "object" && c !== null && "tuple" in c);
      expect(JSON.stringify(strings)).toContain(JSON.stringify(["x", expected]).slice(1, -1));
    });
  }
});

describe("Python reprs", () => {
  it("writes floats as Python does", () => {
    const cases: [number, string][] = [
      [1, "1.0"], [0.1, "0.1"], [1e16, "1e+16"], [1e15, "1000000000000000.0"], [1e-5, "1e-05"],
      [0.0001, "0.0001"], [1.5e300, "1.5e+300"], [-0, "-0.0"], [Infinity, "inf"], [NaN, "nan"],
      [123456789.125, "123456789.125"], [2 ** 70, "1.1805916207174113e+21"],
    ];
    for (const [value, text] of cases) expect(reprFloat(value)).toBe(text);
  });

  it("quotes strings as Python does", () => {
    expect(reprStr("it's")).toBe(`"it's"`);
    expect(reprStr(`say "hi"`)).toBe(`'say "hi"'`);
    expect(reprStr(`both ' and "`)).toBe(`'both \\' and "'`);
    expect(reprStr("tab\tnew\nline\x00\x7f")).toBe("'tab\\tnew\\nline\\x00\\x7f'");
    expect(reprStr("café ☕ \u200b")).toBe("'café ☕ \\u200b'");
  });

  it("writes containers and other constants", () => {
    expect(reprConstant({ tuple: [1n] })).toBe("(1,)");
    expect(reprConstant({ tuple: [1n, "a", null] })).toBe("(1, 'a', None)");
    expect(reprConstant({ frozenset: [] })).toBe("frozenset()");
    expect(reprConstant(new Uint8Array([104, 39, 0]))).toBe(`b"h'\\x00"`);
    expect(reprConstant({ complex: [1, -2] })).toBe("(1-2j)");
    expect(reprConstant({ imag: 2 })).toBe("2j");
  });
});

describe("docstring cleaning", () => {
  it("removes the common indentation after the first line", () => {
    expect(cleanDoc("  First.\n    Indented.\n      More.\n")).toBe("First.\nIndented.\n  More.\n");
    expect(cleanDoc("One line.")).toBe("One line.");
    expect(cleanDoc("\tTabbed\n\tlines")).toBe("Tabbed\nlines");
  });
});

describe("opcodes in code objects", () => {
  it("never contain pseudo-instructions", () => {
    const code = compile("with a:\n    try:\n        b()\n    finally:\n        c()\n", "w.py");
    for (let i = 0; i < code.co_code.length; i += 2) expect(code.co_code[i]!).toBeLessThan(256);
    expect(opnames(code)).not.toContain("NOP_NEVER");
    expect(Op.SETUP_FINALLY).toBeGreaterThanOrEqual(256);
  });
});
