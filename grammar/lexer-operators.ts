// Operators and delimiters: the longest one at a position, as CPython's
// _PyToken_OneChar/TwoChars/ThreeChars tables decide it, read from character
// codes so that no substring is made for the common one-character case.

import type { TokenType } from "chevrotain";
import { ErrorToken, operators } from "./tokens.js";

const EQUAL = 0x3d;

/** The length (3, 2 or 1) of the operator at `p`, or 0 when none starts there. */
export function operatorLength(src: string, p: number): number {
  const c = src.charCodeAt(p);
  const c2 = src.charCodeAt(p + 1);
  switch (c) {
    case 0x2a: // * ** *= **=
    case 0x2f: // / // /= //=
      if (c2 === c) return src.charCodeAt(p + 2) === EQUAL ? 3 : 2;
      return c2 === EQUAL ? 2 : 1;
    case 0x3c: // < << <= <<= <>
      if (c2 === c) return src.charCodeAt(p + 2) === EQUAL ? 3 : 2;
      return c2 === EQUAL || c2 === 0x3e ? 2 : 1;
    case 0x3e: // > >> >= >>=
      if (c2 === c) return src.charCodeAt(p + 2) === EQUAL ? 3 : 2;
      return c2 === EQUAL ? 2 : 1;
    case 0x2e: // . ...
      return c2 === 0x2e && src.charCodeAt(p + 2) === 0x2e ? 3 : 1;
    case 0x2d: // - -= ->
      return c2 === EQUAL || c2 === 0x3e ? 2 : 1;
    case 0x2b: case 0x25: case 0x26: case 0x7c: case 0x5e: case 0x40: case 0x3d: case 0x21: case 0x3a:
      // + % & | ^ @ = ! : and the same followed by =
      return c2 === EQUAL ? 2 : 1;
    case 0x28: case 0x29: case 0x5b: case 0x5d: case 0x7b: case 0x7d: case 0x2c: case 0x3b: case 0x7e:
      return 1;
    default:
      return 0;
  }
}

const types = new Map<string, TokenType>(Object.entries(operators));
const oneCharTypes: (TokenType | undefined)[] = [];
for (const [text, type] of types) if (text.length === 1) oneCharTypes[text.charCodeAt(0)] = type;

/** `<>` is one token to CPython, which its parser then rejects. */
export function operatorType(src: string, start: number, length: number): TokenType {
  if (length === 1) return oneCharTypes[src.charCodeAt(start)]!;
  return types.get(src.slice(start, start + length)) ?? ErrorToken;
}
