// The compiler's SyntaxWarnings (grammar/syntax-warnings.ts), as CPython's
// codegen raises them on the optimized tree: `is` or `is not` with a literal
// operand (a learner's `x is 1` for `x == 1`, true or false by accident of
// caching), and an assertion on a non-empty parenthesized tuple, which is
// always true. Like CPython, the compiler warns each time it compiles the
// node: a `finally` body is compiled twice, and warns twice.

import { ELLIPSIS } from "../../grammar/ast.js";
import type * as ast from "../../grammar/ast.js";
import { warnSyntax } from "../../grammar/syntax-warnings.js";
import { constantValue } from "./ast-optimize.js";
import { isCodeObject, isComplexConstant, isFrozensetConstant, isTupleConstant, type CodeConstant } from "./code.js";

/** The type name of a literal that `is` must not meet, or null: None, True, False, `...` and non-literals are fine. */
function literalTypeName(e: ast.Expr): string | null {
  if (e.type === "Tuple" && e.elts.every((item) => item.type === "Constant" || literalTypeName(item) === "tuple")) {
    // A tuple of constants, which CPython's optimizer turns into a constant.
    return "tuple";
  }
  if (e.type !== "Constant") return null;
  return constantTypeName(constantValue(e));
}

function constantTypeName(v: CodeConstant): string | null {
  if (v === null || typeof v === "boolean" || v === ELLIPSIS) return null;
  if (typeof v === "bigint") return "int";
  if (typeof v === "number") return "float";
  if (typeof v === "string") return "str";
  if (v instanceof Uint8Array) return "bytes";
  if (isTupleConstant(v)) return "tuple";
  if (isFrozensetConstant(v)) return "frozenset";
  if (isComplexConstant(v) || "imag" in v) return "complex";
  return isCodeObject(v) ? "code" : null;
}

/** CPython's check_compare: warns for each `is`/`is not` with a literal on either side. */
export function checkCompare(e: ast.Compare): void {
  let left = literalTypeName(e.left);
  e.ops.forEach((op, k) => {
    const right = literalTypeName(e.comparators[k]!);
    if ((op === "Is" || op === "IsNot") && (left !== null || right !== null)) {
      const [word, meant] = op === "Is" ? ["is", "=="] : ["is not", "!="];
      warnSyntax(e.lineno, `"${word}" with '${left ?? right}' literal. Did you mean "${meant}"?`);
    }
    left = right;
  });
}

/** `assert (test, "message")`: a non-empty tuple is always true. */
export function checkAssert(s: ast.Assert): void {
  const test = s.test;
  const folded = test.type === "Constant" ? constantValue(test) : null;
  if ((test.type === "Tuple" && test.elts.length > 0) || (isTupleConstant(folded) && folded.tuple.length > 0)) {
    warnSyntax(s.lineno, "assertion is always true, perhaps remove parentheses?");
  }
}
