// Finding and loading one module by its full name, as importlib's
// _find_and_load does.
//
// sys.modules is the cache: a module found there is returned as it is, even
// half run (that is how circular imports see each other). Otherwise the
// parent package is imported first, the module is looked for in the parent's
// __path__ (sys.path for a top-level name), a native module (sys, time, ...)
// is made by its factory, and a Python module is compiled, put in sys.modules
// *before* its body runs, and taken out again if the body raises. After
// loading, the module is bound as an attribute of its parent package.
// Each module loaded from a file gets a ModuleSpec (import-spec.ts).

import { requestWarmPool } from "../runtime/thread-start.js";
import { MODULE_DICT, MODULE_NAME, NONE } from "../heap/layout.js";
import { newModule } from "../objects/module.js";
import type { Thread } from "./thread.js";
import {
  dictDelStr, dictGetStr, dictSetStr, internStr, isList, isModule, isStr, jsString, newString,
} from "./model.js";
import { newList } from "./lists.js";
import { listItemsArray } from "./containers.js";
import { getAttrWithDefault, setAttr } from "./attributes.js";
import { builtinsDict, getRoot, ROOT_SYS_MODULE, sysModules } from "./vm-roots.js";
import { findModule, type ModuleLocation } from "./import-paths.js";
import { attachSpec, setInitializing } from "./import-spec.js";
import { compileModule, readModuleSource } from "./import-source.js";
import { runCode } from "./run-code.js";
import { moduleNotFound, raiseImportError } from "./import-errors.js";

/** Makes a native module; registered by src/modules. */
export type ModuleFactory = (th: Thread) => number;

const nativeModules = new Map<string, ModuleFactory>();

export function registerNativeModule(name: string, make: ModuleFactory): void {
  nativeModules.set(name, make);
}

/** sys.modules[name], or 0. */
export function loadedModule(th: Thread, name: string): number {
  return dictGetStr(th, sysModules(th), internStr(th, name));
}

/** The module with the absolute name `name`, imported if needed (importlib's _gcd_import). */
export function importAbsolute(th: Thread, name: string): number {
  const found = loadedModule(th, name);
  if (found === NONE) moduleNotFound(th, `import of ${name} halted; None in sys.modules`, name);
  if (found !== 0) return found;
  return findAndLoad(th, name);
}

function findAndLoad(th: Thread, name: string): number {
  const dot = name.lastIndexOf(".");
  if (dot < 0) return loadModule(th, name, sysPathEntries(th), 0);
  const parentName = name.slice(0, dot);
  if (loadedModule(th, parentName) === 0) importAbsolute(th, parentName);
  // Importing the parent may have imported this module too.
  const already = loadedModule(th, name);
  if (already !== 0) return already;
  const parent = loadedModule(th, parentName);
  const path = parent === 0 ? 0 : getAttrWithDefault(th, parent, internStr(th, "__path__"), 0);
  if (path === 0) moduleNotFound(th, `No module named '${name}'; '${parentName}' is not a package`, name);
  th.pushRoot(parent);
  try {
    const module = loadModule(th, name, stringsOf(th, path), parent);
    th.pushRoot(module);
    bindInParent(th, parent, name.slice(dot + 1), module);
    th.popRoots(1);
    return module;
  } finally {
    th.popRoots(1);
  }
}

/** Loads the module `name`: a native one (top-level only), or one found in `dirs`. */
function loadModule(th: Thread, name: string, dirs: string[], parent: number): number {
  const make = parent === 0 ? nativeModules.get(name) : undefined;
  if (make !== undefined) {
    const module = make(th);
    dictSetStr(th, sysModules(th), internStr(th, name), module);
    return module;
  }
  const location = findModule(name.slice(name.lastIndexOf(".") + 1), dirs);
  if (location === null) moduleNotFound(th, `No module named '${name}'`, name);
  return loadFound(th, name, location);
}

