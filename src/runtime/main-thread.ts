// Python's main thread, on its worker: boots the interpreter in the heap
// (builtins, sys, sys.modules, __main__), runs the module, and turns how it
// ended into an exit status: 0, SystemExit's code, or 1 after printing the
// traceback of an uncaught exception.

import type { Heap } from "../heap/heap.js";
import { NONE } from "../heap/layout.js";
import { installTypeMethods } from "../modules/registry.js";
import { makeBuiltinsModule } from "../modules/builtins.js";
import { makeSysModule } from "../modules/sys.js";
import "../modules/time.js";
import "../modules/math.js";
import "../modules/os.js";
import { newModule } from "../modules/builtins.js";
import { dictSetStr, internStr, newDict, typeOfValue, isSubtype, builtinType, newString } from "../vm/model.js";
import { EXC_ARGS, MODULE_DICT, TUPLE_ITEMS, TUPLE_LENGTH } from "../heap/layout.js";
import { PyRaise, toPyException } from "../vm/exceptions.js";
import { newThread, runCode } from "../vm/run-code.js";
import type { Thread } from "../vm/thread.js";
import {
  ROOT_BUILTINS_DICT, ROOT_BUILTINS_MODULE, ROOT_MAIN_MODULE, ROOT_SYS_MODULE, ROOT_SYS_MODULES, setRoot, getRoot,
} from "../vm/vm-roots.js";
import { formatException, registerSource, systemExitStatus } from "../vm/traceback.js";
import { installSysPath, prepareMainModule } from "../vm/import-setup.js";
import { writeText, STDERR } from "./output.js";
import type { MainThreadData, ProgramMessage } from "./protocol.js";
import { parseForTraceback, preloadParser } from "./traceback-parse.js";

function boot(th: Thread, argv: string[]): void {
  setRoot(th, ROOT_SYS_MODULES, newDict(th));
  installTypeMethods(th);
  const builtins = makeBuiltinsModule(th);
  setRoot(th, ROOT_BUILTINS_MODULE, builtins);
  setRoot(th, ROOT_BUILTINS_DICT, th.heap.i32[builtins + MODULE_DICT]!);
  const sys = makeSysModule(th, argv);
  setRoot(th, ROOT_SYS_MODULE, sys);
  const modules = getRoot(th, ROOT_SYS_MODULES);
  dictSetStr(th, modules, internStr(th, "builtins"), builtins);
  dictSetStr(th, modules, internStr(th, "sys"), sys);
}

function makeMain(th: Thread, filename: string): number {
  const dict = newDict(th);
  setRoot(th, ROOT_MAIN_MODULE, dict);
  const main = newModule(th, "__main__", dict);
  setRoot(th, ROOT_MAIN_MODULE, main);
  const set = (name: string, value: number) => dictSetStr(th, dict, internStr(th, name), value);
  set("__builtins__", getRoot(th, ROOT_BUILTINS_MODULE));
  set("__doc__", NONE);
  if (filename !== "<string>" && filename !== "<stdin>") set("__file__", newString(th, filename));
  dictSetStr(th, getRoot(th, ROOT_SYS_MODULES), internStr(th, "__main__"), main);
  return dict;
}

/** Runs the program's module; returns the exit status. */
export async function runMainModule(heap: Heap, data: MainThreadData, program: ProgramMessage): Promise<number> {
  const th = newThread(heap);
  th.gcStress = data.options.gcStress;
  th.verifyHeap = data.options.verifyHeap;
  th.gilEnabled = data.options.gil;
  registerSource(data.filename, program.source);
  try {
    boot(th, data.argv);
    installSysPath(th, data.filename, data.options.mainModule);
    const globals = makeMain(th, data.filename);
    prepareMainModule(th, globals, data.options.mainModule);
    runCode(th, program.code, globals, getRoot(th, ROOT_BUILTINS_DICT), globals);
    return 0;
  } catch (err) {
    const raised = err instanceof PyRaise ? err : toPyException(th, err);
    th.pushRoot(raised.exc);
    await preloadParser();
    return reportUncaught(th, raised.exc);
  }
}

function reportUncaught(th: Thread, exc: number): number {
  const type = typeOfValue(th, exc);
  if (isSubtype(th, type, builtinType(th, "SystemExit"))) {
    const args = th.heap.i32[exc + EXC_ARGS]!;
    const n = th.heap.i32[args + TUPLE_LENGTH]!;
    const code = n === 0 ? NONE : n === 1 ? th.heap.i32[args + TUPLE_ITEMS]! : args;
    return systemExitStatus(th, code, (text) => writeText(STDERR, text));
  }
  writeText(STDERR, formatException(th, exc, parseForTraceback));
  return 1;
}
