// The parser's behaviour beyond what the CPython dumps cover: the grammar's
// own consistency, the parse modes, the nodes' shapes where they are easy to
// get wrong, the newer forms (except*, type parameters), the errors CPython raises
// after parsing, and robustness against mangled input.

import { describe, expect, it } from "vitest";
import type { ClassDef, Expr, FunctionDef, Module, Stmt } from "../../grammar/ast.js";
import { dumpAst } from "../../grammar/dump.js";
import { PySyntaxError } from "../../grammar/errors.js";
import { parse } from "../../grammar/index.js";
import { PythonParser } from "../../grammar/parser.js";
import { listCorpusPrograms } from "../helpers/corpus.js";

function module(source: string): Stmt[] {
  return (parse(source, "t.py") as Module).body;
}

function expression(source: string): Expr {
  const tree = parse(source, "t.py", "eval");
  if (tree.type !== "Expression") throw new Error("not an Expression");
  return tree.body;
}

function dumped(source: string): string {
  return dumpAst(parse(source, "t.py"));
}

function syntaxError(source: string, mode: "exec" | "eval" | "single" = "exec"): PySyntaxError {
  try {
    parse(source, "t.py", mode);
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error(`no syntax error for ${JSON.stringify(source)}`);
}

describe("the grammar", () => {
  it("passes chevrotain's own validations (no ambiguity left unresolved, no left recursion)", () => {
    expect(() => new PythonParser(true)).not.toThrow();
  });
});

describe("parse modes", () => {
  it("reads a module, an expression and an interactive statement", () => {
    expect(dumpAst(parse("x = 1\n", "t.py", "exec"))).toBe(
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])",
    );
    expect(dumpAst(parse("1, 2\n\n", "t.py", "eval"))).toBe(
      "Expression(body=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))",
    );
    expect(dumpAst(parse("if x:\n    y\n", "<stdin>", "single"))).toBe(
      "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))])])",
    );
    expect(dumpAst(parse("a; b\n", "<stdin>", "single"))).toBe(
      "Interactive(body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load()))])",
    );
  });

  it("rejects statements and starred items where an expression is expected", () => {
    expect(syntaxError("x = 1\n", "eval").msg).toBe("invalid syntax");
    expect(syntaxError("*a\n", "eval").msg).toBe("invalid syntax");
  });

  it("takes one statement at a time in interactive mode", () => {
    expect(syntaxError("x = 1\ny = 2\n", "single").msg).toBe("multiple statements found while compiling a single statement");
  });

  it("accepts an empty module", () => {
    expect(module("")).toEqual([]);
    expect(module("# only a comment\n\n")).toEqual([]);
  });
});

describe("expressions", () => {
  it("binds ** tighter than a unary minus on its left but not on its right", () => {
    expect(dumpAst(expression("-2**-1"))).toBe(
      "UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1))))",
    );
  });

  it("does not fold constants", () => {
    expect(dumpAst(expression("-1"))).toBe("UnaryOp(op=USub(), operand=Constant(value=1))");
    expect(dumpAst(expression("1 + 2"))).toBe("BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2))");
  });

  it("orders binary operators by precedence and associates them to the left", () => {
    expect(dumpAst(expression("a - b - c * d ** e ** f | g"))).toBe(
      "BinOp(left=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Sub(), right=Name(id='b', ctx=Load())), op=Sub(), " +
        "right=BinOp(left=Name(id='c', ctx=Load()), op=Mult(), right=BinOp(left=Name(id='d', ctx=Load()), op=Pow(), " +
        "right=BinOp(left=Name(id='e', ctx=Load()), op=Pow(), right=Name(id='f', ctx=Load()))))), op=BitOr(), right=Name(id='g', ctx=Load()))",
    );
  });

  it("chains comparisons into one Compare", () => {
    expect(dumpAst(expression("a < b not in c is not d"))).toBe(
      "Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), NotIn(), IsNot()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load())])",
    );
  });

  it("gives a parenthesized tuple the parentheses' span, and a parenthesized name its own", () => {
    const [tuple, group] = module("(a, b)\n(a)\n") as [Stmt & { value: Expr }, Stmt & { value: Expr }];
    expect([tuple.value.col_offset, tuple.value.end_col_offset]).toEqual([0, 6]);
    expect([group.value.col_offset, group.value.end_col_offset]).toEqual([1, 2]);
    expect([group.col_offset, group.end_col_offset]).toEqual([0, 3]);
  });

  it("starts a BinOp at its left operand's parenthesis", () => {
    const binop = expression("(a) + b");
    expect([binop.col_offset, binop.end_col_offset]).toEqual([0, 7]);
  });

  it("reads a generator expression as a call's only argument, spanning the call's parentheses", () => {
    const call = expression("f(x for x in y)");
    expect(call.type === "Call" && call.args[0]!.type).toBe("GeneratorExp");
    const genexp = call.type === "Call" ? call.args[0]! : call;
    expect([genexp.col_offset, genexp.end_col_offset]).toEqual([1, 15]);
  });

  it("normalizes identifiers to NFKC, as CPython does", () => {
    const name = expression("ﬁle");
    expect(name.type === "Name" && name.id).toBe("file");
  });

  it("keeps the soft keywords usable as names", () => {
    expect(dumped("match = case = type = _ = 1\nmatch(x)\ntype(y)\n")).toContain("Name(id='match', ctx=Store())");
  });
});

