// The SyntaxWarnings of code compiled while a program runs (an imported
// module, exec(), eval(), compile(), a statement at the prompt) go through
// the warnings module, as CPython's do, so that the program's filters apply
// and sys.stderr shows them with the line they are about. A filter that
// turns them into errors gets a SyntaxError at the warning's line instead,
// as from CPython's compiler.

import { PySyntaxError } from "../../grammar/errors.js";
import type { CompileWarning } from "../../grammar/syntax-warnings.js";
import type { Thread } from "./thread.js";
import { builtinType, isSubtype, newString, typeOfValue } from "./model.js";
import { getAttrString } from "./attributes.js";
import { callObject } from "./calls.js";
import { PyRaise } from "./exceptions.js";
import { importAbsolute } from "./import-load.js";
import { syntaxErrorObject } from "./import-source.js";

function issueSyntaxWarnings(th: Thread, filename: string, warnings: readonly CompileWarning[]): void {
  if (warnings.length === 0) return;
  const warnExplicit = getAttrString(th, importAbsolute(th, "warnings"), "warn_explicit");
  th.pushRoot(warnExplicit);
  try {
    for (const w of warnings) issueOne(th, warnExplicit, filename, w);
  } finally {
    th.popRoots(1);
  }
}

/**
 * Issues the warnings of `code`, a code object just compiled, keeping it
 * alive meanwhile (the warnings module runs Python code, which may collect);
 * returns `code`.
 */
export function issueCodeWarnings(th: Thread, code: number, filename: string, warnings: readonly CompileWarning[]): number {
  if (warnings.length === 0) return code;
  th.pushRoot(code);
  try {
    issueSyntaxWarnings(th, filename, warnings);
  } finally {
    th.popRoots(1);
  }
  return code;
}

function issueOne(th: Thread, warnExplicit: number, filename: string, w: CompileWarning): void {
  const category = builtinType(th, "SyntaxWarning");
  try {
    callObject(th, warnExplicit, [newString(th, w.message), category, newString(th, filename), (w.line << 1) | 1]);
  } catch (err) {
    if (!(err instanceof PyRaise) || !isSubtype(th, typeOfValue(th, err.exc), category)) throw err;
    const error = new PySyntaxError({ msg: w.message, filename, lineno: w.line, offset: 1, text: null });
    throw new PyRaise(syntaxErrorObject(th, error));
  }
}
