// Building the tree of a run of binary operators by precedence.
//
// The parser reads `a + b * c | d` as a flat list of operands and operators,
// one rule invocation for all six precedence levels of CPython's grammar
// (bitwise_or down to term), and this module folds the list into BinOp nodes.
// All the operators are left-associative, so an operator on the stack is
// applied before a new one of the same or lower precedence arrives. Each
// operand carries the tokens it began and ended with, so that every BinOp gets
// CPython's span: from its left operand's first token to its right operand's
// last, parentheses included.

import type { IToken } from "chevrotain";
import type { Expr, Operator } from "./ast.js";
import { binOp } from "./nodes.js";
import { tokenSpan } from "./syntax-location.js";

const precedence: Record<Operator, number> = {
  BitOr: 1,
  BitXor: 2,
  BitAnd: 3,
  LShift: 4, RShift: 4,
  Add: 5, Sub: 5,
  Mult: 6, Div: 6, FloorDiv: 6, Mod: 6, MatMult: 6,
  Pow: 7,
};

export interface Operand {
  node: Expr;
  first: IToken;
  last: IToken;
}

function apply(operands: Operand[], op: Operator): void {
  const right = operands.pop()!;
  const left = operands.pop()!;
  operands.push({
    node: binOp(left.node, op, right.node, tokenSpan(left.first, right.last)),
    first: left.first,
    last: right.last,
  });
}

/** Folds `operands[0] ops[0] operands[1] ops[1] ...` into one expression. */
export function foldBinaryOperators(operands: Operand[], ops: Operator[]): Expr {
  const values: Operand[] = [operands[0]!];
  const pending: Operator[] = [];
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    while (pending.length > 0 && precedence[pending[pending.length - 1]!] >= precedence[op]) {
      apply(values, pending.pop()!);
    }
    pending.push(op);
    values.push(operands[i + 1]!);
  }
  while (pending.length > 0) apply(values, pending.pop()!);
  return values[0]!.node;
}
