// The parser, as tracebacks need it to place their markers (src/vm/
// traceback-format.ts): asked for only when a traceback is printed, so that
// starting a program does not pay for it (frontend.ts).

import type { Mod } from "../../grammar/ast.js";
import { frontend } from "./frontend.js";

/** Parses a snippet; null when it is not valid Python. */
export function parseForTraceback(source: string): Mod | null {
  try {
    return frontend().parse(source, "<traceback>", "exec");
  } catch {
    return null;
  }
}
