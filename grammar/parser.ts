// The Python parser: the grammar's entry points, and the driver that runs a
// parse and turns its failures into CPython's syntax errors.
//
// The parser is a chevrotain EmbeddedActionsParser built up in layers, one
// file per part of the grammar:
//   parser-base.ts        positions, speculation, error helpers
//   parser-parameters.ts  def and lambda parameter lists
//   parser-expressions.ts operators, calls, subscripts, lambda, yield
//   parser-atoms.ts       literals, strings, displays, comprehensions, for-targets
//   expression-errors.ts  CPython's messages for bad expressions
//   parser-statements.ts  simple statements and assignments
//   parser-compound.ts    compound statements and blocks
//   parser-patterns.ts    the patterns of `case` clauses
//   parser-match.ts       match statements
// Building one analyses the whole grammar, which takes a few milliseconds, so
// there is one per thread, made on first use and reused; the bundle's parser
// reads the grammar's shape from the build's snapshot (gast-snapshot.ts)
// instead of recording it, the slowest part of that analysis.
//
// F-string fields are parsed after the parse that met their f-string (one
// parser cannot stop halfway for another parse). When a parse fails, the
// fields it had already met are parsed first: an error in one of them lies
// earlier in the file, and CPython would have reported it first.

import type { IProduction, IRecognitionException, IToken } from "chevrotain";
import { EmbeddedActionsParser } from "./chevrotain.js";
import { readGrammarSnapshot } from "./gast-snapshot.js";
import type { Expr, Mod, Stmt } from "./ast.js";
import { PySyntaxError } from "./errors.js";
import type { PendingField } from "./fstring-ast.js";
import { LaterErrors } from "./later-checks.js";
import { tokenize } from "./lexer.js";
import { pass } from "./nodes.js";
import { expressionStart, RECORDING } from "./parser-base.js";
import { MatchStatementParser } from "./parser-match.js";
import { ErrorLocator, tokenSpan } from "./syntax-location.js";
import * as T from "./tokens.js";

export type ParseMode = "exec" | "eval" | "single";

/** chevrotain's own recording of the grammar (see topLevelRuleRecord below), a part of its parser that its types do not show. */
const recording = EmbeddedActionsParser.prototype as unknown as {
  topLevelRuleRecord(this: PythonParser, name: string, grammarAction: () => unknown): IProduction;
  enableRecording(this: PythonParser): void;
  disableRecording(this: PythonParser): void;
};
const recordRule = recording.topLevelRuleRecord;

export class PythonParser extends MatchStatementParser {
  private readonly fileInput = this.RULE("fileInput", (): Stmt[] => {
    const body: Stmt[] = [];
    this.MANY(() => this.append(body, this.SUBRULE(this.statement)));
    this.CONSUME(T.EndMarker);
    return body;
  });

  private readonly evalInput = this.RULE("evalInput", (): Expr => {
    const body = this.SUBRULE(this.expressionList);
    this.MANY(() => this.CONSUME(T.Newline));
    this.CONSUME(T.EndMarker);
    return body;
  });

  /** One interactive statement, as the REPL compiles it. */
  private readonly singleInput = this.RULE("singleInput", (): Stmt[] => {
    const body = this.OR([
      { ALT: () => this.SUBRULE(this.statement) },
      {
        ALT: () => {
          const newline = this.CONSUME(T.Newline);
          return this.RECORDING_PHASE ? [] : [pass(newline)];
        },
      },
      { ALT: () => [] as Stmt[] },
    ]);
    this.MANY(() => this.CONSUME2(T.Newline));
    if (!this.RECORDING_PHASE && !this.nextIs(T.EndMarker)) {
      throw this.errorAtToken("multiple statements found while compiling a single statement", this.LA(1));
    }
    this.CONSUME(T.EndMarker);
    return body;
  });

  /** The expression of an f-string's replacement field. */
  private readonly fieldInput = this.RULE("fieldInput", (): Expr => {
    const value = this.SUBRULE(this.assignedValue);
    this.CONSUME(T.EndMarker);
    return value;
  });

