// Statements: assignments, control flow, imports, assert, raise, and the
// unwinding that `return`, `break` and `continue` do through enclosing loops,
// `try`/`finally` and `with` blocks.

import type * as ast from "../../grammar/ast.js";
import { INTRINSIC, NB_INPLACE_OFFSET, Op } from "../vm/opcodes.js";
import { constantValue, docstringOf } from "./ast-optimize.js";
import { binaryOperator, compileSlice, isTwoElementSlice, jumpIf, updateStartLocationToMatchAttr, visitExpr } from "./codegen-expr.js";
import { checkAssert } from "./literal-checks.js";
import { compileClass, compileFunction } from "./codegen-func.js";
import { compileTypeAlias } from "./codegen-type-params.js";
import { compileAsyncFor, compileAsyncWith, compileTry, compileWith, unwindFblock, unwindFblockStack } from "./codegen-try.js";
import type { Compiler } from "./codegen.js";
import { compileMatch } from "./codegen-match.js";
import { unparseExpr } from "./ast-unparse.js";
import { cleanDoc } from "./docstring.js";
import { NO_LOCATION, locationOf, type Location } from "./instructions.js";

export function visitStmts(c: Compiler, stmts: ast.Stmt[]): void {
  for (const s of stmts) visitStmt(c, s);
}

export function visitStmt(c: Compiler, s: ast.Stmt): void {
  const loc = locationOf(s);
  switch (s.type) {
    case "FunctionDef":
    case "AsyncFunctionDef":
      return compileFunction(c, s);
    case "ClassDef":
      return compileClass(c, s);
    case "Return":
      return compileReturn(c, s);
    case "Delete":
      for (const t of s.targets) visitExpr(c, t);
      return;
    case "Assign":
      visitExpr(c, s.value);
      s.targets.forEach((t, i) => {
        if (i < s.targets.length - 1) c.addopI(Op.COPY, 1, loc);
        visitExpr(c, t);
      });
      return;
    case "AugAssign":
      return compileAugAssign(c, s);
    case "AnnAssign":
      return compileAnnAssign(c, s);
    case "For":
      return compileFor(c, s);
    case "AsyncFor":
      return compileAsyncFor(c, s);
    case "While":
      return compileWhile(c, s);
    case "If":
      return compileIf(c, s);
    case "Raise": {
      let n = 0;
      if (s.exc !== null) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause !== null) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      return c.addopI(Op.RAISE_VARARGS, n, loc);
    }
    case "Try":
    case "TryStar":
      return compileTry(c, s);
    case "Assert":
      return compileAssert(c, s);
    case "Import":
      return compileImport(c, s);
    case "ImportFrom":
      return compileFromImport(c, s);
    case "Global":
    case "Nonlocal":
      return;
    case "Expr":
      return compileExprStmt(c, loc, s.value);
    case "Pass":
      return c.addop(Op.NOP, loc);
    case "Break":
      return compileBreak(c, loc);
    case "Continue":
      return compileContinue(c, loc);
    case "With":
      return compileWith(c, s, 0);
    case "AsyncWith":
      return compileAsyncWith(c, s, 0);
    case "Match":
      return compileMatch(c, s);
    case "TypeAlias":
      return compileTypeAlias(c, s);
  }
}

// ---------------------------------------------------------------------------
// Bodies of modules and classes

/** Does a body (not counting nested functions and classes) annotate a name? */
function findAnnotation(stmts: ast.Stmt[]): boolean {
  for (const s of stmts) {
    switch (s.type) {
      case "AnnAssign":
        return true;
      case "For":
      case "AsyncFor":
      case "While":
      case "If":
        if (findAnnotation(s.body) || findAnnotation(s.orelse)) return true;
        break;
      case "With":
      case "AsyncWith":
        if (findAnnotation(s.body)) return true;
        break;
      case "Try":
      case "TryStar":
        if (findAnnotation(s.body) || findAnnotation(s.orelse) || findAnnotation(s.finalbody)) return true;
        if (s.handlers.some((h) => findAnnotation(h.body))) return true;
        break;
    }
  }
  return false;
}

