// Starting threads and running module-level code.

import { allocate } from "../heap/alloc.js";
import type { Heap } from "../heap/heap.js";
import { BLOCK_RAW, CODE_NLOCALSPLUS, CODE_STACKSIZE } from "../heap/layout.js";
import {
  F_BUILTINS, F_CODE, F_DEPTH, F_ENTRY, F_FUNCTION, F_GENERATOR, F_GLOBALS, F_LOCALS, F_NSLOTS, F_PC,
  F_PREVIOUS, F_STACKSIZE, FRAME_HEADER, frameWords, tagged,
} from "./frame.js";
import { Thread } from "./thread.js";
import { raiseException } from "./exceptions.js";
import { runFrame } from "./interpreter.js";

/** Words in a thread's stack segment: room for well over 1000 frames. */
export const SEGMENT_WORDS = 2 ** 20;

/** A thread with a fresh stack segment in the heap. */
export function newThread(heap: Heap): Thread {
  const block = allocate(heap, SEGMENT_WORDS, BLOCK_RAW);
  return new Thread(heap, block, SEGMENT_WORDS);
}

/** Runs a module or class-body code object with `locals` as its namespace; returns what it returns. */
export function runCode(th: Thread, code: number, globals: number, builtins: number, locals: number, func = 0): number {
  const i32 = th.heap.i32;
  const nslots = i32[code + CODE_NLOCALSPLUS]!;
  const stacksize = i32[code + CODE_STACKSIZE]!;
  const frame = th.freeStart();
  if (th.depth >= th.recursionLimit || !th.fits(frame, frameWords(nslots, stacksize))) {
    raiseException(th, "RecursionError", "maximum recursion depth exceeded");
  }
  i32[frame + F_CODE] = code;
  i32[frame + F_FUNCTION] = func;
  i32[frame + F_GLOBALS] = globals;
  i32[frame + F_BUILTINS] = builtins;
  i32[frame + F_LOCALS] = locals;
  i32[frame + F_PREVIOUS] = tagged(th.topFrame);
  i32[frame + F_PC] = tagged(0);
  i32[frame + F_DEPTH] = tagged(0);
  i32[frame + F_ENTRY] = tagged(1);
  i32[frame + F_GENERATOR] = 0;
  i32[frame + F_NSLOTS] = tagged(nslots);
  i32[frame + F_STACKSIZE] = tagged(stacksize);
  i32.fill(0, frame + FRAME_HEADER, frame + FRAME_HEADER + nslots);
  th.topFrame = frame;
  th.depth = th.depth + 1;
  return runFrame(th, frame);
}
