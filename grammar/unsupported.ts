// The parts of Python 3.13 that pygil's subset leaves out: `match` statements,
// `type` aliases and type parameter lists, and `except*`. CPython accepts
// them; pygil rejects them with a syntax error that says what is missing,
// rather than a bare "invalid syntax".

import type { IToken } from "chevrotain";
import * as T from "./tokens.js";

export const unsupported = {
  typeAlias: "'type' statements are not supported",
  typeParameters: "type parameter lists are not supported",
  exceptStar: "'except*' is not supported",
} as const;

/**
 * What a statement that failed to parse was meant to be, if it was one of
 * the left-out forms: `type Name = ...` / `type Name[...]`. `tokens[start]`
 * is its first token.
 */
export function unsupportedStatement(tokens: IToken[], start: number): string | null {
  const first = tokens[start];
  if (first === undefined || first.tokenType !== T.Name) return null;
  if (first.image === "type") {
    const name = tokens[start + 1];
    const after = tokens[start + 2]?.tokenType;
    if (name?.tokenType === T.Name && (after === T.Equal || after === T.LBracket)) return unsupported.typeAlias;
    return null;
  }
  return null;
}
