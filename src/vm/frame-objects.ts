// Frame objects for sys._getframe(): snapshots of the live frames of the
// calling thread, linked through f_back.
//
// A live frame sits in the thread's stack segment and moves into its
// generator when that suspends, so a frame object cannot point at it. It
// copies what the inspection attributes need instead: the code, the globals,
// the builtins and the instruction it stopped at. f_lineno is therefore the
// line at the moment of the call to _getframe, which is what the warnings
// module and tracebacks of the stack ask for.

import { CODE_POSITIONS, FRAME_BACK, FRAME_BUILTINS, FRAME_CODE, FRAME_GLOBALS, FRAME_LASTI, FRAME_WORDS, HEADER_WORDS, NONE } from "../heap/layout.js";
import { allocate } from "../heap/alloc.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import { typeById } from "./model.js";
import { fromNumber } from "./int-values.js";
import { raiseException } from "./exceptions.js";
import { F_BUILTINS, F_CODE, F_GLOBALS, F_PC, F_PREVIOUS, untagged } from "./frame.js";

/** The live frames of this thread, innermost first. */
function liveFrames(th: Thread): number[] {
  const frames: number[] = [];
  const i32 = th.heap.i32;
  for (let f = th.topFrame; f !== 0; f = untagged(i32[f + F_PREVIOUS]!)) frames.push(f);
  return frames;
}

/**
 * sys._getframe(depth): the frame `depth` calls below the caller's, with
 * every older frame behind it. Allocation never collects, so the chain needs
 * no rooting while it is built (outermost first, so each has its f_back).
 */
export function getFrame(th: Thread, depth: number): number {
  const frames = liveFrames(th);
  if (depth < 0) depth = 0;
  if (depth >= frames.length) raiseException(th, "ValueError", "call stack is not deep enough");
  let back = 0;
  for (let k = frames.length - 1; k >= depth; k--) {
    const f = frames[k]!;
    const obj = allocate(th.heap, FRAME_WORDS, typeById(th, TypeId.frame));
    const i32 = th.heap.i32;
    i32[obj + FRAME_CODE] = i32[f + F_CODE]!;
    i32[obj + FRAME_GLOBALS] = i32[f + F_GLOBALS]!;
    i32[obj + FRAME_BUILTINS] = i32[f + F_BUILTINS]!;
    i32[obj + FRAME_BACK] = back;
    // F_PC is where the frame resumes: one past the call it is making.
    i32[obj + FRAME_LASTI] = Math.max(0, untagged(i32[f + F_PC]!) - 1);
    back = obj;
  }
  return back;
}

function frameLine(th: Thread, frame: number): number {
  const i32 = th.heap.i32;
  const code = i32[frame + FRAME_CODE]!;
  const positions = i32[code + CODE_POSITIONS]!;
  const lasti = i32[frame + FRAME_LASTI]!;
  return positions === 0 || lasti < 0 ? -1 : i32[positions + HEADER_WORDS + 4 * lasti]!;
}

/** f_code, f_globals, f_builtins, f_back, f_lineno, f_lasti; 0 for other names. */
export function frameAttribute(th: Thread, frame: number, name: string): number {
  const i32 = th.heap.i32;
  switch (name) {
    case "f_code": return i32[frame + FRAME_CODE]!;
    case "f_globals": return i32[frame + FRAME_GLOBALS]!;
    case "f_builtins": return i32[frame + FRAME_BUILTINS]! || NONE;
    case "f_back": return i32[frame + FRAME_BACK]! || NONE;
    case "f_lineno": {
      const line = frameLine(th, frame);
      return line < 0 ? NONE : fromNumber(th, line);
    }
    case "f_lasti": return fromNumber(th, i32[frame + FRAME_LASTI]! * 2);
    default: return 0;
  }
}
