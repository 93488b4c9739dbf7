// Built-in names written in Python: `memoryview` is a class in
// src/lib/_memoryview.py. Its module is imported the first time a program
// looks the name up and misses it in builtins; the class is then stored in
// builtins, so later lookups (and the global caches) find it directly and
// programs that never use it never pay for the import.

import { MODULE_DICT } from "../heap/layout.js";
import type { Thread } from "./thread.js";
import { dictGetStr, dictSetStr, jsString } from "./model.js";
import { importAbsolute } from "./import-load.js";

/** Built-in name -> the module under src/lib that defines it. */
const LAZY_BUILTINS = new Map<string, string>([["memoryview", "_memoryview"]]);

/** The value of the Python-written built-in `name` (stored in `builtins` from now on), or 0 when it is none. */
export function loadLazyBuiltin(th: Thread, builtins: number, name: number): number {
  const moduleName = LAZY_BUILTINS.get(jsString(th, name));
  if (moduleName === undefined) return 0;
  th.pushRoot(builtins);
  th.pushRoot(name);
  try {
    const module = importAbsolute(th, moduleName);
    const value = dictGetStr(th, th.heap.i32[module + MODULE_DICT]!, name);
    if (value !== 0) dictSetStr(th, builtins, name, value);
    return value;
  } finally {
    th.popRoots(2);
  }
}
