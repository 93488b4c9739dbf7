// Every corpus program is valid Python 3.13 (scripts/check-corpus.sh checks
// that with CPython), so our front end must compile each of them.

import { describe, expect, it } from "vitest";
import { formatSyntaxError, PySyntaxError } from "../grammar/errors.js";
import { listCorpusPrograms } from "./helpers/corpus.js";
import { loadCompile } from "./helpers/front-end.js";

const programs = listCorpusPrograms();

describe("the corpus", () => {
  it("holds programs in every theme", () => {
    const themes = new Set(programs.map((p) => p.name.split("/")[0]));
    expect(programs.length).toBeGreaterThanOrEqual(320);
    expect(themes.size).toBeGreaterThanOrEqual(10);
  });

  for (const program of programs) {
    it(`compiles ${program.name}`, async () => {
      const compile = await loadCompile();
      let code: unknown;
      try {
        code = compile(program.source, program.name, "exec");
      } catch (err) {
        if (err instanceof PySyntaxError) {
          throw new Error(`${program.name} was rejected:\n${formatSyntaxError(err)}`);
        }
        throw err;
      }
      expect(code).toBeTypeOf("object");
      expect(code).not.toBeNull();
    });
  }
});
