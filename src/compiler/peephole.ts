// Rewrites inside one basic block, as CPython 3.13's optimize_basic_block does
// them. Each rewrite keeps the block's length and fills what it removes with
// NOPs, which a later pass drops (keeping those a line-number event needs).

import { COMPARE_BOOL_FLAG, Op } from "../vm/opcodes.js";
import { makeInstr, setOp0, setOp1, type Block, type CfgInstr } from "./cfg.js";
import { constantIsTrue, type ConstPool } from "./consts.js";

export function optimizeBasicBlock(bb: Block, consts: ConstPool): void {
  const instrs = bb.instrs;
  let opcode = 0;
  let oparg = 0;
  let target: CfgInstr | null = null;
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i]!;
    // `LOAD_CONST c; COPY 1` is treated as loading c again.
    const isCopyOfLoadConst = opcode === Op.LOAD_CONST && inst.op === Op.COPY && inst.arg === 1;
    if (!isCopyOfLoadConst) {
      opcode = inst.op;
      oparg = inst.arg;
      target = inst.target !== null && inst.target.instrs.length > 0 ? inst.target.instrs[0]! : null;
    }
    const next = instrs[i + 1];
    const nextop = next?.op ?? 0;
    switch (opcode) {
      case Op.LOAD_CONST:
        i = optimizeLoadConst(bb, i, oparg, consts);
        break;
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === next!.arg) {
          if (oparg === 1) {
            setOp0(inst, Op.NOP);
            setOp0(next!, Op.NOP);
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            setOp0(inst, Op.NOP);
            next!.op = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOfConstants(bb, i, oparg, consts);
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
        if (target?.op === Op.JUMP) i -= jumpThread(bb, inst, target, inst.op);
        break;
      case Op.JUMP:
      case Op.JUMP_NO_INTERRUPT:
        if (target?.op === Op.JUMP) {
          i -= jumpThread(bb, inst, target, Op.JUMP);
          continue;
        }
        if (target?.op === Op.JUMP_NO_INTERRUPT) {
          i -= jumpThread(bb, inst, target, opcode);
          continue;
        }
        break;
      case Op.STORE_FAST:
        // `x = x = v`: the first store is dead.
        if (nextop === Op.STORE_FAST && oparg === next!.arg && inst.loc.lineno === next!.loc.lineno) {
          setOp0(inst, Op.POP_TOP);
        }
        break;
      case Op.SWAP:
        if (oparg === 1) setOp0(inst, Op.NOP);
        break;
      case Op.LOAD_GLOBAL:
        if (nextop === Op.PUSH_NULL && (oparg & 1) === 0) {
          setOp1(inst, Op.LOAD_GLOBAL, oparg | 1);
          setOp0(next!, Op.NOP);
        }
        break;
      case Op.COMPARE_OP:
        if (nextop === Op.TO_BOOL) {
          setOp0(inst, Op.NOP);
          setOp1(next!, Op.COMPARE_OP, oparg | COMPARE_BOOL_FLAG);
          continue;
        }
        break;
      case Op.CONTAINS_OP:
      case Op.IS_OP:
        if (nextop === Op.TO_BOOL) {
          setOp0(inst, Op.NOP);
          setOp1(next!, opcode, oparg);
          continue;
        }
        break;
      case Op.TO_BOOL:
        if (nextop === Op.TO_BOOL) {
          setOp0(inst, Op.NOP);
          continue;
        }
        break;
      case Op.UNARY_NOT:
        if (nextop === Op.TO_BOOL) {
          setOp0(inst, Op.NOP);
          setOp0(next!, Op.UNARY_NOT);
          continue;
        }
        if (nextop === Op.UNARY_NOT) {
          setOp0(inst, Op.NOP);
          setOp0(next!, Op.NOP);
          continue;
        }
        break;
    }
  }
  for (let i = 0; i < instrs.length; i++) {
    if (instrs[i]!.op === Op.SWAP) {
      i = swaptimize(bb, i);
      applyStaticSwaps(bb, i);
    }
  }
}