describe("targets", () => {
  it("sets Store inside nested targets and Del on deleted ones", () => {
    expect(dumped("[a, (b, *c)] = x\n")).toBe(
      "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Tuple(elts=[Name(id='b', ctx=Store()), " +
        "Starred(value=Name(id='c', ctx=Store()), ctx=Store())], ctx=Store())], ctx=Store())], value=Name(id='x', ctx=Load()))])",
    );
    expect(dumped("del a.b, c[0]\n")).toBe(
      "Module(body=[Delete(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Del()), " +
        "Subscript(value=Name(id='c', ctx=Load()), slice=Constant(value=0), ctx=Del())])])",
    );
  });

  it("marks only a bare, unparenthesized name as a simple annotation target", () => {
    const simple = (source: string): number => (module(source)[0] as { simple: number }).simple;
    expect(simple("x: int\n")).toBe(1);
    expect(simple("(x): int\n")).toBe(0);
    expect(simple("x.y: int\n")).toBe(0);
  });
});

describe("the 3.11-3.13 forms", () => {
  it("reads except*, type statements and type parameter lists", () => {
    expect(module("try:\n    pass\nexcept* E:\n    pass\n")[0]!.type).toBe("TryStar");
    expect(module("type Alias[T] = list[T]\n")[0]!.type).toBe("TypeAlias");
    const def = module("def f[T: int, *Ts, **P](x): pass\n")[0]! as FunctionDef;
    expect(def.type_params.map((p) => p.type)).toEqual(["TypeVar", "TypeVarTuple", "ParamSpec"]);
    expect((module("class C[T = int]: pass\n")[0]! as ClassDef).type_params[0]!.default_value).not.toBeNull();
  });

  it("keeps `type` a soft keyword", () => {
    expect(module("type = 1\n")[0]!.type).toBe("Assign");
    expect(module("type(x)\n")[0]!.type).toBe("Expr");
    expect(module("type[0] = 1\n")[0]!.type).toBe("Assign");
  });
});

describe("errors CPython raises after parsing", () => {
  it("reports them only when the rest of the file parses", () => {
    expect(syntaxError("f(a=1, a=2)\n").msg).toBe("keyword argument repeated: a");
    expect(syntaxError("f(a=1, a=2)\nx = = 1\n").msg).toBe("invalid syntax");
  });

  it("puts symbol-table errors before code-generation ones", () => {
    const err = syntaxError("*a = 1\nb = [x for x in (y := z)]\n");
    expect([err.msg, err.lineno]).toEqual(["assignment expression cannot be used in a comprehension iterable expression", 2]);
  });

  it("does not count a walrus inside a lambda or a nested comprehension's element", () => {
    expect(() => parse("[x for x in (lambda: (y := 1))()]\n[x for x in [(y := 1) for z in w]]\n", "t.py")).not.toThrow();
  });

  it("finds them inside f-string fields too", () => {
    expect(syntaxError('f"{g(a=1, a=2)}"\n').msg).toBe("keyword argument repeated: a");
  });

  it("leaves alone the annotations of a function's variables, which CPython never compiles", () => {
    expect(() => parse("def f():\n    x: g(a=1, a=2) = 3\n", "t.py")).not.toThrow();
    expect(syntaxError("x: g(a=1, a=2) = 3\n").msg).toBe("keyword argument repeated: a");
  });

  it("reports starred targets that stand alone", () => {
    expect(syntaxError("for *a in b: pass\n").msg).toBe("starred assignment target must be in a list or tuple");
    expect(() => parse("for *a, b in c: pass\n", "t.py")).not.toThrow();
  });
});

