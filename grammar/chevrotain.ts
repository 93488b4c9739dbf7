// The one place that loads chevrotain at run time.
//
// chevrotain's package entry point is a tree of a few hundred small ES modules
// (lodash-es among them) that takes about 200 ms to load, four times Node's own
// start-up; its bundled build, lib/chevrotain.min.mjs, holds the same code in
// one file and loads in about 10 ms. The package's `exports` map does not name
// the bundle, so we find it on disk by walking up from this file to the
// node_modules that holds chevrotain (beside pygil, or hoisted above it).
//
// Every runtime use of chevrotain must import from here, never from
// "chevrotain" directly: two copies of the library in one process would not
// recognise each other's token types. Type-only imports from "chevrotain" are
// fine, since they vanish at compile time.

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

type Chevrotain = typeof import("chevrotain");

function findBundle(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "node_modules", "chevrotain", "lib", "chevrotain.min.mjs");
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

async function load(): Promise<Chevrotain> {
  const bundle = findBundle();
  if (bundle !== null) return (await import(pathToFileURL(bundle).href)) as Chevrotain;
  return import("chevrotain");
}

const chevrotain = await load();

export const {
  Alternation,
  Alternative,
  NonTerminal,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
  Rule,
  Terminal,
  VERSION,
  createToken,
  createTokenInstance,
  EmbeddedActionsParser,
  EOF,
  Lexer,
  tokenMatcher,
  tokenLabel,
  isRecognitionException,
  LLkLookaheadStrategy,
} = chevrotain;
