// Character names for `\N{...}` escapes. Node carries no Unicode name
// database, so the names come from a generated subset (unicode-names.txt,
// see scripts/gen-unicode-names.py), read into a map on first use: few
// programs use `\N{...}`, and the table is too big to load at every start.
// CPython matches names without regard to case; CJK ideograph names are
// computed.

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The data file sits beside this module's source; from dist/grammar/, that is ../../grammar/. */
function readNameData(): string {
  const beside = fileURLToPath(new URL("./unicode-names.txt", import.meta.url));
  const source = fileURLToPath(new URL("../../grammar/unicode-names.txt", import.meta.url));
  return readFileSync(existsSync(beside) ? beside : source, "utf8");
}

let byName: Map<string, number> | null = null;
let byCode: Map<number, string[]> | null = null;

function table(): Map<string, number> {
  if (byName === null) {
    byName = new Map();
    for (const line of readNameData().split("\n")) {
      const space = line.indexOf(" ");
      if (space > 0) byName.set(line.slice(space + 1), parseInt(line.slice(0, space), 16));
    }
  }
  return byName;
}

const cjkIdeograph = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/;
const cjkRanges: [number, number][] = [
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0x20000, 0x2a6df], [0x2a700, 0x2b739],
  [0x2b740, 0x2b81d], [0x2b820, 0x2cea1], [0x2ceb0, 0x2ebe0], [0x30000, 0x3134a], [0x31350, 0x323af],
];

/** The code point named `name`, or undefined when the name is not known here. */
export function lookupCharacterName(name: string): number | undefined {
  const cjk = cjkIdeograph.exec(name);
  if (cjk !== null) {
    const cp = parseInt(cjk[1]!, 16);
    return cjkRanges.some(([lo, hi]) => cp >= lo && cp <= hi) ? cp : undefined;
  }
  return table().get(name.toUpperCase());
}

/** Every name (aliases included) known here for code point `cp`; CJK ideographs' names are computed. */
export function characterNames(cp: number): string[] {
  if (cjkRanges.some(([lo, hi]) => cp >= lo && cp <= hi)) return [`CJK UNIFIED IDEOGRAPH-${cp.toString(16).toUpperCase()}`];
  if (byCode === null) {
    byCode = new Map();
    for (const [name, code] of table()) {
      const names = byCode.get(code);
      if (names === undefined) byCode.set(code, [name]);
      else names.push(name);
    }
  }
  return byCode.get(cp) ?? [];
}
