// Symbol tables: which scope each name belongs to.
//
// As in CPython, two passes. The first (this file) walks the AST once and
// records, for every block (module, class body, function, lambda,
// comprehension), the raw facts about each name: assigned here, a parameter,
// declared global or nonlocal, read, imported... It also reports the errors
// that need nothing more than those facts (`duplicate argument`, `name 'x' is
// used prior to global declaration`, `'yield' inside list comprehension`...).
//
// The second pass (symtable-analyze.ts) resolves every name to a scope: local,
// global (explicit or implicit), free (from an enclosing function), or cell
// (local, and captured by an inner function), and inlines list, set and dict
// comprehensions into the block that contains them (PEP 709).
//
// Tables are keyed by AST node, so the code generator finds the table of a
// FunctionDef, Lambda, ClassDef or comprehension node with `lookup(node)`.

import type * as ast from "../../grammar/ast.js";
import { syntaxErrorAt, type SourceInfo } from "./compile-error.js";
import { mangle } from "./mangle.js";
import {
  DEF_ANNOT, DEF_COMP_ITER, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, DEF_TYPE_PARAM, USE,
  scopeOf, type Scope,
} from "./symtable-flags.js";
import { analyzeSymbolTable } from "./symtable-analyze.js";

/**
 * "annotation": an annotation under `from __future__ import annotations`, kept as text.
 * The annotation scopes of PEP 695: "typeParams" holds a generic's type
 * parameters (and a generic function's annotations), "typeVariable" one
 * bound, constraint tuple or default, "typeAlias" the value of a `type` statement.
 */
export type BlockType = "module" | "class" | "function" | "annotation" | "typeParams" | "typeVariable" | "typeAlias";
export type ComprehensionType = "" | "list" | "set" | "dict" | "generator";

type FunctionLikeNode = ast.FunctionDef | ast.Lambda | ast.ListComp | ast.DictComp;
type BlockNode = ast.Mod | FunctionLikeNode | ast.ClassDef | ast.Expr | ast.TypeAlias | ast.TypeParam | ast.TypeParam[] | object;

const defaultKeys = new WeakMap<ast.TypeParam, object>();

/** The key of a type parameter's default scope (the parameter itself keys its bound's). */
export function typeParamDefaultKey(tp: ast.TypeParam): object {
  let key = defaultKeys.get(tp);
  if (key === undefined) defaultKeys.set(tp, (key = {}));
  return key;
}

const NO_POSITION: ast.Position = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

export class SymbolTableEntry {
  /** Each name's DEF_* flags, and after analysis its scope (symtable-flags.ts). */
  readonly symbols = new Map<string, number>();
  /** Parameters, in frame-slot order. */
  readonly varnames: string[] = [];
  children: SymbolTableEntry[] = [];
  /** `global`/`nonlocal` declarations (and `:=` targets), for error positions. */
  readonly directives: [string, ast.Position][] = [];

  /** Inside a function (at any depth): free names may come from enclosing functions. */
  nested = false;
  /** Has free variables. */
  free = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionType = "";
  /** Compiled into the enclosing block rather than as a function (PEP 709). */
  compInlined = false;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  /** A class body whose methods use `__class__` (or `super()`): it needs the cell. */
  needsClassClosure = false;
  /** An annotation scope directly inside a class body: it reads the class's names through `__classdict__`. */
  canSeeClassScope = false;
  /** A class body whose annotation scopes need its namespace (the `__classdict__` cell). */
  needsClassdict = false;
  /** A typeVariable block: what it evaluates ("a TypeVar bound"...), for error messages. */
  scopeInfo = "";
  /** While visiting a comprehension's `for` target. */
  compIterTarget = false;
  /** Depth of comprehension iterable expressions being visited. */
  compIterExpr = 0;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly node: BlockNode,
    readonly position: ast.Position,
  ) {}

  /** A function, lambda or comprehension: a block with fast locals. */
  get isFunctionLike(): boolean {
    return this.type !== "module" && this.type !== "class";
  }

  scopeOf(name: string): Scope {
    return scopeOf(this.symbols.get(name) ?? 0);
  }

  flagsOf(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
}

export class SymbolTable {
  constructor(
    readonly top: SymbolTableEntry,
    private readonly entries: Map<object, SymbolTableEntry>,
  ) {}

  lookup(node: object): SymbolTableEntry {
    const entry = this.entries.get(node);
    if (entry === undefined) throw new Error("no symbol table for this node");
    return entry;
  }
}

