// CPython's messages for mistakes inside expressions.
//
// CPython parses twice: a fast pass, and when that fails, a second pass with
// extra `invalid_*` rules that recognise common mistakes and raise a precise
// message. Here the grammar calls these checks at the point where it cannot go
// on (an `=` after an `if` condition, an expression right after another inside
// brackets, ...), which is where the second pass would have matched. Each
// check mirrors one invalid_* rule of CPython 3.13's Grammar/python.gram, and
// may run part of the grammar ahead (speculate) to see whether that rule's
// pattern is really there. A check that does not apply returns, and the parse
// fails at that token with "invalid syntax".

import type { IToken } from "chevrotain";
import type { Comprehension, Expr, Keyword, Position } from "./ast.js";
import type { PySyntaxError } from "./errors.js";
import { repeatedKeyword } from "./later-checks.js";
import { AtomParser } from "./parser-atoms.js";
import { expressionStart } from "./parser-base.js";
import type { CallArgument, CallParts } from "./parser-expressions.js";
import { tokenSpan } from "./syntax-location.js";
import { expressionName } from "./targets.js";
import * as T from "./tokens.js";

const softKeywords = new Set(["_", "case", "match", "type"]);
const openers = new Set([T.LParen, T.LBracket, T.LBrace]);
const closers = new Set([T.RParen, T.RBracket, T.RBrace]);

/** Where a comprehension's text ends, for messages: its last `if`, else its iterable. */
function lastComprehensionItem(generators: Comprehension[]): Expr {
  const last = generators[generators.length - 1]!;
  return last.ifs.length > 0 ? last.ifs[last.ifs.length - 1]! : last.iter;
}

/** Whether a node was written with parentheses around it, i.e. begins after `first`. */
function beginsAfter(node: Position, first: IToken): boolean {
  return node.lineno !== first.startLine || node.col_offset !== first.startColumn;
}

export abstract class ExpressionDiagnostics extends AtomParser {
  /** Bracket depth the token list starts at: 1 inside an f-string's field. */
  protected bracketBase = 0;

  genericError(): PySyntaxError {
    return this.errorAtToken("invalid syntax", this.LA(1));
  }

  /** CPython's bracket level of the token at `index`: the depth once it is read. */
  protected levelAt(index: number): number {
    let depth = this.bracketBase;
    for (let i = 0; i <= index; i++) {
      const type = this.tokenAt(i).tokenType;
      if (openers.has(type)) depth++;
      else if (closers.has(type)) depth--;
    }
    return depth;
  }

  /** Speculates a rule from the next token with the checks turned off. */
  protected quietly<R>(rule: () => R, fromIndex = this.tokenIndex): { value: R; lastIndex: number } | null {
    const here = this.tokenIndex;
    this.tokenIndex = fromIndex;
    this.quiet++;
    try {
      return this.speculate(rule);
    } finally {
      this.quiet--;
      this.tokenIndex = here;
    }
  }

  /** expression_without_invalid: a conditional, a disjunction or a lambda. */
  private expressionAhead(fromIndex = this.tokenIndex): { value: Expr; lastIndex: number } | null {
    return this.quietly(() => this.expression(), fromIndex) ?? this.quietly(() => this.disjunction(), fromIndex);
  }

  private indexOf(token: IToken): number {
    let i = this.tokenIndex + 1;
    while (i >= 0 && this.tokenAt(i) !== token) i--;
    return i;
  }

  // -------------------------------------------------------------------------
  // invalid_named_expression

  protected checkAfterNamedExpression(first: IToken, node: Expr): void {
    if (this.quiet > 0) return;
    if (this.nextIs(T.ColonEqual)) {
      if (this.quietly(() => this.expression(), this.tokenIndex + 1) !== null) {
        throw this.errorAtNode(`cannot use assignment expressions with ${expressionName(node)}`, node);
      }
      return;
    }
    if (this.nextIs(T.Equal)) this.checkEqualInsteadOfComparison(first, node);
  }

  /** `x = 1` where a comparison or `:=` was meant, as in `if x = 1:`. */
  protected checkEqualInsteadOfComparison(first: IToken, node: Expr): void {
    const value = this.quietly(() => this.bitwiseOr(), this.tokenIndex + 1);
    if (value === null) return;
    const after = this.tokenAt(value.lastIndex + 1).tokenType;
    if (after === T.Equal || after === T.ColonEqual) return;
    if (node.type === "Name" && !beginsAfter(node, first) && this.LA(0) === first) {
      throw this.errorOverRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", node, value.value);
    }
    if (this.startsWithSequenceOrKeyword(first) || !this.isBitwiseOrLevel(node, first)) return;
    throw this.errorAtNode(`cannot assign to ${expressionName(node)} here. Maybe you meant '==' instead of '='?`, node);
  }

