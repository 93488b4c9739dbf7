// Expressions: operators, comparisons and conditional jumps, containers,
// subscripts and attributes, f-strings, unpacking assignment targets, and
// yield / await.

import type * as ast from "../../grammar/ast.js";
import { COMPARE_MASKS, INTRINSIC, NB, Op, RESUME_AFTER_AWAIT, RESUME_AFTER_YIELD, RESUME_AFTER_YIELD_FROM } from "../vm/opcodes.js";
import { constantValue } from "./ast-optimize.js";
import { checkCompare } from "./literal-checks.js";
import { canOptimizeSuperCall, compileCall, loadArgsForSuper } from "./codegen-call.js";
import { compileComprehension } from "./codegen-comp.js";
import { compileLambda } from "./codegen-func.js";
import type { Compiler } from "./codegen.js";
import { NO_LOCATION, locationOf, type Label, type Location } from "./instructions.js";

/** Above this many items, containers and calls are built incrementally. */
export const STACK_USE_GUIDELINE = 30;

const BINARY_OPERATORS: Record<ast.Operator, number> = {
  Add: NB.ADD, Sub: NB.SUBTRACT, Mult: NB.MULTIPLY, MatMult: NB.MATRIX_MULTIPLY, Div: NB.TRUE_DIVIDE,
  Mod: NB.REMAINDER, Pow: NB.POWER, LShift: NB.LSHIFT, RShift: NB.RSHIFT, BitOr: NB.OR,
  BitXor: NB.XOR, BitAnd: NB.AND, FloorDiv: NB.FLOOR_DIVIDE,
};

export function binaryOperator(op: ast.Operator): number {
  return BINARY_OPERATORS[op];
}

export function visitExprs(c: Compiler, exprs: ast.Expr[]): void {
  for (const e of exprs) visitExpr(c, e);
}

export function visitExpr(c: Compiler, e: ast.Expr): void {
  const loc = locationOf(e);
  switch (e.type) {
    case "NamedExpr":
      visitExpr(c, e.value);
      c.addopI(Op.COPY, 1, loc);
      return visitExpr(c, e.target);
    case "BoolOp":
      return compileBoolOp(c, e);
    case "BinOp":
      return compileBinOp(c, e);
    case "UnaryOp":
      return compileUnaryOp(c, e, loc);
    case "Lambda":
      return compileLambda(c, e);
    case "IfExp":
      return compileIfExp(c, e);
    case "Dict":
      return compileDict(c, e);
    case "Set":
      return buildStarredSequence(c, loc, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
      return compileComprehension(c, e, e.generators, e.elt, null);
    case "DictComp":
      return compileComprehension(c, e, e.generators, e.key, e.value);
    case "Yield":
      if (!c.u.ste.isFunctionLike) c.error("'yield' outside function", loc);
      if (e.value !== null) visitExpr(c, e.value);
      else c.loadConst(null, loc);
      return addYield(c, loc);
    case "YieldFrom":
      if (!c.u.ste.isFunctionLike) c.error("'yield from' outside function", loc);
      if (c.u.scopeType === "asyncFunction") c.error("'yield from' inside async function", loc);
      visitExpr(c, e.value);
      c.addop(Op.GET_YIELD_FROM_ITER, loc);
      c.loadConst(null, loc);
      return addYieldFrom(c, loc, false);
    case "Await":
      if (!c.u.ste.isFunctionLike) c.error("'await' outside function", loc);
      if (c.u.scopeType !== "asyncFunction" && c.u.scopeType !== "comprehension") {
        c.error("'await' outside async function", loc);
      }
      visitExpr(c, e.value);
      c.addopI(Op.GET_AWAITABLE, 0, loc);
      c.loadConst(null, loc);
      return addYieldFrom(c, loc, true);
    case "Compare":
      return compileCompare(c, e);
    case "Call":
      return compileCall(c, e);
    case "Constant":
      return c.loadConst(constantValue(e), loc);
    case "JoinedStr":
      return compileJoinedStr(c, e);
    case "FormattedValue":
      return compileFormattedValue(c, e);
    case "Attribute":
      return compileAttribute(c, e);
    case "Subscript":
      return compileSubscript(c, e);
    case "Starred":
      if (e.ctx === "Store") c.error("starred assignment target must be in a list or tuple", loc);
      return c.error("can't use starred expression here", loc);
    case "Slice": {
      const n = compileSlice(c, e);
      return c.addopI(Op.BUILD_SLICE, n, loc);
    }
    case "Name":
      return c.nameop(e.id, e.ctx, loc);
    case "List":
    case "Tuple":
      return compileSequence(c, e);
  }
}

/** Binary operators; a left-nested chain (`a + b + c ...`) without recursing once per operator. */
function compileBinOp(c: Compiler, e: ast.BinOp): void {
  const chain: ast.BinOp[] = [e];
  let left = e.left;
  while (left.type === "BinOp") {
    chain.push(left);
    left = left.left;
  }
  visitExpr(c, left);
  for (let i = chain.length - 1; i >= 0; i--) {
    const op = chain[i]!;
    visitExpr(c, op.right);
    c.addopI(Op.BINARY_OP, binaryOperator(op.op), locationOf(op));
  }
}

/** Unary operators, a chain of them (`not not not x`) without recursing once per operator. */
function compileUnaryOp(c: Compiler, e: ast.UnaryOp, loc: Location): void {
  const chain: ast.UnaryOp[] = [e];
  let operand = e.operand;
  while (operand.type === "UnaryOp") {
    chain.push(operand);
    operand = operand.operand;
  }
  visitExpr(c, operand);
  for (let i = chain.length - 1; i >= 0; i--) emitUnaryOp(c, chain[i]!.op, i === 0 ? loc : locationOf(chain[i]!));
}

function emitUnaryOp(c: Compiler, op: ast.UnaryOperator, loc: Location): void {
  switch (op) {
    case "UAdd":
      return c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC.UNARY_POSITIVE, loc);
    case "Not":
      c.addop(Op.TO_BOOL, loc);
      return c.addop(Op.UNARY_NOT, loc);
    case "USub":
      return c.addop(Op.UNARY_NEGATIVE, loc);
    case "Invert":
      return c.addop(Op.UNARY_INVERT, loc);
  }
}

