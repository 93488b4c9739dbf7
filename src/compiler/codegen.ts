// The code generator's state: one CodeUnit per code object being compiled
// (the module, and nested inside it each function, lambda, class body and
// generator expression), and the operations every construct uses to emit
// instructions, name constants and variables, and open and close scopes.
//
// It follows CPython 3.13's compile.c closely, function for function, so that
// the bytecode comes out as CPython's does. The constructs themselves are in
// codegen-*.ts.

import type * as ast from "../../grammar/ast.js";
import { Op } from "../vm/opcodes.js";
import { assemble, type CodeUnitMetadata } from "./assemble.js";
import { cfgFromSequence } from "./cfg.js";
import {
  CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FUTURE_ANNOTATIONS, CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED,
  CO_VARARGS, CO_VARKEYWORDS, type CodeConstant, type CodeObject,
} from "./code.js";
import { syntaxErrorAt, type SourceInfo } from "./compile-error.js";
import { ConstPool } from "./consts.js";
import { optimizeCodeUnit } from "./flowgraph.js";
import type { Future } from "./future.js";
import {
  InstructionSequence, NO_LOCATION, lineLocation, type Label, type Location,
} from "./instructions.js";
import { mangle } from "./mangle.js";
import { DEF_COMP_CELL, DEF_FREE_CLASS, Scope, flagsOf, scopeOf } from "./symtable-flags.js";
import type { SymbolTable, SymbolTableEntry } from "./symtable.js";

/** "typeParams": the annotation scopes of PEP 695 (type parameters, bounds, defaults). */
export type ScopeType = "module" | "class" | "function" | "asyncFunction" | "lambda" | "comprehension" | "typeParams";

export type FBlockType =
  | "whileLoop" | "forLoop" | "tryExcept" | "finallyTry" | "finallyEnd" | "with" | "asyncWith"
  | "handlerCleanup" | "popValue" | "exceptionHandler" | "exceptionGroupHandler" | "asyncComprehensionGenerator"
  | "stopIteration";

/** A frame block: a construct that `return`, `break` and `continue` must unwind through. */
export interface FBlock {
  type: FBlockType;
  /** Where `continue` goes (loops), or the construct's start. */
  block: Label | null;
  /** Where `break` goes (loops). */
  exit: Label | null;
  loc: Location;
  /** finallyTry: the finally body; with: the statement; handlerCleanup: the bound name. */
  datum: ast.Stmt[] | ast.With | string | null;
}

const MAX_FBLOCKS = 20;

export class CodeUnit {
  readonly seq = new InstructionSequence();
  readonly consts = new ConstPool();
  readonly fblocks: FBlock[] = [];
  /** Depth of inlined comprehensions being compiled into this unit. */
  inInlinedComp = 0;
  /** Class bodies: `self.x = ...` attribute names seen in their methods. */
  readonly staticAttributes: Set<string> | null;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly scopeType: ScopeType,
    readonly privateName: string | null,
    readonly md: CodeUnitMetadata,
  ) {
    this.staticAttributes = scopeType === "class" ? new Set() : null;
  }
}

/** Names of a scope with scope `scope` (or flag `flag`), sorted, numbered from `offset`. */
function dictByType(ste: SymbolTableEntry, scope: Scope, flag: number, offset: number): Map<string, number> {
  const result = new Map<string, number>();
  const names: string[] = [];
  for (const [name, word] of ste.symbols) {
    if (scopeOf(word) === scope || (flagsOf(word) & flag) !== 0) names.push(name);
  }
  // UTF-16 order is Python's code point order unless a surrogate pair is involved.
  names.sort(names.some((n) => /[\ud800-\udfff]/.test(n)) ? compareCodePoints : undefined);
  for (const name of names) result.set(name, offset + result.size);
  return result;
}

