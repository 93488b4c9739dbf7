// The opcode table against CPython 3.13 (tests/compiler/data/cpython-opcodes.json,
// written by scripts/gen-opcode-table.py): same numbers, same stack effects.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OPCODES, Op, hasArg, isPseudo, opcodeName, stackEffect, type OpcodeName } from "../../src/vm/opcodes.js";

interface CPythonOpcode {
  code: number;
  hasArg: boolean;
  args: number[] | null;
  effect: number[];
  jumpEffect: number[];
}

const cpython = JSON.parse(
  readFileSync(new URL("./data/cpython-opcodes.json", import.meta.url), "utf8"),
) as Record<string, CPythonOpcode>;

const names = Object.keys(OPCODES) as OpcodeName[];

describe("the opcode table", () => {
  it("gives every opcode its own number", () => {
    const codes = names.map((n) => OPCODES[n].code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("defines only opcodes CPython 3.13 has, with CPython's numbers", () => {
    for (const name of names) {
      expect(cpython[name], name).toBeDefined();
      expect(OPCODES[name].code, name).toBe(cpython[name]!.code);
    }
  });

  it("marks the same opcodes as taking an argument", () => {
    for (const name of names) {
      if (isPseudo(OPCODES[name].code)) continue;
      expect(hasArg(OPCODES[name].code), name).toBe(cpython[name]!.hasArg);
    }
  });

  it("has CPython's stack effects, falling through and jumping", () => {
    for (const name of names) {
      const theirs = cpython[name]!;
      const args = theirs.args ?? [0];
      args.forEach((arg, i) => {
        expect(stackEffect(Op[name], arg, false), `${name} ${arg}`).toBe(theirs.effect[i]);
        expect(stackEffect(Op[name], arg, true), `${name} ${arg} jumping`).toBe(theirs.jumpEffect[i]);
      });
    }
  });

  it("has a meaning for every opcode", () => {
    for (const name of names) expect(OPCODES[name].meaning.length, name).toBeGreaterThan(3);
  });

  it("names opcodes by number", () => {
    expect(opcodeName(Op.LOAD_FAST)).toBe("LOAD_FAST");
    expect(Op.LOAD_FAST).toBe(85);
    expect(opcodeName(250)).toBe("<250>");
  });
});
