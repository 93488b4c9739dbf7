// Frames in the thread's stack segment.
//
// A thread's stack segment is one block of heap words: the thread-state words
// at its start, then frames growing upwards, and the native root stack
// growing downwards from its end. Every word of a frame is a valid value (the
// frame's bookkeeping numbers are stored as small ints), so a frame can be
// copied into a generator object and scanned there like any array of values.
//
// A frame is FRAME_HEADER words, then one word per slot (co_localsplusnames),
// then the value stack, at most co_stacksize deep:
//
//   base + F_CODE        the code object
//   base + F_FUNCTION    the function being run (0 for a module or class body)
//   base + F_GLOBALS     the globals dict
//   base + F_BUILTINS    the builtins dict
//   base + F_LOCALS      the locals mapping of module and class bodies, else 0
//   base + F_PREVIOUS    small int: the caller's frame base, 0 for none
//   base + F_PC          small int: the instruction index to resume at
//   base + F_DEPTH       small int: how many values the value stack holds
//   base + F_ENTRY       small int: 1 when the loop that runs this frame
//                        returns to native code once the frame returns; 2
//                        when it runs a class's __init__ for CALL, whose
//                        new instance waits on the caller's stack (the
//                        return value is checked to be None and dropped)
//   base + F_GENERATOR   the generator that owns this frame, else 0
//   base + F_NSLOTS      small int: the number of slots
//   base + F_STACKSIZE   small int: co_stacksize
//
// The collector scans each frame's header, slots and live stack items (up to
// F_DEPTH); words above are dead and never read. The loop keeps its stack
// pointer in a local variable and writes F_DEPTH and F_PC back before any
// point where the collector may run or another frame may be pushed.

export const F_CODE = 0;
export const F_FUNCTION = 1;
export const F_GLOBALS = 2;
export const F_BUILTINS = 3;
export const F_LOCALS = 4;
export const F_PREVIOUS = 5;
export const F_PC = 6;
export const F_DEPTH = 7;
export const F_ENTRY = 8;
export const F_GENERATOR = 9;
export const F_NSLOTS = 10;
export const F_STACKSIZE = 11;
export const FRAME_HEADER = 12;

/** The header words that hold values the collector must follow. */
export const FRAME_VALUE_WORDS: readonly number[] = [F_CODE, F_FUNCTION, F_GLOBALS, F_BUILTINS, F_LOCALS, F_GENERATOR];

export function tagged(n: number): number {
  return (n << 1) | 1;
}
export function untagged(v: number): number {
  return v >> 1;
}

/** The number of words a frame for this many slots and this stack size occupies. */
export function frameWords(nslots: number, stacksize: number): number {
  return FRAME_HEADER + nslots + stacksize;
}

export function frameSize(i32: Int32Array, base: number): number {
  return frameWords(untagged(i32[base + F_NSLOTS]!), untagged(i32[base + F_STACKSIZE]!));
}

/** Word index of slot 0. */
export function slotsOf(base: number): number {
  return base + FRAME_HEADER;
}

/** Word index of the bottom of the value stack. */
export function stackBottomOf(i32: Int32Array, base: number): number {
  return base + FRAME_HEADER + untagged(i32[base + F_NSLOTS]!);
}

/** Calls `visit(wordIndex)` for every word of the frame that holds a live value. */
export function forEachFrameValue(i32: Int32Array, base: number, visit: (word: number) => void): void {
  for (const w of FRAME_VALUE_WORDS) visit(base + w);
  const live = FRAME_HEADER + untagged(i32[base + F_NSLOTS]!) + untagged(i32[base + F_DEPTH]!);
  for (let w = FRAME_HEADER; w < live; w++) visit(base + w);
}
