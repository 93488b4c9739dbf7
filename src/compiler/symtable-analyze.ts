// The second pass over the symbol tables: give every name its scope.
//
// Each block is analysed with three sets handed down from its parents: `bound`
// (names bound in enclosing function scopes, which a nested block may close
// over), `global` (names declared global above) and, going back up, `free`
// (names its children need from further out). A name bound in a block is
// LOCAL; used but not bound, it is FREE if an enclosing function binds it,
// else GLOBAL_IMPLICIT. After the children are analysed, a LOCAL name that a
// child needs becomes a CELL, and leaves the free set. Class bodies are
// transparent: their names are not visible to the methods inside them, except
// `__class__`, which the class provides as a cell when a method uses it.
//
// Annotation scopes (PEP 695) directly inside a class body see that class's
// names: a name the class binds resolves to GLOBAL_IMPLICIT there (the code
// generator then reads the class namespace first, through the class's
// `__classdict__` cell, before the globals or the enclosing cell).
//
// List, set and dict comprehensions are then inlined into their parent (PEP
// 709): their names join the parent's table, and the comprehension's children
// become the parent's children, which is also what CPython's `symtable` module
// shows.

import type { SourceInfo } from "./compile-error.js";
import { syntaxErrorAt } from "./compile-error.js";
import {
  DEF_BOUND, DEF_COMP_CELL, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL, DEF_PARAM, DEF_TYPE_PARAM,
  SCOPE_OFFSET, Scope, flagsOf, scopeOf,
} from "./symtable-flags.js";
import type { SymbolTableEntry } from "./symtable.js";

type Names = Set<string>;

export function analyzeSymbolTable(top: SymbolTableEntry, src: SourceInfo): void {
  new Analyzer(src).analyzeBlock(top, null, new Set(), new Set(), new Set(), null);
}

class Analyzer {
  constructor(private readonly src: SourceInfo) {}

  analyzeBlock(
    entry: SymbolTableEntry, bound: Names | null, free: Names, global: Names, typeParams: Names,
    classEntry: SymbolTableEntry | null,
  ): void {
    const local: Names = new Set();
    const scopes = new Map<string, Scope>();
    const newGlobal: Names = new Set();
    const newFree: Names = new Set();
    const newBound: Names = new Set();
    const inlinedCells: Names = new Set();

    // A class body's names are invisible to its methods: what they see is
    // decided before the class's own names are analysed.
    if (entry.type === "class") {
      addAll(newGlobal, global);
      if (bound !== null) addAll(newBound, bound);
    }
    for (const [name, flags] of entry.symbols) {
      this.analyzeName(entry, scopes, name, flags, bound, local, free, global, typeParams, classEntry);
    }
    if (entry.type !== "class") {
      if (entry.isFunctionLike) addAll(newBound, local);
      if (bound !== null) addAll(newBound, bound);
      addAll(newGlobal, global);
    } else {
      newBound.add("__class__");
      newBound.add("__classdict__");
    }

    for (const child of entry.children) {
      let childClass: SymbolTableEntry | null = null;
      if (child.canSeeClassScope) childClass = entry.type === "class" ? entry : classEntry;
      const inline = child.comprehension !== "" && !child.generator && !entry.canSeeClassScope;
      const childFree = new Set(newFree);
      this.analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), new Set(typeParams), childClass);
      if (inline) {
        inlineComprehension(entry, child, scopes, childFree, inlinedCells);
        child.compInlined = true;
      }
      addAll(newFree, childFree);
    }
    entry.children = entry.children.flatMap((c) => (c.compInlined ? c.children : [c]));

    if (entry.isFunctionLike) analyzeCells(scopes, newFree, inlinedCells);
    else if (entry.type === "class") dropClassFree(entry, newFree);
    updateSymbols(entry, scopes, bound, newFree, inlinedCells, entry.type === "class" || entry.canSeeClassScope);
    addAll(free, newFree);
  }

  private analyzeName(
    entry: SymbolTableEntry, scopes: Map<string, Scope>, name: string, flags: number,
    bound: Names | null, local: Names, free: Names, global: Names, typeParams: Names,
    classEntry: SymbolTableEntry | null,
  ): void {
    if ((flags & DEF_GLOBAL) !== 0) {
      if ((flags & DEF_NONLOCAL) !== 0) this.errorAtDirective(entry, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, Scope.GlobalExplicit);
      global.add(name);
      bound?.delete(name);
      return;
    }
    if ((flags & DEF_NONLOCAL) !== 0) {
      if (bound === null) this.errorAtDirective(entry, name, "nonlocal declaration not allowed at module level");
      if (!bound.has(name)) this.errorAtDirective(entry, name, `no binding for nonlocal '${name}' found`);
      if (typeParams.has(name)) this.errorAtDirective(entry, name, `nonlocal binding not allowed for type parameter '${name}'`);
      scopes.set(name, Scope.Free);
      entry.free = true;
      free.add(name);
      return;
    }
    if ((flags & DEF_BOUND) !== 0) {
      scopes.set(name, Scope.Local);
      local.add(name);
      global.delete(name);
      if ((flags & DEF_TYPE_PARAM) !== 0) typeParams.add(name);
      else typeParams.delete(name);
      return;
    }
    // A name the class binds: read from the class namespace first (see the top of this file).
    if (classEntry !== null) {
      const classFlags = classEntry.flagsOf(name);
      if ((classFlags & DEF_GLOBAL) !== 0) {
        scopes.set(name, Scope.GlobalExplicit);
        return;
      }
      if ((classFlags & DEF_BOUND) !== 0 && (classFlags & DEF_NONLOCAL) === 0) {
        scopes.set(name, Scope.GlobalImplicit);
        return;
      }
    }
    if (bound !== null && bound.has(name)) {
      scopes.set(name, Scope.Free);
      entry.free = true;
      free.add(name);
      return;
    }
    if (entry.nested) entry.free = true;
    scopes.set(name, Scope.GlobalImplicit);
  }

  private errorAtDirective(entry: SymbolTableEntry, name: string, msg: string): never {
    const directive = entry.directives.find(([n]) => n === name);
    const pos = directive?.[1] ?? entry.position;
    throw syntaxErrorAt(this.src, msg, pos);
  }
}

