// The gc module: collect() runs the heap's real collector (stopping the world
// without the GIL), enable()/disable()/isenabled() switch the automatic
// collections the VM starts when enough has been allocated.
//
// The collector is a mark-and-sweep over the whole heap, so collect() frees
// every unreachable object, not only the cycles CPython's collector finds
// (reference counting frees the rest in CPython). Its result is the number of
// objects this collection freed. gc.disable() holds off the automatic
// collections; a collection the allocator asks for under memory pressure
// still runs, since there is no reference counting to fall back on.

import { FALSE, G_GC_DISABLED, NONE, TRUE } from "../heap/layout.js";
import type { Thread } from "../vm/thread.js";
import { newDict } from "../vm/model.js";
import { fromNumber } from "../vm/int-values.js";
import { raiseException } from "../vm/exceptions.js";
import { registerNativeModule } from "../vm/imports.js";
import { collectGarbage } from "../vm/safepoint.js";
import { newList } from "../vm/lists.js";
import { dictSetStr, internStr } from "../vm/model.js";
import { installModuleFunctions, moduleFunction } from "./registry.js";
import { newModule } from "./builtins.js";
import { arity, indexArgument, keywordMap } from "./args.js";

const GC = "gc";

moduleFunction(GC, "collect", (th, args, kw) => {
  arity(th, "collect", args, 0, 1);
  const given = args[0] ?? keywordMap(th, "collect", kw, ["generation"]).get("generation");
  const generation = given === undefined ? 2 : indexArgument(th, given);
  if (generation < 0 || generation > 2) raiseException(th, "ValueError", "invalid generation");
  return fromNumber(th, collectGarbage(th).freedObjects);
});
moduleFunction(GC, "enable", (th) => {
  th.heap.i32[G_GC_DISABLED] = 0;
  return NONE;
});
moduleFunction(GC, "disable", (th) => {
  th.heap.i32[G_GC_DISABLED] = 1;
  return NONE;
});
moduleFunction(GC, "isenabled", (th) => (th.heap.i32[G_GC_DISABLED] === 1 ? FALSE : TRUE));

registerNativeModule(GC, (th: Thread) => {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    const module = newModule(th, GC, dict);
    th.pushRoot(module);
    installModuleFunctions(th, GC, dict, module);
    // Objects the collector found unreachable but could not free: never any here.
    dictSetStr(th, dict, internStr(th, "garbage"), newList(th, []));
    th.popRoots(1);
    return module;
  } finally {
    th.popRoots(1);
  }
});
