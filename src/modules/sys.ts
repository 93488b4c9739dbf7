// The sys module: argv, modules, stdout/stderr, the recursion limit, exit,
// version information, and the GIL query.

import { NONE, TRUE, FALSE, MODULE_DICT } from "../heap/layout.js";
import { callObject } from "../vm/calls.js";
import { importModule } from "../vm/imports.js";
import { getRoot, ROOT_SYS_MODULE } from "../vm/vm-roots.js";
import { PyError } from "../heap/errors.js";
import { getIntMaxStrDigits, setIntMaxStrDigitsValue } from "./int-digits.js";
import type { Thread } from "../vm/thread.js";
import { dictSetStr, internStr, newDict, newString, newTuple } from "../vm/model.js";
import { newList } from "../vm/lists.js";
import { fromNumber } from "../vm/int-values.js";
import { raiseException } from "../vm/exceptions.js";
import { sysModules } from "../vm/vm-roots.js";
import { installModuleFunctions, moduleFunction } from "./registry.js";
import { newModule } from "./builtins.js";
import { newStream } from "./streams.js";
import { arity, indexArgument } from "./args.js";
import { getSwitchInterval, gilEnabled, setSwitchInterval } from "../threads/index.js";
import { floatOf, newFloat } from "../vm/int-values.js";
import { isNumber } from "../vm/numbers.js";
import { dictGetStr, isExceptionInstance, typeNameOf } from "../vm/model.js";
import { formatException } from "../vm/traceback.js";
import { parseForTraceback } from "../runtime/traceback-parse.js";
import { writeToSysStderr } from "./streams.js";
import { getAttrOrZero } from "../vm/attributes.js";
import { jsString } from "../vm/model.js";
import { reprOf } from "../vm/repr.js";
import "./sys-asyncgen.js";
import { getFrame } from "../vm/frame-objects.js";

const SYS = "sys";

moduleFunction(SYS, "getrecursionlimit", (th) => fromNumber(th, th.recursionLimit));
moduleFunction(SYS, "setrecursionlimit", (th, args) => {
  const n = indexArgument(th, args[0]!);
  if (n < 1) raiseException(th, "ValueError", "recursion limit must be greater or equal than 1");
  th.recursionLimit = n;
  return NONE;
});
moduleFunction(SYS, "exit", (th, args) => {
  throw new PyError("SystemExit", "", args.length === 0 ? NONE : args[0]!);
});
moduleFunction(SYS, "_is_gil_enabled", (th) => (gilEnabled(th.heap) ? TRUE : FALSE));
moduleFunction(SYS, "getswitchinterval", (th) => newFloat(th, getSwitchInterval(th.heap)));
moduleFunction(SYS, "setswitchinterval", (th, args) => {
  arity(th, "setswitchinterval", args, 1, 1);
  const v = args[0]!;
  if (!isNumber(th, v)) raiseException(th, "TypeError", `must be real number, not ${typeNameOf(th, v)}`);
  const seconds = floatOf(th, v);
  if (!(seconds > 0)) raiseException(th, "ValueError", "switch interval must be strictly positive");
  setSwitchInterval(th.heap, seconds);
  return NONE;
});

/** sys.excepthook(type, value, traceback): prints the exception's report to stderr, as for an uncaught one. */
function excepthook(th: Thread, args: number[]): number {
  arity(th, "excepthook", args, 3, 3);
  const value = args[1]!;
  if (!isExceptionInstance(th, value)) {
    writeToSysStderr(th, `TypeError: print_exception(): Exception expected for value, ${typeNameOf(th, value)} found\n`);
    return NONE;
  }
  writeToSysStderr(th, formatException(th, value, parseForTraceback));
  return NONE;
}

/**
 * sys.unraisablehook(unraisable): reports an exception that could not be
 * raised (one escaping a _thread thread), as CPython's default hook does.
 */