function addAll(target: Names, source: Iterable<string>): void {
  for (const n of source) target.add(n);
}

/** A LOCAL name that a child needs free becomes a CELL here. */
function analyzeCells(scopes: Map<string, Scope>, free: Names, inlinedCells: Names): void {
  for (const [name, scope] of scopes) {
    if (scope !== Scope.Local) continue;
    if (!free.has(name) && !inlinedCells.has(name)) continue;
    scopes.set(name, Scope.Cell);
    free.delete(name);
  }
}

/** `__class__` used by methods is provided by the class body, never further out. */
function dropClassFree(entry: SymbolTableEntry, free: Names): void {
  if (free.delete("__class__")) entry.needsClassClosure = true;
  if (free.delete("__classdict__")) entry.needsClassdict = true;
}

function updateSymbols(
  entry: SymbolTableEntry, scopes: Map<string, Scope>, bound: Names | null, free: Names,
  inlinedCells: Names, isClass: boolean,
): void {
  for (const [name, flags] of entry.symbols) {
    let word = flags;
    if (inlinedCells.has(name)) word |= DEF_COMP_CELL;
    entry.symbols.set(name, word | (scopes.get(name)! << SCOPE_OFFSET));
  }
  // Free names of children that this block does not bind pass through it.
  for (const name of free) {
    const existing = entry.symbols.get(name);
    if (existing !== undefined) {
      // A method's free variable that the class body also binds.
      if (isClass) entry.symbols.set(name, existing | DEF_FREE_CLASS);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue;
    entry.symbols.set(name, Scope.Free << SCOPE_OFFSET);
  }
}

/**
 * Merge an analysed list/set/dict comprehension into its parent (PEP 709): its
 * names that the parent lacks are copied there with their scope, and a name
 * free in the comprehension but local in the parent is simply local.
 */
function inlineComprehension(
  parent: SymbolTableEntry, comp: SymbolTableEntry, scopes: Map<string, Scope>,
  compFree: Names, inlinedCells: Names,
): void {
  let removeDunderClass = false;
  for (const [name, word] of comp.symbols) {
    if ((word & DEF_PARAM) !== 0) continue; // the hidden `.0` argument
    let scope = scopeOf(word);
    const onlyFlags = flagsOf(word);
    if (scope === Scope.Cell || (onlyFlags & DEF_COMP_CELL) !== 0) inlinedCells.add(name);
    const existing = parent.symbols.get(name);
    // __class__ is never free through a class scope.
    if (scope === Scope.Free && parent.type === "class" && name === "__class__") {
      scope = Scope.GlobalImplicit;
      compFree.delete(name);
      removeDunderClass = true;
    }
    if (existing === undefined) {
      parent.symbols.set(name, onlyFlags);
      scopes.set(name, scope);
    } else if ((existing & DEF_BOUND) !== 0 && !isFreeInAnyChild(comp, name) && parent.type !== "class") {
      compFree.delete(name);
    }
  }
  comp.free = compFree.size > 0;
  if (removeDunderClass) comp.symbols.delete("__class__");
}

function isFreeInAnyChild(entry: SymbolTableEntry, name: string): boolean {
  return entry.children.some((c) => c.scopeOf(name) === Scope.Free);
}
