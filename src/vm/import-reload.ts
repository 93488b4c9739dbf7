// importlib.reload: the module's file is found again (on its parent's
// __path__, or sys.path) and run again in the module's own dict, so that
// objects already bound elsewhere see the new definitions, as in CPython.

import { MODULE_DICT, NONE } from "../heap/layout.js";
import type { Thread } from "./thread.js";
import { dictGetStr, internStr, isList, isModule, isStr, jsString } from "./model.js";
import { listItemsArray } from "./containers.js";
import { getAttrWithDefault } from "./attributes.js";
import { raiseException } from "./exceptions.js";
import { findModule } from "./import-paths.js";
import { execute, initModuleAttributes, loadedModule, sysPathEntries } from "./import-load.js";
import { attachSpec } from "./import-spec.js";
import { moduleNotFound, raiseImportError } from "./import-errors.js";

/** reload(module): runs the module's file again in its dict; returns sys.modules[name]. */
export function reloadModule(th: Thread, module: number): number {
  if (!isModule(th, module)) raiseException(th, "TypeError", "reload() argument must be a module");
  const name = specName(th, module);
  if (loadedModule(th, name) !== module) raiseImportError(th, `module ${name} not in sys.modules`, name, NONE);
  const dot = name.lastIndexOf(".");
  let dirs = sysPathEntries(th);
  if (dot >= 0) {
    const parentName = name.slice(0, dot);
    const parent = loadedModule(th, parentName);
    if (parent === 0) raiseImportError(th, `parent '${parentName}' not in sys.modules`, parentName, NONE);
    dirs = pathOf(th, parent);
  }
  const location = findModule(name.slice(dot + 1), dirs);
  if (location === null) moduleNotFound(th, `spec not found for the module '${name}'`, name);
  initModuleAttributes(th, module, name, location);
  attachSpec(th, module, name, location);
  if (location.kind === "namespace") return module;
  return execute(th, module, name, location.file, true);
}

/** The name a module was imported under: __spec__.name, else __name__. */
function specName(th: Thread, module: number): string {
  const dict = th.heap.i32[module + MODULE_DICT]!;
  const spec = dictGetStr(th, dict, internStr(th, "__spec__"));
  const fromSpec = spec !== 0 && spec !== NONE ? getAttrWithDefault(th, spec, internStr(th, "name"), 0) : 0;
  const name = fromSpec !== 0 ? fromSpec : dictGetStr(th, dict, internStr(th, "__name__"));
  if (name === 0 || !isStr(th, name)) raiseException(th, "TypeError", "reload() argument must be a module");
  return jsString(th, name);
}

function pathOf(th: Thread, parent: number): string[] {
  const path = getAttrWithDefault(th, parent, internStr(th, "__path__"), 0);
  if (path === 0 || !isList(th, path)) return [];
  return listItemsArray(th, path).filter((v) => isStr(th, v)).map((v) => jsString(th, v));
}
