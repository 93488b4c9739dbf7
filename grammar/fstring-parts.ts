// Turning the lexer's walk of an f-string (a ScannedFString, see
// lexer-fstrings.ts) into FStringParts: literal chunks decoded as str literals
// are, field expressions kept as source text with their position in the file,
// conversions as CPython's codes, format specs as parts of their own.
//
// Errors come in CPython's order: the shape of each field (an expression
// first, a valid conversion, a closed spec) as the parser meets the fields,
// then bad escapes in the literal text, which CPython only decodes once the
// whole f-string is parsed and reports at its closing quote.

import { PySyntaxError, sourceLine } from "./errors.js";
import { fieldProblem, type FieldProblem } from "./fstring-checks.js";
import type { ScannedField, ScannedFString, ScannedPiece } from "./lexer-fstrings.js";
import { decodeUnicodeEscapes, EscapeError, invalidEscapeMessage, normalizeNewlines, type InvalidEscape } from "./strings.js";
import { warnSyntax } from "./syntax-warnings.js";

export type FStringPart =
  | { kind: "literal"; value: string }
  | { kind: "field"; source: string; line: number; column: number; // where `source` starts in the file (1-based line, 0-based col)
      conversion: -1 | 115 | 114 | 97;   // none, !s, !r, !a
      formatSpec: FStringPart[] | null;  // parts of the spec after ':', which may hold nested fields
      selfDoc: string | null };          // for `{x = }`: the text "x = " that CPython prints before the value

const conversionCodes: Record<string, 115 | 114 | 97> = { s: 115, r: 114, a: 97 };

interface SplitContext {
  scanned: ScannedFString;
  filename: string;
  fileSource: string | undefined;
  /** The first bad escape, reported after the fields' own problems. */
  escapeError: PySyntaxError | null;
}

export function partsOf(scanned: ScannedFString, filename: string, fileSource: string | undefined): FStringPart[] {
  const context: SplitContext = { scanned, filename, fileSource, escapeError: null };
  const parts = convertPieces(scanned.pieces, context);
  if (context.escapeError !== null) throw context.escapeError;
  return parts;
}

function convertPieces(pieces: ScannedPiece[], context: SplitContext): FStringPart[] {
  const parts: FStringPart[] = [];
  for (const piece of pieces) {
    if (piece.kind === "field") {
      parts.push(convertField(piece, context));
      continue;
    }
    const value = decodeLiteral(piece.raw, context);
    const last = parts[parts.length - 1];
    if (last?.kind === "literal") last.value += value;
    else if (value !== "") parts.push({ kind: "literal", value });
  }
  return parts;
}

function convertField(field: ScannedField, context: SplitContext): FStringPart {
  // A literal in the expression fails to decode as CPython's parser reads
  // the expression, before it looks at what follows it.
  if (field.literalError !== null) throw field.literalError;
  const problem = fieldProblem(field);
  if (problem !== null) throw problemError(problem, context);
  const bang = field.tail.findIndex((t) => t.kind === "!");
  let conversion: -1 | 115 | 114 | 97 = bang >= 0 ? conversionCodes[field.tail[bang + 1]!.image]! : -1;
  const formatSpec = field.spec === null ? null : convertPieces(field.spec, context);
  if (field.debugText !== null && conversion === -1 && formatSpec === null) conversion = 114;
  return {
    kind: "field", source: field.expression, line: field.line, column: field.column,
    conversion, formatSpec, selfDoc: field.debugText,
  };
}

function decodeLiteral(raw: string, context: SplitContext): string {
  const text = normalizeNewlines(raw);
  if (context.scanned.raw) return text;
  try {
    const invalid: InvalidEscape = { first: null, at: 0 };
    const value = decodeUnicodeEscapes(text, invalid);
    const message = invalidEscapeMessage(invalid);
    if (message !== null) {
      // CPython gives the line of the f-string's closing quotes for any of its text.
      const line = context.scanned.end.line;
      warnSyntax(line, message, `f${line}:${context.scanned.end.column}:${invalid.at}:${text}`);
    }
    return value;
  } catch (e) {
    if (!(e instanceof EscapeError)) throw e;
    const end = context.scanned.end;
    context.escapeError ??= problemError({
      msg: `(unicode error) ${e.pythonMessage}`,
      span: { lineno: end.line, offset: end.column + 1, end_lineno: end.endLine, end_offset: end.endColumn + 1 },
    }, context);
    return "";
  }
}

function problemError(problem: FieldProblem, context: SplitContext): PySyntaxError {
  const { span } = problem;
  return new PySyntaxError({
    msg: problem.msg,
    filename: context.filename,
    lineno: span.lineno,
    offset: span.offset,
    end_lineno: span.end_lineno ?? span.lineno,
    end_offset: span.end_offset ?? span.offset,
    text: context.fileSource !== undefined ? sourceLine(context.fileSource, span.lineno) : null,
  });
}
