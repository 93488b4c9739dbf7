// Every program we have (the corpus, the reference programs, the compiler's
// own cases) compiles to bytecode that passes the verifier: stack depth never
// negative nor above co_stacksize, consistent where paths meet, jumps and
// handlers inside the code, arguments in range.

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Op } from "../../src/vm/opcodes.js";
import type { CodeObject } from "../../src/compiler/code.js";
import { compile } from "../../src/compiler/index.js";
import { verifyCode } from "../../src/compiler/verify.js";
import { listCorpusPrograms } from "../helpers/corpus.js";

const referenceDir = "/work/shared/reference/";
const casesDir = fileURLToPath(new URL("./dis/", import.meta.url));

function programs(): { name: string; source: string }[] {
  const list = listCorpusPrograms().map((p) => ({ name: p.name, source: p.source }));
  for (const f of readdirSync(casesDir).filter((f) => f.endsWith(".py"))) {
    list.push({ name: `dis/${f}`, source: readFileSync(casesDir + f, "utf8") });
  }
  let references: string[] = [];
  try {
    references = readdirSync(referenceDir).filter((f) => f.endsWith(".py"));
  } catch {
    // The reference programs live outside the repository; without them, the rest still runs.
  }
  for (const f of references) list.push({ name: `reference/${f}`, source: readFileSync(referenceDir + f, "utf8") });
  return list;
}

describe("compiled bytecode passes the verifier", () => {
  const all = programs();
  it("has programs to check", () => {
    expect(all.length).toBeGreaterThan(300);
  });
  for (const p of all) {
    it(p.name, () => {
      expect(verifyCode(compile(p.source, p.name.split("/").pop()!))).toEqual([]);
    });
  }
});

describe("the verifier", () => {
  const base = (): CodeObject => compile("x = [a, b]\nfor i in x:\n    print(i)\n", "v.py");

  it("accepts sound code", () => {
    expect(verifyCode(base())).toEqual([]);
  });

  it("catches a stack size that is too small", () => {
    const code = { ...base(), co_stacksize: 1 };
    expect(verifyCode(code).join("\n")).toMatch(/exceeds co_stacksize/);
  });

  it("catches a jump out of the code", () => {
    const code = base();
    const bytes = code.co_code.slice();
    const i = [...Array(bytes.length / 2).keys()].find((k) => bytes[2 * k] === Op.JUMP_BACKWARD)!;
    bytes[2 * i + 1] = 1000;
    expect(verifyCode({ ...code, co_code: bytes }).join("\n")).toMatch(/jump target .* out of range/);
  });

  it("catches a stack underflow", () => {
    const code = base();
    const bytes = code.co_code.slice();
    bytes[2] = Op.POP_TOP;
    bytes[3] = 0;
    expect(verifyCode({ ...code, co_code: bytes }).join("\n")).toMatch(/underflow/);
  });

  it("catches a constant index out of range", () => {
    const code = base();
    expect(verifyCode({ ...code, co_consts: [] }).join("\n")).toMatch(/constant .* out of range/);
  });
});
