// The disassembler: the listing `python3 -m dis -O FILE` prints in CPython
// 3.13, column for column (source line where a line starts, jump-target label,
// offset, opcode name, argument and its resolved value), followed by the
// exception table and, recursively, every nested code object.
//
// Offsets are 2 × the instruction index, as CPython's would be without its
// inline CACHE entries; jump arguments count instructions, so they are
// CPython's minus the caches in between. Code objects are shown as
// `<code object f at 0x..., file "x.py", line 3>` with an address made from
// their position in the listing (0x1000, 0x1001, ...), so a listing is the
// same from run to run.

import {
  BACKWARD_JUMPS, BINARY_OPERATORS, COMPARE_OPERATORS, CONVERSIONS, FUNCTION_ATTRIBUTE_NAMES,
  INTRINSICS_1, INTRINSICS_2, opcodeName, opcodeSpecs,
} from "../vm/opcodes.js";
import { exceptionTableEntries, isCodeObject, type CodeObject, type ExceptionTableEntry } from "./code.js";
import { reprConstant } from "./pyrepr.js";

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const NO_LINENO = "  --";

export function disassemble(code: CodeObject): string {
  const addresses = new Map<CodeObject, string>();
  const codeRepr = (c: CodeObject) => {
    let address = addresses.get(c);
    if (address === undefined) {
      address = `0x${(0x1000 + addresses.size).toString(16)}`;
      addresses.set(c, address);
    }
    return `<code object ${c.co_name} at ${address}, file "${c.co_filename}", line ${c.co_firstlineno}>`;
  };
  codeRepr(code);
  const out: string[] = [];
  disassembleRecursive(code, out, codeRepr);
  return out.join("\n") + "\n";
}

function disassembleRecursive(code: CodeObject, out: string[], codeRepr: (c: CodeObject) => string): void {
  disassembleOne(code, out, codeRepr);
  for (const c of code.co_consts) {
    if (isCodeObject(c)) {
      out.push("");
      out.push(`Disassembly of ${codeRepr(c)}:`);
      disassembleRecursive(c, out, codeRepr);
    }
  }
}

/** The source line of each instruction (null: none), and where lines start. */
function lineStarts(code: CodeObject): Map<number, number | null> {
  const starts = new Map<number, number | null>();
  const n = code.co_code.length >> 1;
  let last: number | null | undefined = undefined;
  for (let i = 0; i < n; i++) {
    const raw = code.co_positions[i * 4]!;
    const line = raw < 0 ? null : raw;
    if (line !== last) {
      starts.set(i, line);
      last = line;
    }
  }
  return starts;
}

function jumpTarget(index: number, op: number, arg: number): number {
  return BACKWARD_JUMPS.has(op) ? index + 1 - arg : index + 1 + arg;
}

/** Jump targets and exception-table boundaries, numbered L1, L2 ... in order. */
function labelsOf(code: CodeObject, entries: ExceptionTableEntry[]): Map<number, number> {
  const targets = new Set<number>();
  const n = code.co_code.length >> 1;
  for (let i = 0; i < n; i++) {
    const op = code.co_code[i * 2]!;
    if (opcodeSpecs[op]?.arg === "jump") targets.add(jumpTarget(i, op, code.co_code[i * 2 + 1]!));
  }
  for (const e of entries) {
    targets.add(e.start);
    targets.add(e.end);
    targets.add(e.target);
  }
  const labels = new Map<number, number>();
  [...targets].sort((a, b) => a - b).forEach((t, i) => labels.set(t, i + 1));
  return labels;
}

function linenoWidth(starts: Map<number, number | null>): number {
  const lines = [...starts.values()].filter((l): l is number => l !== null && l !== 0);
  if (lines.length === 0) return 0;
  let width = Math.max(3, String(Math.max(...lines)).length);
  if (width < NO_LINENO.length && [...starts.values()].includes(null)) width = NO_LINENO.length;
  return width;
}

