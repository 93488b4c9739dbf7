// Expressions, from star_expressions down to primaries: CPython's precedence
// table, calls, subscripts, lambda and yield. Atoms and displays are in
// parser-atoms.ts; the checks that turn a failed expression into CPython's
// message are in expression-errors.ts.
//
// The six binary precedence levels from `|` to `*` are one rule: it reads the
// operands and operators in a row and binary-operators.ts folds them by
// precedence, which saves five rule invocations for every operand.

import type { IOrAlt, IToken, OrMethodOpts, ParserMethod } from "chevrotain";
import type {
  BoolOperator, CompareOperator, Comprehension, Expr, Keyword, Operator, Position, UnaryOperator,
} from "./ast.js";
import { foldBinaryOperators, type Operand } from "./binary-operators.js";
import { identifier } from "./identifiers.js";
import { attribute, call, emptyArguments, name, sequence, starred, subscript } from "./nodes.js";
import { argumentStart, RECORDING, sliceStart, starExpressionStart } from "./parser-base.js";
import { ParameterParser } from "./parser-parameters.js";
import { tokenSpan } from "./syntax-location.js";
import * as T from "./tokens.js";

/** One argument of a call, before they are sorted into args and keywords. */
export type CallArgument =
  | { kind: "positional"; node: Expr }
  | { kind: "starred"; node: Expr }
  | { kind: "keyword"; node: Keyword; equal: IToken }
  | { kind: "doubleStarred"; node: Keyword };

export interface CallParts {
  args: Expr[];
  keywords: Keyword[];
}

type Choices<T> = IOrAlt<T>[];

/** Tokens that continue a comparison, a run of binary operators, a primary. */
const compareStart = new Set([T.EqEqual, T.NotEqual, T.Less, T.LessEqual, T.Greater, T.GreaterEqual, T.In, T.Not, T.Is]);
const binaryOperatorStart = new Set([
  T.VBar, T.Circumflex, T.Amper, T.LeftShift, T.RightShift, T.Plus, T.Minus,
  T.Star, T.Slash, T.DoubleSlash, T.Percent, T.At,
]);
const trailerStart = new Set([T.Dot, T.LParen, T.LBracket]);

/** The code generator's error for `x = *a`, a starred expression outside a display or call. */
export const starredHere = "can't use starred expression here";

export abstract class ExpressionParser extends ParameterParser {
  protected abstract readonly atom: ParserMethod<[], Expr>;
  protected abstract readonly comprehensionClauses: ParserMethod<[], Comprehension[]>;

  // Checks made when an expression cannot go on (expression-errors.ts).
  protected abstract checkAfterNamedExpression(first: IToken, node: Expr): void;
  protected abstract checkAfterDisjunction(first: IToken, node: Expr): void;
  protected abstract checkMissingElse(body: Expr, test: Expr): void;
  protected abstract checkNotAfterOperator(unary: boolean): void;
  protected abstract checkArgumentFollowedByEqual(first: IToken, node: Expr): void;
  protected abstract checkStarOperand(): void;
  protected abstract checkUnpackingAssigned(star: IToken, what: string): void;
  protected abstract checkGeneratorArgument(elt: Expr, generators: Comprehension[], sole: boolean): void;
  protected abstract sortCallArguments(items: CallArgument[], commas: IToken[]): CallParts;

  // -------------------------------------------------------------------------
  // Lists of expressions

