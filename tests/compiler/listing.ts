// Disassembly listings reduced to what pygil and CPython must agree on.
//
// CPython's bytecode has inline CACHE entries that pygil's has not, so offsets,
// jump distances and EXTENDED_ARG prefixes differ; code object addresses differ
// too, and a frozenset constant's items come in hash order. Everything else
// (line starts, labels, opcodes, arguments and their resolved values, the
// exception tables) must be identical.

const INSTRUCTION = /^\s*(?:(\d+|--)\s+)?(?:(L\d+):\s+)?(\d+)\s+([A-Z_0-9]+)(?:\s+(-?\d+))?(?:\s+\((.*)\))?\s*$/;

const JUMPS = new Set([
  "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "POP_JUMP_IF_FALSE",
  "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE", "FOR_ITER", "SEND",
]);

function sortFrozenset(argrepr: string): string {
  if (!argrepr.startsWith("frozenset({")) return argrepr;
  const items = argrepr.slice("frozenset({".length, -2).split(", ").sort();
  return `frozenset({${items.join(", ")}})`;
}

export function normalizeListing(listing: string): string[] {
  const out: string[] = [];
  let carried: [string | undefined, string | undefined] | null = null;
  for (const raw of listing.split("\n")) {
    const line = raw.replace(/ at 0x[0-9a-f]+,/g, " at ADDR,");
    const m = INSTRUCTION.exec(line);
    if (m === null) {
      out.push(line.trimEnd());
      continue;
    }
    let [, lineno, label, , op, arg, argrepr] = m;
    if (op === "EXTENDED_ARG") {
      carried = [lineno, label];
      continue;
    }
    if (carried !== null) {
      lineno ??= carried[0];
      label ??= carried[1];
      carried = null;
    }
    if (JUMPS.has(op!)) arg = undefined;
    out.push([lineno ?? "", label ?? "", op, arg ?? "", sortFrozenset(argrepr ?? "")].join(" ").trimEnd());
  }
  return out;
}
