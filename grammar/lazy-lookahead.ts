// Lookahead decisions computed when first taken, not all up front.
//
// chevrotain's performSelfAnalysis builds a lookahead function for every
// choice in the grammar (each OR, OPTION and MANY) before the first parse,
// which costs tens of milliseconds: most of the parser's start-up time. This
// strategy hands chevrotain a stand-in for each one that builds the real
// function, with chevrotain's own LL(k) strategy, on its first call. A short
// program therefore only pays for the decisions it reaches; a long one pays
// the same total as before, spread over its parse. Grammar validation, which
// only the tests run, is unchanged.

import type { ILookaheadStrategy, ILookaheadValidationError, IOrAlt, Rule, TokenType } from "chevrotain";
import { LLkLookaheadStrategy } from "./chevrotain.js";

type AlternationOptions = Parameters<ILookaheadStrategy["buildLookaheadForAlternation"]>[0];
type OptionalOptions = Parameters<ILookaheadStrategy["buildLookaheadForOptional"]>[0];
type ChooseAlternative = (this: unknown, alts?: IOrAlt<unknown>[]) => number | undefined;
type TakeOptional = (this: unknown) => boolean;

export class LazyLookaheadStrategy implements ILookaheadStrategy {
  private readonly eager: ILookaheadStrategy;

  constructor(maxLookahead: number) {
    this.eager = new LLkLookaheadStrategy({ maxLookahead });
  }

  validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }): ILookaheadValidationError[] {
    return this.eager.validate(options);
  }

  initialize(options: { rules: Rule[] }): void {
    this.eager.initialize?.(options);
  }

  buildLookaheadForAlternation(options: AlternationOptions): ChooseAlternative {
    const eager = this.eager;
    let built: ChooseAlternative | null = null;
    return function chooseAlternative(this: unknown, alts?: IOrAlt<unknown>[]): number | undefined {
      built ??= eager.buildLookaheadForAlternation(options) as ChooseAlternative;
      return built.call(this, alts);
    };
  }

  buildLookaheadForOptional(options: OptionalOptions): TakeOptional {
    const eager = this.eager;
    let built: TakeOptional | null = null;
    return function takeOptional(this: unknown): boolean {
      built ??= eager.buildLookaheadForOptional(options) as TakeOptional;
      return built.call(this);
    };
  }
}

