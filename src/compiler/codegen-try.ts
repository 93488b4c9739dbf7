// try/except/finally (except* in codegen-try-star.ts), with, async with, async for, and unwinding.
//
// Handlers are not a runtime block stack: SETUP_FINALLY, SETUP_CLEANUP and
// SETUP_WITH mark where a handler's range starts and POP_BLOCK where it ends;
// flowgraph.ts turns them into the exception table. When an exception hits
// an instruction in a range, the VM unwinds the value stack to the recorded
// depth, pushes the exception (and for SETUP_CLEANUP/SETUP_WITH the index of
// the raising instruction first) and jumps to the handler.
//
// `return`, `break` and `continue` leave these constructs by running the code
// that normal exit would run (a finally body, a with statement's __exit__), as
// recorded by the frame blocks (FBlock) the constructs push while compiling.

import type * as ast from "../../grammar/ast.js";
import { Op } from "../vm/opcodes.js";
import { addYieldFrom, visitExpr } from "./codegen-expr.js";
import { visitStmts } from "./codegen-stmt.js";
import { compileTryStarExcept } from "./codegen-try-star.js";
import type { Compiler, FBlock } from "./codegen.js";
import { NO_LOCATION, locationOf, type Label, type Location } from "./instructions.js";

/** A location that unwinding may replace (an unwound finally body makes the rest artificial). */
export interface LocationRef {
  loc: Location;
}

function callExitWithNones(c: Compiler, loc: Location): void {
  c.loadConst(null, loc);
  c.loadConst(null, loc);
  c.loadConst(null, loc);
  c.addopI(Op.CALL, 2, loc);
}

/** Stack: [exc_info, lasti, exc]. Restore the previous exception and re-raise. */
function popExceptAndReraise(c: Compiler, loc: Location): void {
  c.addopI(Op.COPY, 3, loc);
  c.addop(Op.POP_EXCEPT, loc);
  c.addopI(Op.RERAISE, 1, loc);
}

/** Emit what leaving `info` early requires; `preserveTos` keeps a return value on top. */
export function unwindFblock(c: Compiler, ref: LocationRef, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case "whileLoop":
    case "exceptionHandler":
    case "exceptionGroupHandler":
    case "asyncComprehensionGenerator":
    case "stopIteration":
      return;
    case "forLoop":
      // Pop the iterator.
      if (preserveTos) c.addopI(Op.SWAP, 2, ref.loc);
      c.addop(Op.POP_TOP, ref.loc);
      return;
    case "tryExcept":
      c.addop(Op.POP_BLOCK, ref.loc);
      return;
    case "finallyTry":
      c.addop(Op.POP_BLOCK, ref.loc);
      if (preserveTos) c.pushFblock(ref.loc, "popValue", null, null);
      visitStmts(c, info.datum as ast.Stmt[]);
      if (preserveTos) c.popFblock();
      // The finally body appears to run after the statement causing the unwinding.
      ref.loc = NO_LOCATION;
      return;
    case "finallyEnd":
      if (preserveTos) c.addopI(Op.SWAP, 2, ref.loc);
      c.addop(Op.POP_TOP, ref.loc);
      if (preserveTos) c.addopI(Op.SWAP, 2, ref.loc);
      c.addop(Op.POP_BLOCK, ref.loc);
      c.addop(Op.POP_EXCEPT, ref.loc);
      return;
    case "with":
    case "asyncWith":
      ref.loc = info.loc;
      c.addop(Op.POP_BLOCK, ref.loc);
      if (preserveTos) c.addopI(Op.SWAP, 2, ref.loc);
      callExitWithNones(c, ref.loc);
      if (info.type === "asyncWith") {
        c.addopI(Op.GET_AWAITABLE, 2, ref.loc);
        c.loadConst(null, ref.loc);
        addYieldFrom(c, ref.loc, true);
      }
      c.addop(Op.POP_TOP, ref.loc);
      ref.loc = NO_LOCATION;
      return;
    case "handlerCleanup": {
      const name = info.datum as string | null;
      if (name !== null) c.addop(Op.POP_BLOCK, ref.loc);
      if (preserveTos) c.addopI(Op.SWAP, 2, ref.loc);
      c.addop(Op.POP_BLOCK, ref.loc);
      c.addop(Op.POP_EXCEPT, ref.loc);
      if (name !== null) {
        c.loadConst(null, ref.loc);
        c.nameop(name, "Store", ref.loc);
        c.nameop(name, "Del", ref.loc);
      }
      return;
    }
    case "popValue":
      if (preserveTos) c.addopI(Op.SWAP, 2, ref.loc);
      c.addop(Op.POP_TOP, ref.loc);
      return;
  }
}

