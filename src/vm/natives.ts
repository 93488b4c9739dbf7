// The table of native functions.
//
// A builtin_function_or_method object in the heap names its native code by an
// index into this table (BUILTIN_INDEX). Every worker builds the same table in
// the same order, by evaluating the same modules at start-up, so an index
// means the same function on every thread. Entries are registered once, at
// module evaluation, and never change afterwards.

import type { Thread } from "./thread.js";
import type { Keywords } from "./calls.js";

/** Native code: positional arguments (self first for a method) and keywords. */
export type NativeFunction = (th: Thread, args: number[], kw: Keywords | null) => number;

export interface NativeEntry {
  readonly name: string;
  readonly fn: NativeFunction;
  /** A method: `self` (BUILTIN_SELF) is passed as the first argument when bound. */
  readonly method: boolean;
}

export const nativeTable: NativeEntry[] = [];

/** Adds a native function to the table; returns its index. */
export function registerNative(name: string, fn: NativeFunction, method = false): number {
  nativeTable.push({ name, fn, method });
  return nativeTable.length - 1;
}