// ---------------------------------------------------------------------------
// Yield and await

/** `yield v`: async generators wrap the value so `__anext__` can tell it from an await. */
export function addYield(c: Compiler, loc: Location): void {
  if (c.u.ste.generator && c.u.ste.coroutine) c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC.ASYNC_GEN_WRAP, loc);
  c.addopI(Op.YIELD_VALUE, 0, loc);
  c.addopI(Op.RESUME, RESUME_AFTER_YIELD, loc);
}

/**
 * Delegate to the iterator under the top of the stack (`yield from`, `await`):
 * SEND values into it until it finishes; StopIteration from throw() or close()
 * while suspended ends the loop through CLEANUP_THROW.
 */
export function addYieldFrom(c: Compiler, loc: Location, isAwait: boolean): void {
  const send = c.newLabel();
  const fail = c.newLabel();
  const exit = c.newLabel();
  c.useLabel(send);
  c.addopJump(Op.SEND, exit, loc);
  c.addopJump(Op.SETUP_FINALLY, fail, loc);
  c.addopI(Op.YIELD_VALUE, 1, loc);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addopI(Op.RESUME, isAwait ? RESUME_AFTER_AWAIT : RESUME_AFTER_YIELD_FROM, loc);
  c.addopJump(Op.JUMP_NO_INTERRUPT, send, loc);
  c.useLabel(fail);
  c.addop(Op.CLEANUP_THROW, loc);
  c.useLabel(exit);
  c.addop(Op.END_SEND, loc);
}

// ---------------------------------------------------------------------------
// Boolean operators, comparisons, conditional jumps

function compileBoolOp(c: Compiler, e: ast.BoolOp): void {
  const loc = locationOf(e);
  const jump = e.op === "And" ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
  const end = c.newLabel();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.values[i]!);
    c.addopI(Op.COPY, 1, loc);
    c.addop(Op.TO_BOOL, loc);
    c.addopJump(jump, end, loc);
    c.addop(Op.POP_TOP, loc);
  }
  visitExpr(c, e.values[n]!);
  c.useLabel(end);
}

const COMPARISONS: Partial<Record<ast.CompareOperator, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

export function addCompare(c: Compiler, op: ast.CompareOperator, loc: Location): void {
  switch (op) {
    case "Is":
      return c.addopI(Op.IS_OP, 0, loc);
    case "IsNot":
      return c.addopI(Op.IS_OP, 1, loc);
    case "In":
      return c.addopI(Op.CONTAINS_OP, 0, loc);
    case "NotIn":
      return c.addopI(Op.CONTAINS_OP, 1, loc);
  }
  const cmp = COMPARISONS[op]!;
  c.addopI(Op.COMPARE_OP, (cmp << 5) | COMPARE_MASKS[cmp]!, loc);
}

