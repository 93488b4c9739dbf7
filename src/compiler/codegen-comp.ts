// Comprehensions. As in CPython 3.12+ (PEP 709), list, set and dict
// comprehensions are inlined into the code that contains them: no function is
// made or called. Their iteration variables still do not leak: before the
// loop, the current values of the names the comprehension binds are pushed
// (LOAD_FAST_AND_CLEAR) and afterwards restored, also when an exception
// escapes (a handler around the loop does it). Generator expressions remain
// separate code objects, called with the outermost iterator as argument `.0`.

import type * as ast from "../../grammar/ast.js";
import { Op } from "../vm/opcodes.js";
import { addYield, addYieldFrom, jumpIf, visitExpr } from "./codegen-expr.js";
import { wrapInStopIterationHandler } from "./codegen-func.js";
import type { Compiler } from "./codegen.js";
import { NO_LOCATION, locationOf, type Label, type Location } from "./instructions.js";
import { DEF_LOCAL, DEF_NONLOCAL, Scope, scopeOf } from "./symtable-flags.js";
import type { SymbolTableEntry } from "./symtable.js";

type ComprehensionNode = ast.ListComp | ast.DictComp;
type ComprehensionKind = "list" | "set" | "dict" | "generator";

const KINDS: Record<string, ComprehensionKind> = {
  ListComp: "list", SetComp: "set", DictComp: "dict", GeneratorExp: "generator",
};

interface InlineState {
  pushedLocals: string[];
  /** Symbols whose scope was changed for the comprehension, with their outer value. */
  tempSymbols: Map<string, number>;
  fastHidden: string[];
  cleanup: Label | null;
  end: Label;
}

export function compileComprehension(
  c: Compiler, e: ComprehensionNode, generators: ast.Comprehension[], elt: ast.Expr, value: ast.Expr | null,
): void {
  const kind = KINDS[e.type]!;
  const entry = c.st.lookup(e);
  const outerScopeType = c.u.scopeType;
  const isAsync = entry.coroutine;
  const loc = locationOf(e);
  const outermost = generators[0]!;
  const inlined = entry.compInlined;
  let state: InlineState | null = null;
  if (inlined) {
    visitExpr(c, outermost.iter);
    c.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, locationOf(outermost.iter));
    state = pushInlinedState(c, loc, entry);
  } else {
    c.enterScope("<genexpr>", "comprehension", e, e.lineno, null, { argcount: 1, posonlyargcount: 0, kwonlyargcount: 0 });
  }
  if (isAsync && kind !== "generator" && outerScopeType !== "asyncFunction" && outerScopeType !== "comprehension") {
    c.error("asynchronous comprehension outside of an asynchronous function", loc);
  }
  if (kind !== "generator") {
    c.addopI(kind === "list" ? Op.BUILD_LIST : kind === "set" ? Op.BUILD_SET : Op.BUILD_MAP, 0, loc);
    if (inlined) c.addopI(Op.SWAP, 2, loc);
  }
  comprehensionGenerator(c, loc, generators, 0, 0, elt, value, kind, inlined);
  if (state !== null) {
    popInlinedState(c, loc, state);
    return;
  }
  wrapInStopIterationHandler(c);
  const code = c.optimizeAndAssemble(true);
  c.exitScope();
  c.makeClosure(code, 0, loc);
  visitExpr(c, outermost.iter);
  c.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, locationOf(outermost.iter));
  c.addopI(Op.CALL, 0, loc);
}

// ---------------------------------------------------------------------------
// Isolating an inlined comprehension's names

