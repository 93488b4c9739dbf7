// Patterns of `case` clauses (PEP 634), read by hand from the token list.
//
// A pattern is a small language of its own: literals, capture names, dotted
// value names, class, sequence and mapping patterns, `|` and `as`. None of it
// needs more than a token or two of lookahead, so it is read here by plain
// recursive descent over the tokens rather than through chevrotain's DSL: the
// grammar that chevrotain records sees a `case` clause as `case`, then
// whatever this file consumes, then an optional guard and a block. Strings
// are the one part read by an ordinary rule, so that f-strings get their
// usual treatment.
//
// The rules and node positions follow CPython's python.gram (patterns,
// as_pattern, or_pattern, closed_pattern and the rest), and so do the errors
// of its invalid_as_pattern and invalid_class_pattern rules. A pattern that
// does not parse is "invalid syntax" at the token where it stopped.

import type { IToken, TokenType } from "chevrotain";
import type { Expr, Pattern, Position } from "./ast.js";
import { PySyntaxError } from "./errors.js";
import { identifier } from "./identifiers.js";
import { constant, numberValue } from "./literals.js";
import { attribute, binOp, name } from "./nodes.js";
import { CompoundStatementParser } from "./parser-compound.js";
import { tokenSpan } from "./syntax-location.js";
import * as T from "./tokens.js";

/** From the start of one node to the end of another. */
function spanning(from: Position, to: Position): Position {
  return { lineno: from.lineno, col_offset: from.col_offset, end_lineno: to.end_lineno, end_col_offset: to.end_col_offset };
}

export abstract class PatternParser extends CompoundStatementParser {
  // -------------------------------------------------------------------------
  // Reading tokens

  /** Consumes the next token, which must be of `type`. */
  private take(type: TokenType): IToken {
    const token = this.LA(1);
    if (token.tokenType !== type) throw this.invalidPattern();
    this.tokenIndex++;
    return token;
  }

  /** Consumes the next token if it is of `type`. */
  private accept(type: TokenType): IToken | null {
    const token = this.LA(1);
    if (token.tokenType !== type) return null;
    this.tokenIndex++;
    return token;
  }

  private invalidPattern(): PySyntaxError {
    return this.errorAtToken("invalid syntax", this.LA(1));
  }

  /** The last token consumed, where a node that ends here ends. */
  private last(): IToken {
    return this.LA(0);
  }

  // -------------------------------------------------------------------------
  // patterns, pattern, as_pattern, or_pattern

  /** patterns: an open sequence `a, *b` (a MatchSequence) or one pattern. */
  protected readPatterns(): Pattern {
    const first = this.LA(1);
    const head = this.maybeStarPattern();
    if (!this.nextIs(T.Comma)) {
      if (head.type === "MatchStar") throw this.invalidPattern();
      return head;
    }
    const patterns = this.sequenceRest(head, T.Colon, T.If);
    return { type: "MatchSequence", patterns, ...tokenSpan(first, this.last()) };
  }

  /**
   * After the first item of a sequence, at its `,`: the other items, up to
   * (not including) a token of `closers`; a trailing comma is allowed.
   */
  private sequenceRest(head: Pattern, ...closers: TokenType[]): Pattern[] {
    const patterns = [head];
    while (this.accept(T.Comma) !== null) {
      if (closers.some((type) => this.nextIs(type))) break;
      patterns.push(this.maybeStarPattern());
    }
    return patterns;
  }

  private maybeStarPattern(): Pattern {
    const star = this.accept(T.Star);
    if (star === null) return this.pattern();
    const target = this.take(T.Name);
    const id = identifier(target);
    return { type: "MatchStar", name: id === "_" ? null : id, ...tokenSpan(star, target) };
  }

  /** pattern: an or_pattern, possibly followed by `as NAME`. */
  private pattern(): Pattern {
    const first = this.LA(1);
    const alternatives = this.orPattern();
    if (!this.nextIs(T.As)) return alternatives;
    this.tokenIndex++;
    const target = this.LA(1);
    if (target.tokenType !== T.Name) throw this.invalidAsTarget();
    this.tokenIndex++;
    const id = identifier(target);
    if (id === "_") throw this.errorAtToken("cannot use '_' as a target", target);
    if (this.nextIs(T.Dot) || this.nextIs(T.LParen) || this.nextIs(T.Equal)) throw this.invalidPattern();
    return { type: "MatchAs", pattern: alternatives, name: id, ...tokenSpan(first, target) };
  }

