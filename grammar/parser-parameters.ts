// The parameter lists of `def` and `lambda`.
//
// Rather than CPython's dozen rules that encode the order of parameters in the
// grammar, a parameter list is read as a flat, comma-separated run of items
// (`/`, `*`, `*args`, `**kwargs`, `name`, `name=default`) and then checked and
// sorted into an `arguments` node. The checks raise CPython's messages, at the
// places CPython reports them.

import type { IToken, ParserMethod } from "chevrotain";
import type { Arg, Arguments, Expr } from "./ast.js";
import { arg, emptyArguments } from "./nodes.js";
import { ParserBase, RECORDING } from "./parser-base.js";
import { tokenSpan } from "./syntax-location.js";
import * as T from "./tokens.js";

type ParameterItem =
  | { kind: "slash"; token: IToken }
  | { kind: "star"; token: IToken; arg: Arg | null }
  | { kind: "doubleStar"; token: IToken; arg: Arg }
  | { kind: "plain"; arg: Arg; value: Expr | null };

/** Whether parameters may carry annotations (`def`) or not (`lambda`). */
type ParameterStyle = "def" | "lambda";

export abstract class ParameterParser extends ParserBase {
  protected abstract readonly expression: ParserMethod<[], Expr>;
  protected abstract readonly starExpression: ParserMethod<[], Expr>;

  /** The parameters between `def f(` and `)`, or between `lambda` and `:`. */
  readonly parameters = this.RULE("parameters", (style: ParameterStyle): Arguments => {
    const items: ParameterItem[] = [];
    items.push(this.SUBRULE(this.parameter, { ARGS: [style] }));
    this.MANY({
      GATE: () => this.nextIs(T.Comma) && this.startsParameter(this.LA(2)),
      DEF: () => {
        this.CONSUME(T.Comma);
        items.push(this.SUBRULE2(this.parameter, { ARGS: [style] }));
      },
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    if (this.RECORDING_PHASE) return RECORDING as never;
    this.checkParameterEnd(items, style);
    return this.arrangeParameters(items, style);
  });

  private readonly parameter = this.RULE("parameter", (style: ParameterStyle): ParameterItem =>
    this.OR([
      { ALT: () => ({ kind: "slash" as const, token: this.CONSUME(T.Slash) }) },
      {
        ALT: () => {
          const token = this.CONSUME(T.Star);
          const named = this.OPTION(() => this.SUBRULE(this.parameterName, { ARGS: [style, true] }));
          if (!this.RECORDING_PHASE && named !== undefined && this.nextIs(T.Equal)) {
            throw this.errorAtToken("var-positional argument cannot have default value", this.LA(1));
          }
          return { kind: "star" as const, token, arg: named ?? null };
        },
      },
      {
        ALT: () => {
          const token = this.CONSUME(T.DoubleStar);
          const named = this.SUBRULE2(this.parameterName, { ARGS: [style, false] });
          if (!this.RECORDING_PHASE && this.nextIs(T.Equal)) {
            throw this.errorAtToken("var-keyword argument cannot have default value", this.LA(1));
          }
          return { kind: "doubleStar" as const, token, arg: named };
        },
      },
      {
        ALT: () => {
          const named = this.SUBRULE3(this.parameterName, { ARGS: [style, false] });
          const value = this.OPTION2(() => {
            const equal = this.CONSUME(T.Equal);
            if (!this.RECORDING_PHASE && (this.nextIs(T.RParen) || this.nextIs(T.Comma))) {
              throw this.errorAtToken("expected default value expression", equal);
            }
            return this.SUBRULE(this.expression);
          });
          return { kind: "plain" as const, arg: named, value: value ?? null };
        },
      },
      { ALT: () => this.SUBRULE(this.parenthesizedParameters, { ARGS: [style] }) },
    ]),
  );

  /** `name`, or `name: annotation` in a def (`*args` may be annotated with a starred expression). */
  private readonly parameterName = this.RULE("parameterName", (style: ParameterStyle, starred: boolean): Arg => {
    const token = this.CONSUME(T.Name);
    const annotation = this.OPTION({
      GATE: () => style === "def",
      DEF: () => {
        this.CONSUME(T.Colon);
        return this.OR({
          IGNORE_AMBIGUITIES: true,
          DEF: [
            { GATE: () => starred, ALT: () => this.SUBRULE(this.starExpression) },
            { ALT: () => this.SUBRULE(this.expression) },
          ],
        });
      },
    });
    if (this.RECORDING_PHASE) return RECORDING as never;
    return arg(token, annotation ?? null, this.span(token));
  });

  /** `(a, b)` where a parameter should be: only ever an error. */
  private readonly parenthesizedParameters = this.RULE("parenthesizedParameters", (style: ParameterStyle): never => {
    const open = this.CONSUME(T.LParen);
    this.CONSUME(T.Name);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.CONSUME2(T.Name);
    });
    const close = this.CONSUME(T.RParen);
    if (this.RECORDING_PHASE) return RECORDING as never;
    const what = style === "def" ? "Function parameters" : "Lambda expression parameters";
    throw this.errorOverRange(`${what} cannot be parenthesized`, tokenSpan(open, open), tokenSpan(close, close));
  });