  /** CPython's `!(list|tuple|genexp|'True'|'None'|'False')` at the start of the expression. */
  private startsWithSequenceOrKeyword(first: IToken): boolean {
    const type = first.tokenType;
    if (type === T.True || type === T.False || type === T.None) return true;
    if (type !== T.LParen && type !== T.LBracket) return false;
    const atom = this.quietly(() => this.atom(), this.indexOf(first) - 1);
    if (atom === null) return false;
    const kind = atom.value.type;
    if (kind === "List" || kind === "GeneratorExp") return true;
    return kind === "Tuple" && !beginsAfter(atom.value, first);
  }

  /** Whether bitwise_or alone would have read `node` (no comparison, `not`, `and`, ... outside parentheses). */
  protected isBitwiseOrLevel(node: Expr, first: IToken): boolean {
    if (beginsAfter(node, first)) return true;
    switch (node.type) {
      case "Compare": case "BoolOp": case "IfExp": case "Lambda": case "NamedExpr": case "Starred":
      case "Yield": case "YieldFrom": case "Tuple":
        return false;
      case "UnaryOp":
        return node.op !== "Not";
      default:
        return true;
    }
  }

  // -------------------------------------------------------------------------
  // invalid_expression and invalid_legacy_expression

  /** Called when a disjunction is followed by something that starts an expression. */
  protected checkAfterDisjunction(first: IToken, node: Expr): void {
    if (this.quiet > 0) return;
    const legacy = node.type === "Name" && (node.id === "print" || node.id === "exec") && this.LA(0) === first;
    const nameThenString = first.tokenType === T.Name && this.isStringToken(this.tokenAt(this.indexOf(first) + 1));
    const softKeyword = first.tokenType === T.Name && softKeywords.has(first.image);
    if (!legacy && !nameThenString && !softKeyword) {
      const next = this.expressionAhead();
      if (next !== null && this.levelAt(next.lastIndex) > 0) {
        throw this.errorOverRange("invalid syntax. Perhaps you forgot a comma?", node, next.value);
      }
    }
    if (legacy && !this.nextIs(T.LParen)) {
      const rest = this.quietly(() => this.starExpressions());
      if (rest !== null) {
        const id = (node as { id: string }).id;
        throw this.errorOverRange(`Missing parentheses in call to '${id}'. Did you mean ${id}(...)?`, node, rest.value);
      }
    }
  }

  private isStringToken(token: IToken | undefined): boolean {
    return token !== undefined && (token.tokenType === T.String || token.tokenType === T.FString);
  }

  protected checkMissingElse(body: Expr, test: Expr): void {
    if (this.quiet > 0 || this.nextIs(T.Colon)) return;
    throw this.errorOverRange("expected 'else' after 'if' expression", body, test);
  }

  /** invalid_arithmetic and invalid_factor: `a + not b`, `-not b`. */
  protected checkNotAfterOperator(unary: boolean): void {
    if (this.quiet > 0) return;
    const operator = this.LA(0).tokenType;
    if (!unary && !(operator === T.Plus || operator === T.Minus || operator === T.Star || operator === T.Slash
      || operator === T.Percent || operator === T.DoubleSlash || operator === T.At)) return;
    const not = this.LA(1);
    const operand = unary
      ? this.quietly(() => this.factor(), this.tokenIndex + 1)
      : this.quietly(() => this.inversion());
    if (operand === null) return;
    throw this.errorOverRange("'not' after an operator must be parenthesized", tokenSpan(not, not), operand.value);
  }

  // -------------------------------------------------------------------------
  // Calls: invalid_arguments and invalid_kwarg

  protected checkArgumentFollowedByEqual(first: IToken, node: Expr): void {
    if (this.quiet > 0) return;
    const equal = tokenSpan(this.LA(1), this.LA(1));
    const type = first.tokenType;
    if ((type === T.True || type === T.False || type === T.None) && this.LA(0) === first) {
      throw this.errorOverRange(`cannot assign to ${first.image}`, node, equal);
    }
    throw this.errorOverRange('expression cannot contain assignment, perhaps you meant "=="?', node, equal);
  }

