// Where CPython 3.13 is installed (`PYENV_VERSION=3.13.0 python3`), every
// corpus program is disassembled by both and the listings compared, as the
// stored cases in dis.test.ts are. The corpus grows and changes, so its
// CPython listings are not stored; without CPython 3.13 this test is skipped.

import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { disassemble } from "../../src/compiler/dis.js";
import { compile } from "../../src/compiler/index.js";
import { listCorpusPrograms } from "../helpers/corpus.js";
import { normalizeListing } from "./listing.js";

const PYTHON_ENV = { ...process.env, PYENV_VERSION: "3.13.0" };

const SCRIPT = `
import dis, io, json, os, sys
out = {}
for path in sys.argv[1:]:
    buf = io.StringIO()
    try:
        code = compile(open(path, "rb").read(), os.path.basename(path), "exec")
        dis.dis(code, file=buf, show_offsets=True)
    except SyntaxError as e:
        buf.write("SyntaxError: %s" % e.msg)
    out[path] = buf.getvalue()
json.dump(out, sys.stdout)
`;

function hasCPython313(): boolean {
  const probe = spawnSync("python3", ["-c", "import sys; print(sys.version_info[:2] == (3, 13))"], { env: PYTHON_ENV, encoding: "utf8" });
  return probe.status === 0 && probe.stdout.trim() === "True";
}

describe.skipIf(!hasCPython313())("corpus disassembly agrees with the installed CPython 3.13", () => {
  const programs = listCorpusPrograms();
  const result = spawnSync("python3", ["-c", SCRIPT, ...programs.map((p) => p.path)], {
    env: PYTHON_ENV, encoding: "utf8", maxBuffer: 1 << 30,
  });
  const listings = JSON.parse(result.stdout || "{}") as Record<string, string>;

  for (const program of programs) {
    it(program.name, () => {
      const theirs = listings[program.path];
      expect(theirs, "CPython's listing").toBeDefined();
      const ours = disassemble(compile(program.source, program.path.split("/").pop()!));
      expect(normalizeListing(ours)).toEqual(normalizeListing(theirs!));
    });
  }
});