function pushInlinedState(c: Compiler, loc: Location, entry: SymbolTableEntry): InlineState {
  const u = c.u;
  const inClassBlock = u.ste.type === "class" && u.inInlinedComp === 0;
  u.inInlinedComp++;
  const state: InlineState = { pushedLocals: [], tempSymbols: new Map(), fastHidden: [], cleanup: null, end: c.newLabel() };
  for (const [name, symbol] of entry.symbols) {
    const scope = scopeOf(symbol);
    const outer = u.ste.symbols.get(name) ?? 0;
    const outerScope = scopeOf(outer);
    // A name scoped differently inside is handled with its inner scope while
    // compiling the comprehension. A free name is handled as outside; a cell
    // inside that is free outside stays free (both use *_DEREF).
    if (scope !== outerScope && scope !== Scope.Free && !(scope === Scope.Cell && outerScope === Scope.Free)) {
      state.tempSymbols.set(name, outer);
      u.ste.symbols.set(name, symbol);
    }
    const bindsHere = ((symbol & DEF_LOCAL) !== 0 && (symbol & DEF_NONLOCAL) === 0) || inClassBlock;
    if (!bindsHere) continue;
    if (!u.ste.isFunctionLike && u.md.fasthidden.get(name) !== true) {
      // Outside a function, the comprehension's names become fast locals for a while.
      u.md.fasthidden.set(name, true);
      state.fastHidden.push(name);
    }
    // Save the outer value (or cell) of each name the comprehension binds.
    c.addopVarname(Op.LOAD_FAST_AND_CLEAR, name, loc);
    if (scope === Scope.Cell) c.addopI(Op.MAKE_CELL, c.cellIndex(name, outerScope === Scope.Free ? Scope.Free : Scope.Cell), loc);
    state.pushedLocals.push(name);
  }
  if (state.pushedLocals.length > 0) {
    // The iterator goes back on top; the saved values stay beneath the loop.
    c.addopI(Op.SWAP, state.pushedLocals.length + 1, loc);
    state.cleanup = c.newLabel();
    c.addopJump(Op.SETUP_FINALLY, state.cleanup, loc);
  }
  return state;
}

function restoreInlinedLocals(c: Compiler, loc: Location, state: InlineState): void {
  const n = state.pushedLocals.length;
  c.addopI(Op.SWAP, n + 1, loc);
  for (let i = n - 1; i >= 0; i--) c.addopVarname(Op.STORE_FAST_MAYBE_NULL, state.pushedLocals[i]!, loc);
}

function popInlinedState(c: Compiler, loc: Location, state: InlineState): void {
  const u = c.u;
  u.inInlinedComp--;
  for (const [name, outer] of state.tempSymbols) u.ste.symbols.set(name, outer);
  if (state.cleanup !== null) {
    c.addop(Op.POP_BLOCK, NO_LOCATION);
    c.addopJump(Op.JUMP_NO_INTERRUPT, state.end, NO_LOCATION);
    // An exception escaped: drop the partial result and restore the names.
    c.useLabel(state.cleanup);
    c.addopI(Op.SWAP, 2, NO_LOCATION);
    c.addop(Op.POP_TOP, NO_LOCATION);
    restoreInlinedLocals(c, loc, state);
    c.addopI(Op.RERAISE, 0, NO_LOCATION);
    c.useLabel(state.end);
    restoreInlinedLocals(c, loc, state);
  }
  // Still fast locals of the code object (CO_FAST_HIDDEN), but no longer used as such.
  for (const name of state.fastHidden) u.md.fasthidden.set(name, false);
}

// ---------------------------------------------------------------------------
// The loops

function comprehensionGenerator(
  c: Compiler, loc: Location, generators: ast.Comprehension[], index: number, depth: number,
  elt: ast.Expr, value: ast.Expr | null, kind: ComprehensionKind, iterOnStack: boolean,
): void {
  if (generators[index]!.is_async) {
    asyncComprehensionGenerator(c, loc, generators, index, depth, elt, value, kind, iterOnStack);
  } else {
    syncComprehensionGenerator(c, loc, generators, index, depth, elt, value, kind, iterOnStack);
  }
}

