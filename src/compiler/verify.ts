// A bytecode verifier: checks a code object (and those nested in it) for the
// properties the interpreter relies on without checking at run time.
//
//   - every opcode is a real instruction and every argument is in range
//     (constants, names, frame slots, jump targets);
//   - along every path, including into exception handlers, the value stack
//     never underflows, never exceeds co_stacksize, and has the same depth
//     wherever paths meet; COPY and SWAP only reach existing items;
//   - no path runs off the end of the code;
//   - the exception table is sorted, its ranges lie inside the code, and a
//     handler never unwinds to a depth above the stack it interrupts.
//
// It simulates stack depths only (an abstract interpretation); it says
// nothing about the values.

import {
  BACKWARD_JUMPS, BINARY_OPERATORS, CONVERSIONS, INTRINSICS_1, INTRINSICS_2, Op, SCOPE_EXITS, UNCONDITIONAL_JUMPS,
  isPseudo, opcodeName, opcodeSpecs, stackEffect,
} from "../vm/opcodes.js";
import { exceptionTableEntries, isCodeObject, type CodeObject, type ExceptionTableEntry } from "./code.js";

/** Problems found in `code` and its nested code objects; empty when it is sound. */
export function verifyCode(code: CodeObject): string[] {
  const problems: string[] = [];
  verifyOne(code, problems);
  for (const c of code.co_consts) if (isCodeObject(c)) problems.push(...verifyCode(c));
  return problems;
}

function verifyOne(code: CodeObject, problems: string[]): void {
  const where = (i: number) => `${code.co_qualname} at offset ${2 * i}`;
  const n = code.co_code.length >> 1;
  if (code.co_code.length % 2 !== 0) problems.push(`${code.co_qualname}: odd co_code length`);
  if (code.co_positions.length !== 4 * n) problems.push(`${code.co_qualname}: co_positions has the wrong length`);
  if (code.co_localspluskinds.length !== code.co_localsplusnames.length) {
    problems.push(`${code.co_qualname}: slot names and kinds differ in number`);
  }
  for (let i = 0; i < n; i++) checkInstruction(code, i, (msg) => problems.push(`${where(i)}: ${msg}`));
  const entries = exceptionTableEntries(code);
  checkExceptionTable(code, entries, (msg) => problems.push(`${code.co_qualname}: ${msg}`));
  if (problems.length === 0) simulateStack(code, entries, (i, msg) => problems.push(`${where(i)}: ${msg}`));
}

function jumpTarget(i: number, op: number, arg: number): number {
  return BACKWARD_JUMPS.has(op) ? i + 1 - arg : i + 1 + arg;
}

function checkInstruction(code: CodeObject, i: number, report: (msg: string) => void): void {
  const op = code.co_code[2 * i]!;
  const arg = code.co_code[2 * i + 1]!;
  const spec = opcodeSpecs[op];
  if (spec === undefined || isPseudo(op)) return report(`unknown or pseudo opcode ${op}`);
  const n = code.co_code.length >> 1;
  const slots = code.co_localsplusnames.length;
  const inRange = (value: number, limit: number, what: string) => {
    if (value < 0 || value >= limit) report(`${opcodeName(op)}: ${what} ${value} out of range (${limit})`);
  };
  switch (spec.arg) {
    case "const":
      return inRange(arg, code.co_consts.length, "constant");
    case "name":
      return inRange(arg, code.co_names.length, "name");
    case "global":
    case "attr":
      return inRange(arg >> 1, code.co_names.length, "name");
    case "superAttr":
      return inRange(arg >> 2, code.co_names.length, "name");
    case "local":
    case "free":
      return inRange(arg, slots, "slot");
    case "localPair":
      inRange(arg >> 4, slots, "slot");
      return inRange(arg & 15, slots, "slot");
    case "jump": {
      const target = jumpTarget(i, op, arg);
      inRange(target, n, "jump target");
      if (op === Op.FOR_ITER) inRange(target + 2, n, "loop exit");
      return;
    }
    case "compare":
      return inRange(arg >> 5, 6, "comparison");
    case "binaryOp":
      return inRange(arg, BINARY_OPERATORS.length, "operator");
    case "intrinsic1":
      return inRange(arg, INTRINSICS_1.length, "intrinsic");
    case "intrinsic2":
      return inRange(arg, INTRINSICS_2.length, "intrinsic");
    case "convert":
      if (arg < 1 || arg >= CONVERSIONS.length) report(`CONVERT_VALUE: bad conversion ${arg}`);
      return;
    case "functionAttr":
      if (![1, 2, 4, 8].includes(arg)) report(`SET_FUNCTION_ATTRIBUTE: bad attribute ${arg}`);
      return;
  }
  if ((op === Op.COPY || op === Op.SWAP) && arg < 1) report(`${opcodeName(op)} ${arg}`);
}

function checkExceptionTable(code: CodeObject, entries: ExceptionTableEntry[], report: (msg: string) => void): void {
  const n = code.co_code.length >> 1;
  let previousEnd = 0;
  for (const e of entries) {
    if (!(e.start < e.end && e.end <= n)) report(`exception range ${e.start}..${e.end} is not inside the code`);
    if (e.start < previousEnd) report(`exception ranges overlap or are unsorted at ${e.start}`);
    if (e.target < 0 || e.target >= n) report(`exception handler ${e.target} is not inside the code`);
    if (e.depth < 0) report(`negative handler depth ${e.depth}`);
    previousEnd = e.end;
  }
}

/** Depth-first over all paths, recording the stack depth on entry to each instruction. */
function simulateStack(code: CodeObject, entries: ExceptionTableEntry[], report: (i: number, msg: string) => void): void {
  const n = code.co_code.length >> 1;
  const depthAt = new Int32Array(n).fill(-1);
  const handlerOf = new Array<ExceptionTableEntry | null>(n).fill(null);
  for (const e of entries) for (let i = e.start; i < e.end; i++) handlerOf[i] = e;
  const work: number[] = [];
  const reach = (from: number, to: number, depth: number) => {
    if (to >= n) return report(from, "execution runs off the end of the code");
    if (depth > code.co_stacksize) return report(from, `stack depth ${depth} exceeds co_stacksize ${code.co_stacksize}`);
    if (depthAt[to] === -1) {
      depthAt[to] = depth;
      work.push(to);
    } else if (depthAt[to] !== depth) {
      report(to, `stack depth ${depth} from offset ${2 * from} disagrees with ${depthAt[to]}`);
    }
  };
  reach(0, 0, 0);
  while (work.length > 0) {
    const i = work.pop()!;
    const depth = depthAt[i]!;
    const op = code.co_code[2 * i]!;
    const arg = code.co_code[2 * i + 1]!;
    if ((op === Op.COPY || op === Op.SWAP) && arg > depth) report(i, `${opcodeName(op)} ${arg} reaches below the stack (${depth})`);
    const after = depth + stackEffect(op, arg, false);
    if (after < 0) {
      report(i, `stack underflow (${depth} items, effect ${stackEffect(op, arg, false)})`);
      continue;
    }
    const handler = handlerOf[i];
    if (handler !== null) {
      if (handler.depth > depth) report(i, `handler unwinds to depth ${handler.depth}, above the stack (${depth})`);
      reach(i, handler.target, handler.depth + (handler.lasti ? 1 : 0) + 1);
    }
    if (opcodeSpecs[op]!.arg === "jump") {
      reach(i, jumpTarget(i, op, arg), depth + stackEffect(op, arg, true));
    }
    if (!UNCONDITIONAL_JUMPS.has(op) && !SCOPE_EXITS.has(op)) reach(i, i + 1, after);
  }
}
