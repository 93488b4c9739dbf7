// Functions, lambdas and classes: each body is compiled into its own code
// object, which the enclosing code turns into a function with MAKE_FUNCTION
// (plus SET_FUNCTION_ATTRIBUTE for defaults, keyword-only defaults,
// annotations and the closure). A class body is such a function too, called
// by `__build_class__`.

import type * as ast from "../../grammar/ast.js";
import { FUNCTION_ATTRIBUTE, INTRINSIC, INTRINSIC1_TYPES, INTRINSIC2, Op } from "../vm/opcodes.js";
import { docstringOf } from "./ast-optimize.js";
import { callWithArguments } from "./codegen-call.js";
import { visitExpr, visitExprs } from "./codegen-expr.js";
import { compileBody, visitAnnotation, visitStmt } from "./codegen-stmt.js";
import { compileTypeParams, finishGenericScope, genericScopeName } from "./codegen-type-params.js";
import type { Compiler } from "./codegen.js";
import { cleanDoc } from "./docstring.js";
import { NO_LOCATION, lineLocation, locationOf, type Location } from "./instructions.js";

function checkDebugArgs(c: Compiler, args: ast.Arguments): void {
  const check = (a: ast.Arg | null) => {
    if (a !== null && a.arg === "__debug__") c.error("cannot assign to __debug__", a);
  };
  for (const a of args.posonlyargs) check(a);
  for (const a of args.args) check(a);
  check(args.vararg);
  for (const a of args.kwonlyargs) check(a);
  check(args.kwarg);
}

/** Push defaults and keyword-only defaults; returns the SET_FUNCTION_ATTRIBUTE flags. */
function defaultArguments(c: Compiler, loc: Location, args: ast.Arguments): number {
  let flags = 0;
  if (args.defaults.length > 0) {
    visitExprs(c, args.defaults);
    c.addopI(Op.BUILD_TUPLE, args.defaults.length, loc);
    flags |= FUNCTION_ATTRIBUTE.DEFAULTS;
  }
  const keys: string[] = [];
  args.kwonlyargs.forEach((arg, i) => {
    const value = args.kw_defaults[i];
    if (value === null || value === undefined) return;
    keys.push(c.mangle(arg.arg));
    visitExpr(c, value);
  });
  if (keys.length > 0) {
    c.loadConst({ tuple: keys }, loc);
    c.addopI(Op.BUILD_CONST_KEY_MAP, keys.length, loc);
    flags |= FUNCTION_ATTRIBUTE.KWDEFAULTS;
  }
  return flags;
}

/** Push the annotations as a flat tuple (name, value, name, value ...); false if none. */
function visitAnnotations(c: Compiler, loc: Location, args: ast.Arguments, returns: ast.Expr | null): boolean {
  let count = 0;
  const annotate = (name: string, annotation: ast.Expr | null) => {
    if (annotation === null) return;
    c.loadConst(c.mangle(name), loc);
    if (!c.future.annotations && annotation.type === "Starred") {
      visitExpr(c, annotation.value);
      c.addopI(Op.UNPACK_SEQUENCE, 1, loc);
    } else {
      visitAnnotation(c, annotation);
    }
    count += 2;
  };
  for (const a of args.args) annotate(a.arg, a.annotation);
  for (const a of args.posonlyargs) annotate(a.arg, a.annotation);
  if (args.vararg !== null) annotate(args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) annotate(a.arg, a.annotation);
  if (args.kwarg !== null) annotate(args.kwarg.arg, args.kwarg.annotation);
  annotate("return", returns);
  if (count === 0) return false;
  c.addopI(Op.BUILD_TUPLE, count, loc);
  return true;
}

function applyDecorators(c: Compiler, decorators: ast.Expr[]): void {
  // CALL 0 with [decorator, function] on the stack calls decorator(function).
  for (let i = decorators.length - 1; i >= 0; i--) c.addopI(Op.CALL, 0, locationOf(decorators[i]!));
}

function firstLineno(s: ast.FunctionDef | ast.ClassDef): number {
  return s.decorator_list.length > 0 ? s.decorator_list[0]!.lineno : s.lineno;
}