/** `a < b < c`: each middle operand is compared twice but evaluated once. */
function compileCompare(c: Compiler, e: ast.Compare): void {
  checkCompare(e);
  const loc = locationOf(e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]!);
    return addCompare(c, e.ops[0]!, loc);
  }
  const cleanup = c.newLabel();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]!);
    c.addopI(Op.SWAP, 2, loc);
    c.addopI(Op.COPY, 2, loc);
    addCompare(c, e.ops[i]!, loc);
    c.addopI(Op.COPY, 1, loc);
    c.addop(Op.TO_BOOL, loc);
    c.addopJump(Op.POP_JUMP_IF_FALSE, cleanup, loc);
    c.addop(Op.POP_TOP, loc);
  }
  visitExpr(c, e.comparators[n]!);
  addCompare(c, e.ops[n]!, loc);
  const end = c.newLabel();
  c.addopJump(Op.JUMP, end, NO_LOCATION);
  c.useLabel(cleanup);
  c.addopI(Op.SWAP, 2, loc);
  c.addop(Op.POP_TOP, loc);
  c.useLabel(end);
}

/** Jump to `next` if `e` is true (cond) or false (!cond), without building a bool where possible. */
export function jumpIf(c: Compiler, e: ast.Expr, next: Label, cond: boolean): void {
  while (e.type === "UnaryOp" && e.op === "Not") {
    e = e.operand;
    cond = !cond;
  }
  switch (e.type) {
    case "BoolOp": {
      const n = e.values.length - 1;
      const cond2 = e.op === "Or";
      const next2 = cond2 !== cond ? c.newLabel() : next;
      for (let i = 0; i < n; i++) jumpIf(c, e.values[i]!, next2, cond2);
      jumpIf(c, e.values[n]!, next, cond);
      if (next2 !== next) c.useLabel(next2);
      return;
    }
    case "IfExp": {
      const end = c.newLabel();
      const next2 = c.newLabel();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.addopJump(Op.JUMP, end, NO_LOCATION);
      c.useLabel(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useLabel(end);
      return;
    }
    case "Compare": {
      const n = e.ops.length - 1;
      if (n > 0) return jumpIfChainedCompare(c, e, next, cond);
      break;
    }
  }
  visitExpr(c, e);
  const loc = locationOf(e);
  c.addop(Op.TO_BOOL, loc);
  c.addopJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, loc);
}

function jumpIfChainedCompare(c: Compiler, e: ast.Compare, next: Label, cond: boolean): void {
  checkCompare(e);
  const loc = locationOf(e);
  const n = e.ops.length - 1;
  const cleanup = c.newLabel();
  visitExpr(c, e.left);
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]!);
    c.addopI(Op.SWAP, 2, loc);
    c.addopI(Op.COPY, 2, loc);
    addCompare(c, e.ops[i]!, loc);
    c.addop(Op.TO_BOOL, loc);
    c.addopJump(Op.POP_JUMP_IF_FALSE, cleanup, loc);
  }
  visitExpr(c, e.comparators[n]!);
  addCompare(c, e.ops[n]!, loc);
  c.addop(Op.TO_BOOL, loc);
  c.addopJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, loc);
  const end = c.newLabel();
  c.addopJump(Op.JUMP, end, NO_LOCATION);
  c.useLabel(cleanup);
  c.addop(Op.POP_TOP, loc);
  if (!cond) c.addopJump(Op.JUMP, next, NO_LOCATION);
  c.useLabel(end);
}

function compileIfExp(c: Compiler, e: ast.IfExp): void {
  const end = c.newLabel();
  const next = c.newLabel();
  jumpIf(c, e.test, next, false);
  visitExpr(c, e.body);
  c.addopJump(Op.JUMP, end, NO_LOCATION);
  c.useLabel(next);
  visitExpr(c, e.orelse);
  c.useLabel(end);
}

// ---------------------------------------------------------------------------
// Containers

function allConstant(elts: (ast.Expr | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) if (elts[i]?.type !== "Constant") return false;
  return true;
}

/**
 * Build a list, tuple or set from items some of which may be `*starred`:
 * BUILD_x for plain items; for starred ones, build what precedes, then
 * extend/add one by one. Three or more constants become one constant.
 */
