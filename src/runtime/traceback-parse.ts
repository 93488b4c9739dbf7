// The parser, as tracebacks need it to place their markers: loaded only when a
// traceback is printed, so that starting a program does not pay for it.

import type { Mod } from "../../grammar/ast.js";

let parser: ((source: string, filename: string, mode: "exec") => Mod) | null = null;
let loading: Promise<void> | null = null;

/** Starts loading the parser in the background. */
export function preloadParser(): Promise<void> {
  loading ??= import("../../grammar/index.js").then((m) => {
    parser = m.parse as typeof parser;
  });
  return loading;
}

/** Parses a snippet; null when it is not valid Python or the parser is unavailable. */
export function parseForTraceback(source: string): Mod | null {
  if (parser === null) return null;
  try {
    return parser(source, "<traceback>", "exec");
  } catch {
    return null;
  }
}

