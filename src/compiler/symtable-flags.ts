// The facts a symbol table records about a name, with CPython 3.13's values so
// that a table can be compared bit for bit with the one CPython's `symtable`
// module exposes.
//
// A symbol's word holds DEF_* flags in its low 12 bits (what the first pass saw:
// assigned here, a parameter, declared global, used...) and, once the analysis
// has run, its scope above them: `flags | scope << SCOPE_OFFSET`.

export const DEF_GLOBAL = 1; /** `global name` */
export const DEF_LOCAL = 2; /** assigned in this scope */
export const DEF_PARAM = 4; /** a parameter */
export const DEF_NONLOCAL = 8; /** `nonlocal name` */
export const USE = 16; /** read in this scope */
export const DEF_FREE = 32; /** (kept for CPython's numbering) */
export const DEF_FREE_CLASS = 64; /** free in a method, and bound in the class body */
export const DEF_IMPORT = 128; /** bound by an import */
export const DEF_ANNOT = 256; /** an annotated name */
export const DEF_COMP_ITER = 512; /** a comprehension's iteration variable */
export const DEF_TYPE_PARAM = 1024; /** a type parameter (PEP 695) */
export const DEF_COMP_CELL = 2048; /** a cell inside an inlined comprehension */

export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

/** Where a name lives; `None` until the analysis has run. */
export const Scope = {
  None: 0,
  Local: 1,
  GlobalExplicit: 2,
  GlobalImplicit: 3,
  Free: 4,
  Cell: 5,
} as const;
export type Scope = (typeof Scope)[keyof typeof Scope];

export function scopeOf(symbol: number): Scope {
  return ((symbol >> SCOPE_OFFSET) & SCOPE_MASK) as Scope;
}

export function flagsOf(symbol: number): number {
  return symbol & ((1 << SCOPE_OFFSET) - 1);
}

export const SCOPE_NAMES = ["", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"];

export const FLAG_NAMES: readonly [number, string][] = [
  [DEF_GLOBAL, "DEF_GLOBAL"], [DEF_LOCAL, "DEF_LOCAL"], [DEF_PARAM, "DEF_PARAM"],
  [DEF_NONLOCAL, "DEF_NONLOCAL"], [USE, "USE"], [DEF_FREE, "DEF_FREE"],
  [DEF_FREE_CLASS, "DEF_FREE_CLASS"], [DEF_IMPORT, "DEF_IMPORT"], [DEF_ANNOT, "DEF_ANNOT"],
  [DEF_COMP_ITER, "DEF_COMP_ITER"], [DEF_TYPE_PARAM, "DEF_TYPE_PARAM"],
  [DEF_COMP_CELL, "DEF_COMP_CELL"],
];

/** A symbol word as text: `LOCAL DEF_LOCAL|USE`. */
export function describeSymbol(symbol: number): string {
  const flags = FLAG_NAMES.filter(([bit]) => (symbol & bit) !== 0).map(([, name]) => name);
  const scope = SCOPE_NAMES[scopeOf(symbol)] || "NONE";
  return `${scope} ${flags.join("|") || "-"}`;
}
