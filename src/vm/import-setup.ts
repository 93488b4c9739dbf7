// Preparing the import system for a program: sys.path, and for `-m` the
// __main__ module's package (imported first, as runpy does, so that the
// module can use relative imports).

import { MODULE_DICT, NONE, TRUE } from "../heap/layout.js";
import { dictClear } from "../objects/dict.js";
import type { Thread } from "./thread.js";
import { dictDelStr, dictGetStr, dictItems, dictSetStr, internStr, newDict, isStr, jsString, newString } from "./model.js";
import { setAttr } from "./attributes.js";
import { newList } from "./lists.js";
import { getRoot, ROOT_SYS_MODULE } from "./vm-roots.js";
import { firstPathEntry, initialSysPath } from "./import-paths.js";
import { importAbsolute } from "./import-load.js";
import { newModuleSpec } from "./import-spec.js";

/** Sets sys.path for the program `filename` (`mainModule` is what -m runs, else null). */
export function installSysPath(th: Thread, filename: string, mainModule: string | null): void {
  const entries = initialSysPath(firstPathEntry(filename, mainModule !== null));
  const sys = getRoot(th, ROOT_SYS_MODULE);
  const path = newList(th, entries.map((entry) => newString(th, entry)));
  dictSetStr(th, th.heap.i32[sys + MODULE_DICT]!, internStr(th, "path"), path);
}

/** The keys of __main__'s dict, in the order CPython creates them. */
const MAIN_KEYS = ["__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__", "__builtins__", "__file__", "__cached__"];

/**
 * Completes __main__'s dict before the program runs: __package__, __loader__
 * and __spec__ (None for a script; for -m the package, and a ModuleSpec
 * under the module's real name), in CPython's key order. For -m the
 * package is imported first, as runpy does.
 */
export function prepareMainModule(th: Thread, mainGlobals: number, mainModule: string | null): void {
  orderMainKeys(th, mainGlobals);
  if (mainModule === null) return;
  const dot = mainModule.lastIndexOf(".");
  const pkg = dot < 0 ? "" : mainModule.slice(0, dot);
  dictSetStr(th, mainGlobals, internStr(th, "__package__"), newString(th, pkg));
  if (pkg !== "") importAbsolute(th, pkg);
  const file = dictGetStr(th, mainGlobals, internStr(th, "__file__"));
  const spec = newModuleSpec(th, mainModule, file !== 0 && isStr(th, file) ? jsString(th, file) : null, false);
  dictSetStr(th, mainGlobals, internStr(th, "__spec__"), spec);
  if (spec !== NONE) setAttr(th, spec, internStr(th, "_set_fileattr"), TRUE);
}

function orderMainKeys(th: Thread, dict: number): void {
  const entries = new Map(dictItems(th, dict).map(([k, v]) => [jsString(th, k), v]));
  dictClear(th.heap, dict);
  for (const key of MAIN_KEYS) {
    const fallback = key === "__annotations__" ? newDict(th) : NONE;
    dictSetStr(th, dict, internStr(th, key), entries.get(key) ?? fallback);
  }
  for (const [key, value] of entries) if (!MAIN_KEYS.includes(key)) dictSetStr(th, dict, internStr(th, key), value);
  if (!entries.has("__file__")) {
    dictDelStr(th, dict, internStr(th, "__file__"));
    dictDelStr(th, dict, internStr(th, "__cached__"));
  }
}
