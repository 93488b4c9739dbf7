// From an optimised control-flow graph to a CodeObject.
//
//   1. the stack depth at every block entry, and so co_stacksize and the
//      depth each exception handler unwinds to;
//   2. the frame layout: cell and free variables get their final slots
//      (code.ts), and the prologue (COPY_FREE_VARS, MAKE_CELL,
//      RETURN_GENERATOR) is prepended;
//   3. pseudo-instructions become real ones (SETUP_* and POP_BLOCK vanish,
//      JUMP becomes JUMP_FORWARD or JUMP_BACKWARD);
//   4. the blocks are laid out, jumps become relative, and the exception
//      table is built from each instruction's handler.

import { Op, isHandlerSetup, isJump, isTerminator, stackEffect } from "../vm/opcodes.js";
import {
  CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN, CO_FAST_LOCAL,
  CO_GENERATOR, type CodeObject,
} from "./code.js";
import { Block, makeInstr, type Cfg, type CfgInstr } from "./cfg.js";
import type { ConstPool } from "./consts.js";
import { removeRedundantNopsAndJumps } from "./flowgraph.js";
import { NO_LOCATION, type Location } from "./instructions.js";

/** What the code generator knows about a code unit besides its instructions. */
export interface CodeUnitMetadata {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  /** Local variable names -> index, arguments first. */
  varnames: Map<string, number>;
  /** Cell variable names -> cell index. */
  cellvars: Map<string, number>;
  /** Free variable names -> index, numbered after the cells. */
  freevars: Map<string, number>;
  /** Names made fast locals by an inlined comprehension (true while inside it). */
  fasthidden: Map<string, boolean>;
  names: Map<string, number>;
}

function isGenerator(flags: number): boolean {
  return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0;
}

export function assemble(g: Cfg, md: CodeUnitMetadata, consts: ConstPool): CodeObject {
  const stacksize = computeStackDepth(g);
  const { nlocalsplus, names, kinds } = prepareLocalsplus(g, md);
  convertPseudoOps(g);
  normalizeJumps(g);
  const { code, positions, exceptionTable } = linearize(g);
  const nlocals = md.varnames.size;
  return {
    co_name: md.name,
    co_qualname: md.qualname,
    co_filename: md.filename,
    co_firstlineno: md.firstlineno,
    co_argcount: md.argcount + md.posonlyargcount,
    co_posonlyargcount: md.posonlyargcount,
    co_kwonlyargcount: md.kwonlyargcount,
    co_flags: md.flags,
    co_code: code,
    co_consts: consts.values.slice(),
    co_names: [...md.names.keys()],
    co_localsplusnames: names,
    co_localspluskinds: kinds,
    co_nlocals: nlocals,
    co_ncellvars: nlocalsplus - nlocals - md.freevars.size,
    co_nfreevars: md.freevars.size,
    co_stacksize: stacksize,
    co_positions: positions,
    co_exceptiontable: exceptionTable,
  };
}

// ---------------------------------------------------------------------------
// Stack depth

/**
 * The deepest the stack gets on any path, and never less than one, as in
 * CPython; also sets every block's startDepth.
 */