function argumentCounts(args: ast.Arguments): { argcount: number; posonlyargcount: number; kwonlyargcount: number } {
  return { argcount: args.args.length, posonlyargcount: args.posonlyargs.length, kwonlyargcount: args.kwonlyargs.length };
}

export function compileFunction(c: Compiler, s: ast.FunctionDef): void {
  checkDebugArgs(c, s.args);
  visitExprs(c, s.decorator_list);
  const loc = locationOf(s);
  const firstlineno = firstLineno(s);
  let flags = defaultArguments(c, loc, s.args);
  const generic = s.type_params.length > 0;
  // A generic function's defaults go into its type parameter scope as arguments.
  let nargs = 0;
  if (generic) {
    if (flags & FUNCTION_ATTRIBUTE.DEFAULTS) nargs++;
    if (flags & FUNCTION_ATTRIBUTE.KWDEFAULTS) nargs++;
    if (nargs === 2) c.addopI(Op.SWAP, 2, loc);
    c.enterScope(genericScopeName(s.name), "typeParams", s.type_params, firstlineno, null,
      { argcount: nargs, posonlyargcount: 0, kwonlyargcount: 0 });
    compileTypeParams(c, s.type_params);
    for (let i = 0; i < nargs; i++) c.addopI(Op.LOAD_FAST, i, loc);
  }
  if (visitAnnotations(c, loc, s.args, s.returns)) flags |= FUNCTION_ATTRIBUTE.ANNOTATIONS;
  compileFunctionBody(c, s, flags, firstlineno);
  if (generic) {
    c.addopI(Op.SWAP, 2, loc);
    c.addopI(Op.CALL_INTRINSIC_2, INTRINSIC2.SET_FUNCTION_TYPE_PARAMS, loc);
    finishGenericScope(c, nargs, loc);
  }
  applyDecorators(c, s.decorator_list);
  c.nameop(s.name, "Store", loc);
}

function compileFunctionBody(c: Compiler, s: ast.FunctionDef, flags: number, firstlineno: number): void {
  const isAsync = s.type === "AsyncFunctionDef";
  c.enterScope(s.name, isAsync ? "asyncFunction" : "function", s, firstlineno, null, argumentCounts(s.args));
  const doc = docstringOf(s.body);
  // The first constant is the docstring, or None: a function has no other docstring.
  c.addConst(doc !== null ? cleanDoc(doc) : null);
  const start = c.newLabel();
  c.useLabel(start);
  const ste = c.u.ste;
  const stopIterationHandler = ste.coroutine || ste.generator;
  if (stopIterationHandler) c.pushFblock(NO_LOCATION, "stopIteration", start, null);
  for (const stmt of s.body.slice(doc !== null ? 1 : 0)) visitStmt(c, stmt);
  if (stopIterationHandler) {
    wrapInStopIterationHandler(c);
    c.popFblock();
  }
  const code = c.optimizeAndAssemble(true);
  c.exitScope();
  c.makeClosure(code, flags, locationOf(s));
}

/**
 * A generator's body runs under a handler that turns a StopIteration escaping
 * from it into RuntimeError (PEP 479); the handler covers the whole body.
 */
export function wrapInStopIterationHandler(c: Compiler): void {
  const handler = c.newLabel();
  c.u.seq.insert(0, Op.SETUP_CLEANUP, handler.id, NO_LOCATION);
  c.loadConst(null, NO_LOCATION);
  c.addop(Op.RETURN_VALUE, NO_LOCATION);
  c.useLabel(handler);
  c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC.STOPITERATION_ERROR, NO_LOCATION);
  c.addopI(Op.RERAISE, 1, NO_LOCATION);
}

export function compileLambda(c: Compiler, e: ast.Lambda): void {
  checkDebugArgs(c, e.args);
  const loc = locationOf(e);
  const flags = defaultArguments(c, loc, e.args);
  c.enterScope("<lambda>", "lambda", e, e.lineno, null, argumentCounts(e.args));
  // None first, so a lambda never has a docstring.
  c.addConst(null);
  visitExpr(c, e.body);
  let code;
  if (c.u.ste.generator) {
    code = c.optimizeAndAssemble(false);
  } else {
    c.addop(Op.RETURN_VALUE, locationOf(e.body));
    code = c.optimizeAndAssemble(true);
  }
  c.exitScope();
  c.makeClosure(code, flags, loc);
}

