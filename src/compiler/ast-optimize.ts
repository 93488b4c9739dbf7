// The AST optimiser CPython 3.13 runs before the symbol table: constant
// folding on the tree. `-1`, `2 * 3`, `("a", "b")`, `"abc"[0]` and
// `__debug__` become Constant nodes; `x in [1, 2]` and `for x in [1, 2]` use a
// tuple; `x in {1, 2}` a frozenset; `not (a is b)` becomes `a is not b`;
// `"%s-%r" % (a, b)` becomes an f-string.
//
// The tree passed in is not modified: changed nodes are copies, and unchanged
// subtrees are shared. A folded Constant may hold a value the parser never
// produces (a tuple, a frozenset, a complex number): see `constantValue`.

import type * as ast from "../../grammar/ast.js";
import type { CodeConstant } from "./code.js";
import { foldBinop, foldSubscript, foldUnaryop } from "./fold-values.js";

/** The value of a Constant node, which after folding may be any CodeConstant. */
export function constantValue(e: ast.Constant): CodeConstant {
  return e.value;
}

/** A Constant node holding a folded value, at `pos`. */
function makeConstant(value: CodeConstant, pos: ast.Position): ast.Expr {
  const node = {
    type: "Constant", value, kind: null,
    lineno: pos.lineno, col_offset: pos.col_offset, end_lineno: pos.end_lineno, end_col_offset: pos.end_col_offset,
  };
  // Constant.value is typed for parser output; folded values extend it (see constantValue).
  return node as unknown as ast.Expr;
}

export interface OptimizeOptions {
  /** `from __future__ import annotations`: annotations are left as written. */
  futureAnnotations: boolean;
}

export function optimizeAst(mod: ast.Mod, options: OptimizeOptions): ast.Mod {
  return new AstOptimizer(options).module(mod);
}

type AnyNode = { [key: string]: unknown };

/** The fields of each kind of node that hold nodes. */
const CHILD_FIELDS: Record<string, readonly string[]> = {
  FunctionDef: ["decorator_list", "type_params", "args", "returns", "body"],
  AsyncFunctionDef: ["decorator_list", "type_params", "args", "returns", "body"],
  ClassDef: ["decorator_list", "type_params", "bases", "keywords", "body"],
  TypeAlias: ["name", "type_params", "value"], TypeVar: ["bound", "default_value"],
  ParamSpec: ["default_value"], TypeVarTuple: ["default_value"],
  Return: ["value"], Delete: ["targets"], Assign: ["targets", "value"], AugAssign: ["target", "value"],
  AnnAssign: ["target", "annotation", "value"],
  For: ["target", "iter", "body", "orelse"], AsyncFor: ["target", "iter", "body", "orelse"],
  While: ["test", "body", "orelse"], If: ["test", "body", "orelse"],
  With: ["items", "body"], AsyncWith: ["items", "body"], Raise: ["exc", "cause"],
  Try: ["body", "handlers", "orelse", "finalbody"], TryStar: ["body", "handlers", "orelse", "finalbody"], Assert: ["test", "msg"], Expr: ["value"],
  Import: [], ImportFrom: [], Global: [], Nonlocal: [], Pass: [], Break: [], Continue: [],
  BoolOp: ["values"], NamedExpr: ["target", "value"], BinOp: ["left", "right"], UnaryOp: ["operand"],
  Lambda: ["args", "body"], IfExp: ["test", "body", "orelse"], Dict: ["keys", "values"], Set: ["elts"],
  ListComp: ["elt", "generators"], SetComp: ["elt", "generators"], GeneratorExp: ["elt", "generators"],
  DictComp: ["key", "value", "generators"], Await: ["value"], Yield: ["value"], YieldFrom: ["value"],
  Compare: ["left", "comparators"], Call: ["func", "args", "keywords"],
  FormattedValue: ["value", "format_spec"], JoinedStr: ["values"], Attribute: ["value"],
  Subscript: ["value", "slice"], Starred: ["value"], List: ["elts"], Tuple: ["elts"],
  Slice: ["lower", "upper", "step"], ExceptHandler: ["exc_type", "body"],
  Match: ["subject", "cases"], match_case: ["pattern", "guard", "body"],
  MatchValue: ["value"], MatchSingleton: [], MatchSequence: ["patterns"], MatchMapping: ["keys", "patterns"],
  MatchClass: ["cls", "patterns", "kwd_patterns"], MatchStar: [], MatchAs: ["pattern"], MatchOr: ["patterns"],
};

