// _struct: the float conversions of the struct module (src/lib/struct.py
// does the rest): IEEE 754 single and double precision, through DataView,
// so that rounding, infinities, NaNs and -0.0 come out as C's casts give them.

import { NONE } from "../heap/layout.js";
import type { Thread } from "../vm/thread.js";
import { newDict } from "../vm/model.js";
import { floatOf, newFloat } from "../vm/int-values.js";
import { raiseException } from "../vm/exceptions.js";
import { registerNativeModule } from "../vm/imports.js";
import { bytesLikeData } from "../vm/bytes-like.js";
import { newBytes } from "../objects/bytes.js";
import { isTrue } from "../vm/operators.js";
import { installModuleFunctions, moduleFunction } from "./registry.js";
import { newModule } from "./builtins.js";
import { arity, indexArgument } from "./args.js";

const STRUCT = "_struct";

// _struct.pack_float(x, size, little): x as 4 or 8 bytes; None when x is
// finite but too large for a single-precision float.
moduleFunction(STRUCT, "pack_float", (th, args) => {
  arity(th, "pack_float", args, 3, 3);
  const x = floatOf(th, args[0]!);
  const size = indexArgument(th, args[1]!);
  const little = isTrue(th, args[2]!);
  const view = new DataView(new ArrayBuffer(size));
  if (size === 4) {
    if (Number.isFinite(x) && !Number.isFinite(Math.fround(x))) return NONE;
    view.setFloat32(0, x, little);
  } else {
    view.setFloat64(0, x, little);
  }
  return newBytes(th.heap, new Uint8Array(view.buffer));
});

// _struct.unpack_float(data, little): the float in 4 or 8 bytes.
moduleFunction(STRUCT, "unpack_float", (th, args) => {
  arity(th, "unpack_float", args, 2, 2);
  const data = bytesLikeData(th, args[0]!);
  if (data === null || (data.length !== 4 && data.length !== 8)) raiseException(th, "ValueError", "bad float data");
  const view = new DataView(Uint8Array.from(data!).buffer);
  const little = isTrue(th, args[1]!);
  return newFloat(th, data!.length === 4 ? view.getFloat32(0, little) : view.getFloat64(0, little));
});

registerNativeModule(STRUCT, (th: Thread) => {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    const module = newModule(th, STRUCT, dict);
    th.pushRoot(module);
    installModuleFunctions(th, STRUCT, dict, module);
    th.popRoots(1);
    return module;
  } finally {
    th.popRoots(1);
  }
});
