// The disassembly of each construct (tests/compiler/dis/*.py): pygil's exact
// listing is kept as a snapshot (NAME.dis), and must agree with CPython
// 3.13's (NAME.cpython.dis, written by scripts/gen-dis-expected.py) on
// everything but the effects of CPython's inline caches.

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { disassemble } from "../../src/compiler/dis.js";
import { compile } from "../../src/compiler/index.js";
import { normalizeListing } from "./listing.js";

const dir = fileURLToPath(new URL("./dis/", import.meta.url));
const cases = readdirSync(dir).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)).sort();

describe("disassembly of each construct", () => {
  it("covers the constructs", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const name of cases) {
    it(name, async () => {
      const source = readFileSync(`${dir}${name}.py`, "utf8");
      const listing = disassemble(compile(source, `${name}.py`));
      await expect(listing).toMatchFileSnapshot(`./dis/${name}.dis`);
      const cpython = readFileSync(`${dir}${name}.cpython.dis`, "utf8");
      expect(normalizeListing(listing)).toEqual(normalizeListing(cpython));
    });
  }
});

describe("listing normalisation", () => {
  it("ignores offsets, jump distances and EXTENDED_ARG but not opcodes", () => {
    const ours = "  3    L1:   10       JUMP_BACKWARD            4 (to L1)\n             12       LOAD_CONST               0 (1)";
    const theirs = "  3    L1:   30       EXTENDED_ARG             1\n             32       JUMP_BACKWARD          300 (to L1)\n             36       LOAD_CONST               0 (1)";
    expect(normalizeListing(ours)).toEqual(normalizeListing(theirs));
    const other = ours.replace("LOAD_CONST               0 (1)", "LOAD_CONST               0 (2)");
    expect(normalizeListing(other)).not.toEqual(normalizeListing(theirs));
  });
});
