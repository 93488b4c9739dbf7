// Helpers for the lexer tests: reading the CPython-derived expectations next
// to this file, and running the lexical stage of the pipeline (tokens, string
// decoding, f-string splitting, and the lexing of each field) on a source, as
// the parser does.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IToken } from "chevrotain";
import { splitFString, type FStringPart } from "../../../grammar/fstring.js";
import { PySyntaxError } from "../../../grammar/errors.js";
import { lexicalErrorContext, tokenize } from "../../../grammar/lexer.js";
import { decodeString } from "../../../grammar/strings.js";

const here = dirname(fileURLToPath(import.meta.url));

export function expectations<T>(name: string): T {
  return JSON.parse(readFileSync(join(here, name), "utf8")) as T;
}

/** A token as the expectations write it: type, image, start line/col, end line/col. */
export type TokenRow = [string, string, number, number, number, number];

export function rows(tokens: IToken[]): TokenRow[] {
  return tokens.map((t) => [t.tokenType.name, t.image, t.startLine!, t.startColumn!, t.endLine!, t.endColumn!]);
}

/**
 * Lexes `source` and everything inside it: decodes each string, splits each
 * f-string and lexes its fields (and their nested f-strings) in turn. A
 * lexical error that yields to earlier parser-level errors is ranked as
 * lexicalErrorContext describes, against the errors of this literal stage
 * (which CPython's parser raises) in the tokens before it.
 */
export function lexEverything(source: string, filename = "t.py"): void {
  let tokens: IToken[];
  try {
    tokens = tokenize(source, { filename });
  } catch (e) {
    const context = e instanceof PySyntaxError ? lexicalErrorContext(e) : undefined;
    if (context?.yieldsToParserError) {
      const earlier = literalStageError(context.tokens, source, filename);
      if (earlier !== null) {
        const unclosed = context.unclosedBracket;
        throw unclosed !== null && earlier.lineno > unclosed.lineno ? unclosed : earlier;
      }
    }
    throw e;
  }
  lexTokens(tokens, source, filename);
}

function literalStageError(tokens: IToken[], source: string, filename: string): PySyntaxError | null {
  try {
    lexTokens(tokens, source, filename);
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
}

function lexTokens(tokens: IToken[], fileSource: string, filename: string): void {
  for (const token of tokens) {
    const name = token.tokenType.name;
    if (name === "STRING") {
      decodeString(token.image, { filename, line: token.startLine!, column: token.startColumn!, fileSource });
    } else if (name === "FSTRING") {
      lexParts(splitFString(token, filename, fileSource), fileSource, filename);
    }
  }
}

function lexParts(parts: FStringPart[], fileSource: string, filename: string): void {
  for (const part of parts) {
    if (part.kind !== "field") continue;
    const tokens = tokenize(part.source, {
      filename, startLine: part.line, startColumn: part.column, insideBrackets: true, fileSource,
    });
    lexTokens(tokens, fileSource, filename);
    if (part.formatSpec !== null) lexParts(part.formatSpec, fileSource, filename);
  }
}