export function buildStarredSequence(
  c: Compiler, loc: Location, elts: ast.Expr[], pushed: number,
  build: number, add: number, extend: number, tuple: boolean,
): void {
  const n = elts.length;
  if (n > 2 && allConstant(elts, 0, n)) {
    const values = elts.map((e) => constantValue(e as ast.Constant));
    if (tuple && pushed === 0) return c.loadConst({ tuple: values }, loc);
    c.addopI(build, pushed, loc);
    c.loadConst(add === Op.SET_ADD ? { frozenset: values } : { tuple: values }, loc);
    c.addopI(extend, 1, loc);
    if (tuple) c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC.LIST_TO_TUPLE, loc);
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((e) => e.type === "Starred");
  if (!seenStar && !big) {
    visitExprs(c, elts);
    c.addopI(tuple ? Op.BUILD_TUPLE : build, n + pushed, loc);
    return;
  }
  let built = false;
  if (big) {
    c.addopI(build, pushed, loc);
    built = true;
  }
  elts.forEach((elt, i) => {
    if (elt.type === "Starred") {
      if (!built) {
        c.addopI(build, i + pushed, loc);
        built = true;
      }
      visitExpr(c, elt.value);
      c.addopI(extend, 1, loc);
    } else {
      visitExpr(c, elt);
      if (built) c.addopI(add, 1, loc);
    }
  });
  if (tuple) c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC.LIST_TO_TUPLE, loc);
}

function compileSequence(c: Compiler, e: ast.ListDisplay): void {
  const loc = locationOf(e);
  if (e.ctx === "Store") return unpackIntoTargets(c, loc, e.elts);
  if (e.ctx === "Load") {
    const tuple = e.type === "Tuple";
    return buildStarredSequence(c, loc, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, tuple);
  }
  visitExprs(c, e.elts);
}

/** Unpack the top of the stack into assignment targets (`a, *b, c = ...`). */
function unpackIntoTargets(c: Compiler, loc: Location, elts: ast.Expr[]): void {
  const n = elts.length;
  let seenStar = false;
  elts.forEach((elt, i) => {
    if (elt.type !== "Starred") return;
    if (seenStar) c.error("multiple starred expressions in assignment", loc);
    if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) c.error("too many expressions in star-unpacking assignment", loc);
    c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
    seenStar = true;
  });
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n, loc);
  for (const elt of elts) visitExpr(c, elt.type === "Starred" ? elt.value : elt);
}

/** Entries begin..end of a dict display, none of them `**`. */
function compileSubdict(c: Compiler, e: ast.Dict, begin: number, end: number): void {
  const n = end - begin;
  const loc = locationOf(e);
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big && allConstant(e.keys, begin, end)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]!);
    const keys = e.keys.slice(begin, end).map((k) => constantValue(k as ast.Constant));
    c.loadConst({ tuple: keys }, loc);
    c.addopI(Op.BUILD_CONST_KEY_MAP, n, loc);
    return;
  }
  if (big) c.addopI(Op.BUILD_MAP, 0, loc);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]!);
    if (big) c.addopI(Op.MAP_ADD, 1, loc);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n, loc);
}

function compileDict(c: Compiler, e: ast.Dict): void {
  const loc = locationOf(e);
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  const flush = (begin: number, end: number) => {
    compileSubdict(c, e, begin, end);
    if (haveDict) c.addopI(Op.DICT_UPDATE, 1, loc);
    haveDict = true;
    elements = 0;
  };
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements > 0) flush(i - elements, i);
      if (!haveDict) {
        c.addopI(Op.BUILD_MAP, 0, loc);
        haveDict = true;
      }
      visitExpr(c, e.values[i]!);
      c.addopI(Op.DICT_UPDATE, 1, loc);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      flush(i - elements, i + 1);
    } else {
      elements++;
    }
  }
  if (elements > 0) flush(n - elements, n);
  if (!haveDict) c.addopI(Op.BUILD_MAP, 0, loc);
}

// ---------------------------------------------------------------------------
// Attributes and subscripts

/** A multi-line attribute access is located at the attribute name, for tracebacks. */
export function updateStartLocationToMatchAttr(loc: Location, attr: ast.Attribute): Location {
  if (loc.lineno === attr.end_lineno) return loc;
  const result = { ...loc, lineno: attr.end_lineno };
  const len = attr.attr.length;
  if (len <= attr.end_col_offset) {
    result.col_offset = attr.end_col_offset - len;
  } else {
    result.col_offset = -1;
    result.end_col_offset = -1;
  }
  result.end_lineno = Math.max(result.lineno, result.end_lineno);
  if (result.lineno === result.end_lineno) result.end_col_offset = Math.max(result.col_offset, result.end_col_offset);
  return result;
}

