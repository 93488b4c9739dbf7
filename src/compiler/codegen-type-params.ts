// Generics (PEP 695/696): type parameter lists, `type` statements, and the
// annotation scopes around generic functions and classes.
//
// A generic `def f[T](...)` or `class C[T]` is compiled inside a hidden
// function, "<generic parameters of f>", called at once: it creates the type
// parameters (CALL_INTRINSIC_1 INTRINSIC_TYPEVAR...) as its locals, so the
// function or class built inside it can close over them, and returns the
// function (with `__type_params__` set) or the class (with a Generic[...]
// base added). A function's defaults are evaluated outside and passed in as
// the hidden parameters `.defaults` and `.kwdefaults`.
//
// Bounds, constraints, defaults and an alias's value are evaluated lazily:
// each is the body of a function of its own that the TypeVar or
// TypeAliasType calls on first use.

import type * as ast from "../../grammar/ast.js";
import { INTRINSIC1_TYPES, INTRINSIC2, Op } from "../vm/opcodes.js";
import { visitExpr } from "./codegen-expr.js";
import type { Compiler } from "./codegen.js";
import { locationOf, type Location } from "./instructions.js";
import { typeParamDefaultKey } from "./symtable.js";

export function genericScopeName(name: string): string {
  return `<generic parameters of ${name}>`;
}

/** Push a tuple of new type parameters, each also stored under its name. */
export function compileTypeParams(c: Compiler, params: ast.TypeParam[]): void {
  let seenDefault = false;
  for (const tp of params) {
    const loc = locationOf(tp);
    c.loadConst(tp.name, loc);
    if (tp.type === "TypeVar" && tp.bound !== null) {
      compileLazyValue(c, tp.bound, tp.name, tp, false);
      const constraints = tp.bound.type === "Tuple";
      c.addopI(Op.CALL_INTRINSIC_2, constraints ? INTRINSIC2.TYPEVAR_WITH_CONSTRAINTS : INTRINSIC2.TYPEVAR_WITH_BOUND, loc);
    } else {
      const intrinsic = tp.type === "TypeVar" ? INTRINSIC1_TYPES.TYPEVAR : tp.type === "ParamSpec" ? INTRINSIC1_TYPES.PARAMSPEC : INTRINSIC1_TYPES.TYPEVARTUPLE;
      c.addopI(Op.CALL_INTRINSIC_1, intrinsic, loc);
    }
    if (tp.default_value !== null) {
      seenDefault = true;
      compileLazyValue(c, tp.default_value, tp.name, typeParamDefaultKey(tp), tp.type === "TypeVarTuple");
      c.addopI(Op.CALL_INTRINSIC_2, INTRINSIC2.SET_TYPEPARAM_DEFAULT, loc);
    } else if (seenDefault) {
      c.error(`non-default type parameter '${tp.name}' follows default type parameter`, loc);
    }
    c.addopI(Op.COPY, 1, loc);
    c.nameop(tp.name, "Store", loc);
  }
  c.addopI(Op.BUILD_TUPLE, params.length, locationOf(params[0]!));
}

/** Push a function returning `e`, compiled in its own annotation scope (keyed by `key`). */
function compileLazyValue(c: Compiler, e: ast.Expr, name: string, key: object, allowStarred: boolean): void {
  const loc = locationOf(e);
  c.enterScope(name, "typeParams", key, e.lineno, null);
  if (allowStarred && e.type === "Starred") {
    // `*Ts = *tuple[int, ...]`: the default is the one item that unpacking gives.
    visitExpr(c, e.value);
    c.addopI(Op.UNPACK_SEQUENCE, 1, loc);
  } else {
    visitExpr(c, e);
  }
  c.addop(Op.RETURN_VALUE, loc);
  const code = c.optimizeAndAssemble(true);
  c.exitScope();
  c.makeClosure(code, 0, loc);
}

/** Leave the generic's hidden scope: make its function and call it with `nargs` values pushed before it. */
export function finishGenericScope(c: Compiler, nargs: number, loc: Location): void {
  const code = c.optimizeAndAssemble(false);
  c.exitScope();
  c.makeClosure(code, 0, loc);
  if (nargs > 0) {
    // The first argument stands in CALL's `self` slot.
    c.addopI(Op.SWAP, nargs + 1, loc);
    c.addopI(Op.CALL, nargs - 1, loc);
  } else {
    c.addop(Op.PUSH_NULL, loc);
    c.addopI(Op.CALL, 0, loc);
  }
}

/** `type Name[params] = value`: a TypeAliasType whose value is computed on first use. */
export function compileTypeAlias(c: Compiler, s: ast.TypeAlias): void {
  const loc = locationOf(s);
  const name = s.name.id;
  const generic = s.type_params.length > 0;
  if (generic) {
    c.enterScope(genericScopeName(name), "typeParams", s.type_params, loc.lineno, null);
    c.loadConst(name, loc);
    compileTypeParams(c, s.type_params);
  } else {
    c.loadConst(name, loc);
    c.loadConst(null, loc);
  }
  c.enterScope(name, "function", s, loc.lineno, null);
  // None first, so the evaluating function has no docstring.
  c.addConst(null);
  visitExpr(c, s.value);
  c.addop(Op.RETURN_VALUE, loc);
  const code = c.optimizeAndAssemble(false);
  c.exitScope();
  c.makeClosure(code, 0, loc);
  c.addopI(Op.BUILD_TUPLE, 3, loc);
  c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC1_TYPES.TYPEALIAS, loc);
  if (generic) finishGenericScope(c, 0, loc);
  c.nameop(name, "Store", loc);
}
