// Literal keys of mapping patterns, compared as CPython's compiler compares
// them when it rejects `{1: a, 1.0: b}`: by Python equality, in a set. Equal
// numbers are one key whatever their type (True, 1, 1.0 and 1+0j), so a
// number's identity is its value as a complex number; strings, bytes and
// the singletons are only equal to their own kind.

import type * as ast from "../../grammar/ast.js";
import { constantValue } from "./ast-optimize.js";
import { isComplexConstant, type CodeConstant } from "./code.js";
import { reprConstant } from "./pyrepr.js";

export interface KeyIdentity {
  /** Equal for keys that Python's `==` (and hash) take as one. */
  identity: string;
  /** repr() of the key, for the error message. */
  text: string;
}

function numberIdentity(real: number, imag: number): string {
  return `n:${String(real)}:${String(imag)}`;
}

function identityOf(value: CodeConstant): string {
  if (value === null) return "None";
  if (typeof value === "boolean") return numberIdentity(value ? 1 : 0, 0);
  if (typeof value === "bigint") {
    const asFloat = Number(value);
    return BigInt(asFloat) === value ? numberIdentity(asFloat, 0) : `i:${value.toString()}`;
  }
  if (typeof value === "number") return numberIdentity(value === 0 ? 0 : value, 0);
  if (typeof value === "string") return `s:${value}`;
  if (value instanceof Uint8Array) return `b:${Array.from(value).join(",")}`;
  if (isComplexConstant(value)) return numberIdentity(value.complex[0] === 0 ? 0 : value.complex[0], value.complex[1] === 0 ? 0 : value.complex[1]);
  if (typeof value === "object" && "imag" in value) return numberIdentity(0, value.imag === 0 ? 0 : value.imag);
  return `o:${reprConstant(value)}`;
}

export function mappingKeyRepr(key: ast.Constant): KeyIdentity {
  const value = constantValue(key);
  return { identity: identityOf(value), text: reprConstant(value) };
}
