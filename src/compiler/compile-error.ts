// Compile-time errors are PySyntaxErrors, located the way CPython locates them:
// CPython reports a node's `col_offset + 1` as the offset and
// `end_col_offset + 1` as the end offset.

import type { Position } from "../../grammar/ast.js";
import { PySyntaxError, sourceLine } from "../../grammar/errors.js";

export interface SourceInfo {
  filename: string;
  source: string;
}

export function syntaxErrorAt(src: SourceInfo, msg: string, pos: Position): PySyntaxError {
  return new PySyntaxError({
    msg,
    filename: src.filename,
    lineno: pos.lineno,
    offset: pos.col_offset + 1,
    end_lineno: pos.end_lineno,
    end_offset: pos.end_col_offset + 1,
    text: sourceLine(src.source, pos.lineno),
  });
}