/**
 * Unwind the frame blocks from the innermost out. With `stopAt` "loop", stop
 * at the innermost loop and return it (null if there is none).
 */
export function unwindFblockStack(c: Compiler, ref: LocationRef, preserveTos: boolean, stopAt: "loop" | null): FBlock | null {
  const fblocks = c.u.fblocks;
  if (fblocks.length === 0) return null;
  const top = fblocks[fblocks.length - 1]!;
  if (top.type === "exceptionGroupHandler") {
    c.error("'break', 'continue' and 'return' cannot appear in an except* block", ref.loc);
  }
  if (stopAt === "loop" && (top.type === "whileLoop" || top.type === "forLoop")) return top;
  fblocks.pop();
  unwindFblock(c, ref, top, preserveTos);
  const loop = unwindFblockStack(c, ref, preserveTos, stopAt);
  fblocks.push(top);
  return loop;
}

// ---------------------------------------------------------------------------
// try

export function compileTry(c: Compiler, s: ast.Try): void {
  if (s.finalbody.length > 0) compileTryFinally(c, s);
  else if (s.type === "TryStar") compileTryStarExcept(c, s);
  else compileTryExcept(c, s);
}

function compileTryFinally(c: Compiler, s: ast.Try): void {
  const loc = locationOf(s);
  const body = c.newLabel();
  const end = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  c.addopJump(Op.SETUP_FINALLY, end, loc);
  c.useLabel(body);
  c.pushFblock(loc, "finallyTry", body, end, s.finalbody);
  if (s.type === "TryStar") compileTryStarExcept(c, s);
  else if (s.handlers.length > 0) compileTryExcept(c, s);
  else visitStmts(c, s.body);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.popFblock();
  visitStmts(c, s.finalbody);
  c.addopJump(Op.JUMP, exit, NO_LOCATION);
  // The finally body again, for the exceptional exit.
  c.useLabel(end);
  c.addopJump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFblock(NO_LOCATION, "finallyEnd", end, null);
  visitStmts(c, s.finalbody);
  c.popFblock();
  c.addopI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}