// ---------------------------------------------------------------------------
// Classes

export function compileClass(c: Compiler, s: ast.ClassDef): void {
  visitExprs(c, s.decorator_list);
  const firstlineno = firstLineno(s);
  const loc = locationOf(s);
  const generic = s.type_params.length > 0;
  if (generic) {
    c.enterScope(genericScopeName(s.name), "typeParams", s.type_params, firstlineno, s.name);
    compileTypeParams(c, s.type_params);
    c.nameop(".type_params", "Store", loc);
  }
  compileClassBody(c, s, firstlineno);
  if (generic) {
    // Generic[*type_params] is added to the bases.
    c.nameop(".type_params", "Load", loc);
    c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC1_TYPES.SUBSCRIPT_GENERIC, loc);
    c.nameop(".generic_base", "Store", loc);
    const position = { lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset };
    const genericBase: ast.Name = { type: "Name", id: ".generic_base", ctx: "Load", ...position };
    callWithArguments(c, loc, 2, [...s.bases, genericBase], s.keywords);
    finishGenericScope(c, 0, loc);
  } else {
    callWithArguments(c, loc, 2, s.bases, s.keywords);
  }
  applyDecorators(c, s.decorator_list);
  c.nameop(s.name, "Store", loc);
}

/** Push `__build_class__`, NULL, the body function and the name: the call's first two arguments. */
function compileClassBody(c: Compiler, s: ast.ClassDef, firstlineno: number): void {
  c.enterScope(s.name, "class", s, firstlineno, s.name);
  const loc = lineLocation(firstlineno);
  c.nameop("__name__", "Load", loc);
  c.nameop("__module__", "Store", loc);
  c.loadConst(c.u.md.qualname, loc);
  c.nameop("__qualname__", "Store", loc);
  c.loadConst(BigInt(c.u.md.firstlineno), loc);
  c.nameop("__firstlineno__", "Store", loc);
  if (s.type_params.length > 0) {
    c.nameop(".type_params", "Load", loc);
    c.nameop("__type_params__", "Store", loc);
  }
  const classdict = c.u.ste.needsClassdict ? c.u.md.cellvars.get("__classdict__")! : -1;
  if (classdict >= 0) {
    // The namespace, for the annotation scopes inside the class to read.
    c.addop(Op.LOAD_LOCALS, loc);
    c.addopI(Op.STORE_DEREF, classdict, loc);
  }
  compileBody(c, loc, s.body);
  const attributes = [...c.u.staticAttributes!].sort();
  c.loadConst({ tuple: attributes }, NO_LOCATION);
  c.nameop("__static_attributes__", "Store", NO_LOCATION);
  if (classdict >= 0) {
    // type.__new__ points the cell at the class's own namespace.
    c.addopI(Op.LOAD_CLOSURE, classdict, NO_LOCATION);
    c.nameop("__classdictcell__", "Store", NO_LOCATION);
  }
  if (c.u.ste.needsClassClosure) {
    // Return the __class__ cell so __build_class__ can fill it in.
    c.addopI(Op.LOAD_CLOSURE, c.u.md.cellvars.get("__class__")!, NO_LOCATION);
    c.addopI(Op.COPY, 1, NO_LOCATION);
    c.nameop("__classcell__", "Store", NO_LOCATION);
  } else {
    c.loadConst(null, NO_LOCATION);
  }
  c.addop(Op.RETURN_VALUE, NO_LOCATION);
  const code = c.optimizeAndAssemble(true);
  c.exitScope();
  const classLoc = locationOf(s);
  c.addop(Op.LOAD_BUILD_CLASS, classLoc);
  c.addop(Op.PUSH_NULL, classLoc);
  c.makeClosure(code, 0, classLoc);
  c.loadConst(s.name, classLoc);
}
