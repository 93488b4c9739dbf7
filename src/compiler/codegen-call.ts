// Calls. The stack for CALL is `callable, self_or_null, args...`: a plain call
// pushes NULL after the callable; `obj.meth(...)` uses LOAD_ATTR's method form,
// which pushes the function and `obj` (so no bound method is created);
// `super().meth(...)` uses LOAD_SUPER_ATTR. Calls with `*args` or `**kwargs`
// build a tuple and a dict and use CALL_FUNCTION_EX.

import type * as ast from "../../grammar/ast.js";
import { Op } from "../vm/opcodes.js";
import { STACK_USE_GUIDELINE, buildStarredSequence, updateStartLocationToMatchAttr, visitExpr, visitExprs } from "./codegen-expr.js";
import type { Compiler } from "./codegen.js";
import { NO_LOCATION, locationOf, type Location } from "./instructions.js";
import { DEF_IMPORT, Scope } from "./symtable-flags.js";

function validateKeywords(c: Compiler, keywords: ast.Keyword[]): void {
  keywords.forEach((key, i) => {
    if (key.arg === null) return;
    if (key.arg === "__debug__") c.error("cannot assign to __debug__", key);
    for (const other of keywords.slice(i + 1)) {
      if (other.arg === key.arg) c.error(`keyword argument repeated: ${key.arg}`, other);
    }
  });
}

export function compileCall(c: Compiler, e: ast.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeOptimizeMethodCall(c, e)) return;
  visitExpr(c, e.func);
  c.addop(Op.PUSH_NULL, locationOf(e.func));
  callWithArguments(c, locationOf(e), 0, e.args, e.keywords);
}

/** Is `e` a name the module imports? Its attributes are looked up as plain attributes. */
function isImportOriginated(c: Compiler, e: ast.Expr): boolean {
  return e.type === "Name" && (c.st.top.flagsOf(e.id) & DEF_IMPORT) !== 0;
}

/** `obj.meth(args)` without `*` or `**`: LOAD_ATTR (method form) then CALL. */
function maybeOptimizeMethodCall(c: Compiler, e: ast.Call): boolean {
  const meth = e.func;
  if (meth.type !== "Attribute" || meth.ctx !== "Load") return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = e.args.length;
  const kwdsl = e.keywords.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a.type === "Starred")) return false;
  if (e.keywords.some((k) => k.arg === null)) return false;
  let loc = locationOf(meth);
  if (canOptimizeSuperCall(c, meth)) {
    const superCall = meth.value as ast.Call;
    loadArgsForSuper(c, superCall);
    c.addopName(superCall.args.length > 0 ? "LOAD_SUPER_METHOD" : "LOAD_ZERO_SUPER_METHOD", meth.attr, loc);
    loc = updateStartLocationToMatchAttr(loc, meth);
    c.addop(Op.NOP, loc);
  } else {
    visitExpr(c, meth.value);
    loc = updateStartLocationToMatchAttr(loc, meth);
    c.addopName("LOAD_METHOD", meth.attr, loc);
  }
  visitExprs(c, e.args);
  const callLoc = updateStartLocationToMatchAttr(locationOf(e), meth);
  if (kwdsl > 0) {
    for (const k of e.keywords) visitExpr(c, k.value);
    keywordNames(c, loc, e.keywords);
    c.addopI(Op.CALL_KW, argsl + kwdsl, callLoc);
  } else {
    c.addopI(Op.CALL, argsl, callLoc);
  }
  return true;
}

function keywordNames(c: Compiler, loc: Location, keywords: ast.Keyword[]): void {
  c.loadConst({ tuple: keywords.map((k) => k.arg!) }, loc);
}

/**
 * `super().attr` and `super(C, self).attr` compile to LOAD_SUPER_ATTR when
 * `super` is certainly the builtin and, for the zero-argument form, the
 * function has a first argument and sees the `__class__` cell.
 */
export function canOptimizeSuperCall(c: Compiler, attr: ast.Attribute): boolean {
  const e = attr.value;
  if (e.type !== "Call" || e.func.type !== "Name" || e.func.id !== "super") return false;
  if (attr.attr === "__class__" || e.keywords.length !== 0) return false;
  if (c.u.ste.scopeOf("super") !== Scope.GlobalImplicit) return false;
  if (c.st.top.scopeOf("super") !== Scope.None) return false;
  if (e.args.length === 2) return e.args.every((a) => a.type !== "Starred");
  if (e.args.length !== 0) return false;
  if (c.u.md.argcount === 0 && c.u.md.posonlyargcount === 0) return false;
  return c.refType("__class__") === Scope.Free;
}

export function loadArgsForSuper(c: Compiler, e: ast.Call): void {
  const loc = locationOf(e);
  c.nameop((e.func as ast.Name).id, "Load", locationOf(e.func));
  if (e.args.length === 2) {
    visitExpr(c, e.args[0]!);
    visitExpr(c, e.args[1]!);
    return;
  }
  c.nameop("__class__", "Load", loc);
  const firstArg = c.u.md.varnames.keys().next().value!;
  c.nameop(firstArg, "Load", loc);
}

/** Push arguments and call; `n` arguments are already on the stack (class bases). */
export function callWithArguments(c: Compiler, loc: Location, n: number, args: ast.Expr[], keywords: ast.Keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkwelts = keywords.length;
  const simple = nelts + nkwelts * 2 <= STACK_USE_GUIDELINE
    && !args.some((a) => a.type === "Starred")
    && !keywords.some((k) => k.arg === null);
  if (simple) {
    visitExprs(c, args);
    if (nkwelts > 0) {
      for (const k of keywords) visitExpr(c, k.value);
      keywordNames(c, loc, keywords);
      c.addopI(Op.CALL_KW, n + nelts + nkwelts, loc);
    } else {
      c.addopI(Op.CALL, n + nelts, loc);
    }
    return;
  }
  // Positional arguments as one tuple.
  if (n === 0 && nelts === 1 && args[0]!.type === "Starred") {
    visitExpr(c, args[0].value);
  } else {
    buildStarredSequence(c, loc, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  // Keyword arguments as one dict.
  if (nkwelts > 0) {
    let haveDict = false;
    let nseen = 0;
    keywords.forEach((kw, i) => {
      if (kw.arg !== null) {
        nseen++;
        return;
      }
      if (nseen > 0) {
        subkwargs(c, loc, keywords, i - nseen, i);
        if (haveDict) c.addopI(Op.DICT_MERGE, 1, loc);
        haveDict = true;
        nseen = 0;
      }
      if (!haveDict) {
        c.addopI(Op.BUILD_MAP, 0, loc);
        haveDict = true;
      }
      visitExpr(c, kw.value);
      c.addopI(Op.DICT_MERGE, 1, loc);
    });
    if (nseen > 0) {
      subkwargs(c, loc, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addopI(Op.DICT_MERGE, 1, loc);
    }
  }
  c.addopI(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0, loc);
}

/** A dict of the named keyword arguments begin..end. */
function subkwargs(c: Compiler, loc: Location, keywords: ast.Keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i]!.value);
    c.loadConst({ tuple: keywords.slice(begin, end).map((k) => k.arg!) }, loc);
    c.addopI(Op.BUILD_CONST_KEY_MAP, n, loc);
    return;
  }
  if (big) c.addopI(Op.BUILD_MAP, 0, NO_LOCATION);
  for (let i = begin; i < end; i++) {
    c.loadConst(keywords[i]!.arg!, loc);
    visitExpr(c, keywords[i]!.value);
    if (big) c.addopI(Op.MAP_ADD, 1, NO_LOCATION);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n, loc);
}