/** The innermost part: yield, append or add the element; returns its location. */
function emitElement(c: Compiler, elt: ast.Expr, value: ast.Expr | null, kind: ComprehensionKind, depth: number): Location {
  let eltLoc = locationOf(elt);
  visitExpr(c, elt);
  switch (kind) {
    case "generator":
      addYield(c, eltLoc);
      c.addop(Op.POP_TOP, eltLoc);
      break;
    case "list":
      c.addopI(Op.LIST_APPEND, depth + 1, eltLoc);
      break;
    case "set":
      c.addopI(Op.SET_ADD, depth + 1, eltLoc);
      break;
    case "dict":
      visitExpr(c, value!);
      eltLoc = { lineno: elt.lineno, end_lineno: value!.end_lineno, col_offset: elt.col_offset, end_col_offset: value!.end_col_offset };
      c.addopI(Op.MAP_ADD, depth + 1, eltLoc);
      break;
  }
  return eltLoc;
}

function syncComprehensionGenerator(
  c: Compiler, loc: Location, generators: ast.Comprehension[], index: number, depth: number,
  elt: ast.Expr, value: ast.Expr | null, kind: ComprehensionKind, iterOnStack: boolean,
): void {
  let start: Label | null = c.newLabel();
  const ifCleanup = c.newLabel();
  const anchor = c.newLabel();
  const gen = generators[index]!;
  if (!iterOnStack) {
    if (index === 0) {
      c.addopI(Op.LOAD_FAST, 0, loc);
    } else {
      // `for y in [f(x)]` just binds y: no loop.
      const elts = gen.iter.type === "List" || gen.iter.type === "Tuple" ? gen.iter.elts : null;
      if (elts !== null && elts.length === 1 && elts[0]!.type !== "Starred") {
        visitExpr(c, elts[0]!);
        start = null;
      } else {
        visitExpr(c, gen.iter);
        c.addop(Op.GET_ITER, locationOf(gen.iter));
      }
    }
  }
  if (start !== null) {
    depth++;
    c.useLabel(start);
    c.addopJump(Op.FOR_ITER, anchor, locationOf(gen.iter));
  }
  visitExpr(c, gen.target);
  for (const test of gen.ifs) jumpIf(c, test, ifCleanup, false);
  let eltLoc = locationOf(elt);
  if (index + 1 < generators.length) {
    comprehensionGenerator(c, loc, generators, index + 1, depth, elt, value, kind, false);
  } else {
    eltLoc = emitElement(c, elt, value, kind, depth);
  }
  c.useLabel(ifCleanup);
  if (start !== null) {
    c.addopJump(Op.JUMP, start, eltLoc);
    c.useLabel(anchor);
    c.addop(Op.END_FOR, NO_LOCATION);
    c.addop(Op.POP_TOP, NO_LOCATION);
  }
}

function asyncComprehensionGenerator(
  c: Compiler, loc: Location, generators: ast.Comprehension[], index: number, depth: number,
  elt: ast.Expr, value: ast.Expr | null, kind: ComprehensionKind, iterOnStack: boolean,
): void {
  const start = c.newLabel();
  const except = c.newLabel();
  const ifCleanup = c.newLabel();
  const gen = generators[index]!;
  if (!iterOnStack) {
    if (index === 0) {
      c.addopI(Op.LOAD_FAST, 0, loc);
    } else {
      visitExpr(c, gen.iter);
      c.addop(Op.GET_AITER, locationOf(gen.iter));
    }
  }
  c.useLabel(start);
  c.pushFblock(loc, "asyncComprehensionGenerator", start, null);
  c.addopJump(Op.SETUP_FINALLY, except, loc);
  c.addop(Op.GET_ANEXT, loc);
  c.loadConst(null, loc);
  addYieldFrom(c, loc, true);
  c.addop(Op.POP_BLOCK, loc);
  visitExpr(c, gen.target);
  for (const test of gen.ifs) jumpIf(c, test, ifCleanup, false);
  depth++;
  let eltLoc = locationOf(elt);
  if (index + 1 < generators.length) {
    comprehensionGenerator(c, loc, generators, index + 1, depth, elt, value, kind, false);
  } else {
    eltLoc = emitElement(c, elt, value, kind, depth);
  }
  c.useLabel(ifCleanup);
  c.addopJump(Op.JUMP, start, eltLoc);
  c.popFblock();
  c.useLabel(except);
  c.addop(Op.END_ASYNC_FOR, loc);
}
