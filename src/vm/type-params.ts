// The intrinsics of PEP 695's syntax. The objects themselves (TypeVar,
// ParamSpec, TypeVarTuple, TypeAliasType, Generic) are written in Python, in
// the `_typing` module that `typing` re-exports, as CPython keeps them in its
// `_typing`; each intrinsic calls one of that module's helpers, so that
// `def f[T]` makes exactly a typing.TypeVar.

import { F_GLOBALS } from "./frame.js";
import { getAttr } from "./attributes.js";
import { callObject } from "./calls.js";
import { importModule } from "./imports.js";
import { dictGetStr, internStr, tupleItems, newTuple } from "./model.js";
import { INTRINSIC1_TYPES, INTRINSIC2 } from "./opcodes.js";
import { raiseException } from "./exceptions.js";
import { NONE } from "../heap/layout.js";
import type { Thread } from "./thread.js";

function helper(th: Thread, name: string): number {
  return getAttr(th, importModule(th, "_typing"), internStr(th, name));
}

/** Calls a helper; `args` runs after the import, which may collect, so what it allocates stays reachable. */
function call(th: Thread, name: string, args: number[] | (() => number[])): number {
  const fn = helper(th, name);
  th.pushRoot(fn);
  try {
    return callObject(th, fn, typeof args === "function" ? args() : args);
  } finally {
    th.popRoots(1);
  }
}

/** The `__name__` of the frame's module, which a type alias records as its `__module__`. */
function moduleName(th: Thread, frame: number): number {
  const name = dictGetStr(th, th.heap.i32[frame + F_GLOBALS]!, internStr(th, "__name__"));
  return name === 0 ? NONE : name;
}

/** CALL_INTRINSIC_1 for the intrinsics of generics; `frame` is the running frame. */
export function typeIntrinsic1(th: Thread, which: number, v: number, frame: number): number {
  switch (which) {
    case INTRINSIC1_TYPES.TYPEVAR:
      return call(th, "_typevar", [v, NONE, NONE]);
    case INTRINSIC1_TYPES.PARAMSPEC:
      return call(th, "_paramspec", [v]);
    case INTRINSIC1_TYPES.TYPEVARTUPLE:
      return call(th, "_typevartuple", [v]);
    case INTRINSIC1_TYPES.SUBSCRIPT_GENERIC:
      return call(th, "_subscript_generic", [v]);
    case INTRINSIC1_TYPES.TYPEALIAS: {
      // (name, type_params or None, the function computing the value)
      const [name, params, evaluate] = tupleItems(th, v) as [number, number, number];
      return call(th, "_typealias", () => [name, params === NONE ? newTuple(th, []) : params, evaluate, moduleName(th, frame)]);
    }
  }
  return raiseException(th, "SystemError", `unsupported intrinsic ${which}`);
}

/** CALL_INTRINSIC_2 but INTRINSIC_PREP_RERAISE_STAR. */
export function typeIntrinsic2(th: Thread, which: number, v1: number, v2: number): number {
  switch (which) {
    case INTRINSIC2.TYPEVAR_WITH_BOUND:
      return call(th, "_typevar", [v1, v2, NONE]);
    case INTRINSIC2.TYPEVAR_WITH_CONSTRAINTS:
      return call(th, "_typevar", [v1, NONE, v2]);
    case INTRINSIC2.SET_FUNCTION_TYPE_PARAMS:
      return call(th, "_set_type_params", [v1, v2]);
    case INTRINSIC2.SET_TYPEPARAM_DEFAULT:
      return call(th, "_set_default", [v1, v2]);
  }
  return raiseException(th, "SystemError", `unsupported intrinsic ${which}`);
}
