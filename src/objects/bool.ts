// bool: the two immortal objects True and False (layout.ts TRUE, FALSE).
// They have int's layout (True is one digit 1, False no digit), so every int
// operation reads them as 1 and 0.

import { FALSE, TRUE } from "../heap/layout.js";

/** True or False for a JavaScript boolean. */
export function boolOf(b: boolean): number {
  return b ? TRUE : FALSE;
}

/** Whether `v` is True or False. */
export function isBool(v: number): boolean {
  return v === TRUE || v === FALSE;
}
