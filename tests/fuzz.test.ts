// Fuzzing the front end: corpus programs with a few random mistakes in them
// must either compile or be rejected with a PySyntaxError, quickly, and never
// make the compiler throw anything else.
//
// Every mutant has its own PRNG stream, derived from the base seed and its
// index, so one failing mutant can be replayed alone (with the same corpus):
//   PYGIL_FUZZ_SEED=<seed> PYGIL_FUZZ_MUTANT=<index> npx vitest run tests/fuzz.test.ts
// PYGIL_FUZZ_COUNT changes how many mutants a run makes.

import { performance } from "node:perf_hooks";
import { beforeAll, describe, expect, it } from "vitest";
import { formatSyntaxError, PySyntaxError } from "../grammar/errors.js";
import { listCorpusPrograms, type CorpusProgram } from "./helpers/corpus.js";
import { loadCompile, type Compile } from "./helpers/front-end.js";
import { mutate, mutations, strayCharacters, strayFragments, type Mutant } from "./helpers/mutate.js";
import { deriveSeed, Prng } from "./helpers/prng.js";
import { roughTokens } from "./helpers/rough-tokens.js";

const defaultSeed = 20_250_101;
const defaultCount = 2000;
const batchSize = 100;
const timeLimitMs = 1000;

function integerFromEnv(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, not ${text}`);
  return value;
}

const baseSeed = integerFromEnv("PYGIL_FUZZ_SEED", defaultSeed) >>> 0;
const mutantCount = integerFromEnv("PYGIL_FUZZ_COUNT", defaultCount);
const onlyMutant = process.env.PYGIL_FUZZ_MUTANT;
const programs = listCorpusPrograms();

interface NumberedMutant extends Mutant {
  index: number;
  program: CorpusProgram;
}

function makeMutant(index: number): NumberedMutant {
  const random = new Prng(deriveSeed(baseSeed, index));
  const program = random.pick(programs);
  return { index, program, ...mutate(program.source, random) };
}

function mutantIndexes(): number[] {
  if (onlyMutant !== undefined && onlyMutant !== "") return [integerFromEnv("PYGIL_FUZZ_MUTANT", 0)];
  return Array.from({ length: mutantCount }, (_, i) => i);
}

function describeThrown(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}\n${err.stack ?? ""}`;
  return `a non-Error value: ${String(err)}`;
}

/** What is wrong with a syntax error's fields, or null when they are sound. */
function syntaxErrorProblem(err: PySyntaxError, source: string): string | null {
  const lineCount = source.split(/\r\n|\r|\n/).length;
  if (typeof err.msg !== "string" || err.msg === "") return "a PySyntaxError without a message";
  if (!Number.isInteger(err.lineno) || err.lineno < 1 || err.lineno > lineCount + 1) {
    return `a PySyntaxError at impossible line ${err.lineno} (the source has ${lineCount})`;
  }
  if (!Number.isInteger(err.offset)) return `a PySyntaxError with offset ${err.offset}`;
  try {
    formatSyntaxError(err);
  } catch (formatErr) {
    return `a PySyntaxError that cannot be printed: ${describeThrown(formatErr)}`;
  }
  return null;
}

/** What went wrong compiling `source`, or null when it compiled or was rightly rejected. */
function compileProblem(compile: Compile, source: string, filename: string): string | null {
  const start = performance.now();
  try {
    compile(source, filename);
  } catch (err) {
    if (!(err instanceof PySyntaxError)) return `the compiler threw ${describeThrown(err)}`;
    const problem = syntaxErrorProblem(err, source);
    if (problem !== null) return problem;
  }
  const elapsed = performance.now() - start;
  return elapsed > timeLimitMs ? `compiling took ${elapsed.toFixed(0)} ms` : null;
}

function report(mutant: NumberedMutant, problem: string): string {
  return [
    `PYGIL_FUZZ_SEED=${baseSeed} PYGIL_FUZZ_MUTANT=${mutant.index}: ${mutant.program.name}`,
    `after ${mutant.steps.join(", then ")}: ${problem}`,
    "--- mutated source ---",
    mutant.source,
    "--- end ---",
  ].join("\n");
}