  private startsParameter(token: IToken): boolean {
    const type = token.tokenType;
    return type === T.Name || type === T.Star || type === T.DoubleStar || type === T.Slash || type === T.LParen;
  }

  /** Where the list ends: a bare `*` needs named parameters after it. */
  private checkParameterEnd(items: ParameterItem[], style: ParameterStyle): void {
    const last = items[items.length - 1]!;
    if (last.kind === "star" && last.arg === null) throw this.bareStarError(last.token, style);
    if (this.nextIs(T.Star) && items.some((item) => item.kind === "slash") && last.kind === "slash") {
      throw this.errorAtToken("expected comma between / and *", this.LA(1));
    }
  }

  private bareStarError(star: IToken, style: ParameterStyle): never {
    const msg = "named arguments must follow bare *";
    // CPython reports the lambda case at the last token it read, the `:` or `,`.
    throw style === "def" ? this.errorAtToken(msg, star) : this.errorAtToken(msg, this.tokenAt(this.tokenIndex + 1));
  }

  /** Checks the order of the items and sorts them into CPython's `arguments`. */
  private arrangeParameters(items: ParameterItem[], style: ParameterStyle): Arguments {
    const result = emptyArguments();
    let section: "positional" | "keyword" | "closed" = "positional";
    let sawSlash = false;
    let sawDefault = false;
    let sawPlain = false;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (section === "closed") {
        const at = item.kind === "plain" ? item.arg : tokenSpan(item.token, item.token);
        throw this.errorAtNode("arguments cannot follow var-keyword argument", at);
      }
      switch (item.kind) {
        case "slash":
          if (!sawPlain) throw this.errorAtToken("at least one argument must precede /", item.token);
          if (sawSlash) throw this.errorAtToken("/ may appear only once", item.token);
          if (section === "keyword") throw this.errorAtToken("/ must be ahead of *", item.token);
          sawSlash = true;
          result.posonlyargs = result.args;
          result.args = [];
          break;
        case "star":
          if (section === "keyword") throw this.errorAtToken("* argument may appear only once", item.token);
          if (item.arg === null) this.checkBareStar(items, i, style);
          section = "keyword";
          result.vararg = item.arg;
          break;
        case "doubleStar":
          section = "closed";
          result.kwarg = item.arg;
          break;
        case "plain":
          sawPlain = true;
          if (section === "keyword") {
            result.kwonlyargs.push(item.arg);
            result.kw_defaults.push(item.value);
          } else {
            if (item.value === null && sawDefault) {
              throw this.errorAtNode("parameter without a default follows parameter with a default", item.arg);
            }
            if (item.value !== null) {
              sawDefault = true;
              result.defaults.push(item.value);
            }
            result.args.push(item.arg);
          }
          break;
      }
    }
    return result;
  }

  /** A bare `*` must be followed by a named parameter, not by `**kwargs`. */
  private checkBareStar(items: ParameterItem[], at: number, style: ParameterStyle): void {
    const next = items[at + 1];
    if (next === undefined || next.kind === "doubleStar") {
      const star = (items[at] as { token: IToken }).token;
      throw style === "def" ? this.errorAtToken("named arguments must follow bare *", star)
        : this.errorAtToken("named arguments must follow bare *", this.tokenAfter(star, 2));
    }
  }

  /** The token `count` places after `token` in the input. */
  protected tokenAfter(token: IToken, count: number): IToken {
    let i = this.tokenIndex;
    while (i >= 0 && this.tokenAt(i) !== token) i--;
    return this.tokenAt(Math.min(i + count, this.tokenIndex + 1));
  }
}