  /** invalid_as_pattern: `as` followed by an expression that is not a plain name. */
  private invalidAsTarget(): PySyntaxError {
    const target = this.quietly(() => this.expression(), this.tokenIndex);
    if (target === null) return this.invalidPattern();
    return this.errorAtNode("invalid pattern target", target.value);
  }

  private orPattern(): Pattern {
    const start = this.LA(1);
    const first = this.closedPattern();
    if (!this.nextIs(T.VBar)) return first;
    const patterns = [first];
    while (this.accept(T.VBar) !== null) patterns.push(this.closedPattern());
    return { type: "MatchOr", patterns, ...tokenSpan(start, this.last()) };
  }

  // -------------------------------------------------------------------------
  // closed_pattern

  private closedPattern(): Pattern {
    const token = this.LA(1);
    switch (token.tokenType) {
      case T.Int:
      case T.Float:
      case T.Imaginary:
      case T.Minus:
        return this.numberPattern();
      case T.String:
      case T.FString: {
        const value = this.strings();
        return { type: "MatchValue", value, ...spanning(value, value) };
      }
      case T.None:
      case T.True:
      case T.False: {
        this.tokenIndex++;
        const value = token.tokenType === T.None ? null : token.tokenType === T.True;
        return { type: "MatchSingleton", value, ...tokenSpan(token, token) };
      }
      case T.Name:
        return this.namePattern();
      case T.LParen:
        return this.parenthesizedPattern();
      case T.LBracket: {
        const open = this.take(T.LBracket);
        const patterns = this.nextIs(T.RBracket) ? [] : this.sequenceRest(this.maybeStarPattern(), T.RBracket);
        this.take(T.RBracket);
        return { type: "MatchSequence", patterns, ...tokenSpan(open, this.last()) };
      }
      case T.LBrace:
        return this.mappingPattern();
    }
    throw this.invalidPattern();
  }

  /** A capture, the wildcard, a dotted value, or a class pattern. */
  private namePattern(): Pattern {
    const token = this.take(T.Name);
    const id = identifier(token);
    if (!this.nextIs(T.Dot) && !this.nextIs(T.LParen)) {
      if (id === "_") return { type: "MatchAs", pattern: null, name: null, ...tokenSpan(token, token) };
      if (this.nextIs(T.Equal)) throw this.invalidPattern();
      return { type: "MatchAs", pattern: null, name: id, ...tokenSpan(token, token) };
    }
    // `_` is the wildcard even when a `.` or `(` follows, and then the case does not parse.
    if (id === "_") throw this.invalidPattern();
    let value: Expr = name(id, "Load", tokenSpan(token, token));
    while (this.accept(T.Dot) !== null) {
      const attr = this.take(T.Name);
      value = attribute(value, identifier(attr), "Load", tokenSpan(token, attr));
    }
    if (this.nextIs(T.LParen)) return this.classPattern(value);
    if (value.type === "Name" || this.nextIs(T.Equal)) throw this.invalidPattern();
    return { type: "MatchValue", value, ...spanning(value, value) };
  }

  /** `( )`, a group `(p)`, or a sequence `(p,)`, `(p, q)`. */
  private parenthesizedPattern(): Pattern {
    const open = this.take(T.LParen);
    if (this.accept(T.RParen) !== null) return { type: "MatchSequence", patterns: [], ...tokenSpan(open, this.last()) };
    const head = this.maybeStarPattern();
    if (!this.nextIs(T.Comma)) {
      if (head.type === "MatchStar") throw this.invalidPattern();
      this.take(T.RParen);
      return head;
    }
    const patterns = this.sequenceRest(head, T.RParen);
    this.take(T.RParen);
    return { type: "MatchSequence", patterns, ...tokenSpan(open, this.last()) };
  }

  // -------------------------------------------------------------------------
  // Literals

  /** signed_number, or complex_number: `1`, `-2.5`, `3j`, `1+2j`, `-1-2j`. */
  private numberPattern(): Pattern {
    const value = this.numberLiteral();
    return { type: "MatchValue", value, ...spanning(value, value) };
  }

  private numberLiteral(): Expr {
    const real = this.signedNumber();
    const sign = this.LA(1).tokenType;
    if (sign !== T.Plus && sign !== T.Minus) return real;
    if (!this.isReal(real)) throw this.errorAtNode("real number required in complex literal", real);
    this.tokenIndex++;
    const imag = this.unsignedNumber();
    if (!this.isImaginary(imag)) throw this.errorAtNode("imaginary number required in complex literal", imag);
    return binOp(real, sign === T.Plus ? "Add" : "Sub", imag, spanning(real, imag));
  }