/** A module's or class's statements: `__annotations__`, the docstring as `__doc__`, the rest. */
export function compileBody(c: Compiler, loc: Location, stmts: ast.Stmt[]): void {
  if (c.u.scopeType === "module" && stmts.length > 0) loc = locationOf(stmts[0]!);
  if (findAnnotation(stmts)) c.addop(Op.SETUP_ANNOTATIONS, loc);
  if (stmts.length === 0) return;
  let first = 0;
  const doc = docstringOf(stmts);
  if (doc !== null) {
    first = 1;
    const value = (stmts[0] as ast.ExprStmt).value;
    c.loadConst(cleanDoc(doc), locationOf(value));
    c.nameop("__doc__", "Store", NO_LOCATION);
  }
  for (let i = first; i < stmts.length; i++) visitStmt(c, stmts[i]!);
}

export function compileInteractive(c: Compiler, stmts: ast.Stmt[]): void {
  if (findAnnotation(stmts)) c.addop(Op.SETUP_ANNOTATIONS, { lineno: 1, end_lineno: 1, col_offset: 0, end_col_offset: 0 });
  visitStmts(c, stmts);
}

function compileExprStmt(c: Compiler, loc: Location, value: ast.Expr): void {
  if (c.interactive && c.stack.length === 0) {
    visitExpr(c, value);
    c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC.PRINT, loc);
    c.addop(Op.POP_TOP, NO_LOCATION);
    return;
  }
  if (value.type === "Constant") {
    // A constant statement does nothing, but keeps its line for tracing.
    c.addop(Op.NOP, loc);
    return;
  }
  visitExpr(c, value);
  c.addop(Op.POP_TOP, NO_LOCATION);
}

// ---------------------------------------------------------------------------
// Assignments

function compileAugAssign(c: Compiler, s: ast.AugAssign): void {
  const e = s.target;
  let loc = locationOf(e);
  switch (e.type) {
    case "Attribute":
      visitExpr(c, e.value);
      c.addopI(Op.COPY, 1, loc);
      c.addopName("LOAD_ATTR", e.attr, updateStartLocationToMatchAttr(loc, e));
      break;
    case "Subscript":
      visitExpr(c, e.value);
      if (isTwoElementSlice(e.slice)) {
        compileSlice(c, e.slice as ast.Slice);
        c.addopI(Op.COPY, 3, loc);
        c.addopI(Op.COPY, 3, loc);
        c.addopI(Op.COPY, 3, loc);
        c.addop(Op.BINARY_SLICE, loc);
      } else {
        visitExpr(c, e.slice);
        c.addopI(Op.COPY, 2, loc);
        c.addopI(Op.COPY, 2, loc);
        c.addop(Op.BINARY_SUBSCR, loc);
      }
      break;
    case "Name":
      c.nameop(e.id, "Load", loc);
      break;
    default:
      c.error(`'${e.type}' is an illegal expression for augmented assignment`, e);
  }
  visitExpr(c, s.value);
  c.addopI(Op.BINARY_OP, binaryOperator(s.op) + NB_INPLACE_OFFSET, locationOf(s));
  loc = locationOf(e);
  switch (e.type) {
    case "Attribute":
      loc = updateStartLocationToMatchAttr(loc, e);
      c.addopI(Op.SWAP, 2, loc);
      c.addopName("STORE_ATTR", e.attr, loc);
      return;
    case "Subscript":
      if (isTwoElementSlice(e.slice)) {
        c.addopI(Op.SWAP, 4, loc);
        c.addopI(Op.SWAP, 3, loc);
        c.addopI(Op.SWAP, 2, loc);
        c.addop(Op.STORE_SLICE, loc);
      } else {
        c.addopI(Op.SWAP, 3, loc);
        c.addopI(Op.SWAP, 2, loc);
        c.addop(Op.STORE_SUBSCR, loc);
      }
      return;
    case "Name":
      return c.nameop(e.id, "Store", loc);
  }
}

function checkAnnExpr(c: Compiler, e: ast.Expr): void {
  visitExpr(c, e);
  c.addop(Op.POP_TOP, locationOf(e));
}

