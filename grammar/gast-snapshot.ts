// The grammar as chevrotain records it, written down once and read back.
//
// Before its first parse, a chevrotain parser runs every rule in a
// "recording" mode to learn the grammar's shape, the GAST: rules,
// alternations, options, repetitions, terminals and references to rules.
// For this grammar that recording was most of the time it took to build the
// parser, and so to compile any program at start-up. The shape depends only
// on the grammar's code, so the build records it once (scripts/bundle.mjs)
// and writes it as JSON beside the bundle, and a parser built there reads it
// back instead of recording (parser.ts). What follows the recording
// (resolving the references to rules, the lookahead functions) runs as
// before.
//
// A snapshot keeps every field the recording set on each production, with
// token types written by name. Reading it back makes the productions without
// their constructors (which copy their options field by field, and cost
// twenty times more): an object of the production's class with the same
// fields. tests/grammar/gast-snapshot.test.ts checks that a production read
// back is written down exactly as the recorded one.
//
// The snapshot is used only when it was made with the same version of
// chevrotain and holds the same rules as the parser being built; otherwise
// the parser records as usual. The bundle and its snapshot are built
// together, so this only guards against a damaged or misplaced file.

import { readFileSync } from "node:fs";
import type { IProduction, TokenType } from "chevrotain";
import {
  Alternation, Alternative, NonTerminal, Option, Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator, Rule, Terminal, VERSION,
} from "./chevrotain.js";

/** A production: its class, its own fields, and the productions inside it. */
export interface ProductionSnapshot {
  kind: string;
  fields: Record<string, unknown>;
  definition: ProductionSnapshot[];
}

export interface GrammarSnapshot {
  chevrotain: string;
  rules: ProductionSnapshot[];
}

/** A field that held a token type. */
interface TokenReference {
  token: string;
}

/** chevrotain's production classes by the name a snapshot gives them (its one-file build shortens class names). */
const PRODUCTIONS: Record<string, { prototype: object }> = {
  Alternation, Alternative, NonTerminal, Option, Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator, Rule, Terminal,
};

/** The productions inside a production; a NonTerminal's `definition` is its rule's, so this is the field itself. */
const INSIDE = "_definition";

/** Filled in when the grammar is resolved, after the recording: not part of the snapshot. */
const RESOLVED = "referencedRule";

type Production = IProduction & { [INSIDE]?: Production[] };

function kindOf(production: IProduction): string {
  for (const [kind, cls] of Object.entries(PRODUCTIONS)) {
    if (Object.getPrototypeOf(production) === cls.prototype) return kind;
  }
  throw new Error(`unknown grammar production ${production.constructor.name}`);
}

function isTokenType(value: unknown): value is TokenType {
  return typeof value === "object" && value !== null && typeof (value as TokenType).tokenTypeIdx === "number";
}

/** The snapshot of one recorded production and everything inside it. */
export function snapshotProduction(production: IProduction): ProductionSnapshot {
  const kind = kindOf(production);
  const fields: Record<string, unknown> = {};
  let definition: ProductionSnapshot[] = [];
  for (const [key, value] of Object.entries(production)) {
    if (key === RESOLVED) continue;
    if (key === INSIDE) definition = (value as IProduction[]).map(snapshotProduction);
    else if (isTokenType(value)) fields[key] = { token: value.name } satisfies TokenReference;
    else if (value === null || ["string", "number", "boolean"].includes(typeof value)) fields[key] = value;
    else throw new Error(`${kind}.${key} cannot be written in a grammar snapshot`);
  }
  return { kind, fields, definition };
}

/** The snapshot of the rules a parser recorded. */
export function snapshotGrammar(rules: readonly IProduction[]): GrammarSnapshot {
  return { chevrotain: VERSION, rules: rules.map(snapshotProduction) };
}

/** The production a snapshot describes, with the token types of `tokens` (by name). */
export function restoreProduction(snapshot: ProductionSnapshot, tokens: ReadonlyMap<string, TokenType>): IProduction {
  const cls = PRODUCTIONS[snapshot.kind];
  if (cls === undefined) throw new Error(`unknown grammar production ${snapshot.kind}`);
  const production = Object.create(cls.prototype) as Production;
  production[INSIDE] = snapshot.definition.map((inner) => restoreProduction(inner, tokens) as Production);
  const fields = production as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(snapshot.fields)) {
    fields[key] = isTokenReference(value) ? tokenNamed(tokens, value.token) : value;
  }
  return production;
}

function isTokenReference(value: unknown): value is TokenReference {
  return typeof value === "object" && value !== null && typeof (value as TokenReference).token === "string";
}

function tokenNamed(tokens: ReadonlyMap<string, TokenType>, name: string): TokenType {
  const token = tokens.get(name);
  if (token === undefined) throw new Error(`the grammar snapshot names an unknown token ${name}`);
  return token;
}

/** The file the build writes beside the bundle's scripts; elsewhere (tsc's output, the sources) there is none. */
export const SNAPSHOT_FILE = "grammar-snapshot.json";

/**
 * The recorded rules by name, read back from the snapshot beside this
 * script with the token types `tokens`; null when there is none, or none
 * this code can read.
 */
export function readGrammarSnapshot(tokens: readonly TokenType[]): Map<string, IProduction> | null {
  try {
    const snapshot = JSON.parse(readFileSync(new URL(`./${SNAPSHOT_FILE}`, import.meta.url), "utf8")) as GrammarSnapshot;
    return restoreGrammar(snapshot, tokens);
  } catch {
    return null;
  }
}

/** The rules of a snapshot by name, with the token types `tokens`; null when chevrotain's version differs. */
export function restoreGrammar(snapshot: GrammarSnapshot, tokens: readonly TokenType[]): Map<string, IProduction> | null {
  if (snapshot.chevrotain !== VERSION) return null;
  const byName = new Map(tokens.map((token) => [token.name, token]));
  return new Map(snapshot.rules.map((rule) => [rule.fields["name"] as string, restoreProduction(rule, byName)]));
}