  private signedNumber(): Expr {
    const minus = this.accept(T.Minus);
    const number = this.unsignedNumber();
    if (minus === null) return number;
    return { type: "UnaryOp", op: "USub", operand: number, ...spanning(tokenSpan(minus, minus), number) };
  }

  private unsignedNumber(): Expr {
    const token = this.LA(1);
    const kind = token.tokenType === T.Int ? "int" : token.tokenType === T.Float ? "float" : token.tokenType === T.Imaginary ? "imaginary" : null;
    if (kind === null) throw this.invalidPattern();
    this.tokenIndex++;
    return constant(numberValue(token.image, kind), null, tokenSpan(token, token));
  }

  private isReal(e: Expr): boolean {
    const number = e.type === "UnaryOp" ? e.operand : e;
    return number.type === "Constant" && (typeof number.value === "bigint" || typeof number.value === "number");
  }

  private isImaginary(e: Expr): boolean {
    return e.type === "Constant" && typeof e.value === "object" && e.value !== null && "imag" in e.value;
  }

  // -------------------------------------------------------------------------
  // Mapping and class patterns

  private mappingPattern(): Pattern {
    const open = this.take(T.LBrace);
    const keys: Expr[] = [];
    const patterns: Pattern[] = [];
    let rest: string | null = null;
    while (!this.nextIs(T.RBrace)) {
      if (this.accept(T.DoubleStar) !== null) {
        rest = this.captureTarget();
        this.accept(T.Comma);
        break;
      }
      keys.push(this.mappingKey());
      this.take(T.Colon);
      patterns.push(this.pattern());
      if (this.accept(T.Comma) === null) break;
    }
    this.take(T.RBrace);
    return { type: "MatchMapping", keys, patterns, rest, ...tokenSpan(open, this.last()) };
  }

  /** A mapping key: a literal (literal_expr) or a dotted name of two parts or more (attr). */
  private mappingKey(): Expr {
    const token = this.LA(1);
    switch (token.tokenType) {
      case T.Int:
      case T.Float:
      case T.Imaginary:
      case T.Minus:
        return this.numberLiteral();
      case T.String:
      case T.FString:
        return this.strings();
      case T.None:
      case T.True:
      case T.False:
        this.tokenIndex++;
        return constant(token.tokenType === T.None ? null : token.tokenType === T.True, null, tokenSpan(token, token));
      case T.Name: {
        this.tokenIndex++;
        let value: Expr = name(identifier(token), "Load", tokenSpan(token, token));
        while (this.accept(T.Dot) !== null) {
          const attr = this.take(T.Name);
          value = attribute(value, identifier(attr), "Load", tokenSpan(token, attr));
        }
        if (value.type === "Name") throw this.invalidPattern();
        return value;
      }
    }
    throw this.invalidPattern();
  }

  /** pattern_capture_target: a name other than `_`, not followed by `.`, `(` or `=`. */
  private captureTarget(): string {
    const token = this.take(T.Name);
    const id = identifier(token);
    if (id === "_" || this.nextIs(T.Dot) || this.nextIs(T.LParen) || this.nextIs(T.Equal)) {
      this.tokenIndex--;
      throw this.invalidPattern();
    }
    return id;
  }

  /** `cls(p, q, name=r)`, at the `(`. */
  private classPattern(cls: Expr): Pattern {
    this.take(T.LParen);
    const patterns: Pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: Pattern[] = [];
    const misplaced: Pattern[] = [];
    while (!this.nextIs(T.RParen)) {
      if (this.nextIs(T.Name) && this.nextIs(T.Equal, 2)) {
        kwdAttrs.push(identifier(this.take(T.Name)));
        this.take(T.Equal);
        kwdPatterns.push(this.pattern());
      } else {
        const positional = this.pattern();
        (kwdAttrs.length > 0 ? misplaced : patterns).push(positional);
      }
      if (this.accept(T.Comma) === null) break;
    }
    if (!this.nextIs(T.RParen)) throw this.invalidPattern();
    if (misplaced.length > 0) {
      throw this.errorOverRange("positional patterns follow keyword patterns", misplaced[0]!, misplaced[misplaced.length - 1]!);
    }
    this.take(T.RParen);
    const end = this.last();
    return { type: "MatchClass", cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns, ...spanning(cls, tokenSpan(end, end)) };
  }
}