function checkAnnSubscript(c: Compiler, e: ast.Expr): void {
  if (e.type === "Slice") {
    for (const part of [e.lower, e.upper, e.step]) if (part !== null) checkAnnExpr(c, part);
  } else if (e.type === "Tuple") {
    for (const elt of e.elts) checkAnnSubscript(c, elt);
  } else {
    checkAnnExpr(c, e);
  }
}

function compileAnnAssign(c: Compiler, s: ast.AnnAssign): void {
  const loc = locationOf(s);
  const target = s.target;
  const inNamespace = c.u.scopeType === "module" || c.u.scopeType === "class";
  if (s.value !== null) {
    visitExpr(c, s.value);
    visitExpr(c, target);
  }
  switch (target.type) {
    case "Name":
      if (target.id === "__debug__") c.error("cannot assign to __debug__", loc);
      // A simple name in a module or class body: record the annotation.
      if (s.simple && inNamespace) {
        visitAnnotation(c, s.annotation);
        c.addopName("LOAD_NAME", "__annotations__", loc);
        c.loadConst(c.mangle(target.id), loc);
        c.addop(Op.STORE_SUBSCR, loc);
      }
      break;
    case "Attribute":
      if (target.attr === "__debug__") c.error("cannot assign to __debug__", loc);
      if (s.value === null) checkAnnExpr(c, target.value);
      break;
    case "Subscript":
      if (s.value === null) {
        checkAnnExpr(c, target.value);
        checkAnnSubscript(c, target.slice);
      }
      break;
  }
  // The annotation of a complex target is evaluated, but not stored.
  if (!s.simple && !c.future.annotations && inNamespace) checkAnnExpr(c, s.annotation);
}

/** An annotation's value: the expression, or its text under `from __future__ import annotations`. */
export function visitAnnotation(c: Compiler, annotation: ast.Expr): void {
  if (c.future.annotations) c.loadConst(unparseExpr(annotation), locationOf(annotation));
  else visitExpr(c, annotation);
}

// ---------------------------------------------------------------------------
// Control flow

function compileIf(c: Compiler, s: ast.If): void {
  const end = c.newLabel();
  const next = s.orelse.length > 0 ? c.newLabel() : end;
  jumpIf(c, s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length > 0) {
    c.addopJump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
    c.useLabel(next);
    visitStmts(c, s.orelse);
  }
  c.useLabel(end);
}

