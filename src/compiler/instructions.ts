// The code generator's output for one code object: a flat list of
// instructions, some of them jumps to labels, each with its source location.
// flowgraph.ts cuts it into basic blocks.

import type { Position } from "../../grammar/ast.js";
import { isHandlerSetup, isJump } from "../vm/opcodes.js";

/** A source range; -1 everywhere for an artificial instruction (CPython's NO_LOCATION). */
export interface Location {
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}

export const NO_LOCATION: Location = Object.freeze({ lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 });

/**
 * A node's location. The node itself serves: it has the four position fields,
 * and locations are never modified in place, so nothing needs copying.
 */
export function locationOf(node: Position): Location {
  return node;
}

export function lineLocation(lineno: number): Location {
  return { lineno, end_lineno: lineno, col_offset: 0, end_col_offset: 0 };
}

/** A jump target, resolved to an instruction index when the label is placed. */
export interface Label {
  readonly id: number;
}

export function hasTarget(op: number): boolean {
  return isJump(op) || isHandlerSetup(op);
}

/**
 * Instructions as three parallel arrays (opcode, argument, location): for a
 * jump or handler set-up the argument is the target label's id.
 */
export class InstructionSequence {
  readonly ops: number[] = [];
  readonly args: number[] = [];
  readonly locs: Location[] = [];
  /** label id -> index of the instruction it marks (-1 until placed). */
  readonly labelMap: number[] = [];

  get length(): number {
    return this.ops.length;
  }

  newLabel(): Label {
    this.labelMap.push(-1);
    return { id: this.labelMap.length - 1 };
  }

  useLabel(label: Label): void {
    this.labelMap[label.id] = this.ops.length;
  }

  add(op: number, arg: number, loc: Location): void {
    this.ops.push(op);
    this.args.push(arg);
    this.locs.push(loc);
  }

  addJump(op: number, target: Label, loc: Location): void {
    this.add(op, target.id, loc);
  }

  /** Insert at position `pos`, shifting placed labels that point at or after it. */
  insert(pos: number, op: number, arg: number, loc: Location): void {
    this.ops.splice(pos, 0, op);
    this.args.splice(pos, 0, arg);
    this.locs.splice(pos, 0, loc);
    for (let i = 0; i < this.labelMap.length; i++) {
      if (this.labelMap[i]! >= pos) this.labelMap[i]!++;
    }
  }
}
