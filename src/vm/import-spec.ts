// Module specs: every module loaded from a file gets a ModuleSpec
// (src/lib/_module_spec.py, always loaded from src/lib, on first need) as
// __spec__, as importlib gives one. Its `_initializing` is true while the
// module's body runs; that flag lives in the shared heap, so every thread
// recognises a partially initialised module the way CPython does, and the
// AttributeError and ImportError messages about circular imports read it.

import { FALSE, MODULE_DICT, NONE, TRUE } from "../heap/layout.js";
import type { Thread } from "./thread.js";
import { dictGetStr, dictSetStr, instanceDictOf, internStr, isStr, jsString, newString } from "./model.js";
import { getAttr, getAttrWithDefault, setAttr } from "./attributes.js";
import { callObject } from "./calls.js";
import { isTrue } from "./operators.js";
import { joinPath, libDirectory, type ModuleLocation } from "./import-paths.js";
import { loadedModule, loadFound, sysPathEntries } from "./import-load.js";

/** The module that defines ModuleSpec; it is the one module loaded without a spec. */
const SPEC_MODULE = "_module_spec";

/** Whether `module`'s body is still running: its __spec__._initializing, as CPython reads it. */
export function isInitializing(th: Thread, module: number): boolean {
  const dict = instanceDictOf(th, module);
  const spec = dict === 0 ? 0 : dictGetStr(th, dict, internStr(th, "__spec__"));
  if (spec === 0 || spec === NONE) return false;
  const flag = getAttrWithDefault(th, spec, internStr(th, "_initializing"), 0);
  return flag !== 0 && isTrue(th, flag);
}

export function setInitializing(th: Thread, spec: number, on: boolean): void {
  if (spec !== NONE) setAttr(th, spec, internStr(th, "_initializing"), on ? TRUE : FALSE);
}

/** The ModuleSpec class, from src/lib whatever sys.path says. */
function moduleSpecClass(th: Thread): number {
  let module = loadedModule(th, SPEC_MODULE);
  if (module === 0 || module === NONE) {
    module = loadFound(th, SPEC_MODULE, { kind: "module", file: joinPath(libDirectory(), `${SPEC_MODULE}.py`) });
  }
  return getAttr(th, module, internStr(th, "ModuleSpec"));
}

/** ModuleSpec(name, None, origin=origin, is_package=...), or None for the module that defines ModuleSpec. */
export function newModuleSpec(th: Thread, name: string, origin: string | null, isPackage: boolean): number {
  if (name === SPEC_MODULE) return NONE;
  const cls = moduleSpecClass(th);
  const keywords = { names: [internStr(th, "origin"), internStr(th, "is_package")], values: [NONE, isPackage ? TRUE : FALSE] };
  th.pushRoot(cls);
  try {
    if (origin !== null) keywords.values[0] = newString(th, origin);
    th.pushRoot(keywords.values[0]!);
    const spec = callObject(th, cls, [newString(th, name), NONE], keywords);
    th.popRoots(1);
    return spec;
  } finally {
    th.popRoots(1);
  }
}

/**
 * CPython 3.13's AttributeError message for a module whose body is still
 * running, or null for the plain one. A module beside the script (its
 * directory is sys.path[0]) may be shadowing a library of the same name,
 * which the message suggests instead of the circular import.
 */
export function partialModuleMessage(th: Thread, module: number, moduleName: string, attr: string): string | null {
  if (!isInitializing(th, module)) return null;
  const file = dictGetStr(th, th.heap.i32[module + MODULE_DICT]!, internStr(th, "__file__"));
  const origin = file !== 0 && isStr(th, file) ? jsString(th, file) : null;
  if (origin !== null && isBesideScript(th, origin)) {
    return `module '${moduleName}' has no attribute '${attr}' (consider renaming '${origin}' if it has the same name as a third-party module you intended to import)`;
  }
  const from = origin === null ? "" : ` from '${origin}'`;
  return `partially initialized module '${moduleName}'${from} has no attribute '${attr}' (most likely due to a circular import)`;
}

/** Whether the module file `origin` (a package's __init__.py counting as its folder) lies in sys.path[0]. */
function isBesideScript(th: Thread, origin: string): boolean {
  const path = origin.endsWith("/__init__.py") ? origin.slice(0, -"/__init__.py".length) : origin;
  const slash = path.lastIndexOf("/");
  if (slash < 0) return false;
  const root = path.slice(0, slash);
  const first = sysPathEntries(th)[0];
  if (first === undefined) return false;
  return root === (first === "" ? process.cwd() : first);
}

/** module.__spec__, sharing the package's __path__ list as CPython does. */
export function attachSpec(th: Thread, module: number, name: string, location: ModuleLocation): void {
  const origin = location.kind === "namespace" ? null : location.file;
  const spec = newModuleSpec(th, name, origin, location.kind !== "module");
  const dict = th.heap.i32[module + MODULE_DICT]!;
  dictSetStr(th, dict, internStr(th, "__spec__"), spec);
  if (spec === NONE) return;
  if (location.kind !== "module") {
    setAttr(th, spec, internStr(th, "submodule_search_locations"), dictGetStr(th, dict, internStr(th, "__path__")));
  }
  if (origin !== null) setAttr(th, spec, internStr(th, "_set_fileattr"), TRUE);
}
