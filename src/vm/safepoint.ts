// Safepoints: where the collector may run.
//
// The loop calls `safepoint` at RESUME and JUMP_BACKWARD when a collection is
// due (or at every one under --gc-stress), after writing its pc and stack
// depth back to the frame, so every live value is in the heap where the
// collector can see it: the thread's frames and native roots, the stack
// segment itself, and the VM's global roots (modules, builtins).

import { collect } from "../heap/gc.js";
import { refreshViews } from "../heap/heap.js";
import { verifyHeap } from "../heap/verify.js";
import { writeText, STDERR } from "../runtime/output.js";
import { visitThreadRoots, type Thread } from "./thread.js";

export function safepoint(th: Thread): void {
  refreshViews(th.heap);
  if (th.gcStress || th.collectionDue()) collectGarbage(th);
}

export function collectGarbage(th: Thread): void {
  const heap = th.heap;
  collect(heap, (mark) => {
    const i32 = heap.i32;
    mark(th.segmentBlock);
    visitThreadRoots(th, (word) => mark(i32[word]!));
  });
  if (th.verifyHeap) {
    const problems = verifyHeap(heap);
    if (problems.length > 0) {
      writeText(STDERR, `pygil: heap verification failed after a collection:\n${problems.slice(0, 20).join("\n")}\n`);
      process.exit(70);
    }
  }
}
