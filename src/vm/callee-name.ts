// How CPython names a callable in call errors (_PyObject_FunctionStr):
// `module.qualname()` for functions outside builtins, `name()` for built-in
// functions and types, else the repr.

import { BUILTIN_NAME, FUNC_MODULE, FUNC_QUALNAME, METHOD_FUNC } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import { isStr, isType, jsString, typeIdOfValue, typeName } from "./model.js";
import { reprOf } from "./repr.js";

export function calleeDisplayName(th: Thread, callable: number): string {
  const i32 = th.heap.i32;
  const id = typeIdOfValue(th, callable);
  if (id === TypeId.method) return calleeDisplayName(th, i32[callable + METHOD_FUNC]!);
  if (id === TypeId.function) {
    const qualname = jsString(th, i32[callable + FUNC_QUALNAME]!);
    const module = i32[callable + FUNC_MODULE]!;
    const prefix = module !== 0 && isStr(th, module) && jsString(th, module) !== "builtins" ? `${jsString(th, module)}.` : "";
    return `${prefix}${qualname}()`;
  }
  if (id === TypeId.builtin_function_or_method) return `${jsString(th, i32[callable + BUILTIN_NAME]!)}()`;
  if (isType(th, callable)) return `${typeName(th, callable)}()`;
  return reprOf(th, callable);
}
