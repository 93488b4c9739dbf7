// The grammar package's entry point: Python source in, syntax tree out.
//
// The lexer reads the whole file before the parser starts, so its errors come
// first, as CPython's tokenizer errors do (CPython tokenizes the rest of the
// file after a parser error and lets a tokenizer error win). One exception is
// CPython's too: a bracket still open at the end of the file loses to a parser
// error found on or before the bracket's line, as in `def f(:`. That case is
// settled by closing the brackets after the last line and parsing again.

import type { IToken } from "chevrotain";
import type { Mod } from "./ast.js";
import { PySyntaxError } from "./errors.js";
import { tokenize } from "./lexer.js";
import { pythonParser, type ParseMode } from "./parser.js";

export type { ParseMode } from "./parser.js";

/** Parse a whole source; throws PySyntaxError, never anything else. */
export function parse(source: string, filename: string, mode: ParseMode = "exec"): Mod {
  let tokens: IToken[];
  try {
    tokens = tokenize(source, { filename });
  } catch (e) {
    if (e instanceof PySyntaxError && unclosedBracket.test(e.msg)) throw errorBeforeUnclosedBracket(source, filename, mode, e);
    throw e;
  }
  return parseTokens(tokens, source, filename, mode);
}

function parseTokens(tokens: IToken[], source: string, filename: string, mode: ParseMode): Mod {
  try {
    return pythonParser().parseTokens(tokens, mode, filename, source);
  } catch (e) {
    if (e instanceof PySyntaxError) throw e;
    // A JavaScript error here is a bug in the parser; the caller still gets
    // a Python-shaped error rather than a crash.
    throw new PySyntaxError({
      msg: `internal parser error: ${e instanceof Error ? e.message : String(e)}`,
      filename,
      lineno: 1,
      offset: 1,
      text: null,
    });
  }
}

const unclosedBracket = /^'([([{])' was never closed$/;
const closerOf: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/**
 * The error CPython reports for a file with an unclosed bracket: the parser's,
 * if it stopped on a token on or before the bracket's line, else `unclosed`.
 */
function errorBeforeUnclosedBracket(source: string, filename: string, mode: ParseMode, unclosed: PySyntaxError): PySyntaxError {
  const lineCount = source.split(/\r\n|\r|\n/).length;
  let closers = "";
  for (let attempt = 0; attempt < 200; attempt++) {
    let tokens: IToken[];
    try {
      tokens = tokenize(`${source}\n${closers}`, { filename });
    } catch (e) {
      const more = e instanceof PySyntaxError ? unclosedBracket.exec(e.msg) : null;
      if (more === null) return unclosed;
      closers = closerOf[more[1]!] + closers;
      continue;
    }
    try {
      parseTokens(tokens, source, filename, mode);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) return unclosed;
      return lastLineRead(e, tokens) <= unclosed.lineno && e.lineno <= lineCount ? e : unclosed;
    }
    return unclosed;
  }
  return unclosed;
}

/**
 * The line of the last token CPython's parser would have read before raising
 * `err`: the token it names for a plain "invalid syntax", else the one after
 * the span the message covers (the parser had to look at it to decide).
 */
function lastLineRead(err: PySyntaxError, tokens: IToken[]): number {
  if (err.msg === "invalid syntax") return err.lineno;
  const endLine = err.end_lineno;
  const endColumn = err.end_offset - 1;
  const next = tokens.find((t) => t.startLine! > endLine || (t.startLine === endLine && t.startColumn! >= endColumn));
  return next?.startLine ?? err.end_lineno;
}