function unraisablehook(th: Thread, args: number[]): number {
  arity(th, "unraisablehook", args, 1, 1);
  const u = args[0]!;
  const field = (name: string) => getAttrOrZero(th, u, internStr(th, name));
  const errMsg = field("err_msg");
  const obj = field("object");
  let text = errMsg !== 0 && errMsg !== NONE ? jsString(th, errMsg) : "Exception ignored in";
  text += obj !== 0 && obj !== NONE ? `: ${reprOf(th, obj)}\n` : ":\n";
  const value = field("exc_value");
  if (value !== 0 && isExceptionInstance(th, value)) text += formatException(th, value, parseForTraceback);
  writeToSysStderr(th, text);
  return NONE;
}
// sys._format_exception(exc): the report the interpreter prints for an uncaught exc (the traceback module's source).
moduleFunction(SYS, "_format_exception", (th, args) => {
  arity(th, "_format_exception", args, 1, 1);
  if (!isExceptionInstance(th, args[0]!)) raiseException(th, "TypeError", `Exception expected for value, ${typeNameOf(th, args[0]!)} found`);
  return newString(th, formatException(th, args[0]!, parseForTraceback));
});
moduleFunction(SYS, "excepthook", excepthook);
moduleFunction(SYS, "_getframe", (th, args) => {
  arity(th, "_getframe", args, 0, 1);
  return getFrame(th, args.length === 0 ? 0 : indexArgument(th, args[0]!));
});
moduleFunction(SYS, "unraisablehook", unraisablehook);
moduleFunction(SYS, "getsizeof", (th) => fromNumber(th, 64));
moduleFunction(SYS, "get_int_max_str_digits", (th) => fromNumber(th, getIntMaxStrDigits(th)));
moduleFunction(SYS, "set_int_max_str_digits", (th, args) => {
  setIntMaxStrDigitsValue(th, indexArgument(th, args[0]!));
  return NONE;
});
moduleFunction(SYS, "exc_info", (th) => {
  const exc = th.handled;
  if (exc === 0 || exc === NONE) return newTuple(th, [NONE, NONE, NONE]);
  return newTuple(th, [th.heap.i32[exc]!, exc, th.heap.i32[exc + 5]! || NONE]);
});
moduleFunction(SYS, "exception", (th) => (th.handled === 0 ? NONE : th.handled));

// version_info, float_info, int_info, hash_info and flags are struct
// sequences made in Python (src/lib/_structseq.py). The module's __getattr__
// (PEP 562) makes them on first use, from running Python code: that keeps
// them off the start-up path.
const STRUCT_SEQUENCES = new Set(["version_info", "float_info", "int_info", "hash_info", "flags"]);
moduleFunction(SYS, "__getattr__", (th, args) => {
  arity(th, "__getattr__", args, 1, 1);
  const name = jsString(th, args[0]!);
  const sys = getRoot(th, ROOT_SYS_MODULE);
  if (STRUCT_SEQUENCES.has(name)) {
    const install = getAttrOrZero(th, importModule(th, "_structseq"), internStr(th, "install"));
    callObject(th, install, [sys]);
    const made = dictGetStr(th, th.heap.i32[sys + MODULE_DICT]!, internStr(th, name));
    if (made !== 0) return made;
  }
  return raiseException(th, "AttributeError", `module 'sys' has no attribute '${name}'`);
});

/** Makes the sys module for a program run as `argv`. */
export function makeSysModule(th: Thread, argv: string[]): number {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    const module = newModule(th, "sys", dict);
    th.pushRoot(module);
    installModuleFunctions(th, SYS, dict, module);
    const set = (name: string, value: number) => dictSetStr(th, dict, internStr(th, name), value);
    set("__excepthook__", dictGetStr(th, dict, internStr(th, "excepthook")));
    set("__unraisablehook__", dictGetStr(th, dict, internStr(th, "unraisablehook")));
    set("argv", newList(th, argv.map((a) => newString(th, a))));
    set("modules", sysModules(th));
    set("stdout", newStream(th, 1, "<stdout>"));
    set("stderr", newStream(th, 2, "<stderr>"));
    set("version", newString(th, "3.13.0 (pygil)"));
    set("platform", newString(th, process.platform === "win32" ? "win32" : process.platform));
    set("maxsize", fromNumber(th, 2 ** 53 - 1));
    set("byteorder", newString(th, "little"));
    set("implementation_name", newString(th, "pygil"));
    th.popRoots(1);
    return module;
  } finally {
    th.popRoots(1);
  }
}
