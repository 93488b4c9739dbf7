// The compiler's entry points: Python source (or a syntax tree) in, a code
// object out. The passes, as in CPython 3.13:
//
//   parse (grammar/) -> __future__ features (future.ts) -> constant folding
//   (ast-optimize.ts) -> symbol tables (symtable.ts) -> code generation
//   (codegen*.ts) -> control-flow optimisation (flowgraph.ts, peephole.ts)
//   -> assembly (assemble.ts).
//
// Every problem in the source is reported as a PySyntaxError.

import type { Mod } from "../../grammar/ast.js";
import { PySyntaxError, sourceLine } from "../../grammar/errors.js";
import { parse } from "../../grammar/index.js";
import { optimizeAst } from "./ast-optimize.js";
import type { CodeObject } from "./code.js";
import { compileBody, compileInteractive } from "./codegen-stmt.js";
import { visitExpr } from "./codegen-expr.js";
import { Compiler } from "./codegen.js";
import { parseFuture } from "./future.js";
import { lineLocation } from "./instructions.js";
import { buildSymbolTable } from "./symtable.js";
import { collectSyntaxWarnings, type CompileWarning } from "../../grammar/syntax-warnings.js";

export type CompileMode = "exec" | "eval" | "single";

const EXPECTED_NODE: Record<CompileMode, Mod["type"]> = { exec: "Module", eval: "Expression", single: "Interactive" };

/** Parse and compile; throws PySyntaxError (grammar/errors.ts) for every syntax or compile-time error. */
export function compile(source: string, filename: string, mode: CompileMode = "exec"): CodeObject {
  return compileAst(parse(source, filename, mode), filename, source, mode);
}

/** A compiled program and the SyntaxWarnings its compilation raised (grammar/syntax-warnings.ts). */
export interface Compiled {
  code: CodeObject;
  warnings: CompileWarning[];
}

/** compile(), keeping the warnings for the caller to show. */
export function compileWithWarnings(source: string, filename: string, mode: CompileMode = "exec"): Compiled {
  const { result, warnings } = collectSyntaxWarnings(() => compile(source, filename, mode));
  return { code: result, warnings };
}

export function compileAst(tree: Mod, filename: string, source: string, mode: CompileMode = "exec"): CodeObject {
  if (tree.type !== EXPECTED_NODE[mode]) {
    throw new TypeError(`expected ${EXPECTED_NODE[mode]} node, got ${tree.type}`);
  }
  try {
    return compileTree(tree, filename, source);
  } catch (err) {
    if (err instanceof PySyntaxError) throw err;
    // Nesting too deep for the JavaScript stack: CPython also gives up
    // (with RecursionError) on code nested this deeply. Anything else is a
    // bug in the compiler, still reported as a Python error, never a crash.
    const msg = err instanceof RangeError
      ? "maximum recursion depth exceeded during compilation"
      : `${INTERNAL_ERROR}: ${err instanceof Error ? err.message : String(err)}`;
    throw new PySyntaxError({ msg, filename, lineno: 1, offset: 1, text: sourceLine(source, 1) });
  }
}

/** The start of the message of an error that is the compiler's fault, not the program's. */
export const INTERNAL_ERROR = "internal compiler error";

function compileTree(tree: Mod, filename: string, source: string): CodeObject {
  const src = { filename, source };
  const future = parseFuture(tree, src);
  const optimized = optimizeAst(tree, { futureAnnotations: future.annotations });
  const st = buildSymbolTable(optimized, src, future.annotations);
  const c = new Compiler(st, src, optimized.type === "Interactive", future);
  c.enterScope("<module>", "module", optimized, 1, null);
  switch (optimized.type) {
    case "Module":
      compileBody(c, lineLocation(1), optimized.body);
      break;
    case "Interactive":
      compileInteractive(c, optimized.body);
      break;
    case "Expression":
      visitExpr(c, optimized.body);
      break;
  }
  const code = c.optimizeAndAssemble(optimized.type !== "Expression");
  c.exitScope();
  return code;
}
