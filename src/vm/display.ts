// The interactive display hook: what the REPL prints for an expression statement.

import { NONE } from "../heap/layout.js";
import { writeText, STDOUT } from "../runtime/output.js";
import type { Thread } from "./thread.js";
import { reprOf } from "./repr.js";

/** INTRINSIC_PRINT: prints repr(v) unless v is None. */
export function printExpression(th: Thread, v: number): number {
  if (v !== NONE) writeText(STDOUT, reprOf(th, v) + "\n");
  return NONE;
}