  /** invalid_starred_expression: a `*` with nothing after it, in brackets. */
  protected checkStarOperand(): void {
    if (this.quiet > 0 || expressionStart.has(this.LA(1).tokenType)) return;
    throw this.errorAtToken("Invalid star expression", this.LA(1));
  }

  /** `f(*a=1)`, `f(**a=1)`. */
  protected checkUnpackingAssigned(star: IToken, what: string): void {
    if (this.quiet > 0) return;
    const value = this.quietly(() => this.expression(), this.tokenIndex + 1);
    if (value !== null) throw this.errorOverRange(`cannot assign to ${what}`, tokenSpan(star, star), value.value);
  }

  protected checkGeneratorArgument(elt: Expr, generators: Comprehension[], sole: boolean): void {
    if (this.quiet > 0) return;
    const message = "Generator expression must be parenthesized";
    if (sole) {
      if (this.nextIs(T.Comma)) throw this.errorOverRange(message, elt, lastComprehensionItem(generators));
      return;
    }
    const clauses = this.quietly(() => this.comprehensionClauses());
    if (clauses !== null) throw this.errorOverRange(message, elt, lastComprehensionItem(clauses.value));
  }

  /**
   * Puts arguments in their places, checking their order: positional ones
   * first, then keywords mixed with `*x`, then keywords mixed with `**x`.
   */
  protected sortCallArguments(items: CallArgument[], commas: IToken[]): CallParts {
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let sawKeyword = false;
    let sawUnpacking = false;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      switch (item.kind) {
        case "positional":
          if (sawUnpacking) throw this.errorAtToken("positional argument follows keyword argument unpacking", this.LA(1));
          if (sawKeyword) throw this.errorAtToken("positional argument follows keyword argument", this.LA(1));
          args.push(item.node);
          break;
        case "starred":
          if (sawUnpacking) {
            throw this.locate.startingFrom("iterable argument unpacking follows keyword argument unpacking",
              tokenSpan(commas[i - 1]!, commas[i - 1]!), this.LA(1));
          }
          args.push(item.node);
          break;
        case "keyword":
          sawKeyword = true;
          keywords.push(item.node);
          break;
        case "doubleStarred":
          sawUnpacking = true;
          keywords.push(item.node);
          break;
      }
    }
    if (keywords.length > 1) {
      const repeated = repeatedKeyword(keywords);
      if (repeated !== null) this.later.noteCodegen(`keyword argument repeated: ${repeated.arg!}`, repeated);
    }
    return { args, keywords };
  }

  // -------------------------------------------------------------------------
  // Displays and comprehensions

  /** invalid_comprehension: `[a, b for a, b in c]`. */
  protected checkComprehensionTarget(elts: Expr[], trailingComma: IToken | null, open: IToken): void {
    if (this.quiet > 0 || open.tokenType === T.LParen) return;
    if (this.quietly(() => this.comprehensionClauses()) === null) return;
    const end = trailingComma !== null && elts.length === 1 ? tokenSpan(trailingComma, trailingComma) : elts[elts.length - 1]!;
    throw this.errorOverRange("did you forget parentheses around the comprehension target?", elts[0]!, end);
  }

  /** invalid_kvpair: a key in a dict display with no `:` after it. */
  protected checkDictItemEnd(key: Expr): void {
    if (this.quiet > 0) return;
    throw this.locate.atNode("':' expected after dictionary key", {
      lineno: key.lineno,
      col_offset: key.end_col_offset - 1,
      end_lineno: key.end_lineno,
      end_col_offset: -1,
    });
  }

  /** `{a: *b}`: a starred value, reported from the `*` to where the reading stopped. */
  protected checkDictValue(): void {
    if (this.quiet > 0 || !this.nextIs(T.Star)) return;
    const value = this.quietly(() => this.bitwiseOr(), this.tokenIndex + 1);
    if (value === null) return;
    const star = this.LA(1);
    throw this.locate.startingFrom("cannot use a starred expression in a dictionary value",
      tokenSpan(star, star), this.tokenAt(value.lastIndex + 1));
  }

  /** invalid_for_if_clause: the targets of a comprehension's `for` with no `in` after them. */
  protected forInMissing(_keyword: IToken, inComprehension: boolean): void {
    if (this.quiet > 0 || !inComprehension) return;
    throw this.errorAtToken("'in' expected after for-loop variables", this.LA(1));
  }
}
