// Random edits of Python source for the fuzz test. Each mutation makes one
// small, plausible mistake (a lost character, a doubled line, two tokens
// swapped, a stray bracket or quote, a cut-off file) and names itself, so a
// failing mutant can be described as well as replayed from its seed.

import type { Prng } from "./prng.js";
import { roughTokens, type RoughToken } from "./rough-tokens.js";

export interface Mutation {
  name: string;
  apply(source: string, random: Prng): string;
}

/** Characters that most often confuse a lexer or a parser when they turn up. */
export const strayCharacters = [..."()[]{}:,=\"'\n\t \\;.@*#!-+<>%&|^~`$?"];

/** Fragments that start or end a construct, so an insertion makes new shapes. */
export const strayFragments = [
  "lambda", "yield", "await", "async", "else:", "elif", "not", "in", "is",
  "def ", "class ", "return", "if", "for", "with", "try:", "except", "finally:",
  "global", "nonlocal", "del", "pass", "import", "from", "as", "*", "**", ":=",
  "->", "...", "f'", "f\"{", "{", "}", "rb'", "'''", "\"\"\"", "\\N{", "0x", "1e", "1_",
  "print(", ")", "[", "]", "match", "case", "type", "@", "=", "\n    ", "\n\t", "\r\n",
];

function spliceAt(source: string, start: number, deleteCount: number, insert: string): string {
  return source.slice(0, start) + insert + source.slice(start + deleteCount);
}

function meaningfulIndexes(tokens: RoughToken[]): number[] {
  const indexes: number[] = [];
  tokens.forEach((token, i) => {
    if (!token.layout) indexes.push(i);
  });
  return indexes;
}

const deleteCharacter: Mutation = {
  name: "delete a character",
  apply: (source, random) =>
    source.length === 0 ? source : spliceAt(source, random.below(source.length), 1, ""),
};

const insertCharacter: Mutation = {
  name: "insert a character",
  apply: (source, random) =>
    spliceAt(source, random.below(source.length + 1), 0, random.pick(strayCharacters)),
};

const insertFragment: Mutation = {
  name: "insert a fragment",
  apply: (source, random) => {
    const tokens = roughTokens(source);
    const at = random.below(tokens.length + 1);
    const fragment = random.pick(strayFragments);
    const texts = tokens.map((t) => t.text);
    texts.splice(at, 0, random.below(2) === 0 ? fragment : ` ${fragment} `);
    return texts.join("");
  },
};

const swapCharacters: Mutation = {
  name: "swap two characters",
  apply: (source, random) => {
    if (source.length < 2) return source;
    const chars = [...source];
    const i = random.below(chars.length);
    const near = i + random.between(1, 8);
    const j = random.below(4) === 0 || near >= chars.length ? random.below(chars.length) : near;
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    return chars.join("");
  },
};

const swapTokens: Mutation = {
  name: "swap two tokens",
  apply: (source, random) => {
    const tokens = roughTokens(source);
    const meaningful = meaningfulIndexes(tokens);
    if (meaningful.length < 2) return source;
    const k = random.below(meaningful.length - 1);
    const l = Math.min(meaningful.length - 1, k + random.between(1, 4));
    const i = meaningful[k]!;
    const j = meaningful[l]!;
    const texts = tokens.map((t) => t.text);
    [texts[i], texts[j]] = [texts[j]!, texts[i]!];
    return texts.join("");
  },
};

const deleteToken: Mutation = {
  name: "delete a token",
  apply: (source, random) => {
    const tokens = roughTokens(source);
    const meaningful = meaningfulIndexes(tokens);
    if (meaningful.length === 0) return source;
    const doomed = random.pick(meaningful);
    return tokens.filter((_, i) => i !== doomed).map((t) => t.text).join("");
  },
};

function splitLines(source: string): string[] {
  return source.split(/(?<=\n)/);
}

const duplicateLine: Mutation = {
  name: "duplicate a line",
  apply: (source, random) => {
    const lines = splitLines(source);
    const i = random.below(lines.length);
    const copy = lines[i]!.endsWith("\n") ? lines[i]! : `\n${lines[i]!}`;
    lines.splice(i + 1, 0, copy);
    return lines.join("");
  },
};

const reindentLine: Mutation = {
  name: "change a line's indentation",
  apply: (source, random) => {
    const lines = splitLines(source);
    const i = random.below(lines.length);
    const line = lines[i]!;
    const body = line.replace(/^[ \t]*/, "");
    const indent = line.slice(0, line.length - body.length);
    const choices = [indent.slice(1), indent.slice(4), `${indent} `, `${indent}    `, `${indent}\t`, ""];
    lines[i] = random.pick(choices) + body;
    return lines.join("");
  },
};

const truncate: Mutation = {
  name: "truncate",
  apply: (source, random) => source.slice(0, random.below(source.length + 1)),
};

export const mutations: readonly Mutation[] = [
  deleteCharacter, insertCharacter, insertFragment, swapCharacters, swapTokens,
  deleteToken, duplicateLine, reindentLine, truncate,
];

export interface Mutant {
  source: string;
  /** The names of the mutations applied, in order. */
  steps: string[];
}

/**
 * Applies one to three random mutations. Truncation is rarer than the others
 * because it hides every later mistake.
 */
export function mutate(source: string, random: Prng): Mutant {
  const count = random.between(1, 3);
  const steps: string[] = [];
  let mutated = source;
  for (let n = 0; n < count; n++) {
    let mutation = random.pick(mutations);
    if (mutation === truncate && random.below(3) !== 0) mutation = random.pick(mutations);
    mutated = mutation.apply(mutated, random);
    steps.push(mutation.name);
  }
  return { source: mutated, steps };
}