/** `self.x = ...` in a method: remember x for the class's `__static_attributes__`. */
function recordStaticAttribute(c: Compiler, e: ast.Attribute): void {
  if (e.value.type !== "Name" || e.ctx !== "Store" || e.value.id !== "self") return;
  for (let i = c.stack.length - 1; i >= 0; i--) {
    const u = c.stack[i]!;
    if (u.scopeType === "class") {
      u.staticAttributes!.add(e.attr);
      return;
    }
  }
}

function compileAttribute(c: Compiler, e: ast.Attribute): void {
  let loc = locationOf(e);
  if (e.ctx === "Load" && canOptimizeSuperCall(c, e)) {
    loadArgsForSuper(c, e.value as ast.Call);
    const zeroArg = (e.value as ast.Call).args.length === 0;
    c.addopName(zeroArg ? "LOAD_ZERO_SUPER_ATTR" : "LOAD_SUPER_ATTR", e.attr, loc);
    c.addop(Op.NOP, updateStartLocationToMatchAttr(loc, e));
    return;
  }
  recordStaticAttribute(c, e);
  visitExpr(c, e.value);
  loc = updateStartLocationToMatchAttr(locationOf(e), e);
  switch (e.ctx) {
    case "Load":
      return c.addopName("LOAD_ATTR", e.attr, loc);
    case "Store":
      if (e.attr === "__debug__") c.error("cannot assign to __debug__", loc);
      return c.addopName("STORE_ATTR", e.attr, loc);
    case "Del":
      return c.addopName("DELETE_ATTR", e.attr, loc);
  }
}

export function isTwoElementSlice(s: ast.Expr): boolean {
  return s.type === "Slice" && s.step === null;
}

/** Push a slice's bounds (None where omitted); returns how many were pushed. */
export function compileSlice(c: Compiler, s: ast.Slice): number {
  let n = 2;
  const loc = locationOf(s);
  if (s.lower !== null) visitExpr(c, s.lower);
  else c.loadConst(null, loc);
  if (s.upper !== null) visitExpr(c, s.upper);
  else c.loadConst(null, loc);
  if (s.step !== null) {
    n++;
    visitExpr(c, s.step);
  }
  return n;
}

function compileSubscript(c: Compiler, e: ast.Subscript): void {
  const loc = locationOf(e);
  visitExpr(c, e.value);
  if (isTwoElementSlice(e.slice) && e.ctx !== "Del") {
    compileSlice(c, e.slice as ast.Slice);
    c.addop(e.ctx === "Load" ? Op.BINARY_SLICE : Op.STORE_SLICE, loc);
    return;
  }
  visitExpr(c, e.slice);
  c.addop(e.ctx === "Load" ? Op.BINARY_SUBSCR : e.ctx === "Store" ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR, loc);
}

// ---------------------------------------------------------------------------
// f-strings

function compileJoinedStr(c: Compiler, e: ast.JoinedStr): void {
  const loc = locationOf(e);
  const count = e.values.length;
  if (count > STACK_USE_GUIDELINE) {
    c.loadConst("", loc);
    c.addopName("LOAD_METHOD", "join", loc);
    c.addopI(Op.BUILD_LIST, 0, loc);
    for (const value of e.values) {
      visitExpr(c, value);
      c.addopI(Op.LIST_APPEND, 1, loc);
    }
    c.addopI(Op.CALL, 1, loc);
    return;
  }
  visitExprs(c, e.values);
  if (count > 1) c.addopI(Op.BUILD_STRING, count, loc);
  else if (count === 0) c.loadConst("", loc);
}

const CONVERSION_ARGS: Record<number, number> = { 115: 1, 114: 2, 97: 3 };

function compileFormattedValue(c: Compiler, e: ast.FormattedValue): void {
  visitExpr(c, e.value);
  const loc = locationOf(e);
  if (e.conversion !== -1) c.addopI(Op.CONVERT_VALUE, CONVERSION_ARGS[e.conversion]!, loc);
  if (e.format_spec !== null) {
    visitExpr(c, e.format_spec);
    c.addop(Op.FORMAT_WITH_SPEC, loc);
  } else {
    c.addop(Op.FORMAT_SIMPLE, loc);
  }
}
