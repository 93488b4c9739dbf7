// Splitting f-strings, against the JoinedStr CPython builds for them
// (tests/grammar/lexer/fstrings.json, from scripts/gen-lexer-expectations.py).
// The f-string errors are in the lexer's error table (lexer.test.ts).

import type { IToken } from "chevrotain";
import { createTokenInstance } from "../../grammar/chevrotain.js";
import { describe, expect, it } from "vitest";
import { splitFString, type FStringPart } from "../../grammar/fstring.js";
import { tokenize } from "../../grammar/lexer.js";
import { FString } from "../../grammar/tokens.js";
import { expectations } from "./lexer/support.js";

type ExpectedPart =
  | { kind: "literal"; value: string }
  | { kind: "field"; expression: string; line: number; column: number; conversion: number; formatSpec: ExpectedPart[] | null };

interface FStringCase { source: string; parts: ExpectedPart[] }

function fstringToken(source: string): IToken {
  const token = tokenize(source, { filename: "t.py" })[0]!;
  expect(token.tokenType.name).toBe("FSTRING");
  return token;
}

function imagesOf(source: string, line = 1, column = 0): string[] {
  return tokenize(source, { filename: "t.py", startLine: line, startColumn: column, insideBrackets: true })
    .filter((t) => t.tokenType.name !== "ENDMARKER")
    .map((t) => t.image);
}

/**
 * The parts as CPython's AST holds them: a field's `=` text is a constant
 * before it, merged with the literal text around it.
 */
function asCPythonParts(parts: FStringPart[], source: string): ExpectedPart[] {
  const out: ExpectedPart[] = [];
  const addText = (value: string): void => {
    const last = out[out.length - 1];
    if (last?.kind === "literal") last.value += value;
    else if (value !== "") out.push({ kind: "literal", value });
  };
  for (const part of parts) {
    if (part.kind === "literal") {
      addText(part.value);
      continue;
    }
    if (part.selfDoc !== null) addText(part.selfDoc);
    const first = tokenize(part.source, {
      filename: "t.py", startLine: part.line, startColumn: part.column, insideBrackets: true, fileSource: source,
    })[0]!;
    out.push({
      kind: "field",
      expression: imagesOf(part.source).join(" "),
      line: first.startLine!,
      column: first.startColumn!,
      conversion: part.conversion,
      formatSpec: part.formatSpec === null ? null : asCPythonParts(part.formatSpec, source),
    });
  }
  return out;
}

/** The expected parts, with each expression as its token images. */
function normalizeExpected(parts: ExpectedPart[]): ExpectedPart[] {
  return parts.map((part) => part.kind === "literal" ? part : {
    ...part,
    expression: imagesOf(part.expression).join(" "),
    formatSpec: part.formatSpec === null ? null : normalizeExpected(part.formatSpec),
  });
}

describe("parts match CPython's JoinedStr", () => {
  for (const c of expectations<FStringCase[]>("fstrings.json")) {
    it(c.source, () => {
      const parts = splitFString(fstringToken(c.source), "t.py", c.source);
      expect(asCPythonParts(parts, c.source)).toEqual(normalizeExpected(c.parts));
    });
  }
});

describe("splitFString", () => {
  it("keeps the text of a self-documenting field", () => {
    const parts = splitFString(fstringToken("f'a{x = }b{y=:>4}{z =!s}'"), "t.py");
    expect(parts).toEqual([
      { kind: "literal", value: "a" },
      { kind: "field", source: "x ", line: 1, column: 4, conversion: 114, formatSpec: null, selfDoc: "x = " },
      { kind: "literal", value: "b" },
      { kind: "field", source: "y", line: 1, column: 11, conversion: -1, formatSpec: [{ kind: "literal", value: ">4" }], selfDoc: "y=" },
      { kind: "field", source: "z ", line: 1, column: 18, conversion: 115, formatSpec: null, selfDoc: "z =" },
    ]);
  });

  it("gives an empty spec as an empty list", () => {
    const [field] = splitFString(fstringToken("f'{x:}'"), "t.py");
    expect(field).toMatchObject({ kind: "field", formatSpec: [] });
  });

  it("places fields of a multi-line f-string on their lines", () => {
    const source = "f'''first\n  {a}\n\t{b!r}'''";
    const parts = splitFString(fstringToken(source), "t.py", source);
    const fields = parts.filter((p) => p.kind === "field");
    expect(fields.map((f) => [f.source, f.line, f.column])).toEqual([["a", 2, 3], ["b", 3, 2]]);
  });

  it("splits a token that carries no payload by lexing its image again", () => {
    const source = "x = f'{a!r:{w}}'";
    const lexed = tokenize(source, { filename: "t.py" })[2]!;
    const bare = createTokenInstance(FString, lexed.image, 4, 15, 1, 1, 4, 16);
    expect(bare.payload).toBeUndefined();
    expect(splitFString(bare, "t.py", source)).toEqual(splitFString(lexed, "t.py", source));
  });

  it("leaves nested f-strings in the field's source", () => {
    const [field] = splitFString(fstringToken("f'{f\"{x}\" + y}'"), "t.py");
    expect(field).toMatchObject({ kind: "field", source: "f\"{x}\" + y", column: 3 });
  });

  it("decodes escapes in literal text but not in raw f-strings", () => {
    expect(splitFString(fstringToken("f'\\t{x}\\N{BULLET}'"), "t.py")[0]).toEqual({ kind: "literal", value: "\t" });
    expect(splitFString(fstringToken("rf'\\t{x}'"), "t.py")[0]).toEqual({ kind: "literal", value: "\\t" });
  });
});
