// The checks CPython 3.13's parser makes on a replacement field's shape, once
// its tokenizer has split the field: an expression must come first, then
// optionally `=`, then optionally `!` and a conversion letter glued to it, then
// optionally `:` and a format spec, then `}` (Grammar/python.gram's
// invalid_replacement_field; _PyPegen_check_fstring_conversion, which wants the
// letter right after the `!`; and _PyPegen_formatted_value, which only checks
// the letter once the whole field has been read). Each message and position
// here is the one CPython reports, in the order it finds them.

import type { ErrorSpan } from "./lexer-cursor.js";
import type { FieldToken, ScannedField } from "./lexer-fstrings.js";

export interface FieldProblem {
  msg: string;
  span: ErrorSpan;
}

function at(token: FieldToken): ErrorSpan {
  return {
    lineno: token.line, offset: token.column + 1,
    end_lineno: token.endLine, end_offset: token.endColumn + 1,
  };
}

function between(first: FieldToken, last: FieldToken): ErrorSpan {
  return {
    lineno: first.line, offset: first.column + 1,
    end_lineno: last.endLine, end_offset: last.endColumn + 1,
  };
}

const conversions = new Set(["s", "r", "a"]);

/**
 * The first problem with `field`, its format spec's fields included, in the
 * order CPython's parser finds them. The tail may still be growing (the lexer
 * asks after each token): a problem is only reported once the token that
 * CPython sees it at has been read.
 */
export function fieldProblem(field: ScannedField): FieldProblem | null {
  const tail = field.tail;
  if (field.first === null) {
    const next = tail[0];
    return next === undefined ? null
      : { msg: `f-string: valid expression required before '${next.image}'`, span: at(next) };
  }
  const colon = tail.find((t) => t.kind === ":");
  if (field.first.kind === "keyword" && field.first.image === "lambda" && colon !== undefined && specStartsWithText(field)) {
    return { msg: "f-string: lambda expressions are not allowed without parentheses", span: between(field.first, colon) };
  }
  let i = 0;
  if (tail[i]?.kind === "=") {
    i++;
    const next = tail[i];
    if (next !== undefined && next.kind !== "!" && next.kind !== ":" && next.kind !== "}") {
      return { msg: "f-string: expecting '!', or ':', or '}'", span: at(next) };
    }
  }
  let conversion: FieldToken | null = null;
  if (tail[i]?.kind === "!") {
    const bang = tail[i]!;
    const name = tail[i + 1];
    if (name === undefined) return null;
    const problem = conversionProblem(bang, name);
    if (problem !== null) return problem;
    conversion = name;
    i += 2;
    const next = tail[i];
    if (next !== undefined && next.kind !== ":" && next.kind !== "}") {
      return { msg: "f-string: expecting ':' or '}'", span: at(next) };
    }
  }
  for (const piece of field.spec ?? []) {
    if (piece.kind === "field") {
      const inner = fieldProblem(piece);
      if (inner !== null) return inner;
    }
  }
  if (field.unclosedAt !== null) {
    return { msg: "f-string: expecting '}', or format specs", span: at(field.unclosedAt) };
  }
  // CPython checks the letter only once the whole field has been read.
  const closed = tail[tail.length - 1]?.kind === "}";
  if (conversion !== null && closed && !conversions.has(conversion.image)) {
    return {
      msg: `f-string: invalid conversion character '${conversion.image}': expected 's', 'r', or 'a'`,
      span: at(conversion),
    };
  }
  return null;
}

/** CPython only blames the lambda when text follows its colon in the spec. */
function specStartsWithText(field: ScannedField): boolean {
  return field.spec !== null && field.spec[0]?.kind === "literal";
}

/** What `!` must be followed by: a name, right after it. */
function conversionProblem(bang: FieldToken, name: FieldToken): FieldProblem | null {
  if (name.kind === ":" || name.kind === "}") {
    return { msg: "f-string: missing conversion character", span: at(name) };
  }
  if (name.kind !== "name") {
    return { msg: "f-string: invalid conversion character", span: at(name) };
  }
  if (name.line !== bang.endLine || name.column !== bang.endColumn) {
    return { msg: "f-string: conversion type must come right after the exclamanation mark", span: between(bang, name) };
  }
  return null;
}