/** Build and analyse the symbol tables of a module; throws PySyntaxError. */
export function buildSymbolTable(mod: ast.Mod, src: SourceInfo, futureAnnotations = false): SymbolTable {
  const builder = new SymbolTableBuilder(src, futureAnnotations);
  const top = builder.visitModule(mod);
  analyzeSymbolTable(top, src);
  return new SymbolTable(top, builder.entries);
}

const GLOBAL_PARAM = "name '%s' is parameter and global";
const NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
const GLOBAL_AFTER_ASSIGN = "name '%s' is assigned to before global declaration";
const NONLOCAL_AFTER_ASSIGN = "name '%s' is assigned to before nonlocal declaration";
const GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
const NONLOCAL_AFTER_USE = "name '%s' is used prior to nonlocal declaration";
const GLOBAL_ANNOT = "annotated name '%s' can't be global";
const NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";

const COMPREHENSION_NAMES: Record<string, string> = {
  ListComp: "listcomp", SetComp: "setcomp", DictComp: "dictcomp", GeneratorExp: "genexpr",
};
const COMPREHENSION_TYPES: Record<string, ComprehensionType> = {
  ListComp: "list", SetComp: "set", DictComp: "dict", GeneratorExp: "generator",
};
const YIELD_IN_COMPREHENSION: Record<string, string> = {
  list: "'yield' inside list comprehension",
  set: "'yield' inside set comprehension",
  dict: "'yield' inside dict comprehension",
  generator: "'yield' inside generator expression",
};

class SymbolTableBuilder {
  readonly entries = new Map<object, SymbolTableEntry>();
  private readonly stack: SymbolTableEntry[] = [];
  private cur!: SymbolTableEntry;
  private global!: SymbolTableEntry;
  /** The enclosing class's name, for mangling `__private` names. */
  private privateName: string | null = null;

  constructor(
    private readonly src: SourceInfo,
    private readonly futureAnnotations: boolean,
  ) {}

  visitModule(mod: ast.Mod): SymbolTableEntry {
    const top = this.enterBlock("top", "module", mod, NO_POSITION);
    this.global = top;
    if (mod.type === "Expression") this.visitExpr(mod.body);
    else this.visitStmts(mod.body);
    this.exitBlock();
    return top;
  }

  // -------------------------------------------------------------------------
  // Blocks