export function loadFound(th: Thread, name: string, location: ModuleLocation): number {
  // A program that imports threading is about to start threads: the pool's
  // workers boot while the program goes on (src/runtime/pool.ts).
  if (name === "threading") requestWarmPool();
  const module = newModule(th.heap, name);
  th.pushRoot(module);
  try {
    initModuleAttributes(th, module, name, location);
    attachSpec(th, module, name, location);
    if (location.kind === "namespace") {
      dictSetStr(th, sysModules(th), internStr(th, name), module);
      return module;
    }
    return execute(th, module, name, location.file);
  } finally {
    th.popRoots(1);
  }
}

/** The attributes importlib's _init_module_attrs sets, in its order. */
export function initModuleAttributes(th: Thread, module: number, name: string, location: ModuleLocation): void {
  const dict = th.heap.i32[module + MODULE_DICT]!;
  const set = (key: string, value: number) => dictSetStr(th, dict, internStr(th, key), value);
  const isPackage = location.kind !== "module";
  set("__package__", newString(th, isPackage ? name : name.slice(0, Math.max(0, name.lastIndexOf(".")))));
  if (location.kind === "package") set("__path__", newList(th, [newString(th, location.dir)]));
  if (location.kind === "namespace") set("__path__", newList(th, location.dirs.map((d) => newString(th, d))));
  set("__file__", location.kind === "namespace" ? NONE : newString(th, location.file));
}

/**
 * Runs the module's file in its dict, with the module in sys.modules
 * meanwhile; a first load that raises takes it out again (a reload leaves it).
 */
export function execute(th: Thread, module: number, name: string, file: string, reloading = false): number {
  const code = compileModule(th, readModuleSource(th, file), file);
  const key = internStr(th, name);
  const dict = th.heap.i32[module + MODULE_DICT]!;
  dictSetStr(th, dict, internStr(th, "__builtins__"), builtinsDict(th));
  dictSetStr(th, sysModules(th), key, module);
  const spec = dictGetStr(th, dict, internStr(th, "__spec__"));
  th.pushRoot(code);
  setInitializing(th, spec, true);
  try {
    runCode(th, code, dict, builtinsDict(th), dict);
  } catch (err) {
    if (!reloading) dictDelStr(th, sysModules(th), key);
    throw err;
  } finally {
    setInitializing(th, spec, false);
    th.popRoots(1);
  }
  // The body may have replaced itself in sys.modules; that object is the module then.
  const result = dictGetStr(th, sysModules(th), key);
  if (result === 0) raiseImportError(th, `Loaded module ${name} not found in sys.modules`, name, NONE);
  return result;
}

function bindInParent(th: Thread, parent: number, child: string, module: number): void {
  if (isModule(th, parent)) {
    dictSetStr(th, th.heap.i32[parent + MODULE_DICT]!, internStr(th, child), module);
    return;
  }
  setAttr(th, parent, internStr(th, child), module);
}

/** The str entries of sys.path (a list the program may replace or change). */
export function sysPathEntries(th: Thread): string[] {
  const sys = getRoot(th, ROOT_SYS_MODULE);
  const path = sys === 0 ? 0 : dictGetStr(th, th.heap.i32[sys + MODULE_DICT]!, internStr(th, "path"));
  return path === 0 ? [] : stringsOf(th, path);
}

function stringsOf(th: Thread, list: number): string[] {
  if (!isList(th, list)) return [];
  return listItemsArray(th, list).filter((v) => isStr(th, v)).map((v) => jsString(th, v));
}

/** The module's __name__ as a JS string (for messages). */
export function moduleNameOf(th: Thread, module: number): string | null {
  if (!isModule(th, module)) {
    const v = getAttrWithDefault(th, module, internStr(th, "__name__"), 0);
    return v !== 0 && isStr(th, v) ? jsString(th, v) : null;
  }
  const name = dictGetStr(th, th.heap.i32[module + MODULE_DICT]!, internStr(th, "__name__"));
  if (name !== 0 && isStr(th, name)) return jsString(th, name);
  return jsString(th, th.heap.i32[module + MODULE_NAME]!);
}