function compileWhile(c: Compiler, s: ast.While): void {
  const loop = c.newLabel();
  const body = c.newLabel();
  const end = c.newLabel();
  const anchor = c.newLabel();
  c.useLabel(loop);
  c.pushFblock(locationOf(s), "whileLoop", loop, end);
  jumpIf(c, s.test, anchor, false);
  c.useLabel(body);
  visitStmts(c, s.body);
  // The test is repeated at the bottom, so one iteration is one backward jump.
  jumpIf(c, s.test, body, true);
  c.popFblock();
  c.useLabel(anchor);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

function compileFor(c: Compiler, s: ast.For): void {
  const start = c.newLabel();
  const body = c.newLabel();
  const cleanup = c.newLabel();
  const end = c.newLabel();
  c.pushFblock(locationOf(s), "forLoop", start, end);
  visitExpr(c, s.iter);
  const loc = locationOf(s.iter);
  c.addop(Op.GET_ITER, loc);
  c.useLabel(start);
  c.addopJump(Op.FOR_ITER, cleanup, loc);
  // Keeps a line event for a `for` whose target is on another line.
  c.addop(Op.NOP, locationOf(s.target));
  c.useLabel(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addopJump(Op.JUMP, start, NO_LOCATION);
  c.useLabel(cleanup);
  c.addop(Op.END_FOR, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.popFblock();
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

function compileReturn(c: Compiler, s: ast.Return): void {
  let loc = locationOf(s);
  const value = s.value;
  const preserveTos = value !== null && value.type !== "Constant";
  const ste = c.u.ste;
  if (!ste.isFunctionLike) c.error("'return' outside function", loc);
  if (value !== null && ste.coroutine && ste.generator) c.error("'return' with value in async generator", loc);
  if (preserveTos) {
    visitExpr(c, value);
  } else if (value !== null) {
    // A constant is returned with its own location.
    loc = locationOf(value);
    c.addop(Op.NOP, loc);
  }
  if (value === null || value.lineno !== s.lineno) {
    loc = locationOf(s);
    c.addop(Op.NOP, loc);
  }
  const ref = { loc };
  unwindFblockStack(c, ref, preserveTos, null);
  if (value === null) c.loadConst(null, ref.loc);
  else if (!preserveTos) c.loadConst(constantValue(value as ast.Constant), ref.loc);
  c.addop(Op.RETURN_VALUE, ref.loc);
}

function compileBreak(c: Compiler, loc: Location): void {
  const ref = { loc };
  c.addop(Op.NOP, loc);
  const loop = unwindFblockStack(c, ref, false, "loop");
  if (loop === null) c.error("'break' outside loop", loc);
  unwindFblock(c, ref, loop, false);
  c.addopJump(Op.JUMP, loop.exit!, ref.loc);
}

function compileContinue(c: Compiler, loc: Location): void {
  const ref = { loc };
  c.addop(Op.NOP, loc);
  const loop = unwindFblockStack(c, ref, false, "loop");
  if (loop === null) c.error("'continue' not properly in loop", loc);
  c.addopJump(Op.JUMP, loop.block!, ref.loc);
}

function compileAssert(c: Compiler, s: ast.Assert): void {
  checkAssert(s);
  const loc = locationOf(s);
  const end = c.newLabel();
  jumpIf(c, s.test, end, true);
  c.addop(Op.LOAD_ASSERTION_ERROR, loc);
  if (s.msg !== null) {
    visitExpr(c, s.msg);
    c.addopI(Op.CALL, 0, loc);
  }
  c.addopI(Op.RAISE_VARARGS, 1, locationOf(s.test));
  c.useLabel(end);
}

// ---------------------------------------------------------------------------
// Imports

/** `import a.b.c as d`: bind d to a.b.c by walking the attributes. */
function compileImportAs(c: Compiler, loc: Location, name: string, asname: string): void {
  const parts = name.split(".");
  if (parts.length === 1) return c.nameop(asname, "Store", loc);
  parts.slice(1).forEach((attr, i) => {
    c.addopName("IMPORT_FROM", attr, loc);
    if (i < parts.length - 2) {
      c.addopI(Op.SWAP, 2, loc);
      c.addop(Op.POP_TOP, loc);
    }
  });
  c.nameop(asname, "Store", loc);
  c.addop(Op.POP_TOP, loc);
}

function compileImport(c: Compiler, s: ast.Import): void {
  const loc = locationOf(s);
  for (const alias of s.names) {
    c.loadConst(0n, loc);
    c.loadConst(null, loc);
    c.addopName("IMPORT_NAME", alias.name, loc);
    if (alias.asname !== null) compileImportAs(c, loc, alias.name, alias.asname);
    else c.nameop(alias.name.split(".")[0]!, "Store", loc);
  }
}

function compileFromImport(c: Compiler, s: ast.ImportFrom): void {
  const loc = locationOf(s);
  c.loadConst(BigInt(s.level), loc);
  if (s.module === "__future__" && s.level === 0 && isAfter(loc, c.future.location)) {
    c.error("from __future__ imports must occur at the beginning of the file", loc);
  }
  c.loadConst({ tuple: s.names.map((a) => a.name) }, loc);
  c.addopName("IMPORT_NAME", s.module ?? "", loc);
  for (const alias of s.names) {
    if (alias.name === "*") {
      c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC.IMPORT_STAR, loc);
      c.addop(Op.POP_TOP, NO_LOCATION);
      return;
    }
    c.addopName("IMPORT_FROM", alias.name, loc);
    c.nameop(alias.asname ?? alias.name, "Store", loc);
  }
  c.addop(Op.POP_TOP, loc);
}

function isAfter(loc: Location, end: Location): boolean {
  return loc.lineno > end.lineno || (loc.lineno === end.lineno && loc.col_offset > end.end_col_offset);
}