  private enterBlock(name: string, type: BlockType, node: BlockNode, pos: ast.Position): SymbolTableEntry {
    const entry = new SymbolTableEntry(name, type, node, pos);
    const prev = this.stack.length > 0 ? this.cur : null;
    if (prev !== null) {
      entry.nested = prev.nested || prev.isFunctionLike;
      // bpo-37757: no assignment expression anywhere inside a comprehension's
      // outermost iterable, even in a nested lambda or comprehension.
      entry.compIterExpr = prev.compIterExpr;
      // Annotations kept as text leave no trace in the scopes around them.
      if (type !== "annotation") prev.children.push(entry);
    }
    this.stack.push(entry);
    this.entries.set(node, entry);
    this.cur = entry;
    return entry;
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length > 0) this.cur = this.stack[this.stack.length - 1]!;
  }

  // -------------------------------------------------------------------------
  // Recording names

  private error(msg: string, pos: ast.Position): never {
    throw syntaxErrorAt(this.src, msg, pos);
  }

  private lookup(name: string): number {
    return this.cur.symbols.get(mangle(this.privateName, name)) ?? 0;
  }

  private addDef(name: string, flag: number, pos: ast.Position): void {
    this.addDefIn(this.cur, name, flag, pos);
  }

  private addDefIn(entry: SymbolTableEntry, name: string, flag: number, pos: ast.Position): void {
    const mangled = mangle(this.privateName, name);
    const old = entry.symbols.get(mangled);
    let val = flag;
    if (old !== undefined) {
      if ((flag & DEF_PARAM) !== 0 && (old & DEF_PARAM) !== 0) {
        this.error(`duplicate argument '${name}' in function definition`, pos);
      }
      if ((flag & DEF_TYPE_PARAM) !== 0 && (old & DEF_TYPE_PARAM) !== 0) {
        this.error(`duplicate type parameter '${name}'`, pos);
      }
      val = old | flag;
    }
    if (entry.compIterTarget) {
      // An iteration variable: it may not also be an assignment-expression target.
      if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) !== 0) {
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, pos);
      }
      val |= DEF_COMP_ITER;
    }
    entry.symbols.set(mangled, val);
    if ((flag & DEF_PARAM) !== 0) {
      entry.varnames.push(mangled);
    } else if ((flag & DEF_GLOBAL) !== 0) {
      this.global.symbols.set(mangled, (this.global.symbols.get(mangled) ?? 0) | flag);
    }
  }

  // -------------------------------------------------------------------------
  // Statements

  private visitStmts(stmts: ast.Stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  private visitStmt(s: ast.Stmt): void {
    switch (s.type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        return this.visitFunctionDef(s);
      case "ClassDef":
        return this.visitClassDef(s);
      case "TypeAlias":
        return this.visitTypeAlias(s);
      case "Return":
        if (s.value !== null) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        return;
      case "Delete":
        return this.visitExprs(s.targets);
      case "Assign":
        this.visitExprs(s.targets);
        return this.visitExpr(s.value);
      case "AnnAssign":
        return this.visitAnnAssign(s);
      case "AugAssign":
        this.visitExpr(s.target);
        return this.visitExpr(s.value);
      case "For":
      case "AsyncFor":
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        return this.visitStmts(s.orelse);
      case "While":
      case "If":
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        return this.visitStmts(s.orelse);
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars !== null) this.visitExpr(item.optional_vars);
        }
        return this.visitStmts(s.body);
      case "Raise":
        if (s.exc !== null) this.visitExpr(s.exc);
        if (s.cause !== null) this.visitExpr(s.cause);
        return;
      case "Try":
      case "TryStar":
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) this.visitExceptHandler(h);
        return this.visitStmts(s.finalbody);
      case "Assert":
        this.visitExpr(s.test);
        if (s.msg !== null) this.visitExpr(s.msg);
        return;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) this.visitAlias(a);
        return;
      case "Global":
      case "Nonlocal":
        return this.visitDeclaration(s);
      case "Expr":
        return this.visitExpr(s.value);
      case "Pass":
      case "Break":
      case "Continue":
        return;
      case "Match":
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard !== null) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        return;
    }
  }

  /** A pattern's captures are local names; its values and classes are loaded. */
  private visitPattern(p: ast.Pattern): void {
    switch (p.type) {
      case "MatchValue":
        return this.visitExpr(p.value);
      case "MatchSingleton":
        return;
      case "MatchSequence":
      case "MatchOr":
        for (const sub of p.patterns) this.visitPattern(sub);
        return;
      case "MatchStar":
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        return;
      case "MatchMapping":
        this.visitExprs(p.keys);
        for (const sub of p.patterns) this.visitPattern(sub);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        return;
      case "MatchClass":
        this.visitExpr(p.cls);
        for (const sub of p.patterns) this.visitPattern(sub);
        for (const sub of p.kwd_patterns) this.visitPattern(sub);
        return;
      case "MatchAs":
        if (p.pattern !== null) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        return;
    }
  }

  private visitFunctionDef(s: ast.FunctionDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(s.args.defaults);
    this.visitOptionalExprs(s.args.kw_defaults);
    this.visitExprs(s.decorator_list);
    const generic = s.type_params.length > 0;
    if (generic) {
      const kwDefaults = s.args.kw_defaults.some((d) => d !== null);
      // CPython 3.13 declares `.defaults` whether or not there are any (it tests the list for NULL).
      this.enterTypeParamBlock(s.name, s.type_params, true, kwDefaults, false, s);
      this.visitTypeParams(s.type_params);
    }
    this.visitAnnotations(s, s.args, s.returns);
    const entry = this.enterBlock(s.name, "function", s, s);
    if (s.type === "AsyncFunctionDef") entry.coroutine = true;
    this.visitParameters(s.args);
    this.visitStmts(s.body);
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  private visitClassDef(s: ast.ClassDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(s.decorator_list);
    const outerPrivate = this.privateName;
    const generic = s.type_params.length > 0;
    if (generic) {
      this.enterTypeParamBlock(s.name, s.type_params, false, false, true, s);
      this.privateName = s.name;
      this.visitTypeParams(s.type_params);
    }
    this.visitExprs(s.bases);
    for (const k of s.keywords) this.visitExpr(k.value);
    this.enterBlock(s.name, "class", s, s);
    this.privateName = s.name;
    if (generic) {
      this.addDef("__type_params__", DEF_LOCAL, s);
      this.addDef(".type_params", USE, s);
    }
    this.visitStmts(s.body);
    this.exitBlock();
    if (generic) this.exitBlock();
    this.privateName = outerPrivate;
  }

  private visitTypeAlias(s: ast.TypeAlias): void {
    this.visitExpr(s.name);
    const inClass = this.cur.type === "class";
    const generic = s.type_params.length > 0;
    if (generic) {
      this.enterTypeParamBlock(s.name.id, s.type_params, false, false, false, s);
      this.visitTypeParams(s.type_params);
    }
    const entry = this.enterBlock(s.name.id, "typeAlias", s, s);
    entry.canSeeClassScope = inClass;
    if (inClass) this.addDef("__classdict__", USE, s.value);
    this.visitExpr(s.value);
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  // -------------------------------------------------------------------------
  // Type parameters (PEP 695)

  /**
   * The scope that holds a generic's type parameters, keyed by the list of
   * them; it receives the defaults of a generic function as hidden
   * parameters, since they are evaluated outside it.
   */
  private enterTypeParamBlock(
    name: string, params: ast.TypeParam[], defaults: boolean, kwDefaults: boolean, isClass: boolean, pos: ast.Position,
  ): void {
    const inClass = this.cur.type === "class";
    const entry = this.enterBlock(name, "typeParams", params, pos);
    if (inClass) {
      entry.canSeeClassScope = true;
      this.addDef("__classdict__", USE, pos);
    }
    if (isClass) {
      // Set by the type parameter tuple and the generic base, read by the class.
      for (const hidden of [".type_params", ".generic_base"]) {
        this.addDef(hidden, DEF_LOCAL, pos);
        this.addDef(hidden, USE, pos);
      }
    }
    if (defaults) this.addDef(".defaults", DEF_PARAM, pos);
    if (kwDefaults) this.addDef(".kwdefaults", DEF_PARAM, pos);
  }

  private visitTypeParams(params: ast.TypeParam[]): void {
    for (const tp of params) {
      this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
      if (tp.type === "TypeVar" && tp.bound !== null) {
        const info = tp.bound.type === "Tuple" ? "a TypeVar constraint" : "a TypeVar bound";
        this.visitTypeVariable(tp.bound, tp.name, tp, info);
      }
      if (tp.default_value !== null) {
        const kind = tp.type === "TypeVar" ? "TypeVar" : tp.type === "ParamSpec" ? "ParamSpec" : "TypeVarTuple";
        this.visitTypeVariable(tp.default_value, tp.name, typeParamDefaultKey(tp), `a ${kind} default`);
      }
    }
  }

  /** A bound, constraints or default: evaluated lazily, in a scope of its own. */
  private visitTypeVariable(e: ast.Expr, name: string, key: object, info: string): void {
    const inClass = this.cur.canSeeClassScope;
    const entry = this.enterBlock(name, "typeVariable", key, e);
    entry.canSeeClassScope = inClass;
    entry.scopeInfo = info;
    if (inClass) this.addDef("__classdict__", USE, e);
    this.visitExpr(e);
    this.exitBlock();
  }

  private visitAnnAssign(s: ast.AnnAssign): void {
    const target = s.target;
    if (target.type === "Name") {
      const cur = this.lookup(target.id);
      if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) !== 0 && this.cur !== this.global && s.simple) {
        const msg = (cur & DEF_GLOBAL) !== 0 ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
        this.error(msg.replace("%s", target.id), s);
      }
      if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
      else if (s.value !== null) this.addDef(target.id, DEF_LOCAL, target);
    } else {
      this.visitExpr(target);
    }
    this.visitAnnotation(s.annotation);
    if (s.value !== null) this.visitExpr(s.value);
  }

  private visitDeclaration(s: ast.Global): void {
    const isGlobal = s.type === "Global";
    for (const name of s.names) {
      const cur = this.lookup(name);
      if ((cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) !== 0) {
        let msg: string;
        if ((cur & DEF_PARAM) !== 0) msg = isGlobal ? GLOBAL_PARAM : NONLOCAL_PARAM;
        else if ((cur & USE) !== 0) msg = isGlobal ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE;
        else if ((cur & DEF_ANNOT) !== 0) msg = isGlobal ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
        else msg = isGlobal ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN;
        this.error(msg.replace("%s", name), s);
      }
      this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
      this.cur.directives.push([mangle(this.privateName, name), s]);
    }
  }

  private visitExceptHandler(h: ast.ExceptHandler): void {
    if (h.exc_type !== null) this.visitExpr(h.exc_type);
    if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
    this.visitStmts(h.body);
  }

  private visitAlias(a: ast.Alias): void {
    const name = a.asname ?? a.name;
    if (name === "*") {
      if (this.cur.type !== "module") this.error("import * only allowed at module level", a);
      return;
    }
    const dot = name.indexOf(".");
    this.addDef(dot >= 0 ? name.slice(0, dot) : name, DEF_IMPORT, a);
  }

  // -------------------------------------------------------------------------
  // Parameters and annotations

  private visitParameters(args: ast.Arguments): void {
    for (const a of args.posonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.args) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.kwonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg !== null) {
      this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
      this.cur.varargs = true;
    }
    if (args.kwarg !== null) {
      this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
      this.cur.varkeywords = true;
    }
  }

  /**
   * Annotations are evaluated in the scope that defines the function; under
   * `from __future__ import annotations` they are only checked, in a block
   * of their own.
   */
  private visitAnnotations(s: ast.FunctionDef, args: ast.Arguments, returns: ast.Expr | null): void {
    const annotate = (a: ast.Arg | null) => {
      if (a !== null && a.annotation !== null) this.visitExpr(a.annotation);
    };
    if (this.futureAnnotations) this.enterBlock("_annotation", "annotation", s, s);
    args.posonlyargs.forEach(annotate);
    args.args.forEach(annotate);
    annotate(args.vararg);
    annotate(args.kwarg);
    args.kwonlyargs.forEach(annotate);
    if (this.futureAnnotations) this.exitBlock();
    if (returns !== null) this.visitAnnotation(returns);
  }

  private visitAnnotation(annotation: ast.Expr): void {
    if (this.futureAnnotations) this.enterBlock("_annotation", "annotation", annotation, annotation);
    this.visitExpr(annotation);
    if (this.futureAnnotations) this.exitBlock();
  }

  private raiseIfAnnotationBlock(what: string, e: ast.Expr): void {
    const where: Partial<Record<BlockType, string>> = {
      annotation: "an annotation", typeVariable: this.cur.scopeInfo, typeAlias: "a type alias",
      typeParams: "the definition of a generic",
    };
    const within = where[this.cur.type];
    if (within !== undefined) this.error(`${what} cannot be used within ${within}`, e);
  }

  // -------------------------------------------------------------------------
  // Expressions

  private visitExprs(exprs: ast.Expr[]): void {
    for (const e of exprs) this.visitExpr(e);
  }

  private visitOptionalExprs(exprs: (ast.Expr | null)[]): void {
    for (const e of exprs) if (e !== null) this.visitExpr(e);
  }

  private visitExpr(e: ast.Expr): void {
    switch (e.type) {
      case "NamedExpr":
        return this.visitNamedExpr(e);
      case "BoolOp":
        return this.visitExprs(e.values);
      case "BinOp": {
        // Left-nested chains (`a + b + c ...`) are walked without recursion.
        const rights: ast.Expr[] = [];
        let left: ast.Expr = e;
        while (left.type === "BinOp") {
          rights.push(left.right);
          left = left.left;
        }
        this.visitExpr(left);
        for (let i = rights.length - 1; i >= 0; i--) this.visitExpr(rights[i]!);
        return;
      }
      case "UnaryOp":
        return this.visitExpr(e.operand);
      case "Lambda":
        return this.visitLambda(e);
      case "IfExp":
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        return this.visitExpr(e.orelse);
      case "Dict":
        this.visitOptionalExprs(e.keys);
        return this.visitExprs(e.values);
      case "Set":
        return this.visitExprs(e.elts);
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
        return this.visitComprehension(e, e.generators, e.elt, null);
      case "DictComp":
        return this.visitComprehension(e, e.generators, e.key, e.value);
      case "Yield":
        this.raiseIfAnnotationBlock("yield expression", e);
        if (e.value !== null) this.visitExpr(e.value);
        return this.markGenerator(e);
      case "YieldFrom":
        this.raiseIfAnnotationBlock("yield expression", e);
        this.visitExpr(e.value);
        return this.markGenerator(e);
      case "Await":
        this.raiseIfAnnotationBlock("await expression", e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        return;
      case "Compare":
        this.visitExpr(e.left);
        return this.visitExprs(e.comparators);
      case "Call":
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        return;
      case "FormattedValue":
        this.visitExpr(e.value);
        if (e.format_spec !== null) this.visitExpr(e.format_spec);
        return;
      case "JoinedStr":
        return this.visitExprs(e.values);
      case "Constant":
        return;
      case "Attribute":
        return this.visitExpr(e.value);
      case "Subscript":
        this.visitExpr(e.value);
        return this.visitExpr(e.slice);
      case "Starred":
        return this.visitExpr(e.value);
      case "Slice":
        if (e.lower !== null) this.visitExpr(e.lower);
        if (e.upper !== null) this.visitExpr(e.upper);
        if (e.step !== null) this.visitExpr(e.step);
        return;
      case "Name":
        return this.visitName(e);
      case "List":
      case "Tuple":
        return this.visitExprs(e.elts);
    }
  }

  private visitName(e: ast.Name): void {
    this.addDef(e.id, e.ctx === "Load" ? USE : DEF_LOCAL, e);
    // super() finds its class through the __class__ cell.
    if (e.ctx === "Load" && e.id === "super" && this.cur.isFunctionLike) {
      this.addDef("__class__", USE, e);
    }
  }

  private markGenerator(e: ast.Yield | ast.YieldFrom): void {
    this.cur.generator = true;
    if (this.cur.comprehension !== "") this.error(YIELD_IN_COMPREHENSION[this.cur.comprehension]!, e);
  }

  private visitLambda(e: ast.Lambda): void {
    this.visitExprs(e.args.defaults);
    this.visitOptionalExprs(e.args.kw_defaults);
    this.enterBlock("lambda", "function", e, e);
    this.visitParameters(e.args);
    this.visitExpr(e.body);
    this.exitBlock();
  }

  private visitComprehension(
    e: ast.ListComp | ast.DictComp,
    generators: ast.Comprehension[],
    elt: ast.Expr,
    value: ast.Expr | null,
  ): void {
    const isGenerator = e.type === "GeneratorExp";
    const outermost = generators[0]!;
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    const entry = this.enterBlock(COMPREHENSION_NAMES[e.type]!, "function", e, e);
    entry.comprehension = COMPREHENSION_TYPES[e.type]!;
    if (outermost.is_async) entry.coroutine = true;
    this.addDef(".0", DEF_PARAM, e);
    this.visitIterTarget(outermost.target);
    this.visitExprs(outermost.ifs);
    for (const gen of generators.slice(1)) this.visitGenerator(gen);
    if (value !== null) this.visitExpr(value);
    this.visitExpr(elt);
    entry.generator = isGenerator;
    const isAsync = entry.coroutine && !isGenerator;
    this.exitBlock();
    // (An async comprehension outside an async function is reported by the code generator.)
    if (isAsync) this.cur.coroutine = true;
  }

  private visitGenerator(gen: ast.Comprehension): void {
    this.visitIterTarget(gen.target);
    this.cur.compIterExpr++;
    this.visitExpr(gen.iter);
    this.cur.compIterExpr--;
    this.visitExprs(gen.ifs);
    if (gen.is_async) this.cur.coroutine = true;
  }

  private visitIterTarget(target: ast.Expr): void {
    this.cur.compIterTarget = true;
    this.visitExpr(target);
    this.cur.compIterTarget = false;
  }

  // -------------------------------------------------------------------------
  // Assignment expressions

  private visitNamedExpr(e: ast.NamedExpr): void {
    this.raiseIfAnnotationBlock("named expression", e);
    if (this.cur.compIterExpr > 0) {
      this.error("assignment expression cannot be used in a comprehension iterable expression", e);
    }
    if (this.cur.comprehension !== "") this.extendNamedExprScope(e.target);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /**
   * `:=` inside a comprehension binds in the nearest enclosing function or
   * module, as if declared nonlocal (or global) in the comprehension.
   */
  private extendNamedExprScope(target: ast.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const entry = this.stack[i]!;
      if (entry.comprehension !== "") {
        if ((entry.flagsOf(mangle(this.privateName, name)) & DEF_COMP_ITER) !== 0) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      if (entry.type === "function") {
        const declared = (entry.flagsOf(mangle(this.privateName, name)) & DEF_GLOBAL) !== 0;
        this.addDef(name, declared ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.cur.directives.push([mangle(this.privateName, name), target]);
        this.addDefIn(entry, name, DEF_LOCAL, target);
        return;
      }
      if (entry.type === "module") {
        this.addDef(name, DEF_GLOBAL, target);
        this.cur.directives.push([mangle(this.privateName, name), target]);
        this.addDefIn(entry, name, DEF_GLOBAL, target);
        return;
      }
      this.error("assignment expression within a comprehension cannot be used in a class body", target);
    }
  }
}