const ARGUMENTS_FIELDS = ["posonlyargs", "args", "vararg", "kwonlyargs", "kw_defaults", "kwarg", "defaults"];
const ARG_FIELDS = ["annotation"];
const KEYWORD_FIELDS = ["value"];
const WITHITEM_FIELDS = ["context_expr", "optional_vars"];
const COMPREHENSION_FIELDS = ["target", "iter", "ifs"];
const NO_FIELDS: readonly string[] = [];

function childFields(n: AnyNode): readonly string[] {
  const type = n.type as string | undefined;
  if (type !== undefined) return CHILD_FIELDS[type] ?? NO_FIELDS;
  if ("posonlyargs" in n) return ARGUMENTS_FIELDS;
  if ("ifs" in n) return COMPREHENSION_FIELDS;
  if ("context_expr" in n) return WITHITEM_FIELDS;
  if ("annotation" in n) return ARG_FIELDS;
  if ("value" in n) return KEYWORD_FIELDS;
  return NO_FIELDS;
}

const NO_POSITION: ast.Position = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

class AstOptimizer {
  constructor(private readonly options: OptimizeOptions) {}

  module(mod: ast.Mod): ast.Mod {
    if (mod.type === "Expression") return { ...mod, body: this.expr(mod.body) };
    const body = mod.type === "Module" ? this.body(mod.body) : this.stmts(mod.body);
    return body === mod.body ? mod : { ...mod, body };
  }

  // -------------------------------------------------------------------------
  // The walk: rebuild a node only if a child changed

  private node<T>(node: T): T {
    const n = node as unknown as AnyNode;
    switch (n.type) {
      case "Constant":
      case "Name":
        return n.type === "Name" ? (this.fold(n) as T) : node;
      case "BinOp":
        return this.binOpChain(node as unknown as ast.BinOp) as T;
      case "FunctionDef":
      case "AsyncFunctionDef":
      case "ClassDef": {
        const walked = this.walkFields(n, "body");
        const body = this.body(n.body as ast.Stmt[]);
        return (body === n.body ? walked : { ...walked, body }) as T;
      }
    }
    return this.fold(this.walkFields(n, null)) as T;
  }

  /**
   * `a + b + c + ...` nests to the left, as deep as it is long: fold it from
   * the innermost operation out, without recursing once per operator.
   */
  private binOpChain(e: ast.BinOp): ast.Expr {
    const chain: ast.BinOp[] = [e];
    let left: ast.Expr = e.left;
    while (left.type === "BinOp") {
      chain.push(left);
      left = left.left;
    }
    let result: ast.Expr = this.node(left);
    for (let i = chain.length - 1; i >= 0; i--) {
      const op = chain[i]!;
      const right = this.node(op.right);
      const rebuilt = result === op.left && right === op.right ? op : { ...op, left: result, right };
      result = this.foldBinop(rebuilt);
    }
    return result;
  }

  /** The node with its children folded: itself if none changed, else a copy. */
  private walkFields(n: AnyNode, skip: string | null): AnyNode {
    let copy: AnyNode | null = null;
    for (const key of childFields(n)) {
      const value = n[key];
      if (key === skip || value === null || value === undefined) continue;
      if (this.options.futureAnnotations && (key === "annotation" || key === "returns")) continue;
      const next = Array.isArray(value) ? this.list(value) : this.node(value);
      if (next !== value) {
        copy ??= { ...n };
        copy[key] = next;
      }
    }
    return copy ?? n;
  }

