// Decoding string and bytes literals: prefix, quotes, escapes.
//
// CPython decodes a str literal in two steps, and its error messages show it:
// every non-ASCII character of the body is first rewritten as a 10-byte
// `\UXXXXXXXX` escape (a backslash before one becomes `\u005c`), then the
// "unicodeescape" codec decodes the result, and a bad escape is reported by
// its byte positions in that rewritten text ("can't decode bytes in position
// 10-12"). `bufferPos` below follows those positions without building the
// buffer. Unknown escapes (`\d`) stay as they are, with a SyntaxWarning for
// the first of each literal, as CPython gives.

import { PySyntaxError, sourceLine } from "./errors.js";
import { charactersInUtf8Prefix, lineAsRead, utf8Length } from "./lexer-cursor.js";
import { lookupCharacterName } from "./unicode-names.js";
import { warnSyntax } from "./syntax-warnings.js";

export interface StringValue { value: string | Uint8Array; isBytes: boolean; kind: "u" | null }

export interface LiteralPosition { filename: string; line: number; column: number; fileSource?: string }

/** A bad escape: the message CPython puts after "(unicode error) " or "(value error) ". */
export class EscapeError extends Error {
  constructor(readonly pythonMessage: string) {
    super(pythonMessage);
  }
}

/** Decode one STRING token's image (prefix, quotes, escapes). */
export function decodeString(image: string, position: LiteralPosition): StringValue {
  let prefixLength = 0;
  while (image[prefixLength] !== "'" && image[prefixLength] !== '"') prefixLength++;
  const prefix = image.slice(0, prefixLength).toLowerCase();
  const quote = image[prefixLength]!;
  const quoteSize = image.startsWith(quote.repeat(3), prefixLength) && image.length >= prefixLength + 6 ? 3 : 1;
  const body = normalizeNewlines(image.slice(prefixLength + quoteSize, image.length - quoteSize));
  const raw = prefix.includes("r");
  // CPython marks only a lower-case `u` prefix in the AST.
  const kind = image[0] === "u" ? "u" : null;
  const invalid: InvalidEscape = { first: null, at: 0 };
  try {
    if (prefix.includes("b")) {
      if (/[^\x00-\x7f]/.test(body)) {
        throw literalError("bytes can only contain ASCII literal characters", image, position);
      }
      const value = raw ? asciiBytes(body) : decodeBytesEscapes(body, invalid);
      warnInvalidEscape(invalid, position);
      return { value, isBytes: true, kind };
    }
    const value = raw ? body : decodeUnicodeEscapes(body, invalid);
    warnInvalidEscape(invalid, position);
    return { value, isBytes: false, kind };
  } catch (e) {
    if (e instanceof EscapeError) {
      const label = prefix.includes("b") ? "value error" : "unicode error";
      throw literalError(`(${label}) ${e.pythonMessage}`, image, position);
    }
    throw e;
  }
}

/** The first escape of a literal that is not one: what follows its backslash. */
export interface InvalidEscape {
  first: string | null;
  /** Where its backslash is in the decoded body. */
  at: number;
}

function noteInvalid(invalid: InvalidEscape | undefined, sequence: string, at: number): void {
  if (invalid !== undefined && invalid.first === null) {
    invalid.first = sequence;
    invalid.at = at;
  }
}

/** CPython's message for the first invalid escape of a literal (an octal one above \377 has its own), or null. */
export function invalidEscapeMessage(invalid: InvalidEscape): string | null {
  const first = invalid.first;
  if (first === null) return null;
  return isOctal(first[0]) ? `invalid octal escape sequence '\\${first}'` : `invalid escape sequence '\\${first}'`;
}

function warnInvalidEscape(invalid: InvalidEscape, position: LiteralPosition): void {
  const message = invalidEscapeMessage(invalid);
  if (message !== null) warnSyntax(position.line, message, `${position.line}:${position.column}`);
}