function disassembleOne(code: CodeObject, out: string[], codeRepr: (c: CodeObject) => string): void {
  const entries = exceptionTableEntries(code);
  const labels = labelsOf(code, entries);
  const starts = lineStarts(code);
  const lineWidth = linenoWidth(starts);
  const labelWidth = 4 + String(labels.size).length;
  const n = code.co_code.length >> 1;
  const offsetWidth = String(Math.max(2 * n - 2, 9999)).length;
  for (let i = 0; i < n; i++) {
    const fields: string[] = [];
    const startsLine = starts.has(i);
    if (lineWidth > 0 && startsLine && i > 0) out.push("");
    if (lineWidth > 0) {
      if (startsLine) {
        const line = starts.get(i)!;
        fields.push(line === null ? NO_LINENO.padStart(lineWidth) : String(line).padStart(lineWidth));
      } else {
        fields.push(" ".repeat(lineWidth));
      }
    }
    const label = labels.get(i);
    fields.push(label !== undefined ? `L${label}:`.padStart(labelWidth) : " ".repeat(labelWidth));
    fields.push(`${String(2 * i).padStart(offsetWidth)}  `);
    fields.push("   ");
    const op = code.co_code[i * 2]!;
    const arg = code.co_code[i * 2 + 1]!;
    const name = opcodeName(op);
    fields.push(name.padEnd(OPNAME_WIDTH));
    if (opcodeSpecs[op]?.arg !== "none") {
      const excess = Math.max(0, name.length - OPNAME_WIDTH);
      fields.push(String(arg).padStart(OPARG_WIDTH - excess));
      const argrepr = argumentRepr(code, i, op, arg, labels, codeRepr);
      if (argrepr !== "") fields.push(`(${argrepr})`);
    }
    out.push(fields.join(" ").trimEnd());
  }
  if (entries.length > 0) {
    out.push("ExceptionTable:");
    for (const e of entries) {
      const lasti = e.lasti ? " lasti" : "";
      out.push(`  L${labels.get(e.start)} to L${labels.get(e.end)} -> L${labels.get(e.target)} [${e.depth}]${lasti}`);
    }
  }
}

function argumentRepr(
  code: CodeObject, index: number, op: number, arg: number, labels: Map<number, number>,
  codeRepr: (c: CodeObject) => string,
): string {
  const slot = (i: number) => code.co_localsplusnames[i] ?? `<${i}>`;
  const name = (i: number) => code.co_names[i] ?? `<${i}>`;
  switch (opcodeSpecs[op]!.arg) {
    case "const":
      return reprConstant(code.co_consts[arg]!, codeRepr);
    case "name":
      return name(arg);
    case "global":
      return name(arg >> 1) + ((arg & 1) !== 0 ? " + NULL" : "");
    case "attr":
      return name(arg >> 1) + ((arg & 1) !== 0 ? " + NULL|self" : "");
    case "superAttr":
      return name(arg >> 2) + ((arg & 1) !== 0 ? " + NULL|self" : "");
    case "local":
    case "free":
      return slot(arg);
    case "localPair":
      return `${slot(arg >> 4)}, ${slot(arg & 15)}`;
    case "jump":
      return `to L${labels.get(jumpTarget(index, op, arg))}`;
    case "compare": {
      const cmp = COMPARE_OPERATORS[arg >> 5] ?? "?";
      return (arg & 16) !== 0 ? `bool(${cmp})` : cmp;
    }
    case "binaryOp":
      return BINARY_OPERATORS[arg] ?? "?";
    case "intrinsic1":
      return INTRINSICS_1[arg] ?? "?";
    case "intrinsic2":
      return INTRINSICS_2[arg] ?? "?";
    case "convert":
      return CONVERSIONS[arg] ?? "?";
    case "functionAttr":
      return FUNCTION_ATTRIBUTE_NAMES.filter((_, bit) => (arg & (1 << bit)) !== 0).join(", ");
    default:
      return "";
  }
}
