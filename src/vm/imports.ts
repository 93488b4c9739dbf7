// The import statement: __import__ as importlib's _bootstrap defines it,
// and the IMPORT_NAME, IMPORT_FROM and `import *` instructions on top of it.
//
//   import a.b.c          imports a, a.b, a.b.c and binds a (no fromlist)
//   import a.b as c       imports a.b, then IMPORT_FROM walks a -> b
//   from a import b       imports a; b may be a submodule (the fromlist)
//   from . import x       resolves the name against the importer's package
//
// Finding and loading one module is import-load.ts; this file turns the
// statement's operands (name, fromlist, level, the importer's globals) into
// absolute names and picks what the statement binds.

import { BUILTIN_INDEX, MODULE_DICT, NONE } from "../heap/layout.js";
import { F_BUILTINS, F_GLOBALS, F_LOCALS } from "./frame.js";
import type { Thread } from "./thread.js";
import {
  builtinType, dictGetStr, dictItems, dictSetStr, instanceDictOf, internStr, isBuiltin, isDict, isModule, isStr,
  isSubtype, isTuple, jsString, tupleItems, typeNameOf, typeOfValue,
} from "./model.js";
import { getAttr, getAttrWithDefault } from "./attributes.js";
import { raiseException, PyRaise } from "./exceptions.js";
import { iterateToArray } from "./iteration.js";
import { callObject } from "./calls.js";
import { importAbsolute, loadedModule, moduleNameOf } from "./import-load.js";
import { isInitializing } from "./import-spec.js";
import { raiseImportError } from "./import-errors.js";

export { registerNativeModule, type ModuleFactory } from "./import-load.js";

/** The module called `name` (absolute), imported if needed. */
export function importModule(th: Thread, name: string): number {
  return importAbsolute(th, name);
}

/** The native-table index of builtins.__import__, set when it is declared. */
let nativeImportIndex = -1;

export function setNativeImportIndex(index: number): void {
  nativeImportIndex = index;
}

/**
 * IMPORT_NAME: __import__(name, globals, None, fromlist, level) with the
 * frame's globals. As in CPython, a program that replaced builtins.__import__
 * gets its own function called.
 */
export function importName(th: Thread, f: number, name: number, fromlist: number, level: number): number {
  const globals = th.heap.i32[f + F_GLOBALS]!;
  const builtins = th.heap.i32[f + F_BUILTINS]!;
  const hook = builtins === 0 || !isDict(th, builtins) ? 0 : dictGetStr(th, builtins, internStr(th, "__import__"));
  if (hook === 0) raiseImportError(th, "__import__ not found", null, NONE);
  if (!isBuiltin(th, hook) || th.heap.i32[hook + BUILTIN_INDEX] !== nativeImportIndex) {
    const locals = th.heap.i32[f + F_LOCALS]! || NONE;
    return callObject(th, hook, [name, globals, locals, fromlist === 0 ? NONE : fromlist, level]);
  }
  return importFull(th, jsString(th, name), globals, fromlist, level >> 1);
}

/** builtins.__import__: `globals` and `fromlist` are values (0 or None when absent). */
export function importFull(th: Thread, name: string, globals: number, fromlist: number, level: number): number {
  if (level < 0) raiseException(th, "ValueError", "level must be >= 0");
  const absolute = level === 0 ? name : resolveName(th, name, packageOf(th, globals), level);
  if (absolute === "") raiseException(th, "ValueError", "Empty module name");
  const module = importAbsolute(th, absolute);
  const names = fromlistNames(th, fromlist);
  if (names.length === 0) {
    if (level === 0) return importAbsolute(th, name.split(".")[0]!);
    if (name === "") return module;
    // __import__('a.b', level=1) binds what `.a` names: the module's name without the trailing `.b`.
    const cutOff = name.length - name.split(".")[0]!.length;
    const own = moduleNameOf(th, module) ?? absolute;
    return importAbsolute(th, own.slice(0, own.length - cutOff));
  }
  if (getAttrWithDefault(th, module, internStr(th, "__path__"), 0) === 0) return module;
  th.pushRoot(module);
  try {
    handleFromlist(th, module, names, false);
  } finally {
    th.popRoots(1);
  }
  return module;
}

function fromlistNames(th: Thread, fromlist: number): number[] {
  if (fromlist === 0 || fromlist === NONE) return [];
  if (isTuple(th, fromlist)) return tupleItems(th, fromlist);
  return iterateToArray(th, fromlist);
}

/** importlib's _handle_fromlist: imports the submodules the names ask for. */
function handleFromlist(th: Thread, module: number, names: number[], fromAll: boolean): void {
  for (const x of names) {
    if (!isStr(th, x)) {
      const where = fromAll ? `${moduleNameOf(th, module)}.__all__` : "``from list''";
      raiseException(th, "TypeError", `Item in ${where} must be str, not ${typeNameOf(th, x)}`);
    }
    const attr = jsString(th, x);
    if (attr === "*") {
      const all = fromAll ? 0 : getAttrWithDefault(th, module, internStr(th, "__all__"), 0);
      if (all !== 0) handleFromlist(th, module, fromlistNames(th, all), true);
    } else if (getAttrWithDefault(th, module, x, 0) === 0) {
      importSubmodule(th, `${moduleNameOf(th, module)}.${attr}`);
    }
  }
}

