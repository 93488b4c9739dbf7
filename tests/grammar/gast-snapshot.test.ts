// The grammar snapshot (grammar/gast-snapshot.ts): the recorded grammar,
// written down and read back, must be the grammar chevrotain records, and a
// parser built from it must parse exactly as one that recorded it.

import { existsSync, readFileSync } from "node:fs";
import type { IProduction } from "chevrotain";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { dumpAst } from "../../grammar/dump.js";
import { PySyntaxError } from "../../grammar/errors.js";
import {
  restoreGrammar, snapshotGrammar, snapshotProduction, SNAPSHOT_FILE, type GrammarSnapshot,
} from "../../grammar/gast-snapshot.js";
import { tokenize } from "../../grammar/lexer.js";
import { PythonParser } from "../../grammar/parser.js";
import * as T from "../../grammar/tokens.js";
import { filesUnder } from "../helpers/corpus.js";

const recorded = new PythonParser(true, null);
const snapshot = snapshotGrammar(recorded.recordedRules());

/** The rules of `snapshot`, read back afresh (a parser's analysis fills them in, so each parser gets its own). */
function restored(from: GrammarSnapshot = snapshot): Map<string, IProduction> {
  const rules = restoreGrammar(from, T.allTokens);
  if (rules === null) throw new Error("the snapshot was not read back");
  return rules;
}

/** What a parser makes of `source`: the tree's dump, or the syntax error. */
function outcome(parser: PythonParser, source: string): string {
  try {
    return dumpAst(parser.parseTokens(tokenize(source, { filename: "t.py" }), "exec", "t.py", source));
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return `SyntaxError: ${e.msg} (${e.lineno}:${e.offset})`;
  }
}

function tokenizes(source: string): boolean {
  try {
    tokenize(source, { filename: "t.py" });
    return true;
  } catch {
    return false;
  }
}

const root = fileURLToPath(new URL("../", import.meta.url));
const sources = [
  ...filesUnder(`${root}cases`, ".py"),
  ...filesUnder(`${root}corpus`, ".py"),
  ...filesUnder(`${root}grammar/syntax-errors`, ".py"),
].map((path) => readFileSync(path, "utf8")).filter(tokenizes);

describe("the grammar snapshot", () => {
  it("reads back every rule as chevrotain recorded it", () => {
    const rules = restored();
    expect([...rules.keys()].sort()).toEqual(recorded.recordedRules().map((rule) => (rule as { name: string }).name).sort());
    expect(snapshotGrammar([...rules.values()])).toEqual(snapshot);
  });

  it("is analysed by chevrotain like a recording, without recording", () => {
    const rules = restored();
    const parser = new PythonParser(false, rules);
    // The parser's rules are the snapshot's own objects: nothing was recorded.
    expect(new Set(parser.recordedRules())).toEqual(new Set(rules.values()));
    expect(parser.recordedRules().map(snapshotProduction)).toEqual(snapshot.rules);
  });

  it("gives a parser that parses every test program as the recording one does", () => {
    const fromSnapshot = new PythonParser(false, restored());
    expect(sources.length).toBeGreaterThan(1000);
    for (const source of sources) expect(outcome(fromSnapshot, source)).toBe(outcome(recorded, source));
  }, 120_000);

  it("is not used when it was made by another chevrotain or lacks a rule", () => {
    expect(restoreGrammar({ ...snapshot, chevrotain: "0.0.0" }, T.allTokens)).toBeNull();
    const partial = restored();
    partial.delete("fileInput");
    const parser = new PythonParser(false, partial);
    expect(parser.recordedRules().some((rule) => [...partial.values()].includes(rule))).toBe(false);
    expect(parser.recordedRules().map(snapshotProduction)).toEqual(snapshot.rules);
    expect(outcome(parser, "x = 1\n")).toBe(outcome(recorded, "x = 1\n"));
  });

  const built = fileURLToPath(new URL(`../../dist/bundle/${SNAPSHOT_FILE}`, import.meta.url));
  it.skipIf(!existsSync(built))("is what the build wrote beside the bundle", () => {
    expect(JSON.parse(readFileSync(built, "utf8"))).toEqual(snapshot);
  });
});
