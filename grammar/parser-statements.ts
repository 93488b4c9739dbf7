// Simple statements: expression statements and assignments, and the ones a
// keyword begins (pass, return, raise, del, import, global, ...).
//
// An assignment's left side is read as an expression before the `=` shows it
// to be a target (targets.ts turns it into one). When it cannot be a target,
// the error is chosen as CPython's invalid_assignment rule chooses it.

import type { IOrAlt, IToken } from "chevrotain";
import type { Alias, Attribute, Expr, Name, Operator, Stmt, Subscript } from "./ast.js";
import { identifier } from "./identifiers.js";
import { TypeParameterParser } from "./parser-type-params.js";
import { expressionStart, RECORDING } from "./parser-base.js";
import { tokenSpan } from "./syntax-location.js";
import { expressionName, invalidTarget, invalidTargetMessage } from "./targets.js";
import * as T from "./tokens.js";

const STMT = RECORDING as unknown as Stmt;

export abstract class StatementParser extends TypeParameterParser {
  /** Whether the statements being read are a function's body, whose variable annotations CPython never compiles. */
  protected inFunctionBody = false;
  /** Where the expression statement being read began, to recognise `match` and `type` statements. */
  protected statementStart = -1;

  /** Simple statements separated by `;`, up to the end of the line. */
  readonly simpleStatements = this.RULE("simpleStatements", (): Stmt[] => {
    const statements = [this.SUBRULE(this.simpleStatement)];
    this.MANY({
      GATE: () => this.nextIs(T.Semi) && !this.nextIs(T.Newline, 2),
      DEF: () => {
        this.CONSUME(T.Semi);
        statements.push(this.SUBRULE2(this.simpleStatement));
      },
    });
    this.OPTION(() => this.CONSUME2(T.Semi));
    this.CONSUME(T.Newline);
    return statements;
  });

  private readonly simpleStatement = this.RULE("simpleStatement", (): Stmt => this.OR(this.simpleStatementChoices));

  private readonly simpleStatementChoices: IOrAlt<Stmt>[] = [
      {
        GATE: () => this.typeAliasAhead(),
        IGNORE_AMBIGUITIES: true,
        ALT: () => this.SUBRULE(this.typeAlias),
      },
      { ALT: () => this.SUBRULE(this.expressionStatement) },
      { ALT: () => this.keywordOnly(this.CONSUME(T.Pass), "Pass") },
      { ALT: () => this.keywordOnly(this.CONSUME(T.Break), "Break") },
      { ALT: () => this.keywordOnly(this.CONSUME(T.Continue), "Continue") },
      { ALT: () => this.SUBRULE(this.returnStatement) },
      { ALT: () => this.SUBRULE(this.raiseStatement) },
      { ALT: () => this.SUBRULE(this.globalStatement) },
      { ALT: () => this.SUBRULE(this.deleteStatement) },
      { ALT: () => this.SUBRULE(this.assertStatement) },
      { ALT: () => this.SUBRULE(this.importStatement) },
      { ALT: () => this.SUBRULE(this.fromImportStatement) },
  ];

  private keywordOnly(token: IToken, type: "Pass" | "Break" | "Continue"): Stmt {
    return this.RECORDING_PHASE ? STMT : { type, ...tokenSpan(token, token) };
  }

  // -------------------------------------------------------------------------
  // Expression statements and assignments

  /** yield_expr or star_expressions: what may stand right of `=`. */
  protected readonly assignedValue = this.RULE("assignedValue", (): Expr => this.OR(this.assignedValueChoices));

  private readonly assignedValueChoices: IOrAlt<Expr>[] = [
    { ALT: () => this.SUBRULE(this.yieldExpression) },
    { ALT: () => this.SUBRULE(this.starExpressions) },
  ];

