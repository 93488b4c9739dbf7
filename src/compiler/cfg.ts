// The control-flow graph: basic blocks in their layout order (`next`), each
// ending at a jump or an exit, with jumps pointing at blocks rather than at
// labels. Built from an InstructionSequence the way CPython's flowgraph.c
// builds it: a label starts a new block unless the current one is still
// empty and unlabelled, and every jump or exit ends its block.

import { Op, isJump, isScopeExit, isTerminator } from "../vm/opcodes.js";
import { hasTarget, type InstructionSequence, type Location } from "./instructions.js";

export interface CfgInstr {
  op: number;
  arg: number;
  loc: Location;
  /** The jump or handler target. */
  target: Block | null;
  /** The handler in effect where this instruction runs (null: none). */
  except: Block | null;
}

export class Block {
  instrs: CfgInstr[] = [];
  next: Block | null = null;
  /** The instruction index this block's label stood for; -1 if not a target. */
  label = -1;
  /** Stack depth on entry; -1 until known. */
  startDepth = -1;
  /** Index of the block's first instruction once laid out. */
  offset = 0;
  predecessors = 0;
  visited = false;
  exceptHandler = false;
  /** The handler receives the raising instruction's index (SETUP_CLEANUP, SETUP_WITH). */
  preserveLasti = false;
  cold = false;
  warm = false;
  /** The handler stack at entry, while exception targets are being labelled. */
  exceptStack: Block[] | null = null;
  /** Locals 0..31 and 32..63 that may be unbound at entry (bit i: local i), for LOAD_FAST_CHECK. */
  unsafeLow = 0;
  unsafeHigh = 0;

  get last(): CfgInstr | null {
    return this.instrs.length > 0 ? this.instrs[this.instrs.length - 1]! : null;
  }

  /** Control can run off the end of this block into `next`. */
  get hasFallthrough(): boolean {
    const last = this.last;
    return last === null || !isTerminator(last.op);
  }

  get exitsScope(): boolean {
    const last = this.last;
    return last !== null && isScopeExit(last.op);
  }

  get hasNoLineno(): boolean {
    for (const instr of this.instrs) if (instr.loc.lineno >= 0) return false;
    return true;
  }

  copyInstrs(): CfgInstr[] {
    return this.instrs.map((i) => ({ ...i }));
  }
}

export class Cfg {
  entry: Block;
  /** Every block created, in creation order, for the label bookkeeping. */
  readonly blocks: Block[] = [];

  constructor() {
    this.entry = this.newBlock();
  }

  newBlock(): Block {
    const b = new Block();
    this.blocks.push(b);
    return b;
  }

  maxLabel(): number {
    let max = -1;
    for (let b: Block | null = this.entry; b !== null; b = b.next) if (b.label > max) max = b.label;
    return max;
  }
}

export function nextNonemptyBlock(b: Block | null): Block | null {
  while (b !== null && b.instrs.length === 0) b = b.next;
  return b;
}

export function makeInstr(op: number, arg: number, loc: Location, target: Block | null = null): CfgInstr {
  return { op, arg, loc, target, except: null };
}

/** Make `instr` a different, argument-less and target-less instruction (NOP, POP_TOP ...). */
export function setOp0(instr: CfgInstr, op: number): void {
  instr.op = op;
  instr.arg = 0;
  instr.target = null;
}

/** Make `instr` a different instruction with an argument and no jump target. */
export function setOp1(instr: CfgInstr, op: number, arg: number): void {
  instr.op = op;
  instr.arg = arg;
  instr.target = null;
}

export function isNop(instr: CfgInstr): boolean {
  return instr.op === Op.NOP;
}

/** Cut an instruction sequence into basic blocks and resolve jump labels. */
export function cfgFromSequence(seq: InstructionSequence): Cfg {
  const { ops, args, locs, labelMap } = seq;
  const n = ops.length;
  const isTarget = new Uint8Array(n + 1);
  for (let i = 0; i < n; i++) {
    if (hasTarget(ops[i]!)) isTarget[labelMap[args[i]!]!] = 1;
  }
  const g = new Cfg();
  let cur = g.entry;
  // The last instruction added ended its block (a jump or an exit).
  let ended = false;
  for (let i = 0; i < n; i++) {
    if (isTarget[i] === 1) {
      // A label starts a block, unless the current one is still empty and unlabelled.
      if (cur.instrs.length > 0 || cur.label >= 0) cur = appendBlock(g, cur);
      cur.label = i;
      ended = false;
    } else if (ended) {
      cur = appendBlock(g, cur);
      ended = false;
    }
    const op = ops[i]!;
    const target = hasTarget(op);
    cur.instrs.push(makeInstr(op, target ? labelMap[args[i]!]! : args[i]!, locs[i]!));
    ended = isTerminator(op) || isJump(op);
  }
  resolveTargets(g);
  return g;
}

function appendBlock(g: Cfg, cur: Block): Block {
  const b = g.newBlock();
  cur.next = b;
  return b;
}

function resolveTargets(g: Cfg): void {
  const byLabel = new Map<number, Block>();
  for (let b: Block | null = g.entry; b !== null; b = b.next) if (b.label >= 0) byLabel.set(b.label, b);
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    for (const instr of b.instrs) {
      if (hasTarget(instr.op)) {
        const target = byLabel.get(instr.arg);
        if (target === undefined) throw new Error(`jump to unplaced label ${instr.arg}`);
        instr.target = target;
      }
    }
  }
}
