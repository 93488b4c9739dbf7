// SyntaxError objects as CPython shows them: str(e) is "msg (file, line N)"
// with the file's base name, and an uncaught one prints its own location
// block (file, line, the source text and carets) after the traceback, in
// place of a plain "Type: message" line. Both read the attributes the
// import system sets (msg, filename, lineno, offset, text, end_lineno,
// end_offset).

import { PySyntaxError, formatSyntaxError } from "../../grammar/errors.js";
import type { Thread } from "./thread.js";
import { builtinType, dictGetStr, instanceDictOf, internStr, isStr, isSubtype, jsString, typeOfValue } from "./model.js";
import { intOf } from "./int-values.js";

interface SyntaxDetails {
  msg: string;
  filename: string | null;
  lineno: number | null;
  offset: number | null;
  endLineno: number | null;
  endOffset: number | null;
  text: string | null;
}

function details(th: Thread, exc: number): SyntaxDetails | null {
  if (!isSubtype(th, typeOfValue(th, exc), builtinType(th, "SyntaxError"))) return null;
  const dict = instanceDictOf(th, exc);
  if (dict === 0) return null;
  const get = (name: string) => dictGetStr(th, dict, internStr(th, name));
  const str = (name: string) => {
    const v = get(name);
    return v !== 0 && isStr(th, v) ? jsString(th, v) : null;
  };
  const int = (name: string) => {
    const v = get(name);
    return v === 0 ? null : intOf(th, v);
  };
  const msg = str("msg");
  if (msg === null) return null;
  return {
    msg, filename: str("filename"), lineno: int("lineno"), offset: int("offset"),
    endLineno: int("end_lineno"), endOffset: int("end_offset"), text: str("text"),
  };
}

/** str() of a SyntaxError that has its attributes, else null. */
export function syntaxErrorStr(th: Thread, exc: number): string | null {
  const d = details(th, exc);
  if (d === null) return null;
  const file = d.filename === null ? null : d.filename.slice(d.filename.lastIndexOf("/") + 1);
  if (file !== null && d.lineno !== null) return `${d.msg} (${file}, line ${d.lineno})`;
  if (file !== null) return `${d.msg} (${file})`;
  if (d.lineno !== null) return `${d.msg} (line ${d.lineno})`;
  return d.msg;
}

/** The location block of an uncaught SyntaxError (ending before its "Type: msg" line), else null. */
export function syntaxErrorLocation(th: Thread, exc: number): { block: string; msg: string } | null {
  const d = details(th, exc);
  if (d === null || d.lineno === null) return null;
  const err = new PySyntaxError({
    msg: d.msg, filename: d.filename ?? "<string>", lineno: d.lineno, offset: d.offset ?? 0,
    end_lineno: d.endLineno ?? d.lineno, end_offset: d.endOffset ?? d.offset ?? 0, text: d.text,
  });
  const text = formatSyntaxError(err);
  const lastLine = text.lastIndexOf("SyntaxError: ");
  return { block: text.slice(0, lastLine), msg: d.msg };
}