/** CPython reads `\r\n` and `\r` in source as `\n`, inside literals too. */
export function normalizeNewlines(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/**
 * A SyntaxError spanning the whole literal, as CPython reports decoding
 * errors. For a literal over several lines, CPython reads the end column (in
 * bytes, on the last line) as a column of the first line.
 */
function literalError(msg: string, image: string, position: LiteralPosition): PySyntaxError {
  const lines = image.split(/\r\n|\r|\n/);
  const last = lines[lines.length - 1]!;
  let endOffset = position.column + [...last].length + 1;
  if (lines.length > 1) {
    endOffset = position.fileSource !== undefined
      ? charactersInUtf8Prefix(lineAsRead(position.fileSource, position.line), utf8Length(last, 0, last.length) + 1)
      : [...last].length + 1;
  }
  return new PySyntaxError({
    msg,
    filename: position.filename,
    lineno: position.line,
    offset: position.column + 1,
    end_lineno: position.line + lines.length - 1,
    end_offset: endOffset,
    text: position.fileSource !== undefined ? sourceLine(position.fileSource, position.line) : null,
  });
}

// ---------------------------------------------------------------------------
// str

const simpleEscapes: Record<string, string> = {
  "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v",
};

function isOctal(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "7";
}

/** Decodes the escapes of a str literal's body; throws EscapeError on a bad one. */
export function decodeUnicodeEscapes(body: string, invalid?: InvalidEscape): string {
  if (!body.includes("\\")) return body;
  let out = "";
  let i = 0;
  let bufferPos = 0;
  while (i < body.length) {
    const c = body[i]!;
    if (c !== "\\") {
      const cp = body.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      out += body.slice(i, i + width);
      bufferPos += cp >= 0x80 ? 10 : 1;
      i += width;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined || e.charCodeAt(0) >= 0x80) {
      // Rewritten to `\u005c`, a backslash, followed by the character itself;
      // an f-string's literal chunk may end in a backslash (`f"\{x}"`),
      // which CPython warns about as the escape `\{`.
      if (e === undefined) noteInvalid(invalid, "{", i);
      out += "\\";
      bufferPos += 6;
      i += 1;
      continue;
    }
    const start = bufferPos;
    i += 2;
    bufferPos += 2;
    if (e === "\n") continue;
    const simple = simpleEscapes[e];
    if (simple !== undefined) {
      out += simple;
    } else if (isOctal(e)) {
      let value = e.charCodeAt(0) - 48;
      const digitsFrom = i - 1;
      for (let n = 0; n < 2 && isOctal(body[i]); n++, i++, bufferPos++) value = value * 8 + body.charCodeAt(i) - 48;
      if (value > 0o377) noteInvalid(invalid, body.slice(digitsFrom, i), digitsFrom - 1);
      out += String.fromCodePoint(value);
    } else if (e === "x" || e === "u" || e === "U") {
      const digits = e === "x" ? 2 : e === "u" ? 4 : 8;
      const hex = hexDigits(body, i, digits);
      if (hex.length < digits) {
        const label = e === "x" ? "\\xXX" : e === "u" ? "\\uXXXX" : "\\UXXXXXXXX";
        throw badEscape(start, bufferPos + hex.length, `truncated ${label} escape`);
      }
      i += digits;
      bufferPos += digits;
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) throw badEscape(start, bufferPos, "illegal Unicode character");
      out += String.fromCodePoint(cp);
    } else if (e === "N") {
      const named = namedEscape(body, i, start, bufferPos);
      out += String.fromCodePoint(named.codePoint);
      bufferPos += named.end - i;
      i = named.end;
    } else {
      noteInvalid(invalid, e, i - 2);
      out += "\\" + e;
    }
  }
  return out;
}

function hexDigits(body: string, at: number, max: number): string {
  let end = at;
  while (end < at + max && end < body.length && /[0-9a-fA-F]/.test(body[end]!)) end++;
  return body.slice(at, end);
}

/** `\N{NAME}` with `at` just after the N; returns the character and where the escape ends. */
function namedEscape(body: string, at: number, start: number, bufferPos: number): { codePoint: number; end: number } {
  const malformed = "malformed \\N character escape";
  if (body[at] !== "{") throw badEscape(start, bufferPos, malformed);
  const close = body.indexOf("}", at + 1);
  if (close < 0) throw badEscape(start, bufferPos + bufferLength(body.slice(at)), malformed);
  if (close === at + 1) throw badEscape(start, bufferPos + 1, malformed);
  const name = body.slice(at + 1, close);
  const end = bufferPos + bufferLength(body.slice(at, close + 1));
  if (/[^\x20-\x7e]/.test(name)) throw badEscape(start, end, "unknown Unicode character name");
  const codePoint = lookupCharacterName(name);
  if (codePoint === undefined) throw badEscape(start, end, "unknown Unicode character name");
  return { codePoint, end: close + 1 };
}

/** The length `text` takes in CPython's rewritten buffer (10 bytes a non-ASCII character). */
function bufferLength(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.codePointAt(0)! >= 0x80 ? 10 : 1;
  return n;
}

function badEscape(start: number, end: number, reason: string): EscapeError {
  const where = end - start > 1 ? `bytes in position ${start}-${end - 1}` : `byte 0x5c in position ${start}`;
  return new EscapeError(`'unicodeescape' codec can't decode ${where}: ${reason}`);
}

// ---------------------------------------------------------------------------
// bytes

function asciiBytes(body: string): Uint8Array {
  const bytes = new Uint8Array(body.length);
  for (let i = 0; i < body.length; i++) bytes[i] = body.charCodeAt(i);
  return bytes;
}

/** Decodes the escapes of a bytes literal's (ASCII) body; `\u` and `\N` are not escapes there. */
export function decodeBytesEscapes(body: string, invalid?: InvalidEscape): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body.charCodeAt(i);
    if (c !== 0x5c || i + 1 >= body.length) {
      out.push(c);
      i++;
      continue;
    }
    const e = body[i + 1]!;
    const escapeStart = i;
    i += 2;
    if (e === "\n") continue;
    const simple = simpleEscapes[e];
    if (simple !== undefined) {
      out.push(simple.charCodeAt(0));
    } else if (isOctal(e)) {
      let value = e.charCodeAt(0) - 48;
      const digitsFrom = i - 1;
      for (let n = 0; n < 2 && isOctal(body[i]); n++, i++) value = value * 8 + body.charCodeAt(i) - 48;
      if (value > 0o377) noteInvalid(invalid, body.slice(digitsFrom, i), digitsFrom - 1);
      out.push(value & 0xff);
    } else if (e === "x") {
      const hex = hexDigits(body, i, 2);
      if (hex.length < 2) throw new EscapeError(`invalid \\x escape at position ${escapeStart}`);
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      noteInvalid(invalid, e, escapeStart);
      out.push(0x5c, e.charCodeAt(0));
    }
  }
  return Uint8Array.from(out);
}