  private readonly expressionStatement = this.RULE("expressionStatement", (): Stmt => {
    const first = this.LA(1);
    this.statementStart = this.tokenIndex + 1;
    const head = this.SUBRULE(this.assignedValue);
    if (!this.RECORDING_PHASE && (this.nextIs(T.Newline) || this.nextIs(T.Semi))) {
      return { type: "Expr", value: head, ...this.statementSpan(first) };
    }
    const statement = this.OPTION(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.annotatedAssignment, { ARGS: [first, head] }) },
        { ALT: () => this.SUBRULE(this.augmentedAssignment, { ARGS: [first, head] }) },
        { ALT: () => this.SUBRULE(this.assignment, { ARGS: [first, head] }) },
      ]),
    );
    if (this.RECORDING_PHASE) return STMT;
    return statement ?? { type: "Expr", value: head, ...this.statementSpan(first) };
  });

  private readonly assignment = this.RULE("assignment", (first: IToken, head: Expr): Stmt => {
    const parts = [head];
    const starts = [first];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.Equal);
      starts.push(this.LA(1));
      parts.push(this.SUBRULE(this.assignedValue));
    });
    if (this.RECORDING_PHASE) return STMT;
    const value = parts.pop()!;
    this.checkAssignmentTargets(first, parts, starts);
    for (const target of parts) this.makeTarget(target, "assign");
    return { type: "Assign", targets: parts, value, ...this.statementSpan(first) };
  });

  /** invalid_assignment, for a chain `t1 = t2 = ... = value` with a bad target. */
  private checkAssignmentTargets(first: IToken, targets: Expr[], starts: IToken[]): void {
    // A bare `yield` (not in parentheses) is read as a yield expression, not as a target.
    const bareYield = (i: number): boolean => starts[i]!.tokenType === T.Yield;
    const badIndex = targets.findIndex((t, i) => bareYield(i) || invalidTarget(t, "assign") !== null);
    if (badIndex < 0) return;
    const bad = targets[badIndex]!;
    this.checkFirstTargetAsComparison(first, targets[0]!);
    if (bareYield(badIndex)) throw this.errorAtNode("assignment to yield expression not possible", bad);
    const part = invalidTarget(bad, "assign")!;
    throw this.errorAtNode(invalidTargetMessage(part, "assign"), part);
  }

  /**
   * Before blaming a target, CPython reads the statement's start as a named
   * expression, which reports `f() = 1` and `x = a if b else c = 1` as a
   * comparison written with `=`. Of a tuple without parentheses, only the last
   * element stands before the `=`.
   */
  private checkFirstTargetAsComparison(first: IToken, target: Expr): void {
    const here = this.tokenIndex;
    let start = here;
    while (start > 0 && this.tokenAt(start) !== first) start--;
    let equal = start;
    while (this.tokenAt(equal).tokenType !== T.Equal) equal++;
    let element = target;
    let elementFirst = first;
    if (target.type === "Tuple" && this.startsAt(target, first) && first.tokenType !== T.LParen) {
      element = target.elts[target.elts.length - 1]!;
      elementFirst = this.tokenStarting(element, start, equal);
    }
    // Stand just before the first `=`, as the check expects.
    this.tokenIndex = equal - 1;
    try {
      this.checkEqualInsteadOfComparison(elementFirst, element);
    } finally {
      this.tokenIndex = here;
    }
  }

  /** The token between `from` and `to` where `node` starts, counting any parentheses around it. */
  private tokenStarting(node: Expr, from: number, to: number): IToken {
    let i = from;
    while (i < to && !(this.tokenAt(i).startLine === node.lineno && this.tokenAt(i).startColumn === node.col_offset)) i++;
    // Opening parentheses right before the node belong to it.
    while (i > from && this.tokenAt(i - 1).tokenType === T.LParen) i--;
    return this.tokenAt(i);
  }

  private readonly augmentedAssignment = this.RULE("augmentedAssignment", (first: IToken, target: Expr): Stmt => {
    const op = this.SUBRULE(this.augmentedOperator);
    const value = this.SUBRULE(this.assignedValue);
    if (this.RECORDING_PHASE) return STMT;
    if (target.type !== "Name" && target.type !== "Attribute" && target.type !== "Subscript") {
      throw this.errorAtNode(`'${expressionName(target)}' is an illegal expression for augmented assignment`, target);
    }
    target.ctx = "Store";
    return { type: "AugAssign", target, op, value, ...this.statementSpan(first) };
  });

  private readonly augmentedOperator = this.RULE("augmentedOperator", (): Operator =>
    this.OR([
      { ALT: () => (this.CONSUME(T.PlusEqual), "Add" as const) },
      { ALT: () => (this.CONSUME(T.MinEqual), "Sub" as const) },
      { ALT: () => (this.CONSUME(T.StarEqual), "Mult" as const) },
      { ALT: () => (this.CONSUME(T.AtEqual), "MatMult" as const) },
      { ALT: () => (this.CONSUME(T.SlashEqual), "Div" as const) },
      { ALT: () => (this.CONSUME(T.PercentEqual), "Mod" as const) },
      { ALT: () => (this.CONSUME(T.AmperEqual), "BitAnd" as const) },
      { ALT: () => (this.CONSUME(T.VBarEqual), "BitOr" as const) },
      { ALT: () => (this.CONSUME(T.CircumflexEqual), "BitXor" as const) },
      { ALT: () => (this.CONSUME(T.LeftShiftEqual), "LShift" as const) },
      { ALT: () => (this.CONSUME(T.RightShiftEqual), "RShift" as const) },
      { ALT: () => (this.CONSUME(T.DoubleStarEqual), "Pow" as const) },
      { ALT: () => (this.CONSUME(T.DoubleSlashEqual), "FloorDiv" as const) },
    ]),
  );

  private readonly annotatedAssignment = this.RULE("annotatedAssignment", (first: IToken, target: Expr): Stmt => {
    this.CONSUME(T.Colon);
    const notes = this.later.mark();
    const annotation = this.SUBRULE(this.expression);
    // CPython does not compile the annotation of a variable in a function, so it finds nothing wrong there.
    if (this.inFunctionBody && !this.RECORDING_PHASE) this.later.rewind(notes);
    const value = this.OPTION(() => {
      this.CONSUME(T.Equal);
      return this.SUBRULE(this.assignedValue);
    });
    if (this.RECORDING_PHASE) return STMT;
    this.checkAnnotationTarget(first, target);
    (target as Name | Attribute | Subscript).ctx = "Store";
    const simple = target.type === "Name" && this.startsAt(target, first) ? 1 : 0;
    return { type: "AnnAssign", target, annotation, value: value ?? null, simple, ...this.statementSpan(first) };
  });

  private startsAt(node: Expr, token: IToken): boolean {
    return node.lineno === token.startLine && node.col_offset === token.startColumn;
  }

  /** Only a name, an attribute or a subscript can be annotated. */
  private checkAnnotationTarget(first: IToken, target: Expr): void {
    if (target.type === "Name" || target.type === "Attribute" || target.type === "Subscript") return;
    if (target.type === "List" || (target.type === "Tuple" && this.startsAt(target, first) && first.tokenType === T.LParen)) {
      throw this.errorAtNode(`only single target (not ${expressionName(target)}) can be annotated`, target);
    }
    if (target.type === "Tuple") {
      throw this.errorAtNode("only single target (not tuple) can be annotated", target.elts[0]!);
    }
    throw this.errorAtNode("illegal target for annotation", target);
  }

  // -------------------------------------------------------------------------
  // Keyword statements

  private readonly returnStatement = this.RULE("returnStatement", (): Stmt => {
    const first = this.CONSUME(T.Return);
    const value = this.OPTION(() => this.SUBRULE(this.starExpressions));
    return this.RECORDING_PHASE ? STMT : { type: "Return", value: value ?? null, ...this.statementSpan(first) };
  });

  private readonly raiseStatement = this.RULE("raiseStatement", (): Stmt => {
    const first = this.CONSUME(T.Raise);
    const parts = this.OPTION(() => {
      const exc = this.SUBRULE(this.expression);
      const cause = this.OPTION2(() => {
        this.CONSUME(T.From);
        return this.SUBRULE2(this.expression);
      });
      return { exc, cause: cause ?? null };
    });
    if (this.RECORDING_PHASE) return STMT;
    return { type: "Raise", exc: parts?.exc ?? null, cause: parts?.cause ?? null, ...this.statementSpan(first) };
  });

  private readonly globalStatement = this.RULE("globalStatement", (): Stmt => {
    const keyword = this.OR([
      { ALT: () => this.CONSUME(T.Global) },
      { ALT: () => this.CONSUME(T.Nonlocal) },
    ]);
    const names = [identifier(this.CONSUME(T.Name))];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      names.push(identifier(this.CONSUME2(T.Name)));
    });
    if (this.RECORDING_PHASE) return STMT;
    const type = keyword.tokenType === T.Global ? "Global" : "Nonlocal";
    return { type, names, ...this.statementSpan(keyword) };
  });

  private readonly deleteStatement = this.RULE("deleteStatement", (): Stmt => {
    const first = this.CONSUME(T.Del);
    this.checkDeleteTarget();
    const targets = [this.SUBRULE(this.starExpression)];
    this.MANY({
      GATE: () => this.nextIs(T.Comma) && !this.nextIs(T.Newline, 2) && !this.nextIs(T.Semi, 2),
      DEF: () => {
        this.CONSUME(T.Comma);
        this.checkDeleteTarget();
        targets.push(this.SUBRULE2(this.starExpression));
      },
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    if (this.RECORDING_PHASE) return STMT;
    for (const target of targets) this.makeTarget(target, "del");
    if (!this.nextIs(T.Newline) && !this.nextIs(T.Semi)) throw this.genericError();
    return { type: "Delete", targets, ...this.statementSpan(first) };
  });

  /** A `*` with no operand cannot start a `del` target: CPython stops at the `*` itself. */
  private checkDeleteTarget(): void {
    if (!this.RECORDING_PHASE && this.nextIs(T.Star) && !expressionStart.has(this.LA(2).tokenType)) {
      throw this.errorAtToken("invalid syntax", this.LA(1));
    }
  }

  private readonly assertStatement = this.RULE("assertStatement", (): Stmt => {
    const first = this.CONSUME(T.Assert);
    const test = this.SUBRULE(this.expression);
    const msg = this.OPTION(() => {
      this.CONSUME(T.Comma);
      return this.SUBRULE2(this.expression);
    });
    return this.RECORDING_PHASE ? STMT : { type: "Assert", test, msg: msg ?? null, ...this.statementSpan(first) };
  });

  // -------------------------------------------------------------------------
  // Imports

  private readonly importStatement = this.RULE("importStatement", (): Stmt => {
    const first = this.CONSUME(T.Import);
    if (!this.RECORDING_PHASE && this.nextIs(T.Newline)) {
      throw this.locate.startingFrom("Expected one or more names after 'import'", this.at(this.LA(1)), this.LA(1));
    }
    const names = [this.SUBRULE(this.dottedAsName)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      names.push(this.SUBRULE2(this.dottedAsName));
    });
    return this.RECORDING_PHASE ? STMT : { type: "Import", names, ...this.statementSpan(first) };
  });

  private readonly dottedAsName = this.RULE("dottedAsName", (): Alias => {
    const first = this.LA(1);
    const dotted = this.SUBRULE(this.dottedName);
    const asname = this.OPTION(() => {
      this.CONSUME(T.As);
      return identifier(this.CONSUME(T.Name));
    });
    return { name: dotted, asname: asname ?? null, ...this.span(first) };
  });

  private readonly dottedName = this.RULE("dottedName", (): string => {
    let dotted = identifier(this.CONSUME(T.Name));
    this.MANY(() => {
      this.CONSUME(T.Dot);
      dotted += "." + identifier(this.CONSUME2(T.Name));
    });
    return dotted;
  });

  private readonly fromImportStatement = this.RULE("fromImportStatement", (): Stmt => {
    const first = this.CONSUME(T.From);
    let level = 0;
    this.MANY(() =>
      this.OR([
        { ALT: () => (this.CONSUME(T.Dot), level++) },
        { ALT: () => (this.CONSUME(T.Ellipsis), (level += 3)) },
      ]),
    );
    const module = this.OPTION(() => this.SUBRULE(this.dottedName));
    if (!this.RECORDING_PHASE && module === undefined && level === 0) throw this.genericError();
    this.CONSUME(T.Import);
    if (!this.RECORDING_PHASE && this.nextIs(T.Newline)) {
      throw this.locate.startingFrom("Expected one or more names after 'import'", this.at(this.LA(1)), this.LA(1));
    }
    const names = this.SUBRULE(this.importTargets);
    if (this.RECORDING_PHASE) return STMT;
    return { type: "ImportFrom", module: module ?? null, names, level, ...this.statementSpan(first) };
  });

  private readonly importTargets = this.RULE("importTargets", (): Alias[] =>
    this.OR([
      {
        ALT: () => {
          const star = this.CONSUME(T.Star);
          return [{ name: "*", asname: null, ...tokenSpan(star, star) }];
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          const names = this.SUBRULE(this.importedNames, { ARGS: [true] });
          this.CONSUME(T.RParen);
          return names;
        },
      },
      { ALT: () => this.SUBRULE2(this.importedNames, { ARGS: [false] }) },
    ]),
  );

  private readonly importedNames = this.RULE("importedNames", (parenthesized: boolean): Alias[] => {
    if (!this.RECORDING_PHASE && this.nextIs(T.Newline)) {
      throw this.locate.startingFrom("Expected one or more names after 'import'", this.at(this.LA(1)), this.LA(1));
    }
    const names = [this.SUBRULE(this.importedName)];
    this.MANY({
      GATE: () => this.nextIs(T.Comma) && this.nextIs(T.Name, 2),
      DEF: () => {
        this.CONSUME(T.Comma);
        names.push(this.SUBRULE2(this.importedName));
      },
    });
    const trailing = this.OPTION(() => this.CONSUME2(T.Comma));
    if (!this.RECORDING_PHASE && trailing !== undefined && !parenthesized && this.nextIs(T.Newline)) {
      throw this.errorAtToken("trailing comma not allowed without surrounding parentheses", this.LA(1));
    }
    if (!this.RECORDING_PHASE && trailing !== undefined && !parenthesized) throw this.genericError();
    return names;
  });

  private readonly importedName = this.RULE("importedName", (): Alias => {
    const first = this.CONSUME(T.Name);
    const asname = this.OPTION(() => {
      this.CONSUME(T.As);
      return identifier(this.CONSUME2(T.Name));
    });
    return { name: identifier(first), asname: asname ?? null, ...this.span(first) };
  });
}
