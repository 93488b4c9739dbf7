// Attributes of code objects and of generators' and coroutines' frames.

import {
  BYTES_DATA, CODE_CONSTS, CODE_FLAGS, CODE_KWONLYARGCOUNT, CODE_LOCALSPLUSKINDS, CODE_LOCALSPLUSNAMES, CODE_NAMES,
  CODE_NLOCALS, CODE_POSONLYARGCOUNT, FALSE, GEN_CODE, GEN_FLAGS, GEN_FRAME, GEN_NAME, GEN_QUALNAME, GEN_STATE,
  HEADER_WORDS, NONE, TRUE, TUPLE_ITEMS, FRAME_CODE, FRAME_WORDS, FRAME_GLOBALS, FRAME_LASTI, AG_RUNNING_ASYNC,
} from "../heap/layout.js";
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL } from "../compiler/code.js";
import { allocate } from "../heap/alloc.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import { newTuple, tupleItems, typeById, typeIdOfValue } from "./model.js";
import { delegate, GEN_RUNNING, GEN_SUSPENDED } from "./generators.js";
import { fromNumber } from "./int-values.js";
import { F_CODE, F_GLOBALS, F_PC, untagged } from "./frame.js";

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

/** The prefix of a generator's, coroutine's or async generator's own attributes. */
const PREFIXES: Record<number, string> = { [TypeId.generator]: "gi_", [TypeId.coroutine]: "cr_", [TypeId.async_generator]: "ag_" };
/** What each kind calls the object it delegates to. */
const DELEGATE_NAMES: Record<number, string> = { [TypeId.generator]: "yieldfrom", [TypeId.coroutine]: "await", [TypeId.async_generator]: "await" };

/**
 * gi_frame, gi_running, gi_code, gi_yieldfrom, gi_suspended of generators;
 * the cr_ names (cr_await, cr_origin) of coroutines, the ag_ names (ag_await)
 * of async generators.
 */
export function generatorAttribute(th: Thread, gen: number, name: string): number {
  const i32 = th.heap.i32;
  if (name === "__name__") return i32[gen + GEN_NAME]!;
  if (name === "__qualname__") return i32[gen + GEN_QUALNAME]!;
  const kind = typeIdOfValue(th, gen);
  const prefix = PREFIXES[kind]!;
  if (!name.startsWith(prefix)) return 0;
  const block = i32[gen + GEN_FRAME]!;
  const f = block === 0 ? 0 : block + HEADER_WORDS;
  const state = i32[gen + GEN_STATE]!;
  switch (name.slice(prefix.length)) {
    case "frame": {
      if (f === 0) return NONE;
      const frame = allocate(th.heap, FRAME_WORDS, typeById(th, TypeId.frame));
      const j = th.heap.i32;
      j[frame + FRAME_CODE] = j[f + F_CODE]!;
      j[frame + FRAME_GLOBALS] = j[f + F_GLOBALS]!;
      j[frame + FRAME_LASTI] = untagged(j[f + F_PC]!);
      return frame;
    }
    case "code":
      return i32[gen + GEN_CODE]!;
    case "running":
      // An async generator counts as running while an asend/athrow of it is in progress.
      if (kind === TypeId.async_generator) return i32[gen + GEN_FLAGS]! & AG_RUNNING_ASYNC ? TRUE : FALSE;
      return state === GEN_RUNNING ? TRUE : FALSE;
    case "suspended":
      return state === GEN_SUSPENDED ? TRUE : FALSE;
    case "origin":
      // sys.set_coroutine_origin_tracking_depth is not supported: its depth is 0.
      return kind === TypeId.coroutine ? NONE : 0;
    case DELEGATE_NAMES[kind]: {
      const yf = delegate(th, gen);
      return yf === 0 ? NONE : yf;
    }
    default:
      return 0;
  }
}
