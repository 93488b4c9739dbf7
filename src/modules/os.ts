// A small native os module: what src/lib and simple programs need from it
// (cpu_count, getpid, getcwd, getenv, environ as a dict copy of the process
// environment, the separators, the file-system functions of os-files.ts)
// and os.path (os-path.ts), which is also put in sys.modules as "os.path"
// so that `import os.path` works, as CPython's os.py arranges.

import { cpus } from "node:os";
import { nodeCrypto } from "../runtime/node-builtins.js";
import { newBytes } from "../objects/bytes.js";
import { NONE } from "../heap/layout.js";
import type { Thread } from "../vm/thread.js";
import { dictSetStr, internStr, isStr, jsString, newDict, newString, typeNameOf } from "../vm/model.js";
import { fromNumber } from "../vm/int-values.js";
import { raiseException } from "../vm/exceptions.js";
import { registerNativeModule } from "../vm/imports.js";
import { sysModules } from "../vm/vm-roots.js";
import { installModuleFunctions, moduleFunction } from "./registry.js";
import { newModule } from "./builtins.js";
import { arity, indexArgument } from "./args.js";
import { makeOsPathModule } from "./os-path.js";
import { OPEN_FLAGS, openFlagValue } from "./os-files.js";

const OS = "os";

moduleFunction(OS, "cpu_count", (th, args) => {
  arity(th, "cpu_count", args, 0, 0);
  const n = cpus().length;
  return n > 0 ? fromNumber(th, n) : NONE;
});
moduleFunction(OS, "urandom", (th, args) => {
  arity(th, "urandom", args, 1, 1);
  const n = indexArgument(th, args[0]!);
  if (n < 0) raiseException(th, "ValueError", "negative argument not allowed");
  return newBytes(th.heap, nodeCrypto().randomBytes(n));
});
moduleFunction(OS, "getpid", (th, args) => {
  arity(th, "getpid", args, 0, 0);
  return fromNumber(th, process.pid);
});
moduleFunction(OS, "getcwd", (th, args) => {
  arity(th, "getcwd", args, 0, 0);
  return newString(th, process.cwd());
});
moduleFunction(OS, "getenv", (th, args) => {
  arity(th, "getenv", args, 1, 2);
  const key = args[0]!;
  if (!isStr(th, key)) raiseException(th, "TypeError", `str expected, not ${typeNameOf(th, key)}`);
  const value = process.env[jsString(th, key)];
  return value === undefined ? (args[1] ?? NONE) : newString(th, value);
});

function environDict(th: Thread): number {
  const dict = newDict(th);
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined) dictSetStr(th, dict, newString(th, k), newString(th, v));
  }
  return dict;
}

registerNativeModule(OS, (th: Thread) => {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    const module = newModule(th, OS, dict);
    th.pushRoot(module);
    installModuleFunctions(th, OS, dict, module);
    const set = (name: string, value: number) => dictSetStr(th, dict, internStr(th, name), value);
    for (const [name, value] of [["name", "posix"], ["sep", "/"], ["altsep", null], ["linesep", "\n"], ["curdir", "."],
      ["pardir", ".."], ["extsep", "."], ["pathsep", ":"], ["devnull", "/dev/null"]] as const) {
      set(name, value === null ? NONE : newString(th, value));
    }
    set("environ", environDict(th));
    for (const flag of OPEN_FLAGS) set(flag, fromNumber(th, openFlagValue(flag)));
    ["SEEK_SET", "SEEK_CUR", "SEEK_END"].forEach((name, k) => set(name, fromNumber(th, k)));
    const path = makeOsPathModule(th);
    set("path", path);
    dictSetStr(th, sysModules(th), internStr(th, "os.path"), path);
    th.popRoots(1);
    return module;
  } finally {
    th.popRoots(1);
  }
});
