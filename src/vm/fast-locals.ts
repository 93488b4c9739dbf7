// locals() of a function frame: a new dict of its bound slots (cells read
// through), as CPython 3.13 builds it.

import { BYTES_DATA, CELL_CONTENTS, CODE_LOCALSPLUSKINDS, CODE_LOCALSPLUSNAMES } from "../heap/layout.js";
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN } from "../compiler/code.js";
import { F_CODE, F_NSLOTS, FRAME_HEADER, untagged } from "./frame.js";
import type { Thread } from "./thread.js";
import { dictSetStr, newDict, tupleItems } from "./model.js";

export function fastLocals(th: Thread, f: number): number {
  const i32 = th.heap.i32;
  const code = i32[f + F_CODE]!;
  const names = tupleItems(th, i32[code + CODE_LOCALSPLUSNAMES]!);
  const kinds = i32[code + CODE_LOCALSPLUSKINDS]!;
  const n = untagged(i32[f + F_NSLOTS]!);
  const d = newDict(th);
  for (let k = 0; k < n; k++) {
    const kind = th.heap.u8[(kinds + BYTES_DATA) * 4 + k]!;
    if (kind & CO_FAST_HIDDEN) continue;
    let v = th.heap.i32[f + FRAME_HEADER + k]!;
    if (v !== 0 && (kind & (CO_FAST_CELL | CO_FAST_FREE)) !== 0) v = th.heap.i32[v + CELL_CONTENTS]!;
    if (v !== 0) dictSetStr(th, d, names[k]!, v);
  }
  return d;
}
