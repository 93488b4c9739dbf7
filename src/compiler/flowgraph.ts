// Optimisations on the control-flow graph, in the order CPython 3.13 applies
// them, so that the bytecode (and what `dis` shows) comes out the same:
//
//   1. label exception handlers: which handler covers each instruction, from
//      the SETUP_* / POP_BLOCK pseudo-instructions, walking every path;
//   2. inline small exit blocks, drop unreachable blocks, give line numbers to
//      artificial exits;
//   3. peephole rewrites inside each block (peephole.ts): constant
//      conditions, tuple folding, jump threading, RETURN_CONST ...;
//   4. drop NOPs and jumps to the next block; drop unused constants;
//   5. LOAD_FAST becomes LOAD_FAST_CHECK where a local may be unbound;
//   6. superinstructions (LOAD_FAST_LOAD_FAST ...);
//   7. exception handlers and the code only they reach move to the end.
//
// Invariant kept throughout: every block ends at its first jump or exit, and
// every jump's target is a block of the graph.

import { Op, isHandlerSetup, isJump, isUnconditionalJump } from "../vm/opcodes.js";
import { Block, makeInstr, nextNonemptyBlock, setOp0, setOp1, type Cfg, type CfgInstr } from "./cfg.js";
import type { ConstPool } from "./consts.js";
import { NO_LOCATION } from "./instructions.js";
import { optimizeBasicBlock } from "./peephole.js";

/** Everything done to a code unit's graph before it is assembled. */
export function optimizeCodeUnit(g: Cfg, consts: ConstPool, nlocals: number, nparams: number): void {
  markExceptHandlers(g);
  labelExceptionTargets(g);
  optimizeCfg(g, consts);
  removeUnusedConsts(g, consts);
  addChecksForLoadsOfUninitializedVariables(g, nlocals, nparams);
  insertSuperinstructions(g);
  pushColdBlocksToEnd(g);
  resolveLineNumbers(g);
}

function isBlockPush(instr: CfgInstr): boolean {
  return isHandlerSetup(instr.op);
}

// ---------------------------------------------------------------------------
// Exception handlers

function markExceptHandlers(g: Cfg): void {
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    for (const instr of b.instrs) if (isBlockPush(instr)) instr.target!.exceptHandler = true;
  }
}

function resetVisited(g: Cfg): void {
  for (let b: Block | null = g.entry; b !== null; b = b.next) b.visited = false;
}

/**
 * Walk every path, keeping the stack of active handlers (pushed by SETUP_*,
 * popped by POP_BLOCK), and record each instruction's innermost handler.
 */
function labelExceptionTargets(g: Cfg): void {
  resetVisited(g);
  const todo: Block[] = [g.entry];
  g.entry.visited = true;
  g.entry.exceptStack = [];
  while (todo.length > 0) {
    const b = todo.pop()!;
    let stack: Block[] = b.exceptStack!;
    b.exceptStack = null;
    let handler = top(stack);
    let lastYieldExceptDepth = -1;
    for (const instr of b.instrs) {
      if (isBlockPush(instr)) {
        const target = instr.target!;
        if (!target.visited) {
          target.exceptStack = [...stack];
          target.visited = true;
          todo.push(target);
        }
        if (instr.op === Op.SETUP_WITH || instr.op === Op.SETUP_CLEANUP) target.preserveLasti = true;
        stack.push(target);
        handler = target;
      } else if (instr.op === Op.POP_BLOCK) {
        stack.pop();
        handler = top(stack);
        setOp0(instr, Op.NOP);
      } else if (isJump(instr.op)) {
        instr.except = handler;
        const target = instr.target!;
        if (!target.visited) {
          if (b.hasFallthrough) {
            target.exceptStack = [...stack];
          } else {
            // Nothing follows an unconditional jump: the target can have the stack itself.
            target.exceptStack = stack;
            stack = [];
          }
          target.visited = true;
          todo.push(target);
        }
      } else if (instr.op === Op.YIELD_VALUE) {
        instr.except = handler;
        lastYieldExceptDepth = stack.length;
      } else if (instr.op === Op.RESUME) {
        instr.except = handler;
        if (instr.arg !== 0) {
          if (lastYieldExceptDepth === 1) instr.arg |= 4;
          lastYieldExceptDepth = -1;
        }
      } else {
        instr.except = handler;
      }
    }
    if (b.hasFallthrough && b.next !== null && !b.next.visited) {
      b.next.exceptStack = stack;
      b.next.visited = true;
      todo.push(b.next);
    }
  }
}

