// Small constructors for the nodes the parser builds most often, so that every
// node of one kind is created with its fields in one order.

import type { IToken } from "chevrotain";
import type {
  Arg, Arguments, Attribute, BinOp, Call, Expr, ExprContext, Keyword, ListDisplay, Name,
  Operator, Pass, Position, Starred, Subscript,
} from "./ast.js";
import { tokenSpan } from "./syntax-location.js";

export function name(id: string, ctx: ExprContext, pos: Position): Name {
  return { type: "Name", id, ctx, ...pos };
}

export function sequence(type: "List" | "Tuple", elts: Expr[], ctx: ExprContext, pos: Position): ListDisplay {
  return { type, elts, ctx, ...pos };
}

export function starred(value: Expr, ctx: ExprContext, pos: Position): Starred {
  return { type: "Starred", value, ctx, ...pos };
}

export function attribute(value: Expr, attr: string, ctx: ExprContext, pos: Position): Attribute {
  return { type: "Attribute", value, attr, ctx, ...pos };
}

export function subscript(value: Expr, slice: Expr, ctx: ExprContext, pos: Position): Subscript {
  return { type: "Subscript", value, slice, ctx, ...pos };
}

export function call(func: Expr, args: Expr[], keywords: Keyword[], pos: Position): Call {
  return { type: "Call", func, args, keywords, ...pos };
}

export function binOp(left: Expr, op: Operator, right: Expr, pos: Position): BinOp {
  return { type: "BinOp", left, op, right, ...pos };
}

export function arg(token: IToken, annotation: Expr | null, pos: Position): Arg {
  return { arg: token.image, annotation, ...pos };
}

export function emptyArguments(): Arguments {
  return { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

export function pass(token: IToken): Pass {
  return { type: "Pass", ...tokenSpan(token, token) };
}
