// Atoms: names, literals, strings, and the bracketed forms (groups, tuples,
// lists, sets, dicts and every comprehension), plus the `for ... in` clauses
// and targets that comprehensions and `for` statements share.
//
// A bracket's first element decides what the bracket is, once it is read: a
// `for` after it makes a comprehension, a `:` a dict, a `,` a tuple or a
// longer display. That keeps every choice LL(1).

import type { IOrAlt, IToken } from "chevrotain";
import type { Comprehension, Expr, Position } from "./ast.js";
import { ELLIPSIS } from "./ast.js";
import type { PySyntaxError } from "./errors.js";
import { buildFString } from "./fstring-ast.js";
import { identifier } from "./identifiers.js";
import { namedExprInIterable } from "./later-checks.js";
import { concatenateStrings, constant, numberValue } from "./literals.js";
import { sequence } from "./nodes.js";
import { expressionStart, RECORDING, starExpressionStart } from "./parser-base.js";
import { ExpressionParser } from "./parser-expressions.js";
import { decodeString } from "./strings.js";
import { tokenSpan } from "./syntax-location.js";
import { invalidTarget, invalidTargetMessage, setContext, type TargetKind } from "./targets.js";
import * as T from "./tokens.js";

export abstract class AtomParser extends ExpressionParser {
  protected abstract checkComprehensionTarget(elts: Expr[], trailingComma: IToken | null, open: IToken): void;
  protected abstract genericError(): PySyntaxError;
  protected abstract checkDictItemEnd(key: Expr): void;
  protected abstract checkDictValue(): void;
  protected abstract forInMissing(first: IToken, inComprehension: boolean): void;

  readonly atom = this.RULE("atom", (): Expr => this.OR(this.atomChoices));

  private readonly atomChoices: IOrAlt<Expr>[] = [
      { ALT: () => this.nameAtom(this.CONSUME(T.Name)) },
      { ALT: () => this.keywordConstant(this.CONSUME(T.True), true) },
      { ALT: () => this.keywordConstant(this.CONSUME(T.False), false) },
      { ALT: () => this.keywordConstant(this.CONSUME(T.None), null) },
      { ALT: () => this.number(this.CONSUME(T.Int), "int") },
      { ALT: () => this.number(this.CONSUME(T.Float), "float") },
      { ALT: () => this.number(this.CONSUME(T.Imaginary), "imaginary") },
      { ALT: () => this.keywordConstant(this.CONSUME(T.Ellipsis), ELLIPSIS) },
      { ALT: () => this.SUBRULE(this.strings) },
      { ALT: () => this.SUBRULE(this.parenthesized) },
      { ALT: () => this.SUBRULE(this.listDisplay) },
      { ALT: () => this.SUBRULE(this.braceDisplay) },
  ];

  private nameAtom(token: IToken): Expr {
    if (this.RECORDING_PHASE) return RECORDING;
    return {
      type: "Name",
      id: identifier(token),
      ctx: "Load",
      lineno: token.startLine!,
      col_offset: token.startColumn!,
      end_lineno: token.endLine!,
      end_col_offset: token.endColumn!,
    };
  }

  private keywordConstant(token: IToken, value: null | boolean | typeof ELLIPSIS): Expr {
    return this.RECORDING_PHASE ? RECORDING : constant(value, null, tokenSpan(token, token));
  }

  private number(token: IToken, kind: "int" | "float" | "imaginary"): Expr {
    return this.RECORDING_PHASE ? RECORDING : constant(numberValue(token.image, kind), null, tokenSpan(token, token));
  }

  // -------------------------------------------------------------------------
  // Strings

  protected readonly strings = this.RULE("strings", (): Expr => {
    const tokens: IToken[] = [];
    this.AT_LEAST_ONE(() => tokens.push(this.OR(this.stringChoices)));
    if (this.RECORDING_PHASE) return RECORDING;
    const pieces = tokens.map((token) => this.stringPiece(token));
    const joined = concatenateStrings(pieces, tokenSpan(tokens[0]!, tokens[tokens.length - 1]!));
    if (joined === "mixed") throw this.errorAtToken("cannot mix bytes and nonbytes literals", this.LA(1));
    return joined;
  });

