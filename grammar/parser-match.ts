// The match statement (PEP 634): `match subject:` and its `case` blocks.
//
// `match` and `case` are soft keywords: NAME tokens that are keywords only
// where a match statement can stand, so `match = 1`, `match(x)` and
// `case.attr` stay ordinary statements. CPython's PEG parser tries match_stmt
// first and backtracks when it fails; here a statement is read as a match
// statement when it begins with the name `match` followed by something that
// can begin an expression, and its logical line ends with `:` (no simple
// statement ends so). Within the indented block every statement must begin
// with the name `case`. The patterns themselves are read by parser-patterns.ts.

import type { IToken } from "chevrotain";
import type { Expr, MatchCase, Stmt } from "./ast.js";
import { RECORDING, starExpressionStart } from "./parser-base.js";
import { PatternParser } from "./parser-patterns.js";
import { sequence } from "./nodes.js";
import * as T from "./tokens.js";

const STMT = RECORDING as unknown as Stmt;
const openers = new Set([T.LParen, T.LBracket, T.LBrace]);
const closers = new Set([T.RParen, T.RBracket, T.RBrace]);

export abstract class MatchStatementParser extends PatternParser {
  readonly matchStatement = this.RULE("matchStatement", (): Stmt => {
    const keyword = this.CONSUME(T.Name);
    const subject = this.SUBRULE(this.subjectExpression);
    this.CONSUME(T.Colon);
    this.CONSUME(T.Newline);
    if (!this.RECORDING_PHASE && !this.nextIs(T.Indent)) {
      const msg = `expected an indented block after 'match' statement on line ${keyword.startLine!}`;
      throw this.locate.atToken(msg, this.LA(1), "IndentationError");
    }
    this.CONSUME(T.Indent);
    const cases: MatchCase[] = [];
    this.AT_LEAST_ONE(() => {
      const c = this.SUBRULE(this.caseBlock);
      if (!this.RECORDING_PHASE) cases.push(c);
    });
    this.CONSUME(T.Dedent);
    if (this.RECORDING_PHASE) return STMT;
    return { type: "Match", subject, cases, ...this.statementSpan(keyword) };
  });

  /** subject_expr: a named expression, or a tuple of starred and named expressions. */
  protected readonly subjectExpression = this.RULE("subjectExpression", (): Expr => {
    const first = this.LA(1);
    const head = this.SUBRULE(this.starNamedExpression);
    if (!this.RECORDING_PHASE && !this.nextIs(T.Comma)) {
      if (head.type === "Starred") throw this.errorAtToken("invalid syntax", this.LA(1));
      return head;
    }
    const elts = [head];
    this.CONSUME(T.Comma);
    let open = true;
    this.MANY({
      GATE: () => open && starExpressionStart.has(this.LA(1).tokenType),
      DEF: () => {
        elts.push(this.SUBRULE2(this.starNamedExpression));
        open = this.OPTION(() => this.CONSUME2(T.Comma)) !== undefined;
      },
    });
    return this.RECORDING_PHASE ? RECORDING : sequence("Tuple", elts, "Load", this.span(first));
  });

  private readonly caseBlock = this.RULE("caseBlock", (): MatchCase => {
    const keyword = this.CONSUME(T.Name);
    if (!this.RECORDING_PHASE && keyword.image !== "case") throw this.errorAtToken("invalid syntax", keyword);
    const pattern = this.RECORDING_PHASE ? null : this.readPatterns();
    const guard = this.OPTION(() => {
      this.CONSUME(T.If);
      return this.SUBRULE(this.namedExpression);
    });
    if (!this.RECORDING_PHASE && this.nextIs(T.Newline)) throw this.errorAtToken("expected ':'", this.LA(1));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'case' statement", this.lineOf(keyword)] });
    if (this.RECORDING_PHASE) return RECORDING as never;
    return { type: "match_case", pattern: pattern!, guard: guard ?? null, body };
  });

  /** Whether the statement ahead is a match statement (see the top of this file). */
  protected matchStatementAhead(): boolean {
    const first = this.LA(1);
    if (first.tokenType !== T.Name || first.image !== "match") return false;
    if (!starExpressionStart.has(this.LA(2).tokenType)) return false;
    let depth = 0;
    for (let i = this.tokenIndex + 2; ; i++) {
      const token = this.tokenAt(i) as IToken | undefined;
      if (token === undefined || token.tokenType === T.EndMarker) return false;
      const type = token.tokenType;
      if (openers.has(type)) depth++;
      else if (closers.has(type)) depth--;
      else if (type === T.Newline && depth <= 0) return this.tokenAt(i - 1).tokenType === T.Colon;
    }
  }

  /**
   * A statement that failed to parse and begins `match subject` followed by
   * the end of the line: CPython's invalid_match_stmt says "expected ':'"
   * there. `start` is the index of the `match` token. Only for a parse that
   * has already failed: it resets the parser's state.
   */
  protected matchWithoutColon(start: number): IToken | null {
    const first = this.tokenAt(start);
    if (first?.tokenType !== T.Name || first.image !== "match") return null;
    // The failed parse left chevrotain stopped: setting the input again
    // restarts it. Run on its own, the rule reports the tokens it leaves as
    // a NotAllInputParsedException, which is expected here.
    this.input = this.input.slice();
    this.tokenIndex = start;
    this.quiet++;
    try {
      this.subjectExpression();
    } catch {
      return null;
    } finally {
      this.quiet--;
    }
    if (this.errors.some((e) => e.name !== "NotAllInputParsedException")) return null;
    const after = this.LA(1);
    return after.tokenType === T.Newline ? after : null;
  }
}
