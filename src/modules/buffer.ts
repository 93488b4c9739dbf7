// _buffer: what the memoryview type (src/lib/_memoryview.py) needs from the
// heap: counting its exports of a bytearray (src/vm/bytearray-exports.ts),
// so that the bytearray refuses to change size while a view looks at it.

import { NONE } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import { newDict, typeIdOfValue } from "../vm/model.js";
import { registerNativeModule } from "../vm/imports.js";
import { changeExports } from "../vm/bytearray-exports.js";
import { installModuleFunctions, moduleFunction } from "./registry.js";
import { newModule } from "./builtins.js";
import { arity } from "./args.js";

const BUFFER = "_buffer";

/** Whether `v` is a bytearray (or an instance of a subclass), whose size exports pin. */
function isByteArray(th: Thread, v: number): boolean {
  return (v & 1) === 0 && typeIdOfValue(th, v) === TypeId.bytearray;
}

// _buffer.export(obj): a view now looks at obj's bytes.
moduleFunction(BUFFER, "export", (th, args) => {
  arity(th, "export", args, 1, 1);
  if (isByteArray(th, args[0]!)) changeExports(th, args[0]!, 1);
  return NONE;
});

// _buffer.unexport(obj): a view over obj has been released.
moduleFunction(BUFFER, "unexport", (th, args) => {
  arity(th, "unexport", args, 1, 1);
  if (isByteArray(th, args[0]!)) changeExports(th, args[0]!, -1);
  return NONE;
});

registerNativeModule(BUFFER, (th: Thread) => {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    const module = newModule(th, BUFFER, dict);
    th.pushRoot(module);
    installModuleFunctions(th, BUFFER, dict, module);
    th.popRoots(1);
    return module;
  } finally {
    th.popRoots(1);
  }
});
