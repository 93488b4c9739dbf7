// builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0)
// and sys._getframemodulename(depth=0), the frame query namedtuple uses to
// name the module that created a class; with them comes the _imp module
// (imp.ts) that importlib uses.

import { NONE } from "../heap/layout.js";
import type { Thread } from "../vm/thread.js";
import { dictGetStr, internStr, isDict, isStr, jsString } from "../vm/model.js";
import { raiseException } from "../vm/exceptions.js";
import { importFull, setNativeImportIndex } from "../vm/imports.js";
import { F_GLOBALS, F_PREVIOUS, untagged } from "../vm/frame.js";
import { moduleFunction } from "./registry.js";
import { indexArgument, keywordMap } from "./args.js";
import "./imp.js";

const PARAMETERS = ["name", "globals", "locals", "fromlist", "level"] as const;

const importIndex = moduleFunction("builtins", "__import__", (th, args, kw) => {
  const given = keywordMap(th, "__import__", kw, PARAMETERS);
  if (args.length > PARAMETERS.length) {
    raiseException(th, "TypeError", `__import__() takes at most 5 arguments (${args.length} given)`);
  }
  const arg = (k: number) => args[k] ?? given.get(PARAMETERS[k]!) ?? 0;
  const name = arg(0);
  if (name === 0) raiseException(th, "TypeError", "__import__() missing required argument 'name' (pos 1)");
  if (!isStr(th, name)) raiseException(th, "TypeError", "module name must be a string");
  const level = arg(4) === 0 ? 0 : indexArgument(th, arg(4));
  return importFull(th, jsString(th, name), arg(1), arg(3), level);
});
setNativeImportIndex(importIndex);

moduleFunction("sys", "_getframemodulename", (th, args, kw) => {
  const given = keywordMap(th, "_getframemodulename", kw, ["depth"]);
  const depthArg = args[0] ?? given.get("depth");
  let depth = depthArg === undefined ? 0 : indexArgument(th, depthArg);
  let f = th.topFrame;
  while (depth-- > 0 && f !== 0) f = untagged(th.heap.i32[f + F_PREVIOUS]!);
  if (f === 0) return NONE;
  const globals = th.heap.i32[f + F_GLOBALS]!;
  if (!isDict(th, globals)) return NONE;
  const name = dictGetStr(th, globals, internStr(th, "__name__"));
  return name === 0 ? NONE : name;
});