function top(stack: Block[]): Block | null {
  return stack.length > 0 ? stack[stack.length - 1]! : null;
}

// ---------------------------------------------------------------------------
// Reachability

function removeUnreachable(g: Cfg): void {
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    b.predecessors = 0;
    b.visited = false;
  }
  const stack: Block[] = [g.entry];
  g.entry.predecessors = 1;
  g.entry.visited = true;
  while (stack.length > 0) {
    const b = stack.pop()!;
    if (b.next !== null && b.hasFallthrough) {
      if (!b.next.visited) {
        stack.push(b.next);
        b.next.visited = true;
      }
      b.next.predecessors++;
    }
    for (const instr of b.instrs) {
      if (isJump(instr.op) || isBlockPush(instr)) {
        const target = instr.target!;
        if (!target.visited) {
          stack.push(target);
          target.visited = true;
        }
        target.predecessors++;
      }
    }
  }
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    if (b.predecessors === 0) {
      b.instrs = [];
      b.exceptHandler = false;
    }
  }
}

// ---------------------------------------------------------------------------
// The overall optimisation pass

function optimizeCfg(g: Cfg, consts: ConstPool): void {
  inlineSmallOrNoLinenoBlocks(g);
  removeUnreachable(g);
  resolveLineNumbers(g);
  for (let b: Block | null = g.entry; b !== null; b = b.next) optimizeBasicBlock(b, consts);
  removeRedundantNopsAndPairs(g);
  removeUnreachable(g);
  removeRedundantNopsAndJumps(g);
}

const MAX_COPY_SIZE = 4;

/**
 * A block ending in an unconditional jump to a small exit block (a `return`),
 * or to a block without line numbers that does not fall through, gets a copy
 * of that block instead of the jump.
 */
function inlineSmallOrNoLinenoBlocks(g: Cfg): void {
  let changed: boolean;
  do {
    changed = false;
    for (let b: Block | null = g.entry; b !== null; b = b.next) {
      const last = b.last;
      if (last === null || !isUnconditionalJump(last.op)) continue;
      const target = last.target!;
      const smallExit = target.exitsScope && target.instrs.length <= MAX_COPY_SIZE;
      const noLinenoNoFallthrough = target.hasNoLineno && !target.hasFallthrough;
      if (!smallExit && !noLinenoNoFallthrough) continue;
      const removedJump = last.op;
      setOp0(last, Op.NOP);
      b.instrs.push(...target.copyInstrs());
      if (noLinenoNoFallthrough) {
        // Keep the eval-breaker check of a loop's backward jump.
        const newLast = b.last!;
        if (isUnconditionalJump(newLast.op) && removedJump === Op.JUMP) newLast.op = Op.JUMP;
      }
      target.predecessors--;
      changed = true;
    }
  } while (changed);
}

// ---------------------------------------------------------------------------
// NOPs and redundant jumps

/** Drop the NOPs of a block that no line-number event needs. */
export function removeRedundantNopsInBlock(b: Block): number {
  let hasNop = false;
  for (const instr of b.instrs) {
    if (instr.op === Op.NOP) {
      hasNop = true;
      break;
    }
  }
  if (!hasNop) return 0;
  const kept: CfgInstr[] = [];
  let prevLineno = -1;
  const instrs = b.instrs;
  for (let src = 0; src < instrs.length; src++) {
    const instr = instrs[src]!;
    const lineno = instr.loc.lineno;
    if (instr.op === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < instrs.length - 1) {
        const next = instrs[src + 1]!;
        if (next.loc.lineno === lineno) continue;
        if (next.loc.lineno < 0) {
          next.loc = instr.loc;
          continue;
        }
      } else {
        const next = nextNonemptyBlock(b.next);
        if (next !== null && lineno === firstRealLocation(next).lineno) continue;
      }
    }
    kept.push(instr);
    prevLineno = lineno;
  }
  const removed = instrs.length - kept.length;
  b.instrs = kept;
  return removed;
}

