// Random edits of the corpus programs (the mutations of tests/helpers/mutate.ts)
// that still parse must compile to bytecode the verifier accepts, or be
// rejected with a compile-time error CPython could give: never an internal
// compiler error.

import { describe, expect, it } from "vitest";
import { PySyntaxError } from "../../grammar/errors.js";
import { parse } from "../../grammar/index.js";
import { compileAst, INTERNAL_ERROR } from "../../src/compiler/index.js";
import { verifyCode } from "../../src/compiler/verify.js";
import { listCorpusPrograms } from "../helpers/corpus.js";
import { mutate } from "../helpers/mutate.js";
import { deriveSeed, Prng } from "../helpers/prng.js";

const SEED = 20_260_105;
const MUTANTS = 1500;

describe("compiling mutated programs", () => {
  it("never fails inside the compiler", () => {
    const programs = listCorpusPrograms();
    const problems: string[] = [];
    let compiled = 0;
    for (let i = 0; i < MUTANTS && problems.length < 5; i++) {
      const random = new Prng(deriveSeed(SEED, i));
      const program = programs[random.below(programs.length)]!;
      const mutant = mutate(program.source, random);
      let tree;
      try {
        tree = parse(mutant.source, "m.py");
      } catch {
        continue;
      }
      try {
        const found = verifyCode(compileAst(tree, "m.py", mutant.source));
        if (found.length > 0) problems.push(`${program.name} mutant ${i}: ${found[0]}`);
        compiled++;
      } catch (err) {
        if (!(err instanceof PySyntaxError)) problems.push(`${program.name} mutant ${i}: threw ${String(err)}`);
        else if (err.msg.startsWith(INTERNAL_ERROR)) problems.push(`${program.name} mutant ${i}: ${err.msg}`);
      }
    }
    expect(problems).toEqual([]);
    expect(compiled).toBeGreaterThan(MUTANTS / 10);
  }, 120_000);
});
