// SyntaxErrors of source compiled at run time (compile, exec, eval), placed
// as CPython places them. Source given as a string is not a file, so:
//
// - an error the parser finds shows the offending line as the string has
//   it: in 'exec' mode with a line break (the tokenizer adds one), in
//   'eval' and 'single' mode only if the string has one; and an error at
//   the very end of a string without a final line break is at column 0;
// - an error the compiler finds later (a misplaced `return`, `nonlocal`,
//   ...) has no text, since CPython looks the line up in the named file,
//   and "<string>" is none.

import { existsSync, readFileSync } from "node:fs";
import { PySyntaxError, sourceLine } from "../../grammar/errors.js";
import { NONE } from "../heap/layout.js";
import type { Thread } from "../vm/thread.js";
import { syntaxErrorObject } from "../vm/import-source.js";
import { dictSetStr, ensureInstanceDict, internStr, newException, newString } from "../vm/model.js";

/** The error object for a syntax error the parser found in `source`. */
export function parseErrorObject(th: Thread, err: PySyntaxError, source: string, mode: string): number {
  if (mode === "exec" || err.text === null) return syntaxErrorObject(th, err);
  const lines = source.split(/\r\n|\r|\n/);
  if (source.trim() === "" && !source.includes("\n")) {
    return syntaxErrorObject(th, moved(err, 0, 0, 0, 0), "");
  }
  const last = err.lineno >= lines.length;
  const line = lines[err.lineno - 1] ?? "";
  const text = last ? line : `${line}\n`;
  if (last && err.offset > line.length) return syntaxErrorObject(th, moved(err, err.lineno, 0, err.lineno, 0), text);
  return syntaxErrorObject(th, err, text);
}

/** The error object for an error the compiler found after parsing. */
export function compileErrorObject(th: Thread, err: PySyntaxError): number {
  return syntaxErrorObject(th, err, fileLine(err.filename, err.lineno));
}

/** Line `lineno` of the file `filename` with its line break, or null when there is no such file. */
function fileLine(filename: string, lineno: number): string | null {
  try {
    if (!existsSync(filename)) return null;
    const line = sourceLine(readFileSync(filename, "utf8"), lineno);
    return line === null ? null : `${line}\n`;
  } catch {
    return null;
  }
}

function moved(err: PySyntaxError, lineno: number, offset: number, endLineno: number, endOffset: number): PySyntaxError {
  return new PySyntaxError({
    kind: err.kind, msg: err.msg, filename: err.filename, lineno, offset, end_lineno: endLineno, end_offset: endOffset,
    text: err.text,
  });
}

/** A SyntaxError with a message and no position (its location attributes None), as for null bytes in source. */
export function unplacedSyntaxError(th: Thread, msg: string): number {
  const exc = newException(th, "SyntaxError", [msg]);
  const dict = ensureInstanceDict(th, exc);
  dictSetStr(th, dict, internStr(th, "msg"), newString(th, msg));
  for (const name of ["filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]) {
    dictSetStr(th, dict, internStr(th, name), NONE);
  }
  return exc;
}
