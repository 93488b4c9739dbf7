// A symbol table as text, one block per header line and one name per line,
// in the format scripts/gen-symtables.py writes from CPython's `symtable`
// module, so the two can be compared line for line.

import { describeSymbol } from "./symtable-flags.js";
import type { SymbolTableEntry } from "./symtable.js";

export function dumpSymbolTable(entry: SymbolTableEntry, indent = ""): string {
  let out = `${indent}${entry.type} ${entry.name} line ${entry.position.lineno}\n`;
  const names = [...entry.symbols.keys()].sort();
  for (const name of names) {
    out += `${indent}  ${name}: ${describeSymbol(entry.symbols.get(name)!)}\n`;
  }
  for (const child of entry.children) out += dumpSymbolTable(child, indent + "    ");
  return out;
}