describe("f-strings", () => {
  it("reports an error in a field before a later error in the file", () => {
    const err = syntaxError('x = f"{a +}" + (1 2)\n');
    expect(err.msg).toBe("f-string: expecting '=', or '!', or ':', or '}'");
  });

  it("parses fields of f-strings nested in fields", () => {
    expect(dumped(`f"{f'{x!r}'}"\n`)).toBe(
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]), conversion=-1)]))])",
    );
  });

  it("rejects a mix of bytes and str", () => {
    expect(syntaxError('x = b"a" f"b"\n').msg).toBe("cannot mix bytes and nonbytes literals");
  });
});

describe("robustness", () => {
  /** A small deterministic generator, so that a failing mutant can be found again. */
  function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6b43a9b5) >>> 0;
      return state / 2 ** 32;
    };
  }

  const fragments = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "*", "**", "lambda", "for", "in", "if", "else",
    "not", "yield", "await", "async", "def", "class", "@", ".", "'", '"', 'f"{', "}", "\n", "    ", "\\", "#", ":=", "->"];

  function mutate(source: string, next: () => number): string {
    let text = source;
    const edits = 1 + Math.floor(next() * 3);
    for (let i = 0; i < edits; i++) {
      const at = Math.floor(next() * text.length);
      const choice = next();
      if (choice < 0.4) text = text.slice(0, at) + fragments[Math.floor(next() * fragments.length)] + text.slice(at);
      else if (choice < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 5));
      else {
        const from = Math.floor(next() * text.length);
        text = text.slice(0, at) + text.slice(from, from + 1 + Math.floor(next() * 20)) + text.slice(at);
      }
    }
    return text;
  }

  it("ends every mangled program in a tree or a PySyntaxError, quickly", () => {
    const programs = listCorpusPrograms().map((p) => p.source);
    const next = random(20240613);
    let rejected = 0;
    for (let i = 0; i < 600; i++) {
      const source = mutate(programs[Math.floor(next() * programs.length)]!, next);
      const start = performance.now();
      try {
        parse(source, "mutant.py");
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw new Error(`mutant ${i} threw ${String(e)}\n${source}`);
        expect(e.msg, `mutant ${i}:\n${source}`).not.toMatch(/^internal/);
        rejected++;
      }
      expect(performance.now() - start, `mutant ${i} was slow`).toBeLessThan(1000);
    }
    expect(rejected).toBeGreaterThan(100);
  });

  it("never throws anything but PySyntaxError on garbage", () => {
    const next = random(7);
    for (let i = 0; i < 300; i++) {
      let source = "";
      const length = Math.floor(next() * 30);
      for (let j = 0; j < length; j++) source += fragments[Math.floor(next() * fragments.length)] + (next() < 0.5 ? " " : "");
      try {
        parse(source, "garbage.py");
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw new Error(`garbage ${i} threw ${String(e)}: ${JSON.stringify(source)}`);
        expect(e.msg, JSON.stringify(source)).not.toMatch(/^internal/);
      }
    }
  });

  it("reads deep nesting, and reports nesting too deep for the stack as a syntax error", () => {
    expect(() => parse(`x = ${"[".repeat(100)}1${"]".repeat(100)}\n`, "t.py")).not.toThrow();
    expect(() => parse(`x = ${"not ".repeat(5000)}y\n`, "t.py")).not.toThrow();
    expect(syntaxError(`x = ${"-".repeat(100000)}1\n`).msg).toBe("Parser stack overflowed - Python source too complex to parse");
  });
});
