// Compound statements and the blocks they own: if, while, for, try, with,
// def, class, decorators and the async forms.
//
// A missing `:` or indented block gets CPython's message: "expected ':'"
// where CPython's invalid_*_stmt rules say it (after `if x` only when the line
// ends there, after `else`, `try`, `finally` and `def` whatever follows), and
// "expected an indented block after 'if' statement on line N" as an
// IndentationError at the token that stands where the block should begin.

import type { IOrAlt, IToken, ParserMethod } from "chevrotain";
import type { ExceptHandler, Expr, Stmt, WithItem } from "./ast.js";
import { identifier } from "./identifiers.js";
import { emptyArguments } from "./nodes.js";
import { expressionStart, RECORDING } from "./parser-base.js";
import { StatementParser } from "./parser-statements.js";
import { tokenSpan } from "./syntax-location.js";
import * as T from "./tokens.js";

const STMT = RECORDING as unknown as Stmt;

/** When "expected ':'" applies: only before the end of the line, or whatever is there. */
type ColonRule = "atLineEnd" | "always";

export abstract class CompoundStatementParser extends StatementParser {
  /** One statement: a compound one, or a line of simple ones. */
  readonly statement = this.RULE("statement", (): Stmt[] => this.OR(this.statementChoices));

  /** The match statement (parser-match.ts). */
  protected abstract readonly matchStatement: ParserMethod<[], Stmt>;
  protected abstract matchStatementAhead(): boolean;

  private readonly statementChoices: IOrAlt<Stmt[]>[] = [
    {
      GATE: () => this.matchStatementAhead(),
      IGNORE_AMBIGUITIES: true,
      ALT: () => [this.SUBRULE(this.matchStatement)],
    },
    { ALT: () => [this.SUBRULE(this.ifStatement)] },
    { ALT: () => [this.SUBRULE(this.whileStatement)] },
    { ALT: () => [this.SUBRULE(this.forStatement, { ARGS: [null] })] },
    { ALT: () => [this.SUBRULE(this.tryStatement)] },
    { ALT: () => [this.SUBRULE(this.withStatement, { ARGS: [null] })] },
    { ALT: () => [this.SUBRULE(this.functionDef, { ARGS: [null, []] })] },
    { ALT: () => [this.SUBRULE(this.classDef, { ARGS: [[]] })] },
    { ALT: () => [this.SUBRULE(this.decorated)] },
    { ALT: () => [this.SUBRULE(this.asyncStatement)] },
    { ALT: () => this.SUBRULE(this.simpleStatements) },
  ];

