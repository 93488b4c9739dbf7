// The built-ins that run source at run time: compile(), exec() and eval().
//
// Source is compiled on the calling worker with the same compiler that
// imports use (src/vm/import-source.ts), into a code object in the shared
// heap, and run in a new frame on the calling thread (runCode), so a
// traceback through it shows its frames as `File "<string>"`. As in CPython:
// without namespaces the code sees the caller's globals and locals (in a
// function, a snapshot of its locals: writing there does not change the
// function's variables); a globals dict without `__builtins__` gets the
// caller's builtins; the frame's builtins come from `__builtins__`.

import { PySyntaxError } from "../../grammar/errors.js";
import type { Mod } from "../../grammar/ast.js";
import type { CompileMode } from "../compiler/index.js";
import { frontend } from "../runtime/frontend.js";
import type { CompileWarning } from "../../grammar/syntax-warnings.js";
import { issueCodeWarnings } from "../vm/compile-warnings.js";
import { codeToHeap } from "../objects/code.js";
import { TypeId } from "../objects/type-ids.js";
import { CODE_FLAGS, CODE_NFREEVARS, MODULE_DICT, NONE } from "../heap/layout.js";
import { CO_OPTIMIZED } from "../compiler/code.js";
import type { Thread } from "../vm/thread.js";
import type { Keywords } from "../vm/calls.js";
import { PyRaise, raiseException } from "../vm/exceptions.js";
import {
  dictGetStr, dictSetStr, internStr, isDict, isStr, isUserClass, jsString, typeIdOfValue, typeNameOf, typeOfValue,
} from "../vm/model.js";
import { lookupType } from "../vm/attributes.js";
import { runCode } from "../vm/run-code.js";
import { callObject } from "../vm/calls.js";
import { makeFunction } from "../vm/functions.js";
import { fastLocals } from "../vm/fast-locals.js";
import { F_BUILTINS, F_GLOBALS, F_LOCALS } from "../vm/frame.js";
import { bytesLikeData } from "../vm/bytes-like.js";
import { keywordMap } from "./args.js";
import { moduleFunction } from "./registry.js";
import { decodeBytes } from "./byte-codecs.js";
import { compileErrorObject, parseErrorObject, unplacedSyntaxError } from "./source-errors.js";

const B = "builtins";
const MODES: readonly string[] = ["exec", "eval", "single"];

/** The text of a str or bytes source, or null for anything else. */
function sourceText(th: Thread, v: number): string | null {
  if (isStr(th, v)) return jsString(th, v);
  const data = bytesLikeData(th, v);
  return data === null ? null : decodeBytes(th, data, "utf-8");
}

/** Compiles `text` into a code object in the heap; SyntaxError as a Python exception. */
function compileText(th: Thread, text: string, filename: string, mode: CompileMode): number {
  if (text.includes("\0")) throw new PyRaise(unplacedSyntaxError(th, "source code string cannot contain null bytes"));
  const { parse, compileAst, collectSyntaxWarnings } = frontend();
  let parsed: { result: Mod; warnings: CompileWarning[] };
  try {
    parsed = collectSyntaxWarnings(() => parse(text, filename, mode));
  } catch (err) {
    if (err instanceof PySyntaxError) throw new PyRaise(parseErrorObject(th, err, text, mode));
    throw err;
  }
  let code: number;
  let warnings: CompileWarning[];
  try {
    const compiled = collectSyntaxWarnings(() => compileAst(parsed.result, filename, text, mode));
    code = codeToHeap(th.heap, compiled.result);
    warnings = [...parsed.warnings, ...compiled.warnings];
  } catch (err) {
    if (err instanceof PySyntaxError) throw new PyRaise(compileErrorObject(th, err));
    throw err;
  }
  return issueCodeWarnings(th, code, filename, warnings);
}

function isCode(th: Thread, v: number): boolean {
  return (v & 1) === 0 && typeIdOfValue(th, v) === TypeId.code;
}

