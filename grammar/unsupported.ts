// The parts of Python 3.13 that pygil's subset leaves out: `match` statements,
// `type` aliases and type parameter lists, and `except*`. CPython accepts
// them; pygil rejects them with a syntax error that says what is missing,
// rather than a bare "invalid syntax".

import type { IToken } from "chevrotain";
import * as T from "./tokens.js";

export const unsupported = {
  match: "'match' statements are not supported",
  typeAlias: "'type' statements are not supported",
  typeParameters: "type parameter lists are not supported",
  exceptStar: "'except*' is not supported",
} as const;

/**
 * What a statement that failed to parse was meant to be, if it was one of
 * the left-out forms: `match subject:` opening an indented block, or
 * `type Name = ...` / `type Name[...]`. `tokens[start]` is its first token.
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
  if (first.image !== "match") return null;
  let depth = 0;
  for (let i = start + 1; i < tokens.length; i++) {
    const type = tokens[i]!.tokenType;
    if (type === T.LParen || type === T.LBracket || type === T.LBrace) depth++;
    else if (type === T.RParen || type === T.RBracket || type === T.RBrace) depth--;
    else if (type === T.Newline && depth <= 0) {
      const opensBlock = tokens[i - 1]!.tokenType === T.Colon && tokens[i + 1]?.tokenType === T.Indent;
      return opensBlock && i > start + 2 ? unsupported.match : null;
    }
  }
  return null;
}