  /** The body of a compound statement; `owner` names the statement for the indentation message. */
  readonly block = this.RULE("block", (owner: string, line: number): Stmt[] =>
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Newline);
          if (!this.RECORDING_PHASE && !this.nextIs(T.Indent)) {
            throw this.locate.atToken(`expected an indented block after ${owner} on line ${line}`, this.LA(1), "IndentationError");
          }
          this.CONSUME(T.Indent);
          const body: Stmt[] = [];
          this.AT_LEAST_ONE(() => this.append(body, this.SUBRULE(this.statement)));
          this.CONSUME(T.Dedent);
          return body;
        },
      },
      { ALT: () => this.SUBRULE(this.simpleStatements) },
    ]),
  );

  /** The line of a token passed to a rule, which is absent while the grammar is recorded. */
  protected lineOf(token: IToken | undefined): number {
    return token?.startLine ?? 0;
  }

  /** Adds a statement's nodes to a body (nothing while the grammar is recorded). */
  protected append(body: Stmt[], statements: Stmt[]): void {
    if (!this.RECORDING_PHASE) body.push(...statements);
  }

  /** Checks for the `:` that ends a compound statement's header, before it is consumed. */
  protected expectColon(rule: ColonRule): void {
    if (this.RECORDING_PHASE || this.nextIs(T.Colon)) return;
    if (rule === "always" || this.nextIs(T.Newline)) throw this.errorAtToken("expected ':'", this.LA(1));
  }

  // -------------------------------------------------------------------------
  // if, while, for

  private readonly ifStatement = this.RULE("ifStatement", (): Stmt => {
    const keyword = this.CONSUME(T.If);
    return this.SUBRULE(this.conditionalRest, { ARGS: [keyword, "'if' statement"] });
  });

  /** After `if` or `elif`: the test, the block, and any elif/else. */
  private readonly conditionalRest = this.RULE("conditionalRest", (keyword: IToken, owner: string): Stmt => {
    const test = this.SUBRULE(this.namedExpression);
    this.expectColon("atLineEnd");
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: [owner, this.lineOf(keyword)] });
    const orelse = this.OPTION(() =>
      this.OR([
        {
          ALT: () => {
            const elif = this.CONSUME(T.Elif);
            return [this.SUBRULE(this.conditionalRest, { ARGS: [elif, "'elif' statement"] })];
          },
        },
        { ALT: () => this.SUBRULE(this.elseBlock) },
      ]),
    );
    return this.RECORDING_PHASE ? STMT : { type: "If", test, body, orelse: orelse ?? [], ...this.statementSpan(keyword) };
  });

  private readonly elseBlock = this.RULE("elseBlock", (): Stmt[] => {
    const keyword = this.CONSUME(T.Else);
    this.expectColon("always");
    this.CONSUME(T.Colon);
    return this.SUBRULE(this.block, { ARGS: ["'else' statement", keyword.startLine!] });
  });

  private readonly whileStatement = this.RULE("whileStatement", (): Stmt => {
    const keyword = this.CONSUME(T.While);
    const test = this.SUBRULE(this.namedExpression);
    this.expectColon("atLineEnd");
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'while' statement", keyword.startLine!] });
    const orelse = this.OPTION(() => this.SUBRULE(this.elseBlock));
    return this.RECORDING_PHASE ? STMT : { type: "While", test, body, orelse: orelse ?? [], ...this.statementSpan(keyword) };
  });

  private readonly forStatement = this.RULE("forStatement", (async: IToken | null): Stmt => {
    const keyword = this.CONSUME(T.For);
    const target = this.SUBRULE(this.forTargets, { ARGS: [keyword, false] });
    this.CONSUME(T.In);
    const iter = this.SUBRULE(this.starExpressions);
    this.expectColon("atLineEnd");
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'for' statement", keyword.startLine!] });
    const orelse = this.OPTION(() => this.SUBRULE(this.elseBlock));
    if (this.RECORDING_PHASE) return STMT;
    const type = async === null ? "For" : "AsyncFor";
    return { type, target, iter, body, orelse: orelse ?? [], ...this.statementSpan(async ?? keyword) };
  });

  // -------------------------------------------------------------------------
  // try

  private readonly tryStatement = this.RULE("tryStatement", (): Stmt => {
    const keyword = this.CONSUME(T.Try);
    this.expectColon("always");
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'try' statement", keyword.startLine!] });
    if (!this.RECORDING_PHASE && !this.nextIs(T.Except) && !this.nextIs(T.Finally)) {
      throw this.errorAtToken("expected 'except' or 'finally' block", this.LA(1));
    }
    const handlers: ExceptHandler[] = [];
    // Whether the handlers are `except*` ones, as the first one decides.
    let star: boolean | null = null;
    this.MANY(() => {
      const handler = this.SUBRULE(this.exceptHandler, { ARGS: [star] });
      if (this.RECORDING_PHASE) return;
      star = handler.star;
      handlers.push(handler.node);
    });
    const orelse = this.OPTION({
      GATE: () => handlers.length > 0,
      DEF: () => this.SUBRULE(this.elseBlock),
    });
    const finalbody = this.OPTION2(() => this.SUBRULE(this.finallyBlock));
    if (this.RECORDING_PHASE) return STMT;
    const type = star === true ? "TryStar" : "Try";
    return { type, body, handlers, orelse: orelse ?? [], finalbody: finalbody ?? [], ...this.statementSpan(keyword) };
  });

  /**
   * One `except` or `except*` clause. `star` says which kind the clauses
   * before it in the same `try` are (null for the first): a clause of the
   * other kind is an error once its header has been read, as CPython's
   * invalid_try_stmt says.
   */
  private readonly exceptHandler = this.RULE("exceptHandler", (star: boolean | null): { node: ExceptHandler; star: boolean } => {
    const keyword = this.CONSUME(T.Except);
    const asterisk = this.OPTION3(() => this.CONSUME(T.Star));
    const isStar = asterisk !== undefined;
    if (!this.RECORDING_PHASE && isStar && (this.nextIs(T.Colon) || this.nextIs(T.Newline))) {
      throw this.errorAtToken("expected one or more exception types", this.LA(1));
    }
    const caught = this.OPTION(() => {
      const type = this.SUBRULE(this.expression);
      if (!this.RECORDING_PHASE && this.nextIs(T.Comma)) this.checkUnparenthesizedExceptTypes(type);
      const name = this.OPTION2(() => {
        this.CONSUME(T.As);
        return identifier(this.CONSUME(T.Name));
      });
      return { type, name: name ?? null };
    });
    this.expectColon("atLineEnd");
    this.CONSUME(T.Colon);
    if (!this.RECORDING_PHASE && star !== null && star !== isStar) {
      const msg = "cannot have both 'except' and 'except*' on the same 'try'";
      throw isStar ? this.errorOverRange(msg, tokenSpan(keyword, keyword), tokenSpan(asterisk!, asterisk!)) : this.errorAtToken(msg, keyword);
    }
    const owner = isStar ? "'except*' statement" : "'except' statement";
    const body = this.SUBRULE(this.block, { ARGS: [owner, keyword.startLine!] });
    if (this.RECORDING_PHASE) return RECORDING as never;
    const node: ExceptHandler = {
      type: "ExceptHandler",
      exc_type: caught?.type ?? null,
      name: caught?.name ?? null,
      body,
      ...this.statementSpan(keyword),
    };
    return { node, star: isStar };
  });

  /** `except A, B:` needs parentheses in 3.13; CPython says so when the rest of the header is sound. */
  private checkUnparenthesizedExceptTypes(first: Expr): void {
    const rest = this.quietly(() => {
      this.CONSUME(T.Comma);
      this.starExpressions();
      if (this.nextIs(T.As)) {
        this.CONSUME(T.As);
        this.CONSUME(T.Name);
      }
      return this.CONSUME(T.Colon);
    });
    if (rest === null) return;
    throw this.locate.startingFrom("multiple exception types must be parenthesized", first, rest.value);
  }

  private readonly finallyBlock = this.RULE("finallyBlock", (): Stmt[] => {
    const keyword = this.CONSUME(T.Finally);
    this.expectColon("always");
    this.CONSUME(T.Colon);
    return this.SUBRULE(this.block, { ARGS: ["'finally' statement", keyword.startLine!] });
  });

  // -------------------------------------------------------------------------
  // with

  private readonly withStatement = this.RULE("withStatement", (async: IToken | null): Stmt => {
    const keyword = this.CONSUME(T.With);
    const items = this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.parenthesizedWithItemsAhead(), ALT: () => this.SUBRULE(this.parenthesizedWithItems) },
        { ALT: () => this.SUBRULE(this.withItems) },
      ],
    });
    this.expectColon("atLineEnd");
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'with' statement", keyword.startLine!] });
    if (this.RECORDING_PHASE) return STMT;
    return { type: async === null ? "With" : "AsyncWith", items, body, ...this.statementSpan(async ?? keyword) };
  });

  /**
   * `with (a as b, c):` lists its items in parentheses, but `with (a, b) as c:`
   * and `with (yield):` begin with a parenthesized expression. As CPython does,
   * try the item list first; the header is read twice only when it fails.
   */
  private parenthesizedWithItemsAhead(): boolean {
    if (!this.nextIs(T.LParen)) return false;
    const items = this.speculate(() => this.parenthesizedWithItems(), true);
    if (items === null) return false;
    // CPython read the token after `)` too: a plain syntax error is reported there if nothing else fits.
    this.furthestRead = Math.max(this.furthestRead, items.lastIndex + 1);
    return this.tokenAt(items.lastIndex + 1).tokenType === T.Colon;
  }

  private readonly parenthesizedWithItems = this.RULE("parenthesizedWithItems", (): WithItem[] => {
    this.CONSUME(T.LParen);
    const items = [this.SUBRULE(this.withItem)];
    this.MANY({
      GATE: () => this.nextIs(T.Comma) && !this.nextIs(T.RParen, 2),
      DEF: () => {
        this.CONSUME(T.Comma);
        items.push(this.SUBRULE2(this.withItem));
      },
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    this.CONSUME(T.RParen);
    return items;
  });

  private readonly withItems = this.RULE("withItems", (): WithItem[] => {
    const items = [this.SUBRULE(this.withItem)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      items.push(this.SUBRULE2(this.withItem));
    });
    return items;
  });

  private readonly withItem = this.RULE("withItem", (): WithItem => {
    const context = this.SUBRULE(this.expression);
    const vars = this.OPTION(() => {
      this.CONSUME(T.As);
      return this.SUBRULE(this.starExpression);
    });
    if (this.RECORDING_PHASE) return RECORDING as never;
    if (vars !== undefined && (this.nextIs(T.Comma) || this.nextIs(T.RParen) || this.nextIs(T.Colon))) {
      this.makeTarget(vars, "assign");
    }
    return { context_expr: context, optional_vars: vars ?? null };
  });

  // -------------------------------------------------------------------------
  // def, class, decorators, async

  private readonly functionDef = this.RULE("functionDef", (async: IToken | null, decorators: Expr[]): Stmt => {
    const keyword = this.CONSUME(T.Def);
    const name = this.CONSUME(T.Name);
    // CPython's `&&'('`: type parameters that do not parse make "expected '('" at the `[`.
    if (!this.RECORDING_PHASE && this.nextIs(T.LBracket) && this.speculate(() => this.typeParams(), true) === null) {
      throw this.errorAtToken("expected '('", this.LA(1));
    }
    const typeParams = this.OPTION3(() => this.SUBRULE(this.typeParams));
    if (!this.RECORDING_PHASE && !this.nextIs(T.LParen)) throw this.errorAtToken("expected '('", this.LA(1));
    this.CONSUME(T.LParen);
    const args = this.OPTION(() => this.SUBRULE(this.parameters, { ARGS: ["def"] }));
    this.CONSUME(T.RParen);
    const returns = this.OPTION2(() => {
      const arrow = this.CONSUME(T.RArrow);
      if (!this.RECORDING_PHASE && !expressionStart.has(this.LA(1).tokenType)) throw this.errorAtToken("expected ':'", arrow);
      return this.SUBRULE(this.expression);
    });
    this.expectColon("always");
    this.CONSUME(T.Colon);
    const outerScope = this.inFunctionBody;
    this.inFunctionBody = true;
    const body = this.SUBRULE(this.block, { ARGS: ["function definition", keyword.startLine!] });
    this.inFunctionBody = outerScope;
    if (this.RECORDING_PHASE) return STMT;
    return {
      type: async === null ? "FunctionDef" : "AsyncFunctionDef",
      name: identifier(name),
      args: args ?? emptyArguments(),
      body,
      decorator_list: decorators,
      returns: returns ?? null,
      type_params: typeParams ?? [],
      ...this.statementSpan(async ?? keyword),
    };
  });

  private readonly classDef = this.RULE("classDef", (decorators: Expr[]): Stmt => {
    const keyword = this.CONSUME(T.Class);
    const name = this.CONSUME(T.Name);
    const typeParams = this.OPTION2(() => this.SUBRULE(this.typeParams));
    const bases = this.OPTION(() => {
      const open = this.CONSUME(T.LParen);
      const parts = this.SUBRULE(this.callArguments, { ARGS: [open, true] });
      this.CONSUME(T.RParen);
      return parts;
    });
    this.expectColon("atLineEnd");
    this.CONSUME(T.Colon);
    const outerScope = this.inFunctionBody;
    this.inFunctionBody = false;
    const body = this.SUBRULE(this.block, { ARGS: ["class definition", keyword.startLine!] });
    this.inFunctionBody = outerScope;
    if (this.RECORDING_PHASE) return STMT;
    return {
      type: "ClassDef",
      name: identifier(name),
      bases: bases?.args ?? [],
      keywords: bases?.keywords ?? [],
      body,
      decorator_list: decorators,
      type_params: typeParams ?? [],
      ...this.statementSpan(keyword),
    };
  });

  private readonly decorated = this.RULE("decorated", (): Stmt => {
    const decorators: Expr[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.At);
      decorators.push(this.SUBRULE(this.namedExpression));
      this.CONSUME(T.Newline);
    });
    return this.OR([
      { ALT: () => this.SUBRULE(this.functionDef, { ARGS: [null, decorators] }) },
      { ALT: () => this.SUBRULE(this.classDef, { ARGS: [decorators] }) },
      {
        ALT: () => {
          const async = this.CONSUME(T.Async);
          return this.SUBRULE2(this.functionDef, { ARGS: [async, decorators] });
        },
      },
    ]);
  });

  private readonly asyncStatement = this.RULE("asyncStatement", (): Stmt => {
    const async = this.CONSUME(T.Async);
    return this.OR([
      { ALT: () => this.SUBRULE(this.functionDef, { ARGS: [async, []] }) },
      { ALT: () => this.SUBRULE(this.forStatement, { ARGS: [async] }) },
      { ALT: () => this.SUBRULE(this.withStatement, { ARGS: [async] }) },
    ]);
  });
}