/** Imports `fromName` for a fromlist; a submodule that does not exist is not an error here. */
function importSubmodule(th: Thread, fromName: string): void {
  try {
    importAbsolute(th, fromName);
  } catch (err) {
    if (!(err instanceof PyRaise) || !isModuleNotFound(th, err.exc)) throw err;
    const dict = instanceDictOf(th, err.exc);
    const errName = dict === 0 ? 0 : dictGetStr(th, dict, internStr(th, "name"));
    const missingItself = errName !== 0 && isStr(th, errName) && jsString(th, errName) === fromName;
    if (!missingItself || loadedModule(th, fromName) === NONE) throw err;
  }
}

function isModuleNotFound(th: Thread, exc: number): boolean {
  return isSubtype(th, typeOfValue(th, exc), builtinType(th, "ModuleNotFoundError"));
}

/** importlib's _calc___package__: the package a relative import starts from. */
function packageOf(th: Thread, globals: number): string {
  if (globals === 0) raiseException(th, "KeyError", "'__name__' not in globals");
  if (!isDict(th, globals)) raiseException(th, "TypeError", "globals must be a dict");
  const get = (key: string) => dictGetStr(th, globals, internStr(th, key));
  let pkg = get("__package__");
  if (pkg === 0 || pkg === NONE) {
    const spec = get("__spec__");
    const parent = spec !== 0 && spec !== NONE ? getAttrWithDefault(th, spec, internStr(th, "parent"), 0) : 0;
    if (parent !== 0) {
      pkg = parent;
    } else {
      const name = get("__name__");
      if (name === 0) raiseException(th, "KeyError", "'__name__' not in globals");
      if (!isStr(th, name)) raiseException(th, "TypeError", "__name__ must be a string");
      const text = jsString(th, name);
      return get("__path__") !== 0 ? text : text.slice(0, Math.max(0, text.lastIndexOf(".")));
    }
  }
  if (!isStr(th, pkg)) raiseException(th, "TypeError", "package must be a string");
  return jsString(th, pkg);
}

/** importlib's _resolve_name, with _sanity_check's errors. */
function resolveName(th: Thread, name: string, pkg: string, level: number): string {
  if (pkg === "") raiseImportError(th, "attempted relative import with no known parent package", null, NONE);
  const bits = pkg.split(".");
  if (bits.length < level) raiseImportError(th, "attempted relative import beyond top-level package", null, NONE);
  const base = bits.slice(0, bits.length - (level - 1)).join(".");
  return name === "" ? base : `${base}.${name}`;
}

/** IMPORT_FROM: module.name, or the submodule sys.modules holds under module.name. */
export function importFrom(th: Thread, module: number, name: number): number {
  const v = getAttrWithDefault(th, module, name, 0);
  if (v !== 0) return v;
  const moduleName = moduleNameOf(th, module);
  if (moduleName !== null) {
    const sub = loadedModule(th, `${moduleName}.${jsString(th, name)}`);
    if (sub !== 0) return sub;
  }
  return cannotImportName(th, module, moduleName, jsString(th, name));
}

function cannotImportName(th: Thread, module: number, moduleName: string | null, name: string): never {
  const shown = moduleName === null ? "<unknown module name>" : moduleName;
  const file = isModule(th, module) ? dictGetStr(th, th.heap.i32[module + MODULE_DICT]!, internStr(th, "__file__")) : 0;
  const path = file !== 0 && isStr(th, file) ? file : NONE;
  const where = path === NONE ? "unknown location" : jsString(th, path);
  const message = isInitializing(th, module)
    ? `cannot import name '${name}' from partially initialized module '${shown}' (most likely due to a circular import) (${where})`
    : `cannot import name '${name}' from '${shown}' (${where})`;
  return raiseImportError(th, message, moduleName, path);
}

/** `from m import *`: the names in m.__all__, or every public name, into the frame's locals. */
export function importStar(th: Thread, f: number, module: number): number {
  const locals = th.heap.i32[f + F_LOCALS]! || th.heap.i32[f + F_GLOBALS]!;
  const all = getAttrWithDefault(th, module, internStr(th, "__all__"), 0);
  if (all !== 0) {
    th.pushRoot(all);
    try {
      for (const name of fromlistNames(th, all)) {
        if (!isStr(th, name)) {
          raiseException(th, "TypeError", `Item in ${moduleNameOf(th, module)}.__all__ must be str, not ${typeNameOf(th, name)}`);
        }
        dictSetStr(th, locals, name, getAttr(th, module, name));
      }
    } finally {
      th.popRoots(1);
    }
    return NONE;
  }
  const dict = isModule(th, module) ? th.heap.i32[module + MODULE_DICT]! : getAttr(th, module, internStr(th, "__dict__"));
  for (const [k, v] of dictItems(th, dict)) {
    if (isStr(th, k) && !jsString(th, k).startsWith("_")) dictSetStr(th, locals, k, v);
  }
  return NONE;
}
