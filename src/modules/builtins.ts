// The builtins module: its functions (builtins-functions.ts), the built-in
// types and exceptions, and the constants; made once per heap.

import { allocate } from "../heap/alloc.js";
import { ELLIPSIS, G_TYPES, MODULE_DICT, MODULE_NAME, MODULE_WORDS, NONE, NOT_IMPLEMENTED, FALSE, TRUE } from "../heap/layout.js";
import { BUILTIN_TYPES, TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import { dictSetStr, internStr, newDict, typeById } from "../vm/model.js";
import { installModuleFunctions } from "./registry.js";
import "./builtins-functions.js";
import "./builtins-types.js";
import "./methods-str.js";
import "./methods-containers.js";
import "./methods-misc.js";
import "./methods-async.js";
import "./methods-code.js";
import "./methods-dunders.js";
import "./methods-extra.js";
import "./bytes-source.js";
import "./bytearray-type.js";
import "./bytes-methods-search.js";
import "./bytes-methods-text.js";
import "./exec-eval.js";
import "./import-builtin.js";
import "./files-open.js";
import "./methods-length-hint.js";
import "./mappingproxy.js";
import "./dir.js";
import "./methods-object.js";
import "./methods-member.js";
import "./methods-exception-group.js";
import { markMutableUnhashable } from "./methods-mutable.js";

/** Types that are not reachable by name from builtins in CPython. */
const HIDDEN_TYPES = new Set<string>([
  "NoneType", "NotImplementedType", "ellipsis", "function", "builtin_function_or_method", "method", "cell", "module",
  "code", "frame", "generator", "coroutine", "async_generator", "traceback", "mappingproxy", "dict_keys",
  "dict_values", "dict_items", "method_descriptor", "classmethod_descriptor", "wrapper_descriptor",
  "method_wrapper", "getset_descriptor", "member_descriptor", "_local", "iterator", "callable_iterator",
  "async_generator_asend", "async_generator_athrow", "async_generator_wrapped_value", "coroutine_wrapper",
  "anext_awaitable",
]);

/** A new module object named `name` with dict `dict`. */
export function newModule(th: Thread, name: string, dict: number): number {
  const nameStr = internStr(th, name);
  th.pushRoot(nameStr);
  try {
    const m = allocate(th.heap, MODULE_WORDS, typeById(th, TypeId.module));
    th.heap.i32[m + MODULE_NAME] = nameStr;
    th.heap.i32[m + MODULE_DICT] = dict;
    dictSetStr(th, dict, internStr(th, "__name__"), nameStr);
    return m;
  } finally {
    th.popRoots(1);
  }
}

/** Makes the builtins module. */
export function makeBuiltinsModule(th: Thread): number {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    const module = newModule(th, "builtins", dict);
    th.pushRoot(module);
    installModuleFunctions(th, "builtins", dict, module);
    markMutableUnhashable(th);
    BUILTIN_TYPES.forEach((spec, id) => {
      if (HIDDEN_TYPES.has(spec.name) || spec.name.endsWith("iterator")) return;
      dictSetStr(th, dict, internStr(th, spec.name), th.heap.i32[G_TYPES + id]!);
    });
    // The old names of OSError, kept as aliases since Python 3.3.
    for (const alias of ["IOError", "EnvironmentError"]) {
      dictSetStr(th, dict, internStr(th, alias), th.heap.i32[G_TYPES + TypeId.OSError]!);
    }
    dictSetStr(th, dict, internStr(th, "None"), NONE);
    dictSetStr(th, dict, internStr(th, "True"), TRUE);
    dictSetStr(th, dict, internStr(th, "False"), FALSE);
    dictSetStr(th, dict, internStr(th, "Ellipsis"), ELLIPSIS);
    dictSetStr(th, dict, internStr(th, "NotImplemented"), NOT_IMPLEMENTED);
    dictSetStr(th, dict, internStr(th, "__debug__"), TRUE);
    th.popRoots(1);
    return module;
  } finally {
    th.popRoots(1);
  }
}
