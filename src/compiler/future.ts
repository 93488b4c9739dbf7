// `from __future__ import ...` at the top of a module: which features it
// turns on, and CPython's errors for unknown ones. Only `annotations` changes
// how pygil compiles; the others are accepted, as CPython accepts them.

import type * as ast from "../../grammar/ast.js";
import { docstringOf } from "./ast-optimize.js";
import { PySyntaxError, sourceLine } from "../../grammar/errors.js";
import type { SourceInfo } from "./compile-error.js";
import { NO_LOCATION, locationOf, type Location } from "./instructions.js";

const ACCEPTED = new Set([
  "nested_scopes", "generators", "division", "absolute_import", "with_statement",
  "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
]);

export interface Future {
  annotations: boolean;
  /** The last future import at the top of the module; a later one is an error. */
  location: Location;
}

export function parseFuture(mod: ast.Mod, src: SourceInfo): Future {
  const future: Future = { annotations: false, location: NO_LOCATION };
  if (mod.type === "Expression") return future;
  const body = mod.body;
  for (let i = docstringOf(body) !== null ? 1 : 0; i < body.length; i++) {
    const s = body[i]!;
    if (s.type !== "ImportFrom" || s.level !== 0 || s.module !== "__future__") break;
    for (const alias of s.names) {
      if (alias.name === "braces") throw futureError(src, "not a chance", s);
      if (!ACCEPTED.has(alias.name)) throw futureError(src, `future feature ${alias.name} is not defined`, s);
      if (alias.name === "annotations") future.annotations = true;
    }
    future.location = locationOf(s);
  }
  return future;
}

/** CPython points at the start of the import statement, with a single caret. */
function futureError(src: SourceInfo, msg: string, s: ast.ImportFrom): PySyntaxError {
  return new PySyntaxError({
    msg, filename: src.filename, lineno: s.lineno, offset: s.col_offset + 1, text: sourceLine(src.source, s.lineno),
  });
}