  private list<T>(items: T[]): T[] {
    let copy: T[] | null = null;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (item === null) continue;
      const next = this.node(item);
      if (next !== item) {
        copy ??= items.slice();
        copy[i] = next;
      }
    }
    return copy ?? items;
  }

  private stmts(stmts: ast.Stmt[]): ast.Stmt[] {
    return this.list(stmts);
  }

  private expr(e: ast.Expr): ast.Expr {
    return this.node(e);
  }

  /**
   * A body's statements; if folding turned its first statement into a string
   * constant, wrap it in an f-string so it does not become a docstring.
   */
  private body(stmts: ast.Stmt[]): ast.Stmt[] {
    const hadDocstring = docstringOf(stmts) !== null;
    const folded = this.stmts(stmts);
    if (hadDocstring || docstringOf(folded) === null) return folded;
    const first = folded[0] as ast.ExprStmt;
    const joined: ast.JoinedStr = { type: "JoinedStr", values: [first.value], ...positionOf(first) };
    return [{ ...first, value: joined }, ...folded.slice(1)];
  }

  // -------------------------------------------------------------------------
  // The folds, applied to a node whose children are already folded

  private fold(n: AnyNode): AnyNode {
    switch (n.type) {
      case "UnaryOp":
        return this.foldUnaryop(n as unknown as ast.UnaryOp) as unknown as AnyNode;
      case "Tuple":
        return foldTuple(n as unknown as ast.ListDisplay) as unknown as AnyNode;
      case "Subscript":
        return foldSubscr(n as unknown as ast.Subscript) as unknown as AnyNode;
      case "Compare":
        return foldCompare(n as unknown as ast.Compare) as unknown as AnyNode;
      case "Name": {
        const name = n as unknown as ast.Name;
        if (name.ctx === "Load" && name.id === "__debug__") return makeConstant(true, name) as unknown as AnyNode;
        return n;
      }
      // Only `for`: CPython's ast_opt.c leaves an `async for`'s list alone
      // (so its error names a list), though it folds one in an async comprehension.
      case "For": {
        const iter = foldIter(n.iter as ast.Expr);
        return iter === n.iter ? n : { ...n, iter };
      }
    }
    if (n.type === undefined && "iter" in n && "ifs" in n) {
      // A comprehension's `for ... in ITER`.
      const iter = foldIter(n.iter as ast.Expr);
      return iter === n.iter ? n : { ...n, iter };
    }
    return n;
  }

  private foldBinop(e: ast.BinOp): ast.Expr {
    const { left, right } = e;
    if (left.type !== "Constant") return e;
    const lv = constantValue(left);
    if (e.op === "Mod" && right.type === "Tuple" && typeof lv === "string" && !hasStarred(right.elts)) {
      return optimizeFormat(e, lv, right.elts) ?? e;
    }
    if (right.type !== "Constant") return e;
    const value = foldBinop(e.op, lv, constantValue(right));
    return value === undefined ? e : makeConstant(value, e);
  }

  private foldUnaryop(e: ast.UnaryOp): ast.Expr {
    const arg = e.operand;
    if (arg.type !== "Constant") {
      if (e.op === "Not" && arg.type === "Compare" && arg.ops.length === 1) {
        const inverted = INVERTED_COMPARISONS[arg.ops[0]!];
        if (inverted !== undefined) return { ...arg, ops: [inverted] };
      }
      return e;
    }
    const value = foldUnaryop(e.op, constantValue(arg));
    return value === undefined ? e : makeConstant(value, e);
  }
}

const INVERTED_COMPARISONS: Partial<Record<ast.CompareOperator, ast.CompareOperator>> = {
  Is: "IsNot", IsNot: "Is", In: "NotIn", NotIn: "In",
};

function positionOf(p: ast.Position): ast.Position {
  return { lineno: p.lineno, col_offset: p.col_offset, end_lineno: p.end_lineno, end_col_offset: p.end_col_offset };
}

export function docstringOf(stmts: ast.Stmt[]): string | null {
  const first = stmts[0];
  if (first === undefined || first.type !== "Expr" || first.value.type !== "Constant") return null;
  const v = constantValue(first.value);
  return typeof v === "string" ? v : null;
}

function hasStarred(elts: ast.Expr[]): boolean {
  return elts.some((e) => e.type === "Starred");
}

function allConstant(elts: ast.Expr[]): elts is ast.Constant[] {
  return elts.every((e) => e.type === "Constant");
}

function foldTuple(e: ast.ListDisplay): ast.Expr {
  if (e.ctx !== "Load" || !allConstant(e.elts)) return e;
  return makeConstant({ tuple: e.elts.map(constantValue) }, e);
}

function foldSubscr(e: ast.Subscript): ast.Expr {
  if (e.ctx !== "Load" || e.value.type !== "Constant" || e.slice.type !== "Constant") return e;
  const value = foldSubscript(constantValue(e.value), constantValue(e.slice));
  return value === undefined ? e : makeConstant(value, e);
}

/** `x in [a, b]` tests a tuple; `x in {1, 2}` a constant frozenset. */
function foldCompare(e: ast.Compare): ast.Expr {
  const last = e.ops.length - 1;
  const op = e.ops[last]!;
  if (op !== "In" && op !== "NotIn") return e;
  const folded = foldIter(e.comparators[last]!);
  if (folded === e.comparators[last]) return e;
  const comparators = e.comparators.slice();
  comparators[last] = folded;
  return { ...e, comparators };
}

