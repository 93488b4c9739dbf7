// module: a name and a dict of globals. A new module's dict holds what
// CPython's module_init_dict puts there: __name__, __doc__, __package__,
// __loader__ and __spec__.

import { allocate } from "../heap/alloc.js";
import type { Heap } from "../heap/heap.js";
import { G_TYPES, MODULE_DICT, MODULE_NAME, MODULE_WORDS, NONE, TYPE_INSTANCE_WORDS } from "../heap/layout.js";
import { dictSetStr, newDict } from "./dict.js";
import { internString } from "./intern.js";
import { TypeId } from "./type-ids.js";

/** A new module called `name`, with `doc` (a value, None by default) as its __doc__. */
export function newModule(heap: Heap, name: string, doc = NONE, type = 0): number {
  const moduleClass = type === 0 ? heap.i32[G_TYPES + TypeId.module]! : type;
  const module = allocate(heap, heap.i32[moduleClass + TYPE_INSTANCE_WORDS]! || MODULE_WORDS, moduleClass);
  const nameStr = internString(heap, name);
  heap.i32[module + MODULE_NAME] = nameStr;
  const dict = newDict(heap, 5);
  heap.i32[module + MODULE_DICT] = dict;
  dictSetStr(heap, dict, internString(heap, "__name__"), nameStr);
  dictSetStr(heap, dict, internString(heap, "__doc__"), doc);
  for (const key of ["__package__", "__loader__", "__spec__"]) dictSetStr(heap, dict, internString(heap, key), NONE);
  return module;
}

export function moduleName(heap: Heap, module: number): number {
  return heap.i32[module + MODULE_NAME]!;
}

export function moduleDict(heap: Heap, module: number): number {
  return heap.i32[module + MODULE_DICT]!;
}
