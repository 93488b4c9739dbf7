// import: the native modules (sys, time, ...) made on first import and kept
// in sys.modules.
//
// Modules written in Python (src/lib) are not loaded yet; importing anything
// that is neither in sys.modules nor a native module raises
// ModuleNotFoundError as CPython does.

import { PyError } from "../heap/errors.js";
import { MODULE_DICT, MODULE_NAME, NONE } from "../heap/layout.js";
import { F_LOCALS, F_GLOBALS } from "./frame.js";
import type { Thread } from "./thread.js";
import { dictGetStr, dictItems, dictSetStr, internStr, jsString, isStr } from "./model.js";
import { getAttrOrZero } from "./attributes.js";
import { raiseException } from "./exceptions.js";
import { sysModules } from "./vm-roots.js";

/** Makes a native module; registered by src/modules. */
export type ModuleFactory = (th: Thread) => number;

const nativeModules = new Map<string, ModuleFactory>();

export function registerNativeModule(name: string, make: ModuleFactory): void {
  nativeModules.set(name, make);
}

/** The module called `name`, imported if needed. */
export function importModule(th: Thread, name: string): number {
  const modules = sysModules(th);
  const key = internStr(th, name);
  const existing = dictGetStr(th, modules, key);
  if (existing !== 0) return existing;
  const make = nativeModules.get(name.split(".")[0]!);
  if (make === undefined || name.includes(".")) {
    throw new PyError("ModuleNotFoundError", `No module named '${name}'`);
  }
  const module = make(th);
  dictSetStr(th, sysModules(th), internStr(th, name), module);
  return module;
}

/** IMPORT_NAME. */
export function importName(th: Thread, _f: number, name: number, fromlist: number, level: number): number {
  if (level !== 1 /* small int 0 */) raiseException(th, "ImportError", "attempted relative import with no known parent package");
  const module = importModule(th, jsString(th, name));
  return module;
}

/** IMPORT_FROM. */
export function importFrom(th: Thread, module: number, name: number): number {
  const v = getAttrOrZero(th, module, name);
  if (v !== 0) return v;
  const moduleName = jsString(th, th.heap.i32[module + MODULE_NAME]!);
  return raiseException(th, "ImportError", `cannot import name '${jsString(th, name)}' from '${moduleName}' (unknown location)`);
}

/** `from m import *`: copies the public names into the frame's locals. */
export function importStar(th: Thread, f: number, module: number): number {
  const locals = th.heap.i32[f + F_LOCALS]! || th.heap.i32[f + F_GLOBALS]!;
  for (const [k, v] of dictItems(th, th.heap.i32[module + MODULE_DICT]!)) {
    if (isStr(th, k) && !jsString(th, k).startsWith("_")) dictSetStr(th, locals, k, v);
  }
  return NONE;
}