function firstRealLocation(b: Block): { lineno: number } {
  for (const instr of b.instrs) {
    if (instr.op === Op.NOP && instr.loc.lineno < 0) continue;
    return instr.loc;
  }
  return NO_LOCATION;
}

function removeRedundantNops(g: Cfg): number {
  let changes = 0;
  for (let b: Block | null = g.entry; b !== null; b = b.next) changes += removeRedundantNopsInBlock(b);
  return changes;
}

/** `LOAD_CONST; POP_TOP` and `COPY 1; POP_TOP` do nothing: both become NOPs. */
function removeRedundantNopsAndPairs(g: Cfg): void {
  let done = false;
  while (!done) {
    done = true;
    let instr: CfgInstr | null = null;
    for (let b: Block | null = g.entry; b !== null; b = b.next) {
      removeRedundantNopsInBlock(b);
      if (b.label >= 0) instr = null;
      for (const cur of b.instrs) {
        const prev = instr;
        instr = cur;
        if (cur.op !== Op.POP_TOP || prev === null) continue;
        if (prev.op === Op.LOAD_CONST || (prev.op === Op.COPY && prev.arg === 1)) {
          setOp0(prev, Op.NOP);
          setOp0(cur, Op.NOP);
          done = false;
        }
      }
      if ((instr !== null && isJump(instr.op)) || !b.hasFallthrough) instr = null;
    }
  }
}

function removeRedundantJumps(g: Cfg): number {
  let changes = 0;
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    const last = b.last;
    if (last === null || !isUnconditionalJump(last.op)) continue;
    const jumpTarget = nextNonemptyBlock(last.target);
    if (jumpTarget === null) throw new Error("jump with no target");
    if (jumpTarget === nextNonemptyBlock(b.next)) {
      changes++;
      setOp0(last, Op.NOP);
    }
  }
  return changes;
}

export function removeRedundantNopsAndJumps(g: Cfg): void {
  let removed: number;
  do {
    removed = removeRedundantNops(g) + removeRedundantJumps(g);
  } while (removed > 0);
}

// ---------------------------------------------------------------------------
// Constants

/** Drop constants no instruction loads; the first (a function's docstring slot) stays. */
function removeUnusedConsts(g: Cfg, consts: ConstPool): void {
  const n = consts.values.length;
  if (n === 0) return;
  const used: boolean[] = new Array(n).fill(false);
  used[0] = true;
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    for (const instr of b.instrs) if (loadsConst(instr.op)) used[instr.arg] = true;
  }
  if (used.every((u) => u)) return;
  const remap = consts.compact(used);
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    for (const instr of b.instrs) if (loadsConst(instr.op)) instr.arg = remap[instr.arg]!;
  }
}

function loadsConst(op: number): boolean {
  return op === Op.LOAD_CONST || op === Op.RETURN_CONST;
}

// ---------------------------------------------------------------------------
// LOAD_FAST_CHECK where a local may be unbound

const MAX_TRACKED_LOCALS = 64;

function addChecksForLoadsOfUninitializedVariables(g: Cfg, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  if (nlocals > MAX_TRACKED_LOCALS) {
    fastScanManyLocals(g);
    nlocals = MAX_TRACKED_LOCALS;
  }
  resetVisited(g);
  const stack: Block[] = [];
  // Bit i of (low, high) stands for local i: 0..31 in low, 32..63 in high.
  let low = 0;
  let high = 0;
  for (let i = nparams; i < nlocals; i++) {
    if (i < 32) low |= 1 << i;
    else high |= 1 << (i - 32);
  }
  maybePush(g.entry, low, high, stack);
  // A DELETE_FAST anywhere is another origin: scan every block once.
  for (let b: Block | null = g.entry; b !== null; b = b.next) scanBlockForLocals(b, stack);
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.visited = false;
    scanBlockForLocals(b, stack);
  }
}

function maybePush(b: Block, low: number, high: number, stack: Block[]): void {
  const bothLow = b.unsafeLow | low;
  const bothHigh = b.unsafeHigh | high;
  if (b.unsafeLow !== bothLow || b.unsafeHigh !== bothHigh) {
    b.unsafeLow = bothLow;
    b.unsafeHigh = bothHigh;
    if (!b.visited) {
      stack.push(b);
      b.visited = true;
    }
  }
}

