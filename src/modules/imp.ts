// _imp: the native helpers src/lib/importlib builds on (CPython's _imp
// module holds its import system's internals in the same way).

import type { Thread } from "../vm/thread.js";
import { newDict } from "../vm/model.js";
import { registerNativeModule } from "../vm/imports.js";
import { reloadModule } from "../vm/import-reload.js";
import { installModuleFunctions, moduleFunction } from "./registry.js";
import { newModule } from "./builtins.js";
import { arity } from "./args.js";

const IMP = "_imp";

moduleFunction(IMP, "reload", (th, args) => {
  arity(th, "reload", args, 1, 1);
  return reloadModule(th, args[0]!);
});

registerNativeModule(IMP, (th: Thread) => {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    const module = newModule(th, IMP, dict);
    th.pushRoot(module);
    installModuleFunctions(th, IMP, dict, module);
    th.popRoots(1);
    return module;
  } finally {
    th.popRoots(1);
  }
});