export function computeStackDepth(g: Cfg): number {
  for (let b: Block | null = g.entry; b !== null; b = b.next) b.startDepth = -1;
  const stack: Block[] = [];
  let maxDepth = 1;
  const push = (b: Block, depth: number) => {
    if (b.startDepth >= 0 && b.startDepth !== depth) {
      throw new Error(`inconsistent stack depth: ${b.startDepth} and ${depth}`);
    }
    if (b.startDepth < depth) {
      b.startDepth = depth;
      stack.push(b);
    }
  };
  push(g.entry, 0);
  while (stack.length > 0) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    let next = b.next;
    for (const instr of b.instrs) {
      const newDepth = depth + stackEffect(instr.op, instr.arg, false);
      if (newDepth < 0) throw new Error("stack underflow");
      maxDepth = Math.max(maxDepth, newDepth);
      if (instr.target !== null) {
        const targetDepth = depth + stackEffect(instr.op, instr.arg, true);
        maxDepth = Math.max(maxDepth, targetDepth);
        push(instr.target, targetDepth);
      }
      depth = newDepth;
      if (isTerminator(instr.op)) {
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxDepth;
}

// ---------------------------------------------------------------------------
// Frame layout

/**
 * Cell indices (cells first, then free variables) to frame slots. A cell that
 * is also an argument lives in the argument's slot.
 */
function buildCellFixedOffsets(md: CodeUnitMetadata): number[] {
  const nlocals = md.varnames.size;
  const fixed: number[] = [];
  for (let i = 0; i < md.cellvars.size + md.freevars.size; i++) fixed.push(nlocals + i);
  for (const [name, cellIndex] of md.cellvars) {
    const varIndex = md.varnames.get(name);
    if (varIndex !== undefined) fixed[cellIndex] = varIndex;
  }
  return fixed;
}

function insertPrefixInstructions(g: Cfg, md: CodeUnitMetadata, fixed: number[]): void {
  const prefix: CfgInstr[] = [];
  if (md.freevars.size > 0) prefix.push(makeInstr(Op.COPY_FREE_VARS, md.freevars.size, NO_LOCATION));
  const ncells = md.cellvars.size;
  if (ncells > 0) {
    // MAKE_CELL in slot order; argument cells come first.
    const bySlot = [...md.cellvars.values()].sort((a, b) => fixed[a]! - fixed[b]!);
    for (const cellIndex of bySlot) prefix.push(makeInstr(Op.MAKE_CELL, cellIndex, NO_LOCATION));
  }
  if (isGenerator(md.flags)) {
    const loc: Location = { lineno: md.firstlineno, end_lineno: md.firstlineno, col_offset: -1, end_col_offset: -1 };
    prefix.push(makeInstr(Op.RETURN_GENERATOR, 0, loc), makeInstr(Op.POP_TOP, 0, loc));
  }
  g.entry.instrs.unshift(...prefix);
}

const DEREF_OPS: ReadonlySet<number> = new Set([
  Op.MAKE_CELL, Op.LOAD_CLOSURE, Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_FROM_DICT_OR_DEREF,
]);

function prepareLocalsplus(g: Cfg, md: CodeUnitMetadata): { nlocalsplus: number; names: string[]; kinds: Uint8Array } {
  const nlocals = md.varnames.size;
  const fixed = buildCellFixedOffsets(md);
  insertPrefixInstructions(g, md, fixed);
  let dropped = 0;
  for (let i = 0; i < fixed.length; i++) {
    if (fixed[i] === i + nlocals) fixed[i] -= dropped;
    else dropped++;
  }
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    for (const instr of b.instrs) if (DEREF_OPS.has(instr.op)) instr.arg = fixed[instr.arg]!;
  }
  const nlocalsplus = nlocals + md.cellvars.size + md.freevars.size - dropped;
  const names: string[] = new Array(nlocalsplus).fill("");
  const kinds = new Uint8Array(nlocalsplus);
  for (const [name, i] of md.varnames) {
    names[i] = name;
    kinds[i] = CO_FAST_LOCAL | (md.fasthidden.has(name) ? CO_FAST_HIDDEN : 0) | (md.cellvars.has(name) ? CO_FAST_CELL : 0);
  }
  for (const [name, i] of md.cellvars) {
    if (md.varnames.has(name)) continue;
    names[fixed[i]!] = name;
    kinds[fixed[i]!] = CO_FAST_CELL;
  }
  for (const [name, i] of md.freevars) {
    names[fixed[i]!] = name;
    kinds[fixed[i]!] = CO_FAST_FREE;
  }
  return { nlocalsplus, names, kinds };
}

// ---------------------------------------------------------------------------
// Pseudo-instructions and jumps

function convertPseudoOps(g: Cfg): void {
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    for (const instr of b.instrs) {
      if (isHandlerSetup(instr.op) || instr.op === Op.POP_BLOCK) {
        instr.op = Op.NOP;
        instr.arg = 0;
        instr.target = null;
      } else if (instr.op === Op.LOAD_CLOSURE) {
        instr.op = Op.LOAD_FAST;
      } else if (instr.op === Op.STORE_FAST_MAYBE_NULL) {
        instr.op = Op.STORE_FAST;
      }
    }
  }
  removeRedundantNopsAndJumps(g);
}