function compileTryExcept(c: Compiler, s: ast.Try): void {
  const loc = locationOf(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  c.addopJump(Op.SETUP_FINALLY, except, loc);
  c.useLabel(body);
  c.pushFblock(loc, "tryExcept", body, null);
  visitStmts(c, s.body);
  c.popFblock();
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  visitStmts(c, s.orelse);
  c.addopJump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  c.useLabel(except);
  c.addopJump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFblock(loc, "exceptionHandler", null, null);
  s.handlers.forEach((handler, i) => {
    const hloc = locationOf(handler);
    if (handler.exc_type === null && i < s.handlers.length - 1) c.error("default 'except:' must be last", hloc);
    except = c.newLabel();
    if (handler.exc_type !== null) {
      visitExpr(c, handler.exc_type);
      c.addop(Op.CHECK_EXC_MATCH, hloc);
      c.addopJump(Op.POP_JUMP_IF_FALSE, except, hloc);
    }
    if (handler.name !== null) compileNamedHandler(c, handler, handler.name, end);
    else compileAnonymousHandler(c, handler, end);
    c.useLabel(except);
  });
  c.popFblock();
  c.addopI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(end);
}

/** `except E as name:` is `name = exc; try: body; finally: name = None; del name`. */
function compileNamedHandler(c: Compiler, handler: ast.ExceptHandler, name: string, end: Label): void {
  const hloc = locationOf(handler);
  const cleanupEnd = c.newLabel();
  const cleanupBody = c.newLabel();
  c.nameop(name, "Store", hloc);
  c.addopJump(Op.SETUP_CLEANUP, cleanupEnd, hloc);
  c.useLabel(cleanupBody);
  c.pushFblock(hloc, "handlerCleanup", cleanupBody, null, name);
  visitStmts(c, handler.body);
  c.popFblock();
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.loadConst(null, NO_LOCATION);
  c.nameop(name, "Store", NO_LOCATION);
  c.nameop(name, "Del", NO_LOCATION);
  c.addopJump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  c.useLabel(cleanupEnd);
  c.loadConst(null, NO_LOCATION);
  c.nameop(name, "Store", NO_LOCATION);
  c.nameop(name, "Del", NO_LOCATION);
  c.addopI(Op.RERAISE, 1, NO_LOCATION);
}

function compileAnonymousHandler(c: Compiler, handler: ast.ExceptHandler, end: Label): void {
  const hloc = locationOf(handler);
  const cleanupBody = c.newLabel();
  c.addop(Op.POP_TOP, hloc);
  c.useLabel(cleanupBody);
  c.pushFblock(hloc, "handlerCleanup", cleanupBody, null, null);
  visitStmts(c, handler.body);
  c.popFblock();
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addopJump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
}

// ---------------------------------------------------------------------------
// with

/** After __exit__ returned: a true result swallows the exception, else it is re-raised. */
function withExceptFinish(c: Compiler, cleanup: Label): void {
  const suppress = c.newLabel();
  c.addop(Op.TO_BOOL, NO_LOCATION);
  c.addopJump(Op.POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
  c.addopI(Op.RERAISE, 2, NO_LOCATION);
  c.useLabel(suppress);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  const exit = c.newLabel();
  c.addopJump(Op.JUMP_NO_INTERRUPT, exit, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}

export function compileWith(c: Compiler, s: ast.With, pos: number): void {
  if (s.type === "AsyncWith") return compileAsyncWith(c, s, pos);
  const item = s.items[pos]!;
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  const loc = locationOf(item.context_expr);
  c.addop(Op.BEFORE_WITH, loc);
  c.addopJump(Op.SETUP_WITH, final, loc);
  c.useLabel(block);
  c.pushFblock(loc, "with", block, final, s);
  if (item.optional_vars !== null) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP, loc);
  if (pos + 1 === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos + 1);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.popFblock();
  // Normal exit: __exit__(None, None, None).
  callExitWithNones(c, loc);
  c.addop(Op.POP_TOP, loc);
  c.addopJump(Op.JUMP, exit, loc);
  // Exceptional exit: __exit__(type, value, traceback).
  c.useLabel(final);
  c.addopJump(Op.SETUP_CLEANUP, cleanup, loc);
  c.addop(Op.PUSH_EXC_INFO, loc);
  c.addop(Op.WITH_EXCEPT_START, loc);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

export function compileAsyncWith(c: Compiler, s: ast.With, pos: number): void {
  if (c.u.scopeType !== "asyncFunction") c.error("'async with' outside async function", locationOf(s));
  const item = s.items[pos]!;
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  const loc = locationOf(item.context_expr);
  c.addop(Op.BEFORE_ASYNC_WITH, loc);
  c.addopI(Op.GET_AWAITABLE, 1, loc);
  c.loadConst(null, loc);
  addYieldFrom(c, loc, true);
  c.addopJump(Op.SETUP_WITH, final, loc);
  c.useLabel(block);
  c.pushFblock(loc, "asyncWith", block, final, s);
  if (item.optional_vars !== null) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP, loc);
  if (pos + 1 === s.items.length) visitStmts(c, s.body);
  else compileAsyncWith(c, s, pos + 1);
  c.popFblock();
  c.addop(Op.POP_BLOCK, loc);
  callExitWithNones(c, loc);
  c.addopI(Op.GET_AWAITABLE, 2, loc);
  c.loadConst(null, loc);
  addYieldFrom(c, loc, true);
  c.addop(Op.POP_TOP, loc);
  c.addopJump(Op.JUMP, exit, loc);
  c.useLabel(final);
  c.addopJump(Op.SETUP_CLEANUP, cleanup, loc);
  c.addop(Op.PUSH_EXC_INFO, loc);
  c.addop(Op.WITH_EXCEPT_START, loc);
  c.addopI(Op.GET_AWAITABLE, 2, loc);
  c.loadConst(null, loc);
  addYieldFrom(c, loc, true);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

export function compileAsyncFor(c: Compiler, s: ast.For): void {
  const loc = locationOf(s);
  if (c.u.scopeType !== "asyncFunction") c.error("'async for' outside async function", loc);
  const start = c.newLabel();
  const except = c.newLabel();
  const end = c.newLabel();
  visitExpr(c, s.iter);
  c.addop(Op.GET_AITER, locationOf(s.iter));
  c.useLabel(start);
  c.pushFblock(loc, "forLoop", start, end);
  // The handler ends the loop on StopAsyncIteration from __anext__.
  c.addopJump(Op.SETUP_FINALLY, except, loc);
  c.addop(Op.GET_ANEXT, loc);
  c.loadConst(null, loc);
  addYieldFrom(c, loc, true);
  c.addop(Op.POP_BLOCK, loc);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addopJump(Op.JUMP, start, NO_LOCATION);
  c.popFblock();
  c.useLabel(except);
  // END_ASYNC_FOR belongs to the `for`, not the body: the iterator's line.
  c.addop(Op.END_ASYNC_FOR, locationOf(s.iter));
  visitStmts(c, s.orelse);
  c.useLabel(end);
}
