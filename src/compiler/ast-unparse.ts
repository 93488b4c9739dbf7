// Expressions back to source text, as CPython's ast_unparse.c writes them.
// Under `from __future__ import annotations` an annotation is stored as this
// text instead of being evaluated, so it must match CPython's form exactly
// (`List[int]`, `'Node'`, `int | None`), whatever the original spelling.

import type * as ast from "../../grammar/ast.js";
import { constantValue } from "./ast-optimize.js";
import { isTupleConstant, type CodeConstant } from "./code.js";
import { reprConstant, reprStr } from "./pyrepr.js";

// Precedence levels, lowest first.
const PR_TUPLE = 0;
const PR_TEST = 1;
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_BOR = 6;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOPS: Record<ast.Operator, [string, number]> = {
  Add: [" + ", PR_ARITH], Sub: [" - ", PR_ARITH], Mult: [" * ", PR_TERM], MatMult: [" @ ", PR_TERM],
  Div: [" / ", PR_TERM], Mod: [" % ", PR_TERM], LShift: [" << ", PR_SHIFT], RShift: [" >> ", PR_SHIFT],
  BitOr: [" | ", PR_BOR], BitXor: [" ^ ", PR_BXOR], BitAnd: [" & ", PR_BAND], FloorDiv: [" // ", PR_TERM],
  Pow: [" ** ", PR_POWER],
};

const UNARYOPS: Record<ast.UnaryOperator, [string, number]> = {
  Invert: ["~", PR_FACTOR], Not: ["not ", PR_NOT], UAdd: ["+", PR_FACTOR], USub: ["-", PR_FACTOR],
};

const CMPOPS: Record<ast.CompareOperator, string> = {
  Eq: " == ", NotEq: " != ", Lt: " < ", LtE: " <= ", Gt: " > ", GtE: " >= ", Is: " is ",
  IsNot: " is not ", In: " in ", NotIn: " not in ",
};

/** The text CPython's `ast.unparse`-like C unparser gives an annotation. */
export function unparseExpr(e: ast.Expr): string {
  return expr(e, PR_TEST);
}

function paren(condition: boolean, text: string): string {
  return condition ? `(${text})` : text;
}

function expr(e: ast.Expr, level: number): string {
  switch (e.type) {
    case "BoolOp": {
      const pr = e.op === "And" ? PR_AND : PR_OR;
      const op = e.op === "And" ? " and " : " or ";
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(op));
    }
    case "BinOp": {
      const [op, pr] = BINOPS[e.op];
      const rassoc = e.op === "Pow" ? 1 : 0;
      return paren(level > pr, `${expr(e.left, pr + rassoc)}${op}${expr(e.right, pr + 1 - rassoc)}`);
    }
    case "UnaryOp": {
      const [op, pr] = UNARYOPS[e.op];
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case "Lambda": {
      const args = argumentsText(e.args);
      return paren(level > PR_TEST, `${args ? "lambda " : "lambda"}${args}: ${expr(e.body, PR_TEST)}`);
    }
    case "IfExp":
      return paren(level > PR_TEST, `${expr(e.body, PR_TEST + 1)} if ${expr(e.test, PR_TEST + 1)} else ${expr(e.orelse, PR_TEST)}`);
    case "Dict":
      return `{${e.keys.map((k, i) => (k === null ? `**${expr(e.values[i]!, PR_BOR)}` : `${expr(k, PR_TEST)}: ${expr(e.values[i]!, PR_TEST)}`)).join(", ")}}`;
    case "Set":
      return e.elts.length === 0 ? "{*()}" : `{${e.elts.map((x) => expr(x, PR_TEST)).join(", ")}}`;
    case "ListComp":
      return `[${expr(e.elt, PR_TEST)}${comprehensions(e.generators)}]`;
    case "SetComp":
      return `{${expr(e.elt, PR_TEST)}${comprehensions(e.generators)}}`;
    case "GeneratorExp":
      return `(${expr(e.elt, PR_TEST)}${comprehensions(e.generators)})`;
    case "DictComp":
      return `{${expr(e.key, PR_TEST)}: ${expr(e.value, PR_TEST)}${comprehensions(e.generators)}}`;
    case "Await":
      return paren(level > PR_AWAIT, `await ${expr(e.value, PR_ATOM)}`);
    case "Yield":
      return paren(level > PR_TUPLE, e.value === null ? "yield" : `yield ${expr(e.value, PR_TEST)}`);
    case "YieldFrom":
      return paren(level > PR_TUPLE, `yield from ${expr(e.value, PR_TEST)}`);
    case "Compare": {
      let text = expr(e.left, PR_CMP + 1);
      e.ops.forEach((op, i) => (text += CMPOPS[op] + expr(e.comparators[i]!, PR_CMP + 1)));
      return paren(level > PR_CMP, text);
    }
    case "Call":
      return call(e);
    case "Constant":
      return constant(e);
    case "JoinedStr":
      return `f${reprStr(fstringBody(e.values, false))}`;
    case "FormattedValue":
      return `f${reprStr(formattedValue(e))}`;
    case "Attribute": {
      const v = e.value;
      const period = v.type === "Constant" && typeof constantValue(v) === "bigint" ? " ." : ".";
      return `${expr(v, PR_ATOM)}${period}${e.attr}`;
    }
    case "Subscript":
      return `${expr(e.value, PR_ATOM)}[${expr(e.slice, PR_TUPLE)}]`;
    case "Starred":
      return `*${expr(e.value, PR_BOR)}`;
    case "Slice":
      return `${e.lower ? expr(e.lower, PR_TEST) : ""}:${e.upper ? expr(e.upper, PR_TEST) : ""}${e.step ? `:${expr(e.step, PR_TEST)}` : ""}`;
    case "Name":
      return e.id;
    case "List":
      return `[${e.elts.map((x) => expr(x, PR_TEST)).join(", ")}]`;
    case "Tuple":
      return tuple(e.elts.map((x) => expr(x, PR_TEST)), level);
    case "NamedExpr":
      return paren(level > PR_TUPLE, `${expr(e.target, PR_ATOM)} := ${expr(e.value, PR_ATOM)}`);
  }
}

