// The read-only mapping view `mappingproxy` (types.MappingProxyType): making
// one, and finding the mapping behind one, for the VM's fast paths.

import { allocate } from "../heap/alloc.js";
import { PAIR_FIRST, PAIR_SECOND, PAIR_WORDS } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { typeById, typeIdOfValue } from "./model.js";
import type { Thread } from "./thread.js";

/** A new mappingproxy over `mapping`. */
export function newMappingProxy(th: Thread, mapping: number): number {
  const p = allocate(th.heap, PAIR_WORDS, typeById(th, TypeId.mappingproxy));
  th.heap.i32[p + PAIR_FIRST] = mapping;
  th.heap.i32[p + PAIR_SECOND] = 0;
  return p;
}

/** The mapping behind `v` if it is a mappingproxy, else 0. */
export function proxiedMapping(th: Thread, v: number): number {
  if ((v & 1) !== 0 || typeIdOfValue(th, v) !== TypeId.mappingproxy) return 0;
  return th.heap.i32[v + PAIR_FIRST]!;
}