/** An iterated list becomes a tuple (constant if it can be); a set of constants a frozenset. */
function foldIter(arg: ast.Expr): ast.Expr {
  if (arg.type === "List") {
    if (hasStarred(arg.elts)) return arg;
    const tuple: ast.ListDisplay = { ...arg, type: "Tuple" };
    return allConstant(arg.elts) ? makeConstant({ tuple: arg.elts.map(constantValue) }, arg) : tuple;
  }
  if (arg.type === "Set" && allConstant(arg.elts)) {
    return makeConstant({ frozenset: dedupe(arg.elts.map(constantValue)) }, arg);
  }
  return arg;
}

function dedupe(values: CodeConstant[]): CodeConstant[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = typeof v === "bigint" ? `n${v}` : typeof v === "number" ? `n${v}` : typeof v === "boolean" ? `n${Number(v)}` : `${typeof v}:${String(v)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------
// `"..." % (a, b)` as an f-string, for the %s, %r and %a conversions only

const MAXDIGITS = 3;

interface FormatUnit {
  spec: string;
  ljust: boolean;
  width: number;
  prec: number;
}

/** Parse one `%...` unit after the `%`; null for an unsupported one. */
function parseFormatUnit(fmt: string[], pos: { i: number }): FormatUnit | null {
  let i = pos.i;
  const next = (): string | null => (i < fmt.length ? fmt[i++]! : null);
  let ljust = false;
  let ch = next();
  while (ch !== null && "-+ #0".includes(ch)) {
    if (ch === "-") ljust = true;
    ch = next();
  }
  if (ch === null) return null;
  let width = -1;
  if (ch >= "0" && ch <= "9") {
    width = 0;
    let digits = 0;
    while (ch !== null && ch >= "0" && ch <= "9") {
      width = width * 10 + Number(ch);
      ch = next();
      if (++digits >= MAXDIGITS) return null;
    }
    if (ch === null) return null;
  }
  let prec = -1;
  if (ch === ".") {
    ch = next();
    if (ch === null) return null;
    prec = 0;
    let digits = 0;
    while (ch !== null && ch >= "0" && ch <= "9") {
      prec = prec * 10 + Number(ch);
      ch = next();
      if (++digits >= MAXDIGITS) return null;
    }
    if (ch === null) return null;
  }
  pos.i = i;
  return { spec: ch, ljust, width, prec };
}

function literalPart(fmt: string[], pos: { i: number }): string | null {
  const start = pos.i;
  let i = start;
  let text = "";
  while (i < fmt.length) {
    if (fmt[i] !== "%") {
      text += fmt[i++];
    } else if (i + 1 < fmt.length && fmt[i + 1] === "%") {
      text += "%";
      i += 2;
    } else {
      break;
    }
  }
  pos.i = i;
  return i === start ? null : text;
}

function optimizeFormat(node: ast.BinOp, format: string, elts: ast.Expr[]): ast.Expr | null {
  const fmt = [...format];
  const pos = { i: 0 };
  const values: ast.Expr[] = [];
  let count = 0;
  for (;;) {
    const literal = literalPart(fmt, pos);
    if (literal !== null) values.push(makeConstant(literal, NO_POSITION));
    if (pos.i >= fmt.length) break;
    if (count >= elts.length) return null;
    pos.i++;
    const unit = parseFormatUnit(fmt, pos);
    if (unit === null || !"sra".includes(unit.spec)) return null;
    values.push(formattedValue(elts[count]!, unit));
    count++;
  }
  if (count < elts.length) return null;
  return { type: "JoinedStr", values, ...positionOf(node) };
}

function formattedValue(arg: ast.Expr, unit: FormatUnit): ast.FormattedValue {
  let spec = "";
  if (!unit.ljust && unit.width > 0) spec += ">";
  if (unit.width >= 0) spec += String(unit.width);
  if (unit.prec >= 0) spec += `.${unit.prec}`;
  const formatSpec = spec === "" ? null : (makeConstant(spec, NO_POSITION) as ast.Constant);
  return {
    type: "FormattedValue",
    value: arg,
    conversion: unit.spec.codePointAt(0)!,
    // CPython puts the spec's Constant directly here, not inside a JoinedStr.
    format_spec: formatSpec as unknown as ast.JoinedStr | null,
    ...positionOf(arg),
  };
}