function tuple(items: string[], level: number): string {
  if (items.length === 0) return "()";
  return paren(level > PR_TUPLE, items.join(", ") + (items.length === 1 ? "," : ""));
}

function constantText(value: CodeConstant): string {
  if (isTupleConstant(value)) return tuple(value.tuple.map(constantText), PR_ATOM);
  const repr = reprConstant(value);
  // `inf` is not a literal: 1e309 evaluates to it.
  return typeof value === "number" || (typeof value === "object" && value !== null && ("imag" in value || "complex" in value))
    ? repr.replace(/inf/g, "1e309")
    : repr;
}

function constant(e: ast.Constant): string {
  const value = constantValue(e);
  if (typeof value === "symbol") return "...";
  return (e.kind === "u" ? "u" : "") + constantText(value);
}

function call(e: ast.Call): string {
  const func = expr(e.func, PR_ATOM);
  if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]!.type === "GeneratorExp") return func + expr(e.args[0]!, PR_TEST);
  const parts = e.args.map((a) => expr(a, PR_TEST));
  for (const k of e.keywords) parts.push(k.arg === null ? `**${expr(k.value, PR_TEST)}` : `${k.arg}=${expr(k.value, PR_TEST)}`);
  return `${func}(${parts.join(", ")})`;
}

function comprehensions(generators: ast.Comprehension[]): string {
  return generators.map((g) => {
    let text = `${g.is_async ? " async for " : " for "}${expr(g.target, PR_TUPLE)} in ${expr(g.iter, PR_TEST + 1)}`;
    for (const test of g.ifs) text += ` if ${expr(test, PR_TEST + 1)}`;
    return text;
  }).join("");
}

function argumentsText(args: ast.Arguments): string {
  const parts: string[] = [];
  const positional = [...args.posonlyargs, ...args.args];
  const firstDefault = positional.length - args.defaults.length;
  positional.forEach((a, i) => {
    parts.push(i >= firstDefault ? `${a.arg}=${expr(args.defaults[i - firstDefault]!, PR_TEST)}` : a.arg);
    if (i === args.posonlyargs.length - 1) parts.push("/");
  });
  if (args.vararg !== null || args.kwonlyargs.length > 0) parts.push(args.vararg !== null ? `*${args.vararg.arg}` : "*");
  args.kwonlyargs.forEach((a, i) => {
    const d = args.kw_defaults[i];
    parts.push(d ? `${a.arg}=${expr(d, PR_TEST)}` : a.arg);
  });
  if (args.kwarg !== null) parts.push(`**${args.kwarg.arg}`);
  return parts.join(", ");
}

// ---------------------------------------------------------------------------
// f-strings

function escapeBraces(s: string): string {
  return s.replace(/\{/g, "{{").replace(/\}/g, "}}");
}

function fstringBody(values: ast.Expr[], isFormatSpec: boolean): string {
  return values.map((v) => {
    if (v.type === "Constant") {
      const text = String(constantValue(v));
      return isFormatSpec ? text : escapeBraces(text);
    }
    if (v.type === "JoinedStr") return fstringBody(v.values, isFormatSpec);
    if (v.type === "FormattedValue") return formattedValue(v);
    return "";
  }).join("");
}

function formattedValue(e: ast.FormattedValue): string {
  const inner = expr(e.value, PR_TEST + 1);
  let text = (inner.startsWith("{") ? "{ " : "{") + inner;
  if (e.conversion > 0) text += `!${String.fromCodePoint(e.conversion)}`;
  if (e.format_spec !== null) {
    const spec = e.format_spec as ast.Expr;
    text += `:${spec.type === "JoinedStr" ? fstringBody(spec.values, true) : fstringBody([spec], true)}`;
  }
  return `${text}}`;
}
