// The interactive display hook: what the REPL prints for an expression statement.

import { NONE } from "../heap/layout.js";
import { writeText, STDOUT } from "../runtime/output.js";
import type { Thread } from "./thread.js";
import { reprOf } from "./repr.js";
import { dictSetStr, internStr } from "./model.js";
import { builtinsDict } from "./vm-roots.js";

/** INTRINSIC_PRINT (sys.displayhook): prints repr(v) and keeps it as builtins._, unless v is None. */
export function printExpression(th: Thread, v: number): number {
  if (v === NONE) return NONE;
  writeText(STDOUT, reprOf(th, v) + "\n");
  dictSetStr(th, builtinsDict(th), internStr(th, "_"), v);
  return NONE;
}