  /** star_expressions: one expression, or a Tuple when there is a comma. */
  readonly starExpressions = this.RULE("starExpressions", (): Expr => {
    const first = this.LA(1);
    const head = this.SUBRULE(this.starExpression);
    if (!this.RECORDING_PHASE && !this.nextIs(T.Comma)) {
      if (head.type === "Starred") this.later.noteCodegen(starredHere, head);
      return head;
    }
    const elts = [head];
    this.MANY({
      GATE: () => this.nextIs(T.Comma) && starExpressionStart.has(this.LA(2).tokenType),
      DEF: () => {
        this.CONSUME(T.Comma);
        elts.push(this.SUBRULE2(this.starExpression));
      },
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    return this.RECORDING_PHASE ? RECORDING : sequence("Tuple", elts, "Load", this.span(first));
  });

  /** `*a` or an expression. */
  readonly starExpression = this.RULE("starExpression", (): Expr => this.OR(this.starExpressionChoices));

  private readonly starExpressionChoices: Choices<Expr> = [
    { ALT: () => this.SUBRULE(this.starredBitwiseOr, { ARGS: [false] }) },
    { ALT: () => this.SUBRULE(this.expression) },
  ];

  /** `*a` or a named expression, as in displays. */
  readonly starNamedExpression = this.RULE("starNamedExpression", (): Expr => this.OR(this.starNamedExpressionChoices));

  private readonly starNamedExpressionChoices: Choices<Expr> = [
    { ALT: () => this.SUBRULE(this.starredBitwiseOr, { ARGS: [true] }) },
    { ALT: () => this.SUBRULE(this.namedExpression) },
  ];

  /** `*a`; `inBrackets` says whether a lone `*` gets CPython's "Invalid star expression". */
  readonly starredBitwiseOr = this.RULE("starredBitwiseOr", (inBrackets: boolean): Expr => {
    const star = this.CONSUME(T.Star);
    if (inBrackets && !this.RECORDING_PHASE) this.checkStarOperand();
    const value = this.SUBRULE(this.bitwiseOr);
    return this.RECORDING_PHASE ? RECORDING : starred(value, "Load", this.span(star));
  });

  // -------------------------------------------------------------------------
  // Named, conditional and boolean expressions

  /** `name := value`, or an expression. */
  readonly namedExpression = this.RULE("namedExpression", (): Expr => this.OR(this.namedExpressionChoices));

  private readonly namedExpressionChoices: OrMethodOpts<Expr> = {
    IGNORE_AMBIGUITIES: true,
    DEF: [
      { GATE: () => this.nextIs(T.ColonEqual, 2), ALT: () => this.SUBRULE(this.assignmentExpression) },
      {
        ALT: () => {
          const first = this.LA(1);
          const node = this.SUBRULE(this.expression);
          if (!this.RECORDING_PHASE && (this.nextIs(T.Equal) || this.nextIs(T.ColonEqual))) {
            this.checkAfterNamedExpression(first, node);
          }
          return node;
        },
      },
    ],
  };

  readonly assignmentExpression = this.RULE("assignmentExpression", (): Expr => {
    const target = this.CONSUME(T.Name);
    this.CONSUME(T.ColonEqual);
    const value = this.SUBRULE(this.expression);
    if (this.RECORDING_PHASE) return RECORDING;
    this.namedExpressions++;
    return { type: "NamedExpr", target: name(identifier(target), "Store", tokenSpan(target, target)), value, ...this.span(target) };
  });

  readonly expression = this.RULE("expression", (): Expr => this.OR(this.expressionChoices));

  /** A lambda, or a conditional expression (kept in this rule: one rule fewer on the stack per nesting level). */
  private readonly expressionChoices: Choices<Expr> = [
    { ALT: () => this.SUBRULE(this.lambdef) },
    {
      ALT: () => {
        const first = this.LA(1);
        const body = this.SUBRULE(this.disjunction);
        if (!this.RECORDING_PHASE && !this.nextIs(T.If)) {
          if (starExpressionStart.has(this.LA(1).tokenType)) this.checkAfterDisjunction(first, body);
          return body;
        }
        return this.OPTION(() => {
          this.CONSUME(T.If);
          const test = this.SUBRULE2(this.disjunction);
          if (!this.RECORDING_PHASE && !this.nextIs(T.Else)) this.checkMissingElse(body, test);
          this.CONSUME(T.Else);
          const orelse = this.SUBRULE(this.expression);
          return this.RECORDING_PHASE ? RECORDING : { type: "IfExp" as const, test, body, orelse, ...this.span(first) };
        }) ?? body;
      },
    },
  ];

  readonly lambdef = this.RULE("lambdef", (): Expr => {
    const first = this.CONSUME(T.Lambda);
    const args = this.OPTION(() => this.SUBRULE(this.parameters, { ARGS: ["lambda"] }));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.expression);
    if (this.RECORDING_PHASE) return RECORDING;
    return { type: "Lambda", args: args ?? emptyArguments(), body, ...this.span(first) };
  });

  readonly disjunction = this.RULE("disjunction", (): Expr => {
    const first = this.LA(1);
    const head = this.SUBRULE(this.conjunction);
    if (!this.RECORDING_PHASE && !this.nextIs(T.Or)) return head;
    const values = [head];
    this.MANY(() => {
      this.CONSUME(T.Or);
      values.push(this.SUBRULE2(this.conjunction));
    });
    return this.boolOp("Or", values, first);
  });

  /** `a and not b and c`; the `not`s are read here too, one rule fewer per operand than an inversion rule. */
  private readonly conjunction = this.RULE("conjunction", (): Expr => {
    const first = this.LA(1);
    let head: Expr;
    if (this.RECORDING_PHASE || this.nextIs(T.Not)) {
      const nots: IToken[] = [];
      this.MANY(() => nots.push(this.CONSUME(T.Not)));
      head = this.negated(nots, this.SUBRULE(this.comparison));
    } else {
      head = this.SUBRULE(this.comparison);
    }
    if (!this.RECORDING_PHASE && !this.nextIs(T.And)) return head;
    const values = [head];
    this.MANY2(() => {
      this.CONSUME(T.And);
      const nots: IToken[] = [];
      this.MANY3(() => nots.push(this.CONSUME2(T.Not)));
      values.push(this.negated(nots, this.SUBRULE2(this.comparison)));
    });
    return this.boolOp("And", values, first);
  });

  /** `not not x`: each `not` spans from itself to the end of its operand. */
  private negated(nots: IToken[], operand: Expr): Expr {
    if (this.RECORDING_PHASE) return RECORDING;
    let node = operand;
    for (let i = nots.length - 1; i >= 0; i--) node = { type: "UnaryOp", op: "Not", operand: node, ...this.span(nots[i]!) };
    return node;
  }

  private boolOp(op: BoolOperator, values: Expr[], first: IToken): Expr {
    if (this.RECORDING_PHASE) return RECORDING;
    return values.length === 1 ? values[0]! : { type: "BoolOp", op, values, ...this.span(first) };
  }

  /** inversion: `not`s and a comparison, on its own (the error checks read one ahead). */
  readonly inversion = this.RULE("inversion", (): Expr => {
    const nots: IToken[] = [];
    this.MANY(() => nots.push(this.CONSUME(T.Not)));
    return this.negated(nots, this.SUBRULE(this.comparison));
  });

  // -------------------------------------------------------------------------
  // Comparisons and binary operators

  private readonly comparison = this.RULE("comparison", (): Expr => {
    const first = this.LA(1);
    const left = this.SUBRULE(this.bitwiseOr);
    if (!this.RECORDING_PHASE && !compareStart.has(this.LA(1).tokenType)) return left;
    const ops: CompareOperator[] = [];
    const comparators: Expr[] = [];
    this.MANY(() => {
      ops.push(this.SUBRULE(this.compareOperator));
      comparators.push(this.SUBRULE2(this.bitwiseOr));
    });
    if (this.RECORDING_PHASE) return RECORDING;
    return ops.length === 0 ? left : { type: "Compare", left, ops, comparators, ...this.span(first) };
  });

  private readonly compareOperator = this.RULE("compareOperator", (): CompareOperator => this.OR(this.compareOperatorChoices));

  private readonly compareOperatorChoices: Choices<CompareOperator> = [
      { ALT: () => (this.CONSUME(T.EqEqual), "Eq" as const) },
      { ALT: () => (this.CONSUME(T.NotEqual), "NotEq" as const) },
      { ALT: () => (this.CONSUME(T.Less), "Lt" as const) },
      { ALT: () => (this.CONSUME(T.LessEqual), "LtE" as const) },
      { ALT: () => (this.CONSUME(T.Greater), "Gt" as const) },
      { ALT: () => (this.CONSUME(T.GreaterEqual), "GtE" as const) },
      { ALT: () => (this.CONSUME(T.In), "In" as const) },
      { ALT: () => (this.CONSUME(T.Not), this.CONSUME2(T.In), "NotIn" as const) },
      {
        ALT: () => {
          this.CONSUME(T.Is);
          const not = this.OPTION(() => this.CONSUME2(T.Not));
          return not === undefined ? ("Is" as const) : ("IsNot" as const);
        },
      },
  ];

  /** bitwise_or: a run of factors joined by `| ^ & << >> + - * / // % @`. */
  readonly bitwiseOr = this.RULE("bitwiseOr", (): Expr => {
    const first = this.LA(1);
    const head = this.SUBRULE(this.factor);
    if (!this.RECORDING_PHASE && !binaryOperatorStart.has(this.LA(1).tokenType)) return head;
    const headLast = this.LA(0);
    const operands: Operand[] = [];
    const ops: Operator[] = [];
    this.MANY(() => {
      ops.push(this.SUBRULE(this.binaryOperator));
      if (!this.RECORDING_PHASE && this.nextIs(T.Not)) this.checkNotAfterOperator(false);
      const start = this.LA(1);
      const node = this.SUBRULE2(this.factor);
      operands.push({ node, first: start, last: this.LA(0) });
    });
    if (this.RECORDING_PHASE) return RECORDING;
    if (ops.length === 0) return head;
    operands.unshift({ node: head, first, last: headLast });
    return foldBinaryOperators(operands, ops);
  });

  private readonly binaryOperator = this.RULE("binaryOperator", (): Operator => this.OR(this.binaryOperatorChoices));

  private readonly binaryOperatorChoices: Choices<Operator> = [
      { ALT: () => (this.CONSUME(T.VBar), "BitOr" as const) },
      { ALT: () => (this.CONSUME(T.Circumflex), "BitXor" as const) },
      { ALT: () => (this.CONSUME(T.Amper), "BitAnd" as const) },
      { ALT: () => (this.CONSUME(T.LeftShift), "LShift" as const) },
      { ALT: () => (this.CONSUME(T.RightShift), "RShift" as const) },
      { ALT: () => (this.CONSUME(T.Plus), "Add" as const) },
      { ALT: () => (this.CONSUME(T.Minus), "Sub" as const) },
      { ALT: () => (this.CONSUME(T.Star), "Mult" as const) },
      { ALT: () => (this.CONSUME(T.Slash), "Div" as const) },
      { ALT: () => (this.CONSUME(T.DoubleSlash), "FloorDiv" as const) },
      { ALT: () => (this.CONSUME(T.Percent), "Mod" as const) },
      { ALT: () => (this.CONSUME(T.At), "MatMult" as const) },
  ];

  readonly factor = this.RULE("factor", (): Expr => this.OR(this.factorChoices));

  /**
   * A unary operator and its operand, or a power: `[await] primary [** factor]`
   * (kept in this rule, one rule fewer per operand). `-2 ** -1` is `-(2 ** (-1))`.
   */
  private readonly factorChoices: Choices<Expr> = [
    {
      ALT: () => {
        const first = this.LA(1);
        const op = this.SUBRULE(this.unaryOperator);
        if (!this.RECORDING_PHASE && this.nextIs(T.Not)) this.checkNotAfterOperator(true);
        const operand = this.SUBRULE(this.factor);
        return this.RECORDING_PHASE ? RECORDING : { type: "UnaryOp" as const, op, operand, ...this.span(first) };
      },
    },
    {
      ALT: () => {
        const first = this.LA(1);
        let base: Expr;
        if (this.RECORDING_PHASE || this.nextIs(T.Await)) {
          const awaited = this.OPTION(() => this.CONSUME(T.Await));
          base = this.SUBRULE(this.primary);
          if (awaited !== undefined && !this.RECORDING_PHASE) base = { type: "Await", value: base, ...this.span(first) };
        } else {
          base = this.SUBRULE(this.primary);
        }
        if (!this.RECORDING_PHASE && !this.nextIs(T.DoubleStar)) return base;
        const exponent = this.OPTION2(() => {
          this.CONSUME(T.DoubleStar);
          return this.SUBRULE2(this.factor);
        });
        if (this.RECORDING_PHASE || exponent === undefined) return base;
        return { type: "BinOp" as const, left: base, op: "Pow" as const, right: exponent, ...this.span(first) };
      },
    },
  ];

  private readonly unaryOperator = this.RULE("unaryOperator", (): UnaryOperator => this.OR(this.unaryOperatorChoices));

  private readonly unaryOperatorChoices: Choices<UnaryOperator> = [
    { ALT: () => (this.CONSUME(T.Plus), "UAdd" as const) },
    { ALT: () => (this.CONSUME(T.Minus), "USub" as const) },
    { ALT: () => (this.CONSUME(T.Tilde), "Invert" as const) },
  ];

  // -------------------------------------------------------------------------
  // Primaries: attributes, calls, subscripts

  readonly primary = this.RULE("primary", (): Expr => {
    const first = this.LA(1);
    let value = this.SUBRULE(this.atom);
    if (!this.RECORDING_PHASE && !trailerStart.has(this.LA(1).tokenType)) return value;
    this.MANY(() => {
      // The trailer alternatives read what they extend from here, before parsing further.
      this.trailerBase = value;
      this.trailerFirst = first;
      value = this.OR(this.trailerChoices);
    });
    return value;
  });

  private trailerBase: Expr = RECORDING;
  private trailerFirst: IToken = undefined as unknown as IToken;

  private readonly trailerChoices: Choices<Expr> = [
    {
      ALT: () => {
        const value = this.trailerBase;
        const first = this.trailerFirst;
        this.CONSUME(T.Dot);
        const attr = this.CONSUME(T.Name);
        return this.RECORDING_PHASE ? RECORDING : attribute(value, identifier(attr), "Load", this.span(first));
      },
    },
    {
      ALT: () => {
        const value = this.trailerBase;
        const first = this.trailerFirst;
        const open = this.CONSUME(T.LParen);
        const parts = this.SUBRULE(this.callArguments, { ARGS: [open, false] });
        this.CONSUME(T.RParen);
        return this.RECORDING_PHASE ? RECORDING : call(value, parts.args, parts.keywords, this.span(first));
      },
    },
    {
      ALT: () => {
        const value = this.trailerBase;
        const first = this.trailerFirst;
        this.CONSUME(T.LBracket);
        const slice = this.SUBRULE(this.slices);
        this.CONSUME(T.RBracket);
        return this.RECORDING_PHASE ? RECORDING : subscript(value, slice, "Load", this.span(first));
      },
    },
  ];

  /** What stands between a call's parentheses, the `(` already read. */
  protected readonly callArguments = this.RULE("callArguments", (open: IToken, isClass: boolean): CallParts => {
    const items: CallArgument[] = [];
    const commas: IToken[] = [];
    this.OPTION(() => {
      items.push(this.SUBRULE(this.argument));
      // A class's bases are no call: `class A(x for x in y)` is invalid.
      this.OPTION2({ GATE: () => !isClass, DEF: () => {
        const generators = this.SUBRULE(this.comprehensionClauses);
        if (this.RECORDING_PHASE) return;
        const elt = this.generatorElement(items[0]!);
        this.checkGeneratorArgument(elt, generators, true);
        items[0] = { kind: "positional", node: { type: "GeneratorExp", elt, generators, ...tokenSpan(open, this.LA(1)) } };
      } });
      this.MANY({
        GATE: () => this.nextIs(T.Comma) && argumentStart.has(this.LA(2).tokenType),
        DEF: () => {
          commas.push(this.CONSUME(T.Comma));
          const item = this.SUBRULE2(this.argument);
          if (!this.RECORDING_PHASE && (this.nextIs(T.For) || this.nextIs(T.Async))) {
            this.checkGeneratorArgument(this.generatorElement(item), [], false);
          }
          items.push(item);
        },
      });
      this.OPTION3(() => commas.push(this.CONSUME2(T.Comma)));
    });
    if (this.RECORDING_PHASE) return RECORDING as never;
    return this.sortCallArguments(items, commas);
  });

  /** The element of `f(x for x in y)`; only a plain expression can be one. */
  private generatorElement(item: CallArgument): Expr {
    if (item.kind === "keyword") {
      throw this.errorOverRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", item.node, this.at(item.equal));
    }
    if (item.kind === "starred") throw this.errorAtNode("iterable unpacking cannot be used in comprehension", item.node);
    if (item.kind === "doubleStarred") throw this.errorAtToken("invalid syntax", this.LA(1));
    return item.node;
  }

  private readonly argument = this.RULE("argument", (): CallArgument =>
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            const star = this.CONSUME(T.Star);
            if (!this.RECORDING_PHASE) this.checkStarOperand();
            const value = this.SUBRULE(this.expression);
            if (!this.RECORDING_PHASE && this.nextIs(T.Equal)) this.checkUnpackingAssigned(star, "iterable argument unpacking");
            return { kind: "starred" as const, node: this.RECORDING_PHASE ? RECORDING : starred(value, "Load", this.span(star)) };
          },
        },
        {
          ALT: () => {
            const stars = this.CONSUME(T.DoubleStar);
            const value = this.SUBRULE2(this.expression);
            if (!this.RECORDING_PHASE && this.nextIs(T.Equal)) this.checkUnpackingAssigned(stars, "keyword argument unpacking");
            return { kind: "doubleStarred" as const, node: { arg: null, value, ...this.span(stars) } };
          },
        },
        {
          GATE: () => this.nextIs(T.Equal, 2),
          ALT: () => {
            const key = this.CONSUME(T.Name);
            const equal = this.CONSUME(T.Equal);
            if (!this.RECORDING_PHASE && (this.nextIs(T.Comma) || this.nextIs(T.RParen))) {
              throw this.errorOverRange("expected argument value expression", this.at(key), this.at(equal));
            }
            const value = this.SUBRULE3(this.expression);
            return { kind: "keyword" as const, node: { arg: identifier(key), value, ...this.span(key) }, equal };
          },
        },
        {
          ALT: () => {
            const first = this.LA(1);
            const node = this.OR2({
              IGNORE_AMBIGUITIES: true,
              DEF: [
                { GATE: () => this.nextIs(T.ColonEqual, 2), ALT: () => this.SUBRULE(this.assignmentExpression) },
                { ALT: () => this.SUBRULE4(this.expression) },
              ],
            });
            if (!this.RECORDING_PHASE && this.nextIs(T.Equal)) this.checkArgumentFollowedByEqual(first, node);
            return { kind: "positional" as const, node };
          },
        },
      ],
    }),
  );

  /** A subscript: one slice or expression, or a Tuple of them. */
  readonly slices = this.RULE("slices", (): Expr => {
    const first = this.LA(1);
    const items = [this.SUBRULE(this.sliceItem)];
    this.MANY({
      GATE: () => this.nextIs(T.Comma) && sliceStart.has(this.LA(2).tokenType),
      DEF: () => {
        this.CONSUME(T.Comma);
        items.push(this.SUBRULE2(this.sliceItem));
      },
    });
    const trailing = this.OPTION(() => this.CONSUME2(T.Comma));
    if (this.RECORDING_PHASE) return RECORDING;
    // A lone `*x` still makes a tuple: `a[*x]` is `a[(*x,)]`.
    if (items.length === 1 && trailing === undefined && items[0]!.type !== "Starred") return items[0]!;
    return sequence("Tuple", items, "Load", this.span(first));
  });

  private readonly sliceItem = this.RULE("sliceItem", (): Expr =>
    this.OR([
      {
        ALT: () => {
          const star = this.CONSUME(T.Star);
          if (!this.RECORDING_PHASE) this.checkStarOperand();
          const value = this.SUBRULE(this.expression);
          return this.RECORDING_PHASE ? RECORDING : starred(value, "Load", this.span(star));
        },
      },
      { ALT: () => this.SUBRULE(this.slice, { ARGS: [null, null] }) },
      {
        ALT: () => {
          const first = this.LA(1);
          const lower = this.SUBRULE(this.namedExpression);
          const slice = this.OPTION(() => this.SUBRULE2(this.slice, { ARGS: [first, lower] }));
          return slice ?? lower;
        },
      },
    ]),
  );

  /** The rest of a slice from its first `:`, the lower bound (if any) already read. */
  private readonly slice = this.RULE("slice", (first: IToken | null, lower: Expr | null): Expr => {
    const colon = this.CONSUME(T.Colon);
    const upper = this.OPTION(() => this.SUBRULE(this.expression));
    const step = this.OPTION2(() => {
      this.CONSUME2(T.Colon);
      return this.OPTION3(() => this.SUBRULE2(this.expression));
    });
    if (this.RECORDING_PHASE) return RECORDING;
    return { type: "Slice", lower, upper: upper ?? null, step: step ?? null, ...this.span(first ?? colon) };
  });

  // -------------------------------------------------------------------------
  // yield

  readonly yieldExpression = this.RULE("yieldExpression", (): Expr => {
    const first = this.CONSUME(T.Yield);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.From);
          const value = this.SUBRULE(this.expression);
          return this.RECORDING_PHASE ? RECORDING : { type: "YieldFrom" as const, value, ...this.span(first) };
        },
      },
      {
        ALT: () => {
          const value = this.OPTION(() => this.SUBRULE(this.starExpressions));
          return this.RECORDING_PHASE ? RECORDING : { type: "Yield" as const, value: value ?? null, ...this.span(first) };
        },
      },
    ]);
  });

  /** A position covering only `token`. */
  protected at(token: IToken): Position {
    return tokenSpan(token, token);
  }
}
