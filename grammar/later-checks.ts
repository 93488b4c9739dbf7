// Syntax errors that CPython raises after parsing, from its symbol table and
// code generator, but that pygil raises from the parser because they depend
// only on the shape of the tree:
//   - "assignment expression cannot be used in a comprehension iterable expression"
//     (symtable.c: a `:=` in a comprehension's `in` part);
//   - "keyword argument repeated: x" (compile.c, validate_keywords);
//   - "starred assignment target must be in a list or tuple" (compile.c: `*a = 1`);
//   - "can't use starred expression here" (compile.c: `x = *a`).
// The parser notes each one as it builds the node (a note costs nothing when
// there is no error) and reports the first only once the whole file has
// parsed, as CPython does, so a plain syntax error anywhere still wins. All
// symbol-table errors come before all code-generation ones, since CPython
// builds the whole table first; within each group the first in the file wins.

import type { Expr, Keyword, Position } from "./ast.js";
import type { PySyntaxError } from "./errors.js";
import type { ErrorLocator } from "./syntax-location.js";

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !(value instanceof Uint8Array);
}

function isComprehension(type: unknown): boolean {
  return type === "ListComp" || type === "SetComp" || type === "GeneratorExp" || type === "DictComp";
}

/**
 * The first `:=` in a comprehension's iterable that CPython rejects: not in a
 * lambda's body, nor in a nested comprehension's element or conditions (those
 * are scopes of their own; a nested comprehension's iterables are checked
 * when that comprehension is built).
 */
export function namedExprInIterable(iter: Expr): Expr | null {
  const pending: unknown[] = [iter];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) pending.push(value[i]);
      continue;
    }
    if (!isNode(value)) continue;
    const type = value["type"];
    if (type === "NamedExpr") return value as unknown as Expr;
    if (type === "Lambda") {
      const args = value["args"] as Node;
      pending.push(args["kw_defaults"], args["defaults"]);
      continue;
    }
    if (isComprehension(type)) continue;
    for (const key in value) {
      const child = value[key];
      if (typeof child === "object" && child !== null) pending.push(child);
    }
  }
  return null;
}

/** The second of two keyword arguments with the same name, if any. */
export function repeatedKeyword(keywords: Keyword[]): Keyword | null {
  for (let i = 1; i < keywords.length; i++) {
    const name = keywords[i]!.arg;
    if (name === null) continue;
    for (let j = 0; j < i; j++) {
      if (keywords[j]!.arg === name) return keywords[i]!;
    }
  }
  return null;
}

interface Note {
  msg: string;
  at: Position;
}

function before(a: Position, b: Position): boolean {
  return a.lineno < b.lineno || (a.lineno === b.lineno && a.col_offset < b.col_offset);
}

/** The errors noted during one parse, to report once it has succeeded. */
export class LaterErrors {
  private readonly symtable: Note[] = [];
  private readonly codegen: Note[] = [];

  noteSymtable(msg: string, at: Position): void {
    this.symtable.push({ msg, at });
  }

  noteCodegen(msg: string, at: Position): void {
    this.codegen.push({ msg, at });
  }

  /** Drops the notes about `at`: a starred item read as a value turned out to be a target. */
  forget(at: Position): void {
    const kept = this.codegen.filter((note) => note.at !== at);
    this.codegen.length = 0;
    this.codegen.push(...kept);
  }

  mark(): [number, number] {
    return [this.symtable.length, this.codegen.length];
  }

  rewind([symtable, codegen]: [number, number]): void {
    this.symtable.length = symtable;
    this.codegen.length = codegen;
  }

  /** The error CPython would report first, or null. */
  first(locate: ErrorLocator): PySyntaxError | null {
    const notes = this.symtable.length > 0 ? this.symtable : this.codegen;
    let first: Note | null = null;
    for (const note of notes) if (first === null || before(note.at, first.at)) first = note;
    return first === null ? null : locate.atNode(first.msg, first.at);
  }
}
