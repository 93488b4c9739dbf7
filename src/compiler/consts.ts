// The constants of a code object under construction. Equal constants share
// one slot, with CPython's notion of equality for that purpose: the type
// counts (1, 1.0 and True are three constants), so does the sign of a zero,
// and code objects are never merged.

import { ELLIPSIS, type ConstantValue } from "../../grammar/ast.js";
import {
  isCodeObject, isComplexConstant, isFrozensetConstant, isTupleConstant, type CodeConstant, type CodeObject,
} from "./code.js";

const codeIds = new WeakMap<CodeObject, number>();
let nextCodeId = 0;

/** A string identifying a constant up to CPython's constant equality. */
export function constantKey(c: CodeConstant): string {
  if (c === null) return "N";
  if (c === true) return "T";
  if (c === false) return "F";
  if (c === ELLIPSIS) return "E";
  switch (typeof c) {
    case "bigint":
      return `i${c}`;
    case "number":
      return `f${floatKey(c)}`;
    case "string":
      return `s${JSON.stringify(c)}`;
  }
  if (c instanceof Uint8Array) return `b${Buffer.from(c).toString("hex")}`;
  if (isTupleConstant(c)) return `t[${c.tuple.map(constantKey).join(",")}]`;
  if (isFrozensetConstant(c)) return `z[${c.frozenset.map(constantKey).sort().join(",")}]`;
  if (isComplexConstant(c)) return `x${floatKey(c.complex[0])},${floatKey(c.complex[1])}`;
  if (isCodeObject(c)) {
    let id = codeIds.get(c);
    if (id === undefined) codeIds.set(c, (id = nextCodeId++));
    return `code#${id}`;
  }
  return `j${floatKey((c as { imag: number }).imag)}`;
}

function floatKey(v: number): string {
  return Object.is(v, -0) ? "-0" : String(v);
}

/**
 * The identity of a constant for merging: the value itself for ints and str
 * (kept in maps of their own, so no key string is built), else constantKey.
 */
type PoolKey = bigint | string;

export class ConstPool {
  readonly values: CodeConstant[] = [];
  /** Each value's key, kept so compacting needs no recomputation. */
  private readonly keys: PoolKey[] = [];
  private readonly ints = new Map<bigint, number>();
  private readonly strings = new Map<string, number>();
  /** Every other constant, by constantKey (never a bare str: those are in `strings`). */
  private readonly others = new Map<string, number>();

  private mapFor(c: CodeConstant): [Map<PoolKey, number>, PoolKey] {
    if (typeof c === "bigint") return [this.ints as Map<PoolKey, number>, c];
    if (typeof c === "string") return [this.strings as Map<PoolKey, number>, c];
    return [this.others as Map<PoolKey, number>, constantKey(c)];
  }

  add(c: CodeConstant): number {
    const [map, key] = this.mapFor(c);
    let i = map.get(key);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(c);
      this.keys.push(key);
      map.set(key, i);
    }
    return i;
  }

  /** Keep only the constants at `used` indices, in order; returns old index -> new index. */
  compact(used: boolean[]): number[] {
    const remap: number[] = new Array(this.values.length).fill(-1);
    let kept = 0;
    for (let i = 0; i < this.values.length; i++) {
      const value = this.values[i]!;
      const key = this.keys[i]!;
      const map = typeof value === "bigint" ? this.ints : typeof value === "string" ? this.strings : this.others;
      if (!used[i]) {
        (map as Map<PoolKey, number>).delete(key);
        continue;
      }
      remap[i] = kept;
      this.values[kept] = value;
      this.keys[kept] = key;
      (map as Map<PoolKey, number>).set(key, kept);
      kept++;
    }
    this.values.length = kept;
    this.keys.length = kept;
    return remap;
  }
}

/** Python truthiness of a constant. */
export function constantIsTrue(c: CodeConstant): boolean {
  if (c === null || c === false) return false;
  if (c === true || c === ELLIPSIS) return true;
  switch (typeof c) {
    case "bigint":
      return c !== 0n;
    case "number":
      return c !== 0;
    case "string":
      return c.length > 0;
  }
  if (c instanceof Uint8Array) return c.length > 0;
  if (isTupleConstant(c)) return c.tuple.length > 0;
  if (isFrozensetConstant(c)) return c.frozenset.length > 0;
  if (isCodeObject(c)) return true;
  if (isComplexConstant(c)) return c.complex[0] !== 0 || c.complex[1] !== 0;
  return (c as { imag: number }).imag !== 0;
}

export function isStringConstant(c: ConstantValue | CodeConstant): c is string {
  return typeof c === "string";
}