function batches(indexes: number[]): number[][] {
  const result: number[][] = [];
  for (let i = 0; i < indexes.length; i += batchSize) result.push(indexes.slice(i, i + batchSize));
  return result;
}

describe("the fuzz harness", () => {
  it("replays the same mutant from the same seed", () => {
    const first = Array.from({ length: 50 }, (_, i) => makeMutant(i));
    const again = Array.from({ length: 50 }, (_, i) => makeMutant(i));
    expect(again.map((m) => m.source)).toEqual(first.map((m) => m.source));
    expect(new Set(first.map((m) => m.program.name)).size).toBeGreaterThan(10);
  });

  it("changes the program in almost every mutant and uses every mutation", () => {
    const sample = Array.from({ length: 400 }, (_, i) => makeMutant(i));
    const changed = sample.filter((m) => m.source !== m.program.source).length;
    expect(changed).toBeGreaterThan(sample.length * 0.95);
    const used = new Set(sample.flatMap((m) => m.steps));
    expect([...used].sort()).toEqual(mutations.map((m) => m.name).sort());
  });

  it("splits every corpus program into tokens that join back into it", () => {
    for (const program of programs) {
      expect(roughTokens(program.source).map((t) => t.text).join(""), program.name).toBe(program.source);
    }
  });
});

const indexes = mutantIndexes();

describe(`compiling ${indexes.length} mutated corpus programs (seed ${baseSeed})`, () => {
  let compile: Compile;
  beforeAll(async () => {
    compile = await loadCompile();
  });

  for (const batch of batches(indexes)) {
    it(`mutants ${batch[0]}..${batch[batch.length - 1]} compile or raise PySyntaxError`, () => {
      const failures: string[] = [];
      for (const index of batch) {
        const mutant = makeMutant(index);
        const problem = compileProblem(compile, mutant.source, mutant.program.name);
        if (problem !== null) failures.push(report(mutant, problem));
      }
      expect(failures, `${failures.length} of ${batch.length} mutants failed:\n\n${failures.slice(0, 3).join("\n\n")}`).toEqual([]);
    }, 60_000);
  }
});

/** Sources no editor would produce: runs of stray characters, deep nesting. */
function junkSources(): { label: string; source: string }[] {
  const random = new Prng(deriveSeed(baseSeed, -1));
  const junk: { label: string; source: string }[] = [];
  for (let n = 0; n < 200; n++) {
    const pieces = Array.from({ length: random.between(1, 40) }, () =>
      random.below(2) === 0 ? random.pick(strayCharacters) : random.pick(strayFragments));
    junk.push({ label: `junk #${n}`, source: pieces.join("") });
  }
  const nestedIfs = Array.from({ length: 120 }, (_, i) => `${"    ".repeat(i)}if x:\n`).join("");
  junk.push(
    { label: "5000 open parentheses", source: "(".repeat(5000) },
    { label: "199 nested brackets", source: `x = ${"[".repeat(199)}${"]".repeat(199)}\n` },
    { label: "150 nested calls", source: `${"f(".repeat(150)}${")".repeat(150)}\n` },
    { label: "5000 nots", source: `${"not ".repeat(5000)}x\n` },
    { label: "120 nested ifs", source: `${nestedIfs}${"    ".repeat(120)}pass\n` },
    { label: "an unclosed triple quote", source: `x = """${"a\n".repeat(1000)}` },
    { label: "a lone NUL", source: "x = 1\0\n" },
    { label: "a lone surrogate", source: "x = '\ud800'\n" },
    { label: "a form feed and a BOM", source: "\ufeffx = 1\n\f\ny = 2\n" },
  );
  return junk;
}

describe("compiling junk", () => {
  it("ends every junk source in a compile or a PySyntaxError", async () => {
    const compile = await loadCompile();
    const failures: string[] = [];
    for (const { label, source } of junkSources()) {
      const problem = compileProblem(compile, source, "<junk>");
      if (problem !== null) {
        failures.push(`PYGIL_FUZZ_SEED=${baseSeed} ${label}: ${problem}\n--- source ---\n${source.slice(0, 2000)}\n--- end ---`);
      }
    }
    expect(failures, failures.slice(0, 3).join("\n\n")).toEqual([]);
  }, 60_000);
});