function scanBlockForLocals(b: Block, stack: Block[]): void {
  let low = b.unsafeLow;
  let high = b.unsafeHigh;
  for (const instr of b.instrs) {
    if (instr.except !== null) maybePush(instr.except, low, high, stack);
    const arg = instr.arg;
    if (arg >= MAX_TRACKED_LOCALS) continue;
    const inLow = arg < 32;
    const bit = inLow ? 1 << arg : 1 << (arg - 32);
    switch (instr.op) {
      case Op.DELETE_FAST:
      case Op.LOAD_FAST_AND_CLEAR:
      case Op.STORE_FAST_MAYBE_NULL:
        if (inLow) low |= bit;
        else high |= bit;
        break;
      case Op.STORE_FAST:
      case Op.LOAD_FAST_CHECK:
        if (inLow) low &= ~bit;
        else high &= ~bit;
        break;
      case Op.LOAD_FAST:
        if (((inLow ? low : high) & bit) !== 0) instr.op = Op.LOAD_FAST_CHECK;
        if (inLow) low &= ~bit;
        else high &= ~bit;
        break;
    }
  }
  if (b.next !== null && b.hasFallthrough) maybePush(b.next, low, high, stack);
  const last = b.last;
  if (last !== null && isJump(last.op)) maybePush(last.target!, low, high, stack);
}

/** Locals past the first 64 are checked one block at a time, as CPython does. */
function fastScanManyLocals(g: Cfg): void {
  const states = new Map<number, number>();
  let blocknum = 0;
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    blocknum++;
    for (const instr of b.instrs) {
      const arg = instr.arg;
      if (arg < MAX_TRACKED_LOCALS) continue;
      switch (instr.op) {
        case Op.DELETE_FAST:
        case Op.LOAD_FAST_AND_CLEAR:
        case Op.STORE_FAST_MAYBE_NULL:
          states.set(arg, blocknum - 1);
          break;
        case Op.STORE_FAST:
          states.set(arg, blocknum);
          break;
        case Op.LOAD_FAST:
          if ((states.get(arg) ?? 0) !== blocknum) instr.op = Op.LOAD_FAST_CHECK;
          states.set(arg, blocknum);
          break;
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Superinstructions

function makeSuperInstruction(a: CfgInstr, b: CfgInstr, superOp: number): void {
  const line1 = a.loc.lineno;
  const line2 = b.loc.lineno;
  if (line1 >= 0 && line2 >= 0 && line1 !== line2) return;
  if (a.arg >= 16 || b.arg >= 16) return;
  setOp1(a, superOp, (a.arg << 4) | b.arg);
  setOp0(b, Op.NOP);
}

function insertSuperinstructions(g: Cfg): void {
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    const instrs = b.instrs;
    for (let i = 0; i < instrs.length - 1; i++) {
      const inst = instrs[i]!;
      const next = instrs[i + 1]!;
      if (inst.op === Op.LOAD_FAST && next.op === Op.LOAD_FAST) {
        makeSuperInstruction(inst, next, Op.LOAD_FAST_LOAD_FAST);
      } else if (inst.op === Op.STORE_FAST && next.op === Op.LOAD_FAST) {
        makeSuperInstruction(inst, next, Op.STORE_FAST_LOAD_FAST);
      } else if (inst.op === Op.STORE_FAST && next.op === Op.STORE_FAST) {
        makeSuperInstruction(inst, next, Op.STORE_FAST_STORE_FAST);
      }
    }
  }
  removeRedundantNops(g);
}

// ---------------------------------------------------------------------------
// Cold blocks: exception handlers and what only they reach go last

function markWarm(g: Cfg): void {
  resetVisited(g);
  const stack: Block[] = [g.entry];
  g.entry.visited = true;
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.warm = true;
    if (b.next !== null && b.hasFallthrough && !b.next.visited) {
      stack.push(b.next);
      b.next.visited = true;
    }
    for (const instr of b.instrs) {
      if (isJump(instr.op) && !instr.target!.visited) {
        stack.push(instr.target!);
        instr.target!.visited = true;
      }
    }
  }
}

function markCold(g: Cfg): void {
  markWarm(g);
  resetVisited(g);
  const stack: Block[] = [];
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    if (b.exceptHandler) {
      stack.push(b);
      b.visited = true;
    }
  }
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.cold = true;
    if (b.next !== null && b.hasFallthrough && !b.next.warm && !b.next.visited) {
      stack.push(b.next);
      b.next.visited = true;
    }
    for (const instr of b.instrs) {
      if (isJump(instr.op)) {
        const target = instr.target!;
        if (!target.warm && !target.visited) {
          stack.push(target);
          target.visited = true;
        }
      }
    }
  }
}

