// Assignment targets.
//
// The parser reads the left side of `=`, a `for` target, a `with ... as`
// target and a `del` list as ordinary expressions (it cannot know that they
// are targets until it sees what follows) and turns them into targets here:
// the context of names, attributes, subscripts, starred items and the lists
// and tuples around them becomes Store or Del. What cannot be a target is
// reported as CPython does: _PyPegen_get_invalid_target finds the offending
// part and _PyPegen_get_expr_name names it.

import type { Expr, ExprContext } from "./ast.js";

/** What the target is for; `for` targets and `del` targets have their own quirks. */
export type TargetKind = "assign" | "for" | "del";

/** CPython's name for a kind of expression in "cannot assign to ..." messages. */
export function expressionName(e: Expr): string {
  switch (e.type) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "Constant":
      if (e.value === null) return "None";
      if (e.value === true) return "True";
      if (e.value === false) return "False";
      if (typeof e.value === "symbol") return "ellipsis";
      return "literal";
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Slice": return "slice";
  }
}

/** The part of `e` that cannot be a target of this kind, or null when `e` is a valid target. */
export function invalidTarget(e: Expr, kind: TargetKind): Expr | null {
  switch (e.type) {
    case "List":
    case "Tuple":
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, kind);
        if (bad !== null) return bad;
      }
      return null;
    case "Starred":
      return kind === "del" ? e : invalidTarget(e.value, kind);
    case "Compare":
      // `for a in b` reaches here as the comparison `a in b` when it is read
      // as an expression, so the target is its left side.
      if (kind === "for") return e.ops[0] === "In" ? invalidTarget(e.left, kind) : null;
      return e;
    case "Name":
    case "Subscript":
    case "Attribute":
      return null;
    default:
      return e;
  }
}

/** The message for an invalid target of this kind. */
export function invalidTargetMessage(bad: Expr, kind: TargetKind): string {
  return `${kind === "del" ? "cannot delete" : "cannot assign to"} ${expressionName(bad)}`;
}

/** Gives a valid target (see invalidTarget) the Store or Del context, in place. */
export function setContext(e: Expr, ctx: ExprContext): void {
  switch (e.type) {
    case "Name":
    case "Attribute":
    case "Subscript":
      e.ctx = ctx;
      return;
    case "Starred":
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case "List":
    case "Tuple":
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      return;
    default:
      return;
  }
}
