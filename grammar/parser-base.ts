// The foundation the grammar classes build on: chevrotain's EmbeddedActionsParser
// configured for Python, plus positions, token classes, speculation and errors.
//
// The grammar is LL(1): every choice looks at the next token, and where Python
// needs more (a NAME followed by `=` in a call, a comma followed by another
// element), a GATE peeks further by hand. Valid code is read without
// backtracking, but for a `with (` header that may be read twice (see
// parser-compound.ts). Otherwise only the error checks speculate, running a
// rule ahead and rewinding, to pick CPython's message once a parse has failed.
//
// Node positions follow CPython's EXTRA: a node spans from the first token its
// rule consumed to the last one, not counting NEWLINE, INDENT and DEDENT. So a
// BinOp whose left operand is `(a)` starts at the parenthesis, while the Name
// inside keeps its own span.
//
// Chevrotain runs every rule once while recording the grammar, with dummy
// tokens and results. Code between the DSL calls must survive that: anything
// that inspects a value is guarded by `this.RECORDING_PHASE`. Two speed-ups
// rely on the recording too. The hot rules return early, before a MANY or
// OPTION, when the next token cannot start it (`if (!this.RECORDING_PHASE &&
// !this.nextIs(T.Or)) return head;`): the recording still sees the whole rule,
// and parsing skips a closure and a lookahead per operand. And their OR
// alternatives are built once, as fields, instead of at every call; such
// alternatives may not capture the rule's locals, so the few that need a value
// read it from a field set just before the OR.

import type { IToken, TokenType } from "chevrotain";
import type { Expr, Position } from "./ast.js";
import { EmbeddedActionsParser, isRecognitionException } from "./chevrotain.js";
import { PySyntaxError } from "./errors.js";
import type { PendingField } from "./fstring-ast.js";
import { LazyLookaheadStrategy } from "./lazy-lookahead.js";
import { LaterErrors } from "./later-checks.js";
import { ErrorLocator, tokenSpan } from "./syntax-location.js";
import * as T from "./tokens.js";

/** chevrotain's token cursor, which its public typings do not show. */
interface TokenCursor {
  currIdx: number;
  tokVector: IToken[];
}

function tokenSet(...types: TokenType[]): Set<TokenType> {
  return new Set(types);
}

/** Tokens that can begin an `expression`. */
export const expressionStart = tokenSet(
  T.Name, T.Int, T.Float, T.Imaginary, T.String, T.FString, T.True, T.False, T.None,
  T.Lambda, T.Not, T.Await, T.LParen, T.LBracket, T.LBrace, T.Minus, T.Plus, T.Tilde, T.Ellipsis,
);

/** Tokens that can begin an element of a display or a star_expressions list. */
export const starExpressionStart = new Set([...expressionStart, T.Star]);

/** Tokens that can begin a call argument. */
export const argumentStart = new Set([...starExpressionStart, T.DoubleStar]);

/** Tokens that begin a subscript element: a slice, an expression or `*x`. */
export const sliceStart = new Set([...starExpressionStart, T.Colon]);

const layoutTokens = tokenSet(T.Newline, T.Indent, T.Dedent, T.EndMarker);

/** A value that stands in for a node while chevrotain records the grammar. */
export const RECORDING = null as unknown as Expr;

export abstract class ParserBase extends EmbeddedActionsParser {
  protected locate = new ErrorLocator("<unknown>", "");
  /** Fields of the f-strings read so far, whose expressions are parsed after the parse that found them. */
  protected pendingFields: PendingField[] = [];
  /** Above 0 while speculating with the error checks turned off. */
  protected quiet = 0;
  /** Errors CPython raises after parsing, noted on the way (later-checks.ts). */
  protected later = new LaterErrors();
  /** The furthest token a speculation that CPython's first pass would also make has read. */
  protected furthestRead = -1;
  /** How many `:=` expressions have been built, to tell whether a comprehension's iterable holds one. */
  protected namedExpressions = 0;

  constructor(validate: boolean) {
    super(T.allTokens, {
      recoveryEnabled: false,
      maxLookahead: 1,
      lookaheadStrategy: new LazyLookaheadStrategy(1),
      skipValidations: !validate,
      traceInitPerf: process.env["PYGIL_TRACE_PARSER_INIT"] === "1" ? 3 : false,
    });
  }

  // -------------------------------------------------------------------------
  // The token cursor

  private get cursor(): TokenCursor {
    return this as unknown as TokenCursor;
  }

  protected get tokenIndex(): number {
    return this.cursor.currIdx;
  }

  protected set tokenIndex(index: number) {
    this.cursor.currIdx = index;
  }

  protected tokenAt(index: number): IToken {
    return this.cursor.tokVector[index]!;
  }

  protected nextIs(type: TokenType, ahead = 1): boolean {
    return this.LA(ahead).tokenType === type;
  }

  /** The last token consumed that is not NEWLINE, INDENT, DEDENT or ENDMARKER. */
  protected lastSolidToken(): IToken {
    const tokens = this.cursor.tokVector;
    let i = this.cursor.currIdx;
    while (i > 0 && layoutTokens.has(tokens[i]!.tokenType)) i--;
    return tokens[i]!;
  }

  // -------------------------------------------------------------------------
  // Positions

  /** From `first` to the last token consumed (inside an expression, never layout). */
  protected span(first: IToken): Position {
    return tokenSpan(first, this.LA(0));
  }

  /** From `first` to the last token consumed that is not layout, as statements end. */
  protected statementSpan(first: IToken): Position {
    return tokenSpan(first, this.lastSolidToken());
  }

  // -------------------------------------------------------------------------
  // Speculation, for choosing error messages only

  /**
   * Runs `parse` from the current token and rewinds, whether or not it
   * succeeded. Returns what it built and the index of the last token it
   * consumed, or null when it failed.
   */
  protected speculate<R>(parse: () => R, keepSyntaxErrors = false): { value: R; lastIndex: number } | null {
    const start = this.tokenIndex;
    const fields = this.pendingFields.length;
    const notes = this.later.mark();
    const errors = this.errors;
    try {
      const value = parse.call(this);
      // A rule run on its own records its failure instead of throwing it.
      if (this.errors.length > errors.length) return null;
      return { value, lastIndex: this.tokenIndex };
    } catch (e) {
      if (isRecognitionException(e as Error)) return null;
      if (e instanceof PySyntaxError && !keepSyntaxErrors) return null;
      throw e;
    } finally {
      this.tokenIndex = start;
      this.pendingFields.length = fields;
      this.later.rewind(notes);
      this.errors = errors;
    }
  }

  // -------------------------------------------------------------------------
  // Errors

  protected errorAtNode(msg: string, node: Position): PySyntaxError {
    return this.locate.atNode(msg, node);
  }

  protected errorOverRange(msg: string, from: Position, to: Position): PySyntaxError {
    return this.locate.range(msg, from, to);
  }

  protected errorAtToken(msg: string, token: IToken): PySyntaxError {
    return this.locate.atToken(msg, token);
  }
}