/** Rewrites around `LOAD_CONST c` (at index i); returns the index to continue from. */
function optimizeLoadConst(bb: Block, i: number, oparg: number, consts: ConstPool): number {
  const instrs = bb.instrs;
  const inst = instrs[i]!;
  const next = instrs[i + 1];
  if (next === undefined) return i;
  const value = consts.values[oparg]!;
  switch (next.op) {
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE: {
      // A constant condition: the jump is always or never taken.
      setOp0(inst, Op.NOP);
      const jumpIfTrue = next.op === Op.POP_JUMP_IF_TRUE;
      if (constantIsTrue(value) === jumpIfTrue) next.op = Op.JUMP;
      else setOp0(next, Op.NOP);
      return i;
    }
    case Op.IS_OP: {
      // `x is None` / `x is not None` feeding a jump becomes POP_JUMP_IF_[NOT_]NONE.
      if (value !== null || instrs.length <= i + 2) return i;
      let jump = instrs[i + 2]!;
      if (jump.op === Op.TO_BOOL) {
        setOp0(jump, Op.NOP);
        if (instrs.length <= i + 3) return i;
        jump = instrs[i + 3]!;
      }
      let invert = next.arg === 1;
      if (jump.op === Op.POP_JUMP_IF_FALSE) invert = !invert;
      else if (jump.op !== Op.POP_JUMP_IF_TRUE) return i;
      setOp0(inst, Op.NOP);
      setOp0(next, Op.NOP);
      jump.op = invert ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
      return i;
    }
    case Op.RETURN_VALUE:
      setOp0(inst, Op.NOP);
      setOp1(next, Op.RETURN_CONST, oparg);
      return i + 1;
    case Op.TO_BOOL: {
      const index = consts.add(constantIsTrue(value));
      setOp0(inst, Op.NOP);
      setOp1(next, Op.LOAD_CONST, index);
      return i;
    }
  }
  return i;
}

/** `LOAD_CONST a; LOAD_CONST b; BUILD_TUPLE 2` becomes `LOAD_CONST (a, b)`. */
function foldTupleOfConstants(bb: Block, i: number, n: number, consts: ConstPool): void {
  const instrs = bb.instrs;
  for (let k = i - n; k < i; k++) if (instrs[k]!.op !== Op.LOAD_CONST) return;
  const items = instrs.slice(i - n, i).map((instr) => consts.values[instr.arg]!);
  const index = consts.add({ tuple: items });
  for (let k = i - n; k < i; k++) setOp0(instrs[k]!, Op.NOP);
  setOp1(instrs[i]!, Op.LOAD_CONST, index);
}

/**
 * A jump to an unconditional jump goes straight to the final target: the jump
 * becomes a NOP (kept if a line event needs it) followed by a new jump with
 * the second jump's location. Returns 1 when the block changed.
 */
function jumpThread(bb: Block, inst: CfgInstr, target: CfgInstr, opcode: number): number {
  if (inst.target === target.target) return 0;
  setOp0(inst, Op.NOP);
  inst.target = null;
  bb.instrs.push(makeInstr(opcode, 0, target.loc, target.target));
  return 1;
}

// ---------------------------------------------------------------------------
// SWAP runs

/** Replace a run of SWAPs and NOPs starting at `ix` with an optimal one; returns its last index. */
function swaptimize(bb: Block, ix: number): number {
  const run = bb.instrs;
  let depth = run[ix]!.arg;
  let len = 0;
  let more = false;
  const limit = run.length - ix;
  while (++len < limit) {
    const op = run[ix + len]!.op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, run[ix + len]!.arg);
      more = true;
    } else if (op !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const instr = run[ix + i]!;
    if (instr.op === Op.SWAP) {
      const t = stack[0]!;
      stack[0] = stack[instr.arg - 1]!;
      stack[instr.arg - 1] = t;
    }
  }
  // Rebuild the permutation from its cycles, writing SWAPs from the end.
  const VISITED = -1;
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j !== 0) {
        setOp1(run[ix + current]!, Op.SWAP, j + 1);
        current--;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j]!;
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) {
    setOp0(run[ix + current]!, Op.NOP);
    current--;
  }
  return ix + len - 1;
}

function isSwappable(op: number): boolean {
  return op === Op.STORE_FAST || op === Op.STORE_FAST_MAYBE_NULL || op === Op.POP_TOP;
}

function storesTo(instr: CfgInstr): number {
  return instr.op === Op.STORE_FAST || instr.op === Op.STORE_FAST_MAYBE_NULL ? instr.arg : -1;
}

function nextSwappableInstruction(bb: Block, i: number, lineno: number): number {
  const instrs = bb.instrs;
  while (++i < instrs.length) {
    const instr = instrs[i]!;
    // Reordering across a line change could alter which names are bound at a line event.
    if (lineno >= 0 && instr.loc.lineno !== lineno) return -1;
    if (instr.op === Op.NOP) continue;
    return isSwappable(instr.op) ? i : -1;
  }
  return -1;
}

/** `SWAP 2; POP_TOP; STORE_FAST x` becomes `STORE_FAST x; POP_TOP`: swap instructions, not values. */
function applyStaticSwaps(bb: Block, i: number): void {
  const instrs = bb.instrs;
  for (; i >= 0; i--) {
    const swap = instrs[i]!;
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || isSwappable(swap.op)) continue;
      return;
    }
    const j = nextSwappableInstruction(bb, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = instrs[j]!.loc.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappableInstruction(bb, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(instrs[j]!);
    const storeK = storesTo(instrs[k]!);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(instrs[idx]!);
        if (s >= 0 && (s === storeJ || s === storeK)) return;
      }
    }
    setOp0(swap, Op.NOP);
    const t = instrs[j]!;
    instrs[j] = instrs[k]!;
    instrs[k] = t;
  }
}
