// Turning one FSTRING token into CPython's JoinedStr, positions included.
//
// splitFString (fstring.ts) checks the f-string and decodes its literal text;
// the lexer's walk of it (the token's payload) says where each piece lies.
// The two are read side by side: each run of literal pieces in the walk is
// one literal part of the split, unless it decoded to nothing (and was
// dropped). CPython's positions, from its FSTRING_MIDDLE tokens and
// _PyPegen_formatted_value:
//   - literal text spans from the delimiter before it (the opening quote, a
//     field's `}`, a spec's `:`) to the one after it (a field's `{`, the
//     closing quote, the spec's closing `}`), doubled braces included;
//   - a FormattedValue spans its field from `{` to `}`;
//   - a format spec's JoinedStr spans from its `:` to the field's closing `}`
//     (just the `:` when the spec is empty);
//   - the text of a `{x=}` field is a Constant from just after the `{` to the
//     `!`, `:` or `}` that ends it.
// The expressions inside fields are parsed later (the parser cannot stop in
// the middle of one parse for another), so each FormattedValue is handed out
// with the field it must be filled from.

import type { IToken } from "chevrotain";
import type { Expr, FormattedValue, JoinedStr, Position } from "./ast.js";
import { splitFString, type FStringPart } from "./fstring.js";
import type { FieldToken, ScannedField, ScannedFString, ScannedPiece } from "./lexer-fstrings.js";
import { tokenize } from "./lexer.js";
import { concatenateStrings, constant, joinedStr } from "./literals.js";

type FieldPart = Extract<FStringPart, { kind: "field" }>;

/** A FormattedValue whose expression is still to be parsed from its field's source. */
export interface PendingField {
  node: FormattedValue;
  field: FieldPart;
  /** The `=`, `!`, `:` or `}` that ended the expression. */
  terminator: FieldToken;
}

interface Point {
  line: number;
  column: number;
}

function spanOf(from: Point, to: Point): Position {
  return { lineno: from.line, col_offset: from.column, end_lineno: to.line, end_col_offset: to.column };
}

function startOf(token: FieldToken): Point {
  return { line: token.line, column: token.column };
}

function endOf(token: FieldToken): Point {
  return { line: token.endLine, column: token.endColumn };
}

/** Builds the JoinedStr of one f-string token; its fields go to `pending`. */
export function buildFString(token: IToken, filename: string, fileSource: string, pending: PendingField[]): JoinedStr {
  const parts = splitFString(token, filename, fileSource);
  const scanned = walkOf(token, filename, fileSource);
  const prefix = /^[A-Za-z]*/.exec(token.image)![0].length;
  const quoteSize = token.image.startsWith(token.image[prefix]!.repeat(3), prefix) ? 3 : 1;
  const opening = { line: token.startLine!, column: token.startColumn! + prefix + quoteSize };
  const builder = new FStringBuilder(parts, pending);
  const values = builder.pieces(scanned.pieces, opening, startOf(scanned.end));
  return joinedStr(values, spanOf({ line: token.startLine!, column: token.startColumn! }, endOf(scanned.end)));
}

/** The lexer's walk of the f-string, from the token or (for a token made elsewhere) by lexing it again. */
function walkOf(token: IToken, filename: string, fileSource: string): ScannedFString {
  if (isWalk(token.payload)) return token.payload;
  const again = tokenize(token.image, {
    filename, startLine: token.startLine!, startColumn: token.startColumn!, insideBrackets: true, fileSource,
  })[0]!;
  return again.payload as ScannedFString;
}

function isWalk(payload: unknown): payload is ScannedFString {
  return typeof payload === "object" && payload !== null && "pieces" in payload && "end" in payload;
}

class FStringBuilder {
  private next = 0;

  constructor(
    private parts: FStringPart[],
    private readonly pending: PendingField[],
  ) {}

  /** The values for a run of pieces lying between `from` and `to`. */
  pieces(pieces: ScannedPiece[], from: Point, to: Point): Expr[] {
    const values: Expr[] = [];
    let literalStart: Point | null = null;
    let start = from;
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (piece.kind === "literal") {
        literalStart ??= start;
        const following = pieces[i + 1];
        if (following === undefined || following.kind === "field") {
          const end = following === undefined ? to : { line: following.line, column: following.column - 1 };
          this.literal(values, literalStart, end);
          literalStart = null;
        }
        continue;
      }
      values.push(...this.field(piece));
      start = endOf(piece.tail[piece.tail.length - 1]!);
    }
    return values;
  }

  private take(kind: "literal" | "field"): FStringPart | null {
    const part = this.parts[this.next];
    if (part === undefined || part.kind !== kind) return null;
    this.next++;
    return part;
  }

  private literal(values: Expr[], from: Point, to: Point): void {
    const part = this.take("literal");
    if (part !== null && part.kind === "literal") values.push(constant(part.value, null, spanOf(from, to)));
  }

  /** The FormattedValue of a field, after the Constant of its `=` text if it has one. */
  private field(scanned: ScannedField): Expr[] {
    const part = this.take("field") as FieldPart;
    const open = { line: scanned.line, column: scanned.column - 1 };
    const close = scanned.tail[scanned.tail.length - 1]!;
    const colon = scanned.tail.find((t) => t.kind === ":");
    const node: FormattedValue = {
      type: "FormattedValue",
      value: null as unknown as Expr,
      conversion: part.conversion,
      format_spec: null,
      ...spanOf(open, endOf(close)),
    };
    this.pending.push({ node, field: part, terminator: scanned.tail[0]! });
    if (colon !== undefined && scanned.spec !== null) node.format_spec = this.spec(scanned.spec, colon, close);
    if (part.selfDoc === null) return [node];
    const ender = scanned.tail.find((t) => t.kind === "!" || t.kind === ":" || t.kind === "}")!;
    const text = constant(part.selfDoc, null, spanOf({ line: scanned.line, column: scanned.column }, startOf(ender)));
    return [text, node];
  }

  /** The JoinedStr of a format spec, from its `:` to the field's closing `}`. */
  private spec(pieces: ScannedPiece[], colon: FieldToken, close: FieldToken): JoinedStr {
    const outer = this.parts;
    const outerNext = this.next;
    const field = outer[outerNext - 1] as FieldPart;
    this.parts = field.formatSpec ?? [];
    this.next = 0;
    const values = this.pieces(pieces, endOf(colon), startOf(close));
    this.parts = outer;
    this.next = outerNext;
    const pos = spanOf(startOf(colon), pieces.length === 0 ? endOf(colon) : startOf(close));
    if (values.length === 0 || (values.length === 1 && values[0]!.type === "Constant")) return joinedStr(values, pos);
    const joined = concatenateStrings(values, pos);
    return joined as JoinedStr;
  }
}
