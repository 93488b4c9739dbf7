// Exports of a bytearray's buffer: while a memoryview looks at a bytearray,
// the bytearray may change its bytes but not its size, as in CPython
// ("BufferError: Existing exports of data: object cannot be re-sized").
//
// A memoryview counts itself in the bytearray's BYTEARRAY_EXPORTS word when it
// is made and uncounts itself when released (release(), the end of a `with`,
// or its __del__). CPython's reference counting releases a memoryview the
// moment it becomes garbage; here a dropped memoryview is only found by a
// collection. So before refusing a resize, ensureResizable collects and runs
// the pending finalizers: a memoryview nobody can reach any more releases its
// export there, and only views still alive make the resize fail.

import { BYTEARRAY_EXPORTS, BYTEARRAY_LENGTH } from "../heap/layout.js";
import type { Thread } from "./thread.js";
import { raiseException } from "./exceptions.js";
import { collectGarbage } from "./safepoint.js";
import { runPendingFinalizers } from "./finalizers.js";

/** Counts one more (delta 1) or one fewer (delta -1) memoryview over bytearray `b`. */
export function changeExports(th: Thread, b: number, delta: number): void {
  Atomics.add(th.heap.i32, b + BYTEARRAY_EXPORTS, delta);
}

function exports(th: Thread, b: number): number {
  return Atomics.load(th.heap.i32, b + BYTEARRAY_EXPORTS);
}

/** Raises BufferError when bytearray `b` would change size (to `newLength`, or -1 for "some other size") while exported. */
export function ensureResizable(th: Thread, b: number, newLength = -1): void {
  if (exports(th, b) === 0 || newLength === th.heap.i32[b + BYTEARRAY_LENGTH]) return;
  th.pushRoot(b);
  try {
    collectGarbage(th);
    runPendingFinalizers(th);
  } finally {
    th.popRoots(1);
  }
  if (exports(th, b) > 0) raiseException(th, "BufferError", "Existing exports of data: object cannot be re-sized");
}
