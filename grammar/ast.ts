// The abstract syntax tree of pygil's Python subset.
//
// It mirrors CPython 3.13's `ast` module node for node and field for field, so
// that a tree can be printed the way `ast.dump()` prints it and compared with
// CPython's own (tests/grammar). Every node carries CPython's four position
// attributes: `lineno` and `end_lineno` count from 1, `col_offset` and
// `end_col_offset` count UTF-16 code units from 0 (CPython counts UTF-8 bytes;
// the two agree on ASCII source, which is what the comparisons use).

export interface Position {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---------------------------------------------------------------------------
// Constants

/**
 * The single `...` value: a registered symbol, so that every script of the
 * bundle that holds a copy of this module (the worker's and the compiler's:
 * src/runtime/frontend.ts) means the same one.
 */
export const ELLIPSIS: unique symbol = Symbol.for("pygil.Ellipsis");

/** An imaginary literal such as `2j`: the value of its imaginary part. */
export interface Imaginary {
  imag: number;
}

/**
 * A literal's value: `null` is None, `bigint` an int, `number` a float,
 * `string` a str, `Uint8Array` a bytes object.
 */
export type ConstantValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | Uint8Array
  | Imaginary
  | typeof ELLIPSIS;

// ---------------------------------------------------------------------------
// Operators (CPython's operator, unaryop, cmpop and boolop)

export type Operator =
  | "Add" | "Sub" | "Mult" | "MatMult" | "Div" | "Mod" | "Pow"
  | "LShift" | "RShift" | "BitOr" | "BitXor" | "BitAnd" | "FloorDiv";
export type UnaryOperator = "Invert" | "Not" | "UAdd" | "USub";
export type CompareOperator =
  | "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";
export type BoolOperator = "And" | "Or";
export type ExprContext = "Load" | "Store" | "Del";

// ---------------------------------------------------------------------------
// Modules

export interface Module {
  type: "Module";
  body: Stmt[];
}
export interface Interactive {
  type: "Interactive";
  body: Stmt[];
}
export interface Expression {
  type: "Expression";
  body: Expr;
}
export type Mod = Module | Interactive | Expression;

// ---------------------------------------------------------------------------
// Statements

export interface FunctionDef extends Position {
  type: "FunctionDef" | "AsyncFunctionDef";
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_params: TypeParam[];
}
export interface ClassDef extends Position {
  type: "ClassDef";
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
  type_params: TypeParam[];
}
export interface Return extends Position {
  type: "Return";
  value: Expr | null;
}
export interface Delete extends Position {
  type: "Delete";
  targets: Expr[];
}
export interface Assign extends Position {
  type: "Assign";
  targets: Expr[];
  value: Expr;
}
export interface AugAssign extends Position {
  type: "AugAssign";
  target: Expr;
  op: Operator;
  value: Expr;
}
export interface AnnAssign extends Position {
  type: "AnnAssign";
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  /** 1 when the target is a plain name not in parentheses, as in CPython. */
  simple: 0 | 1;
}
export interface For extends Position {
  type: "For" | "AsyncFor";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface While extends Position {
  type: "While";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface If extends Position {
  type: "If";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface With extends Position {
  type: "With" | "AsyncWith";
  items: WithItem[];
  body: Stmt[];
}
export interface Raise extends Position {
  type: "Raise";
  exc: Expr | null;
  cause: Expr | null;
}
/** `try` with `except` clauses, or with `except*` ones (TryStar). */
export interface Try extends Position {
  type: "Try" | "TryStar";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends Position {
  type: "Assert";
  test: Expr;
  msg: Expr | null;
}
export interface Import extends Position {
  type: "Import";
  names: Alias[];
}
export interface ImportFrom extends Position {
  type: "ImportFrom";
  /** null for `from . import x`. */
  module: string | null;
  names: Alias[];
  /** The number of leading dots. */
  level: number;
}
export interface Global extends Position {
  type: "Global" | "Nonlocal";
  names: string[];
}
export interface ExprStmt extends Position {
  type: "Expr";
  value: Expr;
}
export interface Pass extends Position {
  type: "Pass" | "Break" | "Continue";
}

/** `type Name[params] = value` (PEP 695). */
export interface TypeAlias extends Position {
  type: "TypeAlias";
  name: Name;
  type_params: TypeParam[];
  value: Expr;
}

export interface Match extends Position {
  type: "Match";
  subject: Expr;
  cases: MatchCase[];
}
/** One `case` of a match statement (CPython's match_case, which has no position). */
export interface MatchCase {
  type: "match_case";
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | While | If | With | Raise | Try | Assert | Import | ImportFrom
  | Global | ExprStmt | Pass | Match | TypeAlias;

// ---------------------------------------------------------------------------
// Patterns (PEP 634)

/** A literal or a dotted name compared with `==`: `1`, `-2.5`, `1+2j`, `"s"`, `Color.RED`. */
export interface MatchValue extends Position {
  type: "MatchValue";
  value: Expr;
}
/** None, True or False, compared with `is`. */
export interface MatchSingleton extends Position {
  type: "MatchSingleton";
  value: null | boolean;
}
export interface MatchSequence extends Position {
  type: "MatchSequence";
  patterns: Pattern[];
}
export interface MatchMapping extends Position {
  type: "MatchMapping";
  keys: Expr[];
  patterns: Pattern[];
  /** The name after `**`, if any. */
  rest: string | null;
}
export interface MatchClass extends Position {
  type: "MatchClass";
  cls: Expr;
  patterns: Pattern[];
  kwd_attrs: string[];
  kwd_patterns: Pattern[];
}
/** `*name` (or `*_`, with a null name) inside a sequence pattern. */
export interface MatchStar extends Position {
  type: "MatchStar";
  name: string | null;
}
/** `p as name`, a capture `name` (pattern null), or the wildcard `_` (both null). */
export interface MatchAs extends Position {
  type: "MatchAs";
  pattern: Pattern | null;
  name: string | null;
}
export interface MatchOr extends Position {
  type: "MatchOr";
  patterns: Pattern[];
}
export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

// ---------------------------------------------------------------------------
// Expressions

export interface BoolOp extends Position {
  type: "BoolOp";
  op: BoolOperator;
  values: Expr[];
}
export interface NamedExpr extends Position {
  type: "NamedExpr";
  target: Name;
  value: Expr;
}
export interface BinOp extends Position {
  type: "BinOp";
  left: Expr;
  op: Operator;
  right: Expr;
}
export interface UnaryOp extends Position {
  type: "UnaryOp";
  op: UnaryOperator;
  operand: Expr;
}
export interface Lambda extends Position {
  type: "Lambda";
  args: Arguments;
  body: Expr;
}
export interface IfExp extends Position {
  type: "IfExp";
  test: Expr;
  body: Expr;
  orelse: Expr;
}
export interface Dict extends Position {
  type: "Dict";
  /** A null key stands for a `**mapping` entry, whose mapping is the value. */
  keys: (Expr | null)[];
  values: Expr[];
}
export interface SetDisplay extends Position {
  type: "Set";
  elts: Expr[];
}
export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: 0 | 1;
}
export interface ListComp extends Position {
  type: "ListComp" | "SetComp" | "GeneratorExp";
  elt: Expr;
  generators: Comprehension[];
}
export interface DictComp extends Position {
  type: "DictComp";
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}
export interface Await extends Position {
  type: "Await";
  value: Expr;
}
export interface Yield extends Position {
  type: "Yield";
  value: Expr | null;
}
export interface YieldFrom extends Position {
  type: "YieldFrom";
  value: Expr;
}
export interface Compare extends Position {
  type: "Compare";
  left: Expr;
  ops: CompareOperator[];
  comparators: Expr[];
}
export interface Call extends Position {
  type: "Call";
  func: Expr;
  /** Positional arguments; `*xs` appears here as a Starred node. */
  args: Expr[];
  /** Keyword arguments; `**kw` appears here with a null `arg`. */
  keywords: Keyword[];
}
export interface FormattedValue extends Position {
  type: "FormattedValue";
  value: Expr;
  /** -1 for none, else the code point of `s`, `r` or `a`, as in CPython. */
  conversion: number;
  format_spec: JoinedStr | null;
}
export interface JoinedStr extends Position {
  type: "JoinedStr";
  /** Constant (str) and FormattedValue parts. */
  values: Expr[];
}
export interface Constant extends Position {
  type: "Constant";
  value: ConstantValue;
  /** "u" for a u-prefixed string literal, else null, as in CPython. */
  kind: string | null;
}
export interface Attribute extends Position {
  type: "Attribute";
  value: Expr;
  attr: string;
  ctx: ExprContext;
}
export interface Subscript extends Position {
  type: "Subscript";
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}
export interface Starred extends Position {
  type: "Starred";
  value: Expr;
  ctx: ExprContext;
}
export interface Name extends Position {
  type: "Name";
  id: string;
  ctx: ExprContext;
}
export interface ListDisplay extends Position {
  type: "List" | "Tuple";
  elts: Expr[];
  ctx: ExprContext;
}
export interface Slice extends Position {
  type: "Slice";
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetDisplay
  | ListComp | DictComp | Await | Yield | YieldFrom | Compare | Call
  | FormattedValue | JoinedStr | Constant | Attribute | Subscript | Starred
  | Name | ListDisplay | Slice;

// ---------------------------------------------------------------------------
// The smaller pieces

export interface ExceptHandler extends Position {
  type: "ExceptHandler";
  /** null for a bare `except:`. */
  exc_type: Expr | null;
  name: string | null;
  body: Stmt[];
}
/** `T`, `T: bound`, `T: (constraints)`, each with an optional `= default`. */
export interface TypeVar extends Position {
  type: "TypeVar";
  name: string;
  bound: Expr | null;
  default_value: Expr | null;
}
/** `**P` and `*Ts`, with an optional default. */
export interface ParamSpec extends Position {
  type: "ParamSpec" | "TypeVarTuple";
  name: string;
  default_value: Expr | null;
}
export type TypeParam = TypeVar | ParamSpec;

export interface Arguments {
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One per keyword-only argument; null where it has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last positional (and positional-only) arguments. */
  defaults: Expr[];
}
export interface Arg extends Position {
  arg: string;
  annotation: Expr | null;
}
export interface Keyword extends Position {
  /** null for `**mapping`. */
  arg: string | null;
  value: Expr;
}
export interface Alias extends Position {
  name: string;
  asname: string | null;
}
export interface WithItem {
  context_expr: Expr;
  optional_vars: Expr | null;
}