  /** expressions: what `eval` reads, a Tuple when there is a comma. */
  private readonly expressionList = this.RULE("expressionList", (): Expr => {
    const first = this.LA(1);
    const elts = [this.SUBRULE(this.expression)];
    this.MANY({
      GATE: () => this.nextIs(T.Comma) && expressionStart.has(this.LA(2).tokenType),
      DEF: () => {
        this.CONSUME(T.Comma);
        elts.push(this.SUBRULE2(this.expression));
      },
    });
    const trailing = this.OPTION(() => this.CONSUME2(T.Comma));
    if (this.RECORDING_PHASE) return RECORDING;
    if (elts.length === 1 && trailing === undefined) return elts[0]!;
    return { type: "Tuple", elts, ctx: "Load", ...this.span(first) };
  });

  /** The rules read back from the build's snapshot of the grammar (gast-snapshot.ts), or null. */
  private snapshotRules: Map<string, IProduction> | null = null;

  /**
   * `validate` runs chevrotain's grammar checks too, which the tests want
   * and start-up does not. `snapshot` holds rules read back from a snapshot
   * (by default, the build's, where there is one and the parser does not
   * validate); the parser records the grammar itself unless the snapshot
   * has exactly its rules.
   */
  constructor(validate = false, snapshot: Map<string, IProduction> | null = validate ? null : readGrammarSnapshot(T.allTokens)) {
    super(validate);
    const ruleNames = (this as unknown as { definedRulesNames: string[] }).definedRulesNames;
    if (snapshot !== null && snapshot.size === ruleNames.length && ruleNames.every((name) => snapshot.has(name))) {
      this.snapshotRules = snapshot;
    }
    this.performSelfAnalysis();
  }

  /** The rules as chevrotain recorded them while analysing the grammar, for the build's snapshot. */
  recordedRules(): IProduction[] {
    return Object.values((this as unknown as { gastProductionsCache: Record<string, IProduction> }).gastProductionsCache);
  }

  /** chevrotain's analysis records each rule through this method; a rule from the snapshot needs no recording. */
  topLevelRuleRecord(name: string, grammarAction: () => unknown): IProduction {
    return this.snapshotRules?.get(name) ?? recordRule.call(this, name, grammarAction);
  }

  /**
   * Before recording, chevrotain puts recording versions of its DSL methods
   * on the parser itself, and deletes them afterwards, which costs several
   * milliseconds and leaves the parser an object with deleted properties.
   * With the snapshot nothing is recorded, so neither is needed.
   */
  enableRecording(): void {
    if (this.snapshotRules === null) recording.enableRecording.call(this);
  }

  disableRecording(): void {
    if (this.snapshotRules === null) recording.disableRecording.call(this);
  }

  // -------------------------------------------------------------------------
  // Running a parse

  /** Parses a file's tokens; throws PySyntaxError. */
  parseTokens(tokens: IToken[], mode: ParseMode, filename: string, source: string): Mod {
    this.locate = new ErrorLocator(filename, source);
    this.bracketBase = 0;
    this.later = new LaterErrors();
    this.statementStart = -1;
    this.furthestRead = -1;
    this.inFunctionBody = false;
    const tree = this.parseMode(tokens, mode);
    const later = this.later.first(this.locate);
    if (later !== null) throw later;
    return tree;
  }

  private parseMode(tokens: IToken[], mode: ParseMode): Mod {
    switch (mode) {
      case "exec":
        return { type: "Module", body: this.parseWithFields(tokens, this.fileInput, null) };
      case "eval":
        return { type: "Expression", body: this.parseWithFields(tokens, this.evalInput, null) };
      case "single":
        return { type: "Interactive", body: this.parseWithFields(tokens, this.singleInput, null) };
    }
  }

  /**
   * Runs `rule` over `tokens`, then parses the f-string fields met on the
   * way. `field` is the field being parsed, when this is a field's parse.
   */
  private parseWithFields<R>(tokens: IToken[], rule: () => R, field: PendingField | null): R {
    const outerFields = this.pendingFields;
    this.pendingFields = [];
    try {
      let value: R;
      try {
        value = this.runRule(tokens, rule, field);
      } catch (e) {
        if (e instanceof PySyntaxError) this.parseFields(this.pendingFields);
        throw e;
      }
      this.parseFields(this.pendingFields);
      return value;
    } finally {
      this.pendingFields = outerFields;
    }
  }

