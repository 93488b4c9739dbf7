// Finding where a (non-f) string literal ends, as CPython's tokenizer does: a
// backslash hides the next character (a quote, or a line break, which
// continues the literal on the next line); a single-quoted literal may not run
// into a line break; the literal ends at its first unescaped closing quote(s).
// Decoding the escapes is not done here but in strings.ts, from the image.

import { BACKSLASH, CR, LF } from "./lexer-chars.js";
import type { Cursor } from "./lexer-cursor.js";

/** The f-string whose replacement field holds the literal, if any. */
export interface EnclosingFString {
  quote: number;
  quoteSize: number;
}

/** Where a literal began: for errors, which CPython reports at its start. */
export interface LiteralStart {
  offset: number;
  line: number;
  lineStart: number;
}

/** The line CPython names in "(detected at line N)" when it meets the end. */
export function lineAtEnd(cur: Cursor): number {
  const prev = cur.code(cur.pos - 1);
  return cur.pos > 0 && (prev === LF || prev === CR) ? cur.line - 1 : cur.line;
}

/** The quote count (1 or 3) of the literal whose first quote is at `cur.pos`. */
export function quoteSizeAt(cur: Cursor): number {
  const q = cur.code(cur.pos);
  return cur.code(cur.pos + 1) === q && cur.code(cur.pos + 2) === q ? 3 : 1;
}

/**
 * Moves `cur` from the opening quote(s) of a string literal to just after its
 * closing ones, or fails with CPython's "unterminated" messages.
 */
export function skipStringLiteral(
  cur: Cursor,
  start: LiteralStart,
  enclosing: EnclosingFString | null,
): void {
  const quote = cur.code(cur.pos);
  const quoteSize = quoteSizeAt(cur);
  cur.pos += quoteSize;
  let closing = 0;
  let escapedQuote = false;
  while (closing < quoteSize) {
    const c = cur.code(cur.pos);
    if (c === -1 || (quoteSize === 1 && (c === LF || c === CR))) {
      throw unterminated(cur, start, quote, quoteSize, escapedQuote, enclosing);
    }
    if (c === quote) {
      closing++;
      cur.pos++;
      continue;
    }
    closing = 0;
    if (c === LF || c === CR) {
      cur.skipLineBreak();
    } else if (c === BACKSLASH) {
      cur.pos++;
      const escaped = cur.code(cur.pos);
      if (escaped === quote) escapedQuote = true;
      if (!cur.skipLineBreak() && escaped !== -1) cur.pos++;
    } else {
      cur.pos++;
    }
  }
}

function unterminated(
  cur: Cursor,
  start: LiteralStart,
  quote: number,
  quoteSize: number,
  escapedQuote: boolean,
  enclosing: EnclosingFString | null,
): Error {
  const detected = cur.code(cur.pos) === -1 ? lineAtEnd(cur) : cur.line;
  const offset = cur.columnAt(start.offset + 1, start.lineStart);
  const at = { lineno: start.line, offset };
  // Inside an f-string's field, a stray quote of the f-string's own kind means
  // the field was never closed: `f"{x"`.
  if (enclosing !== null && enclosing.quote === quote && enclosing.quoteSize === quoteSize) {
    return cur.error("f-string: expecting '}'", at);
  }
  if (quoteSize === 3) {
    return cur.error(`unterminated triple-quoted string literal (detected at line ${detected})`, at);
  }
  const hint = escapedQuote ? "; perhaps you escaped the end quote?" : "";
  return cur.error(`unterminated string literal (detected at line ${detected})${hint}`, at);
}
