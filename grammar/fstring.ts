// Splitting an FSTRING token into literal text and replacement fields.
//
// The lexer has already walked the f-string (lexer-fstrings.ts) and left what
// it found on the token's payload; fstring-parts.ts turns that into parts. A
// token built by other means is lexed again from its image and position.

import type { IToken } from "chevrotain";
import { PySyntaxError } from "./errors.js";
import { partsOf, type FStringPart } from "./fstring-parts.js";
import type { ScannedFString } from "./lexer-fstrings.js";
import { tokenize } from "./lexer.js";

export type { FStringPart } from "./fstring-parts.js";

export function splitFString(token: IToken, filename: string, fileSource?: string): FStringPart[] {
  return partsOf(scannedFString(token, filename, fileSource), filename, fileSource);
}

/** The lexer's walk of the f-string: from the token, or by lexing its image again. */
function scannedFString(token: IToken, filename: string, fileSource: string | undefined): ScannedFString {
  if (isScannedFString(token.payload)) return token.payload;
  const line = token.startLine ?? 1;
  const column = token.startColumn ?? 0;
  const tokens = tokenize(token.image, { filename, startLine: line, startColumn: column, insideBrackets: true, fileSource });
  const payload: unknown = tokens[0]?.payload;
  if (!isScannedFString(payload)) {
    throw new PySyntaxError({ msg: "invalid syntax", filename, lineno: line, offset: column + 1, text: null });
  }
  return payload;
}

function isScannedFString(value: unknown): value is ScannedFString {
  return typeof value === "object" && value !== null && "pieces" in value && "end" in value;
}