  private runRule<R>(tokens: IToken[], rule: () => R, field: PendingField | null): R {
    this.input = tokens;
    let value: R;
    try {
      value = rule.call(this);
    } catch (e) {
      if (e instanceof RangeError) throw this.tooDeep();
      throw e;
    }
    const failure = this.errors[0];
    if (failure !== undefined) {
      throw field === null ? this.recognitionError(failure) : this.fieldError(tokens, field, failure);
    }
    return value;
  }

  private parseFields(fields: PendingField[]): void {
    for (const pending of fields) {
      const { field } = pending;
      const tokens = tokenize(field.source, {
        filename: this.locate.filename,
        startLine: field.line,
        startColumn: field.column,
        insideBrackets: true,
        fileSource: this.locate.fileSource,
      });
      const base = this.bracketBase;
      this.bracketBase = 1;
      try {
        pending.node.value = this.parseWithFields(tokens, this.fieldInput, pending);
      } finally {
        this.bracketBase = base;
      }
    }
  }

  /**
   * Nesting deeper than the JavaScript stack allows (about 120 brackets on
   * Node's main thread, far more on a worker with a larger stack). CPython
   * raises MemoryError with this message for sources past its own limit.
   */
  private tooDeep(): PySyntaxError {
    const token = this.tokenAt(Math.max(this.tokenIndex, 0));
    return this.locate.atToken("Parser stack overflowed - Python source too complex to parse", token);
  }

  /** A parse that chevrotain could not continue: "invalid syntax" where it stopped. */
  private recognitionError(failure: IRecognitionException): PySyntaxError {
    const token = failure.token;
    const noColon = this.statementStart >= 0 ? this.matchWithoutColon(this.statementStart) : null;
    if (noColon !== null) return this.errorAtToken("expected ':'", noColon);
    const furthest = this.furthestRead >= 0 ? this.tokenAt(this.furthestRead) : undefined;
    if (furthest !== undefined && this.input.indexOf(token) < this.furthestRead) {
      return this.locate.atToken("invalid syntax", furthest);
    }
    if (token.tokenType === T.Indent) return this.locate.atToken("unexpected indent", token, "IndentationError");
    if (token.tokenType === T.Dedent) return this.locate.atToken("unexpected unindent", token, "IndentationError");
    return this.locate.atToken("invalid syntax", token);
  }

  /** A field that does not parse: CPython's invalid_fstring_replacement_field messages. */
  private fieldError(tokens: IToken[], pending: PendingField, failure: IRecognitionException): PySyntaxError {
    const first = tokens[0]!;
    const end = pending.terminator;
    const terminator = { lineno: end.line, col_offset: end.column, end_lineno: end.endLine, end_col_offset: end.endColumn };
    if (first.tokenType === T.Lambda && end.kind === ":") {
      return this.errorOverRange("f-string: lambda expressions are not allowed without parentheses", tokenSpan(first, first), terminator);
    }
    const prefix = this.longestExpressionPrefix(tokens, tokens.indexOf(failure.token));
    if (prefix === 0) return this.errorAtToken("f-string: expecting a valid expression after '{'", first);
    return this.errorAtToken("f-string: expecting '=', or '!', or ':', or '}'", tokens[prefix]!);
  }

  /**
   * How many of the field's tokens, at most `limit`, form an expression on
   * their own: CPython's parser backtracks to the longest one that does.
   */
  private longestExpressionPrefix(tokens: IToken[], limit: number): number {
    const end = tokens[tokens.length - 1]!;
    const fields = this.pendingFields.length;
    for (let count = Math.min(limit < 0 ? tokens.length - 1 : limit, tokens.length - 1); count > 0; count--) {
      this.input = [...tokens.slice(0, count), end];
      this.quiet++;
      try {
        this.fieldInput();
      } catch {
        continue;
      } finally {
        this.quiet--;
      }
      this.pendingFields.length = fields;
      if (this.errors.length === 0) return count;
    }
    return 0;
  }
}

let shared: PythonParser | null = null;

/** The parser of this thread, built on first use. */
export function pythonParser(): PythonParser {
  shared ??= new PythonParser();
  return shared;
}
