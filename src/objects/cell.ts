// cell: one variable shared between a function and the functions nested in
// it. Its contents are 0 while the variable is unbound.

import { allocate } from "../heap/alloc.js";
import type { Heap } from "../heap/heap.js";
import { CELL_CONTENTS, CELL_WORDS, G_TYPES } from "../heap/layout.js";
import { TypeId } from "./type-ids.js";

export function newCell(heap: Heap, contents = 0): number {
  const cell = allocate(heap, CELL_WORDS, heap.i32[G_TYPES + TypeId.cell]!);
  heap.i32[cell + CELL_CONTENTS] = contents;
  return cell;
}

/** The cell's value, or 0 when empty. */
export function cellGet(heap: Heap, cell: number): number {
  return heap.i32[cell + CELL_CONTENTS]!;
}

export function cellSet(heap: Heap, cell: number, value: number): void {
  heap.i32[cell + CELL_CONTENTS] = value;
}
