// Attributes of code objects and of generators' and coroutines' frames.

import {
  BYTES_DATA, CODE_CONSTS, CODE_FLAGS, CODE_KWONLYARGCOUNT, CODE_LOCALSPLUSKINDS, CODE_LOCALSPLUSNAMES, CODE_NAMES,
  CODE_NLOCALS, CODE_POSONLYARGCOUNT, FALSE, GEN_FRAME, GEN_STATE, HEADER_WORDS, NONE, TRUE, TUPLE_ITEMS,
  FRAME_CODE, FRAME_WORDS, FRAME_GLOBALS, FRAME_LASTI,
} from "../heap/layout.js";
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL } from "../compiler/code.js";
import { allocate } from "../heap/alloc.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import { newTuple, tupleItems, typeById } from "./model.js";
import { fromNumber } from "./int-values.js";
import { F_CODE, F_DEPTH, F_GLOBALS, F_NSLOTS, F_PC, FRAME_HEADER, untagged } from "./frame.js";
import { Op } from "./opcodes.js";

function namesOfKind(th: Thread, code: number, kind: number, without = 0): number {
  const i32 = th.heap.i32;
  const names = tupleItems(th, i32[code + CODE_LOCALSPLUSNAMES]!);
  const kinds = i32[code + CODE_LOCALSPLUSKINDS]!;
  const picked = names.filter((_, k) => {
    const b = th.heap.u8[(kinds + BYTES_DATA) * 4 + k]!;
    return (b & kind) !== 0 && (b & without) === 0;
  });
  return newTuple(th, picked);
}

export function codeAttribute(th: Thread, code: number, name: string): number {
  const i32 = th.heap.i32;
  switch (name) {
    case "co_varnames": return namesOfKind(th, code, CO_FAST_LOCAL);
    case "co_cellvars": return namesOfKind(th, code, CO_FAST_CELL);
    case "co_freevars": return namesOfKind(th, code, CO_FAST_FREE);
    case "co_kwonlyargcount": return fromNumber(th, i32[code + CODE_KWONLYARGCOUNT]!);
    case "co_posonlyargcount": return fromNumber(th, i32[code + CODE_POSONLYARGCOUNT]!);
    case "co_nlocals": return fromNumber(th, i32[code + CODE_NLOCALS]!);
    case "co_flags": return fromNumber(th, i32[code + CODE_FLAGS]!);
    case "co_consts": return i32[code + CODE_CONSTS]!;
    case "co_names": return i32[code + CODE_NAMES]!;
    default: return 0;
  }
}

/** gi_frame, gi_code, gi_yieldfrom, gi_suspended (and the cr_ names). */
export function generatorAttribute(th: Thread, gen: number, name: string): number {
  const i32 = th.heap.i32;
  const block = i32[gen + GEN_FRAME]!;
  const f = block === 0 ? 0 : block + HEADER_WORDS;
  const attr = name.replace(/^cr_/, "gi_");
  switch (attr) {
    case "gi_frame": {
      if (f === 0) return NONE;
      const frame = allocate(th.heap, FRAME_WORDS, typeById(th, TypeId.frame));
      const j = th.heap.i32;
      j[frame + FRAME_CODE] = j[f + F_CODE]!;
      j[frame + FRAME_GLOBALS] = j[f + F_GLOBALS]!;
      j[frame + FRAME_LASTI] = untagged(j[f + F_PC]!);
      return frame;
    }
    case "gi_code":
      return f === 0 ? NONE : i32[f + F_CODE]!;
    case "gi_suspended":
      return i32[gen + GEN_STATE] === 1 ? TRUE : FALSE;
    case "gi_yieldfrom":
    case "gi_await": {
      if (f === 0 || i32[gen + GEN_STATE] !== 1) return NONE;
      const code = i32[f + F_CODE]!;
      const pc = untagged(i32[f + F_PC]!);
      const at = i32[code + 9]! + HEADER_WORDS + 2 * pc;
      if (i32[at] !== Op.RESUME || (i32[at + 1]! & 3) < 2) return NONE;
      return i32[f + FRAME_HEADER + untagged(i32[f + F_NSLOTS]!) + untagged(i32[f + F_DEPTH]!) - 1]!;
    }
    default:
      return 0;
  }
}

