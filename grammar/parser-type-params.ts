// Type parameter lists (PEP 695, with PEP 696's defaults): `[T, T: bound,
// T: (constraints), *Ts, **P, T = default]` after the name of a `def`, a
// `class` or a `type` statement, and the `type` statement itself.
//
// `type` is a soft keyword: a statement is a type alias only when it begins
// with the name `type` followed by a name and then `=` or `[` (no other
// statement can begin so), which leaves `type = 1` and `type(x)` alone.

import type { IToken } from "chevrotain";
import type { Expr, Stmt, TypeParam } from "./ast.js";
import { ExpressionDiagnostics } from "./expression-errors.js";
import { identifier } from "./identifiers.js";
import { name } from "./nodes.js";
import { RECORDING } from "./parser-base.js";
import { tokenSpan } from "./syntax-location.js";
import * as T from "./tokens.js";

export abstract class TypeParameterParser extends ExpressionDiagnostics {
  /** `[` type_param, ... `]`, the brackets included. */
  protected readonly typeParams = this.RULE("typeParams", (): TypeParam[] => {
    const open = this.CONSUME(T.LBracket);
    if (!this.RECORDING_PHASE && this.nextIs(T.RBracket)) {
      throw this.locate.startingFrom("Type parameter list cannot be empty", tokenSpan(this.LA(1), this.LA(1)), this.LA(1));
    }
    const params = [this.SUBRULE(this.typeParam)];
    this.MANY({
      GATE: () => this.nextIs(T.Comma) && !this.nextIs(T.RBracket, 2),
      DEF: () => {
        this.CONSUME(T.Comma);
        params.push(this.SUBRULE2(this.typeParam));
      },
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    this.CONSUME(T.RBracket);
    void open;
    return params;
  });

  private readonly typeParam = this.RULE("typeParam", (): TypeParam =>
    this.OR([
      { ALT: () => this.SUBRULE(this.typeVar) },
      { ALT: () => this.SUBRULE(this.starredTypeParam, { ARGS: [this.CONSUME(T.Star), "TypeVarTuple"] }) },
      { ALT: () => this.SUBRULE2(this.starredTypeParam, { ARGS: [this.CONSUME(T.DoubleStar), "ParamSpec"] }) },
    ]),
  );

  private readonly typeVar = this.RULE("typeVar", (): TypeParam => {
    const first = this.CONSUME(T.Name);
    const bound = this.OPTION(() => {
      this.CONSUME(T.Colon);
      return this.SUBRULE(this.expression);
    });
    const value = this.OPTION2(() => {
      this.CONSUME(T.Equal);
      return this.SUBRULE2(this.expression);
    });
    if (this.RECORDING_PHASE) return RECORDING as never;
    return { type: "TypeVar", name: identifier(first), bound: bound ?? null, default_value: value ?? null, ...this.span(first) };
  });

  /** `*Ts` or `**P`, which take a default but neither a bound nor constraints. */
  private readonly starredTypeParam = this.RULE("starredTypeParam", (star: IToken, kind: "TypeVarTuple" | "ParamSpec"): TypeParam => {
    const id = this.CONSUME(T.Name);
    if (!this.RECORDING_PHASE && this.nextIs(T.Colon)) this.rejectBound(kind);
    const value = this.OPTION(() => {
      this.CONSUME(T.Equal);
      return kind === "TypeVarTuple" ? this.SUBRULE(this.starExpression) : this.SUBRULE(this.expression);
    });
    if (this.RECORDING_PHASE) return RECORDING as never;
    return { type: kind, name: identifier(id), default_value: value ?? null, ...this.span(star) };
  });

  private rejectBound(kind: "TypeVarTuple" | "ParamSpec"): void {
    const colon = this.LA(1);
    const bound = this.speculate(() => {
      this.CONSUME(T.Colon);
      return this.expression();
    });
    if (bound === null) return;
    const what = bound.value.type === "Tuple" ? "constraints" : "bound";
    throw this.locate.startingFrom(`cannot use ${what} with ${kind}`, tokenSpan(colon, colon), this.tokenAt(bound.lastIndex + 1));
  }

  // -------------------------------------------------------------------------
  // The type statement

  /** Whether the statement ahead is `type Name =` or `type Name[`. */
  protected typeAliasAhead(): boolean {
    const first = this.LA(1);
    if (first.tokenType !== T.Name || first.image !== "type" || !this.nextIs(T.Name, 2)) return false;
    return this.nextIs(T.Equal, 3) || this.nextIs(T.LBracket, 3);
  }

  protected readonly typeAlias = this.RULE("typeAlias", (): Stmt => {
    const keyword = this.CONSUME(T.Name);
    const id = this.CONSUME2(T.Name);
    const params = this.OPTION(() => this.SUBRULE(this.typeParams));
    this.CONSUME(T.Equal);
    const value: Expr = this.SUBRULE(this.expression);
    if (this.RECORDING_PHASE) return RECORDING as never;
    return {
      type: "TypeAlias",
      name: name(identifier(id), "Store", tokenSpan(id, id)),
      type_params: params ?? [],
      value,
      ...this.span(keyword),
    };
  });
}