function pushColdBlocksToEnd(g: Cfg): void {
  if (g.entry.next === null) return;
  markCold(g);
  let nextLabel = g.maxLabel() + 1;
  // A cold block falling through into a warm one gets an explicit jump.
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    if (b.cold && b.hasFallthrough && b.next !== null && b.next.warm) {
      const explicitJump = g.newBlock();
      if (b.next.label < 0) b.next.label = nextLabel++;
      explicitJump.instrs.push(makeInstr(Op.JUMP_NO_INTERRUPT, b.next.label, NO_LOCATION, b.next));
      explicitJump.cold = true;
      explicitJump.next = b.next;
      explicitJump.predecessors = 1;
      b.next = explicitJump;
    }
  }
  let coldHead: Block | null = null;
  let coldTail: Block | null = null;
  let b = g.entry;
  while (b.next !== null) {
    while (b.next !== null && !b.next.cold) b = b.next;
    if (b.next === null) break;
    let end = b.next;
    while (end.next !== null && end.next.cold) end = end.next;
    if (coldHead === null) coldHead = b.next;
    else coldTail!.next = b.next;
    coldTail = end;
    b.next = end.next;
    end.next = null;
  }
  b.next = coldHead;
  if (coldHead !== null) removeRedundantNopsAndJumps(g);
}

// ---------------------------------------------------------------------------
// Line numbers (PEP 626): every exit needs one

/**
 * An exit, or a block with a JUMP that may check the eval breaker (a loop's
 * back edge), with no line number of its own: PEP 626 wants one for each.
 */
function isExitOrEvalCheckWithoutLineno(b: Block): boolean {
  if (!b.hasNoLineno) return false;
  if (b.exitsScope) return true;
  for (const instr of b.instrs) if (instr.op === Op.JUMP) return true;
  return false;
}

/**
 * An exit block without a line number reached by several jumps is copied,
 * once per jump, so each copy can take the line of the jump that reaches it.
 */
function duplicateExitsWithoutLineno(g: Cfg): void {
  let nextLabel = g.maxLabel() + 1;
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    const last = b.last;
    if (last === null || !isJump(last.op)) continue;
    const target = nextNonemptyBlock(last.target)!;
    if (isExitOrEvalCheckWithoutLineno(target) && target.predecessors > 1) {
      const copy = g.newBlock();
      copy.instrs = target.copyInstrs();
      copy.instrs[0]!.loc = last.loc;
      last.target = copy;
      target.predecessors--;
      copy.predecessors = 1;
      copy.next = target.next;
      copy.label = nextLabel++;
      target.next = copy;
    }
  }
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    if (b.hasFallthrough && b.next !== null && b.instrs.length > 0) {
      if (isExitOrEvalCheckWithoutLineno(b.next)) b.next.instrs[0]!.loc = b.last!.loc;
    }
  }
}

/**
 * An instruction without a line takes the previous one's; a block without a
 * line at its start takes its only predecessor's.
 */
function propagateLineNumbers(g: Cfg): void {
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    const last = b.last;
    if (last === null) continue;
    let prev = NO_LOCATION;
    for (const instr of b.instrs) {
      if (instr.loc.lineno < 0) instr.loc = prev;
      else prev = instr.loc;
    }
    if (b.hasFallthrough && b.next !== null && b.next.predecessors === 1) {
      const first = b.next.instrs[0];
      if (first !== undefined && first.loc.lineno < 0) first.loc = prev;
    }
    if (isJump(last.op)) {
      const target = last.target!;
      if (target.predecessors === 1) {
        const first = target.instrs[0];
        if (first !== undefined && first.loc.lineno < 0) first.loc = prev;
      }
    }
  }
}

function resolveLineNumbers(g: Cfg): void {
  duplicateExitsWithoutLineno(g);
  propagateLineNumbers(g);
}