moduleFunction(B, "compile", (th, args, kw) => {
  const options = keywordMap(th, "compile", kw, ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"]);
  const names = ["source", "filename", "mode"];
  const [source, filename, mode] = names.map((name, k) => {
    const v = args[k] ?? options.get(name);
    if (v === undefined) raiseException(th, "TypeError", `compile() missing required argument '${name}' (pos ${k + 1})`);
    return v;
  }) as [number, number, number];
  if (args.length > 6) raiseException(th, "TypeError", `compile() takes at most 6 arguments (${args.length} given)`);
  const file = isStr(th, filename) ? jsString(th, filename) : bytesLikeData(th, filename);
  if (file === null) raiseException(th, "TypeError", `expected str, bytes or os.PathLike object, not ${typeNameOf(th, filename)}`);
  if (!isStr(th, mode)) raiseException(th, "TypeError", `compile() argument 'mode' must be str, not ${typeNameOf(th, mode)}`);
  const modeText = jsString(th, mode);
  if (!MODES.includes(modeText)) raiseException(th, "ValueError", "compile() mode must be 'exec', 'eval' or 'single'");
  const text = sourceText(th, source);
  if (text === null) raiseException(th, "TypeError", "compile() arg 1 must be a string, bytes or AST object");
  const fileName = typeof file === "string" ? file : decodeBytes(th, file, "utf-8");
  return compileText(th, text, fileName, modeText as CompileMode);
});

/** Whether `v` is a mapping in CPython's loose sense (its type has __getitem__). */
function isMapping(th: Thread, v: number): boolean {
  if (v & 1) return false;
  switch (typeIdOfValue(th, v)) {
    case TypeId.dict: case TypeId.list: case TypeId.tuple: case TypeId.str: case TypeId.bytes: case TypeId.bytearray:
    case TypeId.range:
      return true;
    default:
      return isUserClass(th, typeOfValue(th, v)) && lookupType(th, typeOfValue(th, v), internStr(th, "__getitem__")) !== 0;
  }
}

/** The namespaces code runs in: the arguments given, else the caller's. */
function namespaces(th: Thread, name: "exec" | "eval", globalsArg: number, localsArg: number): [number, number] {
  if (globalsArg !== NONE && !isDict(th, globalsArg)) {
    if (name === "exec") raiseException(th, "TypeError", `exec() globals must be a dict, not ${typeNameOf(th, globalsArg)}`);
    raiseException(th, "TypeError", isMapping(th, globalsArg) ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
  }
  if (localsArg !== NONE && !isMapping(th, localsArg)) {
    raiseException(th, "TypeError", name === "exec" ? `locals must be a mapping or None, not ${typeNameOf(th, localsArg)}` : "locals must be a mapping");
  }
  const frame = th.topFrame;
  const i32 = th.heap.i32;
  if (globalsArg === NONE) {
    const globals = i32[frame + F_GLOBALS]!;
    if (localsArg !== NONE) return [globals, localsArg];
    // A module or class body has its namespace; a function gets a snapshot of its variables.
    const locals = i32[frame + F_LOCALS]! || fastLocals(th, frame);
    return [globals, locals];
  }
  return [globalsArg, localsArg === NONE ? globalsArg : localsArg];
}

/** The builtins dict of a frame running with `globals`, after giving `globals` its `__builtins__`. */
function builtinsFor(th: Thread, globals: number): number {
  const key = internStr(th, "__builtins__");
  let builtins = dictGetStr(th, globals, key);
  if (builtins === 0) {
    builtins = th.heap.i32[th.topFrame + F_BUILTINS]!;
    dictSetStr(th, globals, key, builtins);
  }
  if (isDict(th, builtins)) return builtins;
  if (typeIdOfValue(th, builtins) === TypeId.module) return th.heap.i32[builtins + MODULE_DICT]!;
  return th.heap.i32[th.topFrame + F_BUILTINS]!;
}

/** The positional and keyword (globals, locals) arguments of exec and eval. */
function runArguments(th: Thread, name: "exec" | "eval", args: number[], kw: Keywords | null): [number, number, number] {
  const options = keywordMap(th, name, kw, name === "exec" ? ["globals", "locals", "closure"] : ["globals", "locals"]);
  if (args.length === 0) raiseException(th, "TypeError", `${name}() takes at least 1 positional argument (0 given)`);
  if (args.length > 3) raiseException(th, "TypeError", `${name} expected at most 3 arguments, got ${args.length}`);
  const closure = options.get("closure");
  if (closure !== undefined && closure !== NONE) raiseException(th, "TypeError", "cannot use a closure with this code object");
  return [args[0]!, args[1] ?? options.get("globals") ?? NONE, args[2] ?? options.get("locals") ?? NONE];
}

/**
 * Runs a function's code object (f.__code__) as CPython's exec does: as a
 * call of a function made from it with no arguments, so its parameters are
 * reported missing and a generator's code makes a generator; its variables
 * are its own, whatever locals were given.
 */
function runFunctionCode(th: Thread, code: number, globals: number, builtins: number): number {
  const free = th.heap.i32[code + CODE_NFREEVARS]!;
  if (free > 0) raiseException(th, "TypeError", `code object requires a closure of exactly length ${free}`);
  const func = makeFunction(th, code, globals, builtins);
  th.pushRoot(func);
  try {
    return callObject(th, func, []);
  } finally {
    th.popRoots(1);
  }
}

/** Runs `source` (str, bytes or code) for exec or eval; returns what the code returns. */
function run(th: Thread, name: "exec" | "eval", args: number[], kw: Keywords | null): number {
  const [source, globalsArg, localsArg] = runArguments(th, name, args, kw);
  const [globals, locals] = namespaces(th, name, globalsArg, localsArg);
  th.pushRoot(locals);
  try {
    let code = source;
    if (!isCode(th, source)) {
      let text = sourceText(th, source);
      if (text === null) raiseException(th, "TypeError", `${name}() arg 1 must be a string, bytes or code object`);
      // eval ignores leading spaces and tabs, as CPython's does.
      if (name === "eval") text = text.replace(/^[ \t]+/, "");
      code = compileText(th, text, "<string>", name === "eval" ? "eval" : "exec");
    }
    th.pushRoot(code);
    try {
      const builtins = builtinsFor(th, globals);
      if (th.heap.i32[code + CODE_FLAGS]! & CO_OPTIMIZED) return runFunctionCode(th, code, globals, builtins);
      return runCode(th, code, globals, builtins, locals);
    } finally {
      th.popRoots(1);
    }
  } finally {
    th.popRoots(1);
  }
}

moduleFunction(B, "eval", (th, args, kw) => run(th, "eval", args, kw));
moduleFunction(B, "exec", (th, args, kw) => {
  run(th, "exec", args, kw);
  return NONE;
});