  private readonly stringChoices: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(T.String) },
    { ALT: () => this.CONSUME(T.FString) },
  ];

  private stringPiece(token: IToken): Expr {
    if (token.tokenType === T.FString) {
      return buildFString(token, this.locate.filename, this.locate.fileSource, this.pendingFields);
    }
    const decoded = decodeString(token.image, {
      filename: this.locate.filename,
      line: token.startLine!,
      column: token.startColumn!,
      fileSource: this.locate.fileSource,
    });
    return constant(decoded.value, decoded.kind, tokenSpan(token, token));
  }

  // -------------------------------------------------------------------------
  // ( ... ): the empty tuple, a group, a tuple, a generator expression

  private readonly parenthesized = this.RULE("parenthesized", (): Expr => {
    const open = this.CONSUME(T.LParen);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.RParen);
          return this.RECORDING_PHASE ? RECORDING : sequence("Tuple", [], "Load", this.span(open));
        },
      },
      {
        ALT: () => {
          const value = this.SUBRULE(this.yieldExpression);
          this.CONSUME2(T.RParen);
          return value;
        },
      },
      {
        ALT: () => {
          const stars = this.CONSUME(T.DoubleStar);
          this.SUBRULE(this.expression);
          if (this.RECORDING_PHASE) return RECORDING;
          if (this.nextIs(T.RParen)) throw this.errorAtToken("cannot use double starred expression here", stars);
          throw this.genericError();
        },
      },
      {
        ALT: () => {
          const head = this.SUBRULE(this.starNamedExpression);
          return this.OR2([
            {
              ALT: () => {
                const generators = this.SUBRULE(this.comprehensionClauses);
                this.CONSUME3(T.RParen);
                return this.comprehension("GeneratorExp", head, generators, this.span(open));
              },
            },
            {
              ALT: () => {
                const elts = this.SUBRULE(this.elementsAfterFirst, { ARGS: [head, open] });
                this.CONSUME4(T.RParen);
                if (this.RECORDING_PHASE) return RECORDING;
                if (elts.length === 1 && this.LA(-1).tokenType !== T.Comma) return this.group(head);
                return sequence("Tuple", elts, "Load", this.span(open));
              },
            },
          ]);
        },
      },
    ]);
  });

  /** `(x)` is x itself; `(*x)` is not allowed. */
  private group(value: Expr): Expr {
    if (value.type === "Starred") throw this.errorAtNode("cannot use starred expression here", value);
    return value;
  }

  /**
   * `, b, c,` after a display's first element: all the elements, the first
   * included. A trailing comma is left consumed (the caller can see it as LA(-1)
   * through the closing bracket).
   */
  private readonly elementsAfterFirst = this.RULE("elementsAfterFirst", (head: Expr, open: IToken): Expr[] => {
    const elts = [head];
    this.MANY({
      GATE: () => this.nextIs(T.Comma) && starExpressionStart.has(this.LA(2).tokenType),
      DEF: () => {
        this.CONSUME(T.Comma);
        elts.push(this.SUBRULE(this.starNamedExpression));
      },
    });
    this.OPTION(() => {
      const comma = this.CONSUME2(T.Comma);
      if (!this.RECORDING_PHASE && (this.nextIs(T.For) || this.nextIs(T.Async))) {
        this.checkComprehensionTarget(elts, comma, open);
      }
    });
    if (!this.RECORDING_PHASE && elts.length > 1 && (this.nextIs(T.For) || this.nextIs(T.Async))) {
      this.checkComprehensionTarget(elts, null, open);
    }
    return elts;
  });

  // -------------------------------------------------------------------------
  // [ ... ] and { ... }

  private readonly listDisplay = this.RULE("listDisplay", (): Expr => {
    const open = this.CONSUME(T.LBracket);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.RBracket);
          return this.RECORDING_PHASE ? RECORDING : sequence("List", [], "Load", this.span(open));
        },
      },
      {
        ALT: () => {
          const head = this.SUBRULE(this.starNamedExpression);
          return this.OR2([
            {
              ALT: () => {
                const generators = this.SUBRULE(this.comprehensionClauses);
                this.CONSUME2(T.RBracket);
                return this.comprehension("ListComp", head, generators, this.span(open));
              },
            },
            {
              ALT: () => {
                const elts = this.SUBRULE(this.elementsAfterFirst, { ARGS: [head, open] });
                this.CONSUME3(T.RBracket);
                return this.RECORDING_PHASE ? RECORDING : sequence("List", elts, "Load", this.span(open));
              },
            },
          ]);
        },
      },
    ]);
  });

  private readonly braceDisplay = this.RULE("braceDisplay", (): Expr => {
    const open = this.CONSUME(T.LBrace);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.RBrace);
          return this.RECORDING_PHASE ? RECORDING : { type: "Dict" as const, keys: [], values: [], ...this.span(open) };
        },
      },
      {
        ALT: () => {
          const stars = this.CONSUME(T.DoubleStar);
          const value = this.SUBRULE(this.bitwiseOr);
          if (!this.RECORDING_PHASE && (this.nextIs(T.For) || this.nextIs(T.Async))) {
            throw this.errorAtToken("dict unpacking cannot be used in dict comprehension", stars);
          }
          return this.SUBRULE(this.dictAfterFirst, { ARGS: [open, null, value] });
        },
      },
      {
        ALT: () => {
          const head = this.SUBRULE(this.starNamedExpression);
          return this.OR2([
            {
              ALT: () => {
                const colon = this.CONSUME(T.Colon);
                if (!this.RECORDING_PHASE) this.checkDictKey(head, colon);
                const value = this.SUBRULE(this.expression);
                return this.OR3([
                  {
                    ALT: () => {
                      const generators = this.SUBRULE(this.comprehensionClauses);
                      this.CONSUME2(T.RBrace);
                      if (this.RECORDING_PHASE) return RECORDING;
                      return { type: "DictComp" as const, key: head, value, generators, ...this.span(open) };
                    },
                  },
                  { ALT: () => this.SUBRULE2(this.dictAfterFirst, { ARGS: [open, head, value] }) },
                ]);
              },
            },
            {
              ALT: () => {
                const generators = this.SUBRULE2(this.comprehensionClauses);
                this.CONSUME3(T.RBrace);
                return this.comprehension("SetComp", head, generators, this.span(open));
              },
            },
            {
              ALT: () => {
                const elts = this.SUBRULE(this.elementsAfterFirst, { ARGS: [head, open] });
                this.CONSUME4(T.RBrace);
                return this.RECORDING_PHASE ? RECORDING : { type: "Set" as const, elts, ...this.span(open) };
              },
            },
          ]);
        },
      },
    ]);
  });

  /** A dict's key must be a plain expression, and a value must follow its `:`. */
  private checkDictKey(key: Expr, colon: IToken): void {
    if (key.type === "Starred") throw this.genericError();
    if (this.nextIs(T.RBrace) || this.nextIs(T.Comma)) {
      throw this.errorAtToken("expression expected after dictionary key and ':'", colon);
    }
    this.checkDictValue();
  }

  /** The rest of a dict after its first item (`key: value`, or `**value` with a null key), up to `}`. */
  private readonly dictAfterFirst = this.RULE("dictAfterFirst", (open: IToken, key: Expr | null, value: Expr): Expr => {
    const keys = [key];
    const values = [value];
    this.MANY({
      GATE: () => this.nextIs(T.Comma) && (expressionStart.has(this.LA(2).tokenType) || this.nextIs(T.DoubleStar, 2)),
      DEF: () => {
        this.CONSUME(T.Comma);
        this.OR([
          {
            ALT: () => {
              this.CONSUME(T.DoubleStar);
              keys.push(null);
              values.push(this.SUBRULE(this.bitwiseOr));
            },
          },
          {
            ALT: () => {
              const k = this.SUBRULE(this.expression);
              if (!this.RECORDING_PHASE && !this.nextIs(T.Colon)) this.checkDictItemEnd(k);
              const colon = this.CONSUME(T.Colon);
              if (!this.RECORDING_PHASE && (this.nextIs(T.RBrace) || this.nextIs(T.Comma))) {
                throw this.errorAtToken("expression expected after dictionary key and ':'", colon);
              }
              if (!this.RECORDING_PHASE) this.checkDictValue();
              keys.push(k);
              values.push(this.SUBRULE2(this.expression));
            },
          },
        ]);
      },
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    this.CONSUME(T.RBrace);
    return this.RECORDING_PHASE ? RECORDING : { type: "Dict", keys, values, ...this.span(open) };
  });

  // -------------------------------------------------------------------------
  // Comprehensions

  private comprehension(type: "ListComp" | "SetComp" | "GeneratorExp", elt: Expr, generators: Comprehension[], pos: Position): Expr {
    if (this.RECORDING_PHASE) return RECORDING;
    if (elt.type === "Starred") throw this.errorAtNode("iterable unpacking cannot be used in comprehension", elt);
    return { type, elt, generators, ...pos };
  }

  readonly comprehensionClauses = this.RULE("comprehensionClauses", (): Comprehension[] => {
    const clauses: Comprehension[] = [];
    this.AT_LEAST_ONE(() => clauses.push(this.SUBRULE(this.comprehensionClause)));
    return clauses;
  });

  private readonly comprehensionClause = this.RULE("comprehensionClause", (): Comprehension => {
    const isAsync = this.OPTION(() => this.CONSUME(T.Async));
    const keyword = this.CONSUME(T.For);
    const target = this.SUBRULE(this.forTargets, { ARGS: [keyword, true] });
    this.CONSUME(T.In);
    const namedBefore = this.namedExpressions;
    const iter = this.SUBRULE(this.disjunction);
    if (!this.RECORDING_PHASE && this.namedExpressions !== namedBefore) this.checkIterable(iter);
    const ifs: Expr[] = [];
    this.MANY(() => {
      this.CONSUME(T.If);
      ifs.push(this.SUBRULE2(this.disjunction));
    });
    return { target, iter, ifs, is_async: isAsync === undefined ? 0 : 1 };
  });

  /**
   * The targets of `for ... in`, as a Store target. They are read as
   * bitwise_or expressions (so that `in` ends them) and then checked.
   */
  readonly forTargets = this.RULE("forTargets", (keyword: IToken, inComprehension: boolean): Expr => {
    const first = this.LA(1);
    const elts = [this.SUBRULE(this.forTarget)];
    this.MANY({
      GATE: () => this.nextIs(T.Comma) && starExpressionStart.has(this.LA(2).tokenType),
      DEF: () => {
        this.CONSUME(T.Comma);
        elts.push(this.SUBRULE2(this.forTarget));
      },
    });
    const trailing = this.OPTION(() => this.CONSUME2(T.Comma));
    if (this.RECORDING_PHASE) return RECORDING;
    const target = elts.length === 1 && trailing === undefined ? elts[0]! : sequence("Tuple", elts, "Load", this.span(first));
    if (inComprehension && !this.nextIs(T.In)) this.forInMissing(keyword, true);
    this.makeTarget(target, "for");
    return target;
  });

  private readonly forTarget = this.RULE("forTarget", (): Expr =>
    this.OR([
      { ALT: () => this.SUBRULE(this.starredBitwiseOr, { ARGS: [false] }) },
      { ALT: () => this.SUBRULE(this.bitwiseOr) },
    ]),
  );

  private checkIterable(iter: Expr): void {
    const named = namedExprInIterable(iter);
    if (named !== null) this.later.noteSymtable("assignment expression cannot be used in a comprehension iterable expression", named);
  }

  /** Turns a parsed expression into a target of this kind, or raises CPython's error. */
  protected makeTarget(target: Expr, kind: TargetKind): void {
    const bad = invalidTarget(target, kind);
    if (bad !== null) throw this.errorAtNode(invalidTargetMessage(bad, kind), bad);
    if (target.type === "Starred" && kind !== "del") {
      this.later.forget(target);
      this.later.noteCodegen("starred assignment target must be in a list or tuple", target);
    }
    setContext(target, kind === "del" ? "Del" : "Store");
  }
}
