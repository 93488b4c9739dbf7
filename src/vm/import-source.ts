// Turning a module's file into a code object in the heap, on the worker that
// imports it: read the file (UTF-8, a byte-order mark dropped), compile it
// with the compiler every worker loads, and copy the code into the shared
// heap. A syntax error becomes a Python SyntaxError carrying CPython's
// attributes (msg, filename, lineno, offset, text, end_lineno, end_offset),
// so the traceback can show the offending line with its carets.

import { readFileSync } from "node:fs";
import { PySyntaxError } from "../../grammar/errors.js";
import { join, sep } from "node:path";
import { frontend } from "../runtime/frontend.js";
import { issueCodeWarnings } from "./compile-warnings.js";
import type { CodeObject } from "../compiler/code.js";
import { cacheFile, readCachedCode } from "../compiler/code-cache.js";
import { libDirectory } from "./import-paths.js";
import { codeToHeap } from "../objects/code.js";
import { NONE } from "../heap/layout.js";
import type { Thread } from "./thread.js";
import { dictSetStr, ensureInstanceDict, internStr, newException, newString, newTuple } from "./model.js";
import { fromNumber } from "./int-values.js";
import { PyRaise } from "./exceptions.js";

/** The text of a module's file; OSError's message as CPython's loader would give it. */
export function readModuleSource(th: Thread, file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new PyRaise(newException(th, "OSError", [`[Errno ${-(e.errno ?? 0)}] ${e.message}`]));
  }
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The code object for `source` read from `file`; raises SyntaxError as CPython does. */
export function compileModule(th: Thread, source: string, file: string): number {
  try {
    const cached = precompiled(source, file);
    if (cached !== null) return codeToHeap(th.heap, cached);
    const { code, warnings } = frontend().compileWithWarnings(source, file, "exec");
    return issueCodeWarnings(th, codeToHeap(th.heap, code), file, warnings);
  } catch (err) {
    if (err instanceof PySyntaxError) throw new PyRaise(syntaxErrorObject(th, err));
    throw err;
  }
}

/** The build's id of the precompiled standard modules (dist/lib-cache/BUILD), read once; "" when there are none. */
let libCacheBuild: string | null = null;

/** The code the build compiled for a standard module (src/compiler/code-cache.ts), if it is for this very source. */
function precompiled(source: string, file: string): CodeObject | null {
  const libDir = libDirectory();
  if (!file.startsWith(libDir + sep)) return null;
  const cacheDir = join(libDir, "..", "..", "dist", "lib-cache");
  if (libCacheBuild === null) {
    try {
      libCacheBuild = readFileSync(join(cacheDir, "BUILD"), "utf8");
    } catch {
      libCacheBuild = "";
    }
  }
  if (libCacheBuild === "") return null;
  return readCachedCode(cacheFile(cacheDir, libDir, file), libCacheBuild, source, libDir);
}

/**
 * A SyntaxError (or IndentationError, TabError) object with the attributes
 * CPython sets; `textLine` is its `text` (by default the line with a line
 * break, as CPython shows a line read from a file). Nothing here reaches a
 * safepoint, so the values made along the way need no roots.
 */
export function syntaxErrorObject(th: Thread, err: PySyntaxError, textLine = err.text === null ? null : `${err.text}\n`): number {
  const text = textLine === null ? NONE : newString(th, textLine);
  const [lineno, offset, endLineno, endOffset] = [err.lineno, err.offset, err.end_lineno, err.end_offset].map((n) => fromNumber(th, n));
  const filename = newString(th, err.filename);
  const details = newTuple(th, [filename, lineno!, offset!, text, endLineno!, endOffset!]);
  const exc = newException(th, err.kind, [err.msg, details]);
  const dict = ensureInstanceDict(th, exc);
  const set = (name: string, value: number) => dictSetStr(th, dict, internStr(th, name), value);
  set("msg", newString(th, err.msg));
  set("filename", filename);
  set("lineno", lineno!);
  set("offset", offset!);
  set("text", text);
  set("end_lineno", endLineno!);
  set("end_offset", endOffset!);
  set("print_file_and_line", NONE);
  return exc;
}