/** Python's string order (by code point), which CPython uses to number cells. */
function compareCodePoints(a: string, b: string): number {
  const ca = [...a];
  const cb = [...b];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const d = ca[i]!.codePointAt(0)! - cb[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}

export class Compiler {
  u!: CodeUnit;
  /** The enclosing units of the current one, outermost first. */
  readonly stack: CodeUnit[] = [];

  constructor(
    readonly st: SymbolTable,
    readonly src: SourceInfo,
    readonly interactive: boolean,
    readonly future: Future,
  ) {}

  error(msg: string, pos: ast.Position | Location): never {
    throw syntaxErrorAt(this.src, msg, pos);
  }

  // -------------------------------------------------------------------------
  // Emitting instructions

  newLabel(): Label {
    return this.u.seq.newLabel();
  }

  useLabel(label: Label): void {
    this.u.seq.useLabel(label);
  }

  addop(op: number, loc: Location): void {
    this.u.seq.add(op, 0, loc);
  }

  addopI(op: number, arg: number, loc: Location): void {
    this.u.seq.add(op, arg, loc);
  }

  addopJump(op: number, target: Label, loc: Location): void {
    this.u.seq.addJump(op, target, loc);
  }

  addConst(value: CodeConstant): number {
    return this.u.consts.add(value);
  }

  loadConst(value: CodeConstant, loc: Location): void {
    this.addopI(Op.LOAD_CONST, this.addConst(value), loc);
  }

  mangle(name: string): string {
    return mangle(this.u.privateName, name);
  }

  /** The index of a (mangled) name in co_names. */
  nameIndex(name: string): number {
    const names = this.u.md.names;
    const mangled = this.mangle(name);
    let i = names.get(mangled);
    if (i === undefined) names.set(mangled, (i = names.size));
    return i;
  }

  /** A co_names instruction; LOAD_ATTR and LOAD_SUPER_ATTR carry flags beside the index. */
  addopName(op: NameOp, name: string, loc: Location): void {
    const i = this.nameIndex(name);
    switch (op) {
      case "LOAD_ATTR":
        return this.addopI(Op.LOAD_ATTR, i << 1, loc);
      case "LOAD_METHOD":
        return this.addopI(Op.LOAD_ATTR, (i << 1) | 1, loc);
      case "LOAD_SUPER_ATTR":
        return this.addopI(Op.LOAD_SUPER_ATTR, (i << 2) | 2, loc);
      case "LOAD_SUPER_METHOD":
        return this.addopI(Op.LOAD_SUPER_ATTR, (i << 2) | 3, loc);
      case "LOAD_ZERO_SUPER_ATTR":
        return this.addopI(Op.LOAD_SUPER_ATTR, i << 2, loc);
      case "LOAD_ZERO_SUPER_METHOD":
        return this.addopI(Op.LOAD_SUPER_ATTR, (i << 2) | 1, loc);
      default:
        return this.addopI(Op[op], i, loc);
    }
  }

  /** The frame slot of a local variable, added on first use. */
  varnameIndex(name: string): number {
    const varnames = this.u.md.varnames;
    let i = varnames.get(name);
    if (i === undefined) varnames.set(name, (i = varnames.size));
    return i;
  }

  addopVarname(op: number, name: string, loc: Location): void {
    this.addopI(op, this.varnameIndex(name), loc);
  }

  // -------------------------------------------------------------------------
  // Names

  /** Load, store or delete a variable, with the instruction its scope calls for. */
  nameop(name: string, ctx: ast.ExprContext, loc: Location): void {
    if (name === "__debug__" && ctx !== "Load") {
      this.error(ctx === "Store" ? "cannot assign to __debug__" : "cannot delete __debug__", loc);
    }
    const mangled = this.mangle(name);
    const u = this.u;
    const scope = u.ste.scopeOf(mangled);
    const functionLike = u.ste.isFunctionLike;
    let kind: "fast" | "global" | "deref" | "name" = "name";
    switch (scope) {
      case Scope.Free:
      case Scope.Cell:
        kind = "deref";
        break;
      case Scope.Local:
        if (functionLike || u.md.fasthidden.get(mangled) === true) kind = "fast";
        break;
      case Scope.GlobalImplicit:
        if (functionLike) kind = "global";
        break;
      case Scope.GlobalExplicit:
        kind = "global";
        break;
    }
    switch (kind) {
      case "deref":
        return this.derefop(mangled, scope, ctx, loc);
      case "fast": {
        const op = ctx === "Load" ? Op.LOAD_FAST : ctx === "Store" ? Op.STORE_FAST : Op.DELETE_FAST;
        return this.addopVarname(op, mangled, loc);
      }
      case "global": {
        const i = this.nameIndexRaw(mangled);
        if (ctx === "Load" && u.ste.canSeeClassScope && scope === Scope.GlobalImplicit) {
          // The class's namespace first, then the globals.
          this.loadClassdict(loc);
          return this.addopI(Op.LOAD_FROM_DICT_OR_GLOBALS, i, loc);
        }
        if (ctx === "Load") return this.addopI(Op.LOAD_GLOBAL, i << 1, loc);
        return this.addopI(ctx === "Store" ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, i, loc);
      }
      case "name": {
        const i = this.nameIndexRaw(mangled);
        if (ctx === "Load") {
          // Inside a comprehension inlined into a class body, class names are not visible.
          if (u.ste.type === "class" && u.inInlinedComp > 0) return this.addopI(Op.LOAD_GLOBAL, i << 1, loc);
          return this.addopI(Op.LOAD_NAME, i, loc);
        }
        return this.addopI(ctx === "Store" ? Op.STORE_NAME : Op.DELETE_NAME, i, loc);
      }
    }
  }

  private nameIndexRaw(mangled: string): number {
    const names = this.u.md.names;
    let i = names.get(mangled);
    if (i === undefined) names.set(mangled, (i = names.size));
    return i;
  }

  private derefop(mangled: string, scope: Scope, ctx: ast.ExprContext, loc: Location): void {
    const u = this.u;
    const index = scope === Scope.Free ? u.md.freevars.get(mangled) : u.md.cellvars.get(mangled);
    if (index === undefined) throw new Error(`no cell or free slot for ${mangled}`);
    if (ctx === "Load") {
      if (u.ste.type === "class" && u.inInlinedComp === 0) {
        // A class body looks in its own namespace first, then in the cell.
        this.addop(Op.LOAD_LOCALS, loc);
        return this.addopI(Op.LOAD_FROM_DICT_OR_DEREF, index, loc);
      }
      if (u.ste.canSeeClassScope) {
        this.loadClassdict(loc);
        return this.addopI(Op.LOAD_FROM_DICT_OR_DEREF, index, loc);
      }
      return this.addopI(Op.LOAD_DEREF, index, loc);
    }
    this.addopI(ctx === "Store" ? Op.STORE_DEREF : Op.DELETE_DEREF, index, loc);
  }

  /** An annotation scope inside a class body: push the class namespace, from the `__classdict__` cell. */
  private loadClassdict(loc: Location): void {
    const index = this.u.md.freevars.get("__classdict__");
    if (index === undefined) throw new Error("no __classdict__ cell");
    this.addopI(Op.LOAD_DEREF, index, loc);
  }

  /** A cell's index for LOAD_CLOSURE/MAKE_CELL: cells first, then free variables. */
  cellIndex(name: string, scope: Scope): number {
    const u = this.u;
    const index = scope === Scope.Cell ? u.md.cellvars.get(name) : u.md.freevars.get(name);
    if (index === undefined) throw new Error(`no cell or free slot for ${name}`);
    return index;
  }

  /** CPython's get_ref_type: a class body always provides `__class__` as a cell. */
  refType(name: string): Scope {
    if (this.u.scopeType === "class" && (name === "__class__" || name === "__classdict__")) return Scope.Cell;
    return this.u.ste.scopeOf(name);
  }

  // -------------------------------------------------------------------------
  // Scopes

  enterScope(
    name: string, scopeType: ScopeType, node: object, firstlineno: number, privateName: string | null,
    counts: { argcount: number; posonlyargcount: number; kwonlyargcount: number } = { argcount: 0, posonlyargcount: 0, kwonlyargcount: 0 },
  ): void {
    const ste = this.st.lookup(node);
    const varnames = new Map<string, number>();
    for (const v of ste.varnames) if (!varnames.has(v)) varnames.set(v, varnames.size);
    const cellvars = dictByType(ste, Scope.Cell, DEF_COMP_CELL, 0);
    if (ste.needsClassClosure) cellvars.set("__class__", cellvars.size);
    if (ste.needsClassdict) cellvars.set("__classdict__", cellvars.size);
    const freevars = dictByType(ste, Scope.Free, DEF_FREE_CLASS, cellvars.size);
    const md: CodeUnitMetadata = {
      name, qualname: name, filename: this.src.filename, firstlineno, ...counts, flags: 0,
      varnames, cellvars, freevars, fasthidden: new Map(), names: new Map(),
    };
    const parent = this.u as CodeUnit | undefined;
    if (parent !== undefined) {
      this.stack.push(parent);
      if (privateName === null) privateName = parent.privateName;
    }
    this.u = new CodeUnit(ste, scopeType, privateName, md);
    const loc = lineLocation(firstlineno);
    if (scopeType === "module") loc.lineno = 0;
    else md.qualname = this.qualname();
    this.addopI(Op.RESUME, 0, loc);
  }

  exitScope(): void {
    const parent = this.stack.pop();
    if (parent !== undefined) this.u = parent;
  }

  private qualname(): string {
    const u = this.u;
    const name = u.md.name;
    if (this.stack.length <= 1) return name;
    let parent = this.stack[this.stack.length - 1]!;
    // What a generic's type parameter scope holds is named as if that scope were not there.
    if (parent.scopeType === "typeParams") {
      if (this.stack.length === 2) return name;
      parent = this.stack[this.stack.length - 2]!;
    }
    if (u.scopeType === "function" || u.scopeType === "asyncFunction" || u.scopeType === "class") {
      const scope = parent.ste.scopeOf(mangle(parent.privateName, name));
      if (scope === Scope.GlobalExplicit) return name;
    }
    const p = parent.scopeType;
    const base = p === "function" || p === "asyncFunction" || p === "lambda" ? `${parent.md.qualname}.<locals>` : parent.md.qualname;
    return `${base}.${name}`;
  }

  private codeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.isFunctionLike) {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    if (ste.coroutine && !ste.generator) flags |= CO_COROUTINE;
    if (this.future.annotations) flags |= CO_FUTURE_ANNOTATIONS;
    return flags;
  }

  /** Finish the current unit: implicit `return None`, optimise, assemble. */
  optimizeAndAssemble(addNone: boolean): CodeObject {
    const u = this.u;
    u.md.flags = this.codeFlags();
    if (addNone) this.loadConst(null, NO_LOCATION);
    this.addop(Op.RETURN_VALUE, NO_LOCATION);
    const g = cfgFromSequence(u.seq);
    optimizeCodeUnit(g, u.consts, u.md.varnames.size, u.ste.varnames.length);
    return assemble(g, u.md, u.consts);
  }

  /** Push a function made from `code`, with its closure cells, and set its attributes. */
  makeClosure(code: CodeObject, flags: number, loc: Location): void {
    if (code.co_nfreevars > 0) {
      const first = code.co_localsplusnames.length - code.co_nfreevars;
      for (const name of code.co_localsplusnames.slice(first)) {
        const scope = this.refType(name) === Scope.Cell ? Scope.Cell : Scope.Free;
        this.addopI(Op.LOAD_CLOSURE, this.cellIndex(name, scope), loc);
      }
      flags |= 8;
      this.addopI(Op.BUILD_TUPLE, code.co_nfreevars, loc);
    }
    this.loadConst(code, loc);
    this.addop(Op.MAKE_FUNCTION, loc);
    for (const bit of [8, 4, 2, 1]) {
      if ((flags & bit) !== 0) this.addopI(Op.SET_FUNCTION_ATTRIBUTE, bit, loc);
    }
  }

  // -------------------------------------------------------------------------
  // Frame blocks

  pushFblock(loc: Location, type: FBlockType, block: Label | null, exit: Label | null, datum: FBlock["datum"] = null): void {
    if (this.u.fblocks.length >= MAX_FBLOCKS) this.error("too many statically nested blocks", loc);
    this.u.fblocks.push({ type, block, exit, loc, datum });
  }

  popFblock(): void {
    this.u.fblocks.pop();
  }
}

export type NameOp =
  | "LOAD_ATTR" | "LOAD_METHOD" | "LOAD_SUPER_ATTR" | "LOAD_SUPER_METHOD" | "LOAD_ZERO_SUPER_ATTR"
  | "LOAD_ZERO_SUPER_METHOD" | "STORE_ATTR" | "DELETE_ATTR" | "IMPORT_NAME" | "IMPORT_FROM" | "LOAD_NAME";