const REVERSED_CONDITION: Record<number, number> = {
  [Op.POP_JUMP_IF_NOT_NONE]: Op.POP_JUMP_IF_NONE,
  [Op.POP_JUMP_IF_NONE]: Op.POP_JUMP_IF_NOT_NONE,
  [Op.POP_JUMP_IF_FALSE]: Op.POP_JUMP_IF_TRUE,
  [Op.POP_JUMP_IF_TRUE]: Op.POP_JUMP_IF_FALSE,
};

/**
 * JUMP becomes JUMP_FORWARD or JUMP_BACKWARD by the target's position;
 * conditional jumps only go forward, so a backward one becomes the reversed
 * condition over a JUMP_BACKWARD.
 */
function normalizeJumps(g: Cfg): void {
  for (let b: Block | null = g.entry; b !== null; b = b.next) b.visited = false;
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    b.visited = true;
    const last = b.last;
    if (last === null || !isJump(last.op)) continue;
    const isForward = !last.target!.visited;
    if (last.op === Op.JUMP) {
      last.op = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
      continue;
    }
    if (last.op === Op.JUMP_NO_INTERRUPT) {
      last.op = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
      continue;
    }
    const reversed = REVERSED_CONDITION[last.op];
    if (reversed === undefined || isForward) continue;
    const backwardsJump = g.newBlock();
    backwardsJump.instrs.push(makeInstr(Op.JUMP, 0, last.loc, last.target));
    last.op = reversed;
    last.target = b.next;
    backwardsJump.cold = b.cold;
    backwardsJump.next = b.next;
    b.next = backwardsJump;
  }
}

// ---------------------------------------------------------------------------
// Layout

function linearize(g: Cfg): { code: Int32Array; positions: Int32Array; exceptionTable: Int32Array } {
  let count = 0;
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    b.offset = count;
    count += b.instrs.length;
  }
  const code = new Int32Array(count * 2);
  const positions = new Int32Array(count * 4);
  const table: number[] = [];
  let index = 0;
  let handler: Block | null = null;
  let start = -1;
  const closeRange = (end: number) => {
    if (handler === null) return;
    const lasti = handler.preserveLasti ? 1 : 0;
    const depth = handler.startDepth - 1 - lasti;
    table.push(start, end, nextNonempty(handler).offset, (depth << 1) | lasti);
  };
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    for (const instr of b.instrs) {
      let arg = instr.arg;
      if (isJump(instr.op)) {
        const target = nextNonempty(instr.target!).offset;
        arg = target > index ? target - index - 1 : index + 1 - target;
      }
      code[index * 2] = instr.op;
      code[index * 2 + 1] = arg;
      const loc = instr.loc;
      positions[index * 4] = loc.lineno;
      positions[index * 4 + 1] = loc.end_lineno;
      positions[index * 4 + 2] = loc.col_offset;
      positions[index * 4 + 3] = loc.end_col_offset;
      if (instr.except !== handler) {
        closeRange(index);
        start = index;
        handler = instr.except;
      }
      index++;
    }
  }
  closeRange(index);
  return { code, positions, exceptionTable: Int32Array.from(table) };
}

function nextNonempty(b: Block): Block {
  let cur: Block | null = b;
  while (cur !== null && cur.instrs.length === 0) cur = cur.next;
  if (cur === null) throw new Error("jump past the end of the code");
  return cur;
}
