// Generators and coroutines: frames owned by heap objects.
//
// RETURN_GENERATOR copies the running frame into a VALUES block owned by a new
// generator object and returns the generator. Resuming (next, send, throw)
// copies the frame back onto the top of the thread's stack segment, marked as
// an entry frame, pushes the sent value and runs it in a nested `runFrame`;
// when it suspends at YIELD_VALUE the frame is copied back into the block.
// Words of the block above the frame's live stack are zeroed, so the
// collector can trace the whole block as values.
//
// GEN_STATE says where a generator is: created (never run), suspended,
// running (a second entry is "generator already executing"), or finished.

import {
  CODE_FLAGS, CODE_INSTRUCTIONS, CODE_NEXCEPTION_ENTRIES, CODE_NAME, CODE_QUALNAME, GEN_FRAME, GEN_NAME, GEN_QUALNAME, GEN_STATE,
  HEADER_WORDS, NONE,
} from "../heap/layout.js";
import { CO_ASYNC_GENERATOR, CO_COROUTINE } from "../compiler/code.js";
import { TypeId } from "../objects/type-ids.js";
import { Op } from "./opcodes.js";
import {
  F_CODE, F_DEPTH, F_ENTRY, F_GENERATOR, F_NSLOTS, F_PC, F_PREVIOUS, FRAME_HEADER, frameSize, tagged, untagged,
} from "./frame.js";
import type { Thread } from "./thread.js";
import {
  allocateValues, builtinType, isAsyncGenerator, isGenerator, isCoroutine, isSubtype, newException, newGeneratorObject,
  typeOfValue,
} from "./model.js";
import { PyRaise, raiseException, stopIterationValue, instantiateException, toPyException } from "./exceptions.js";
import { PyError } from "../heap/errors.js";
import { runFrame } from "./interpreter.js";
import { callObject, popFrame } from "./calls.js";
import { lookupSpecial, getAttrString } from "./attributes.js";
import { iterNext, valueCarryingNext } from "./iteration.js";
import { sendToAwaitable } from "./async-generators.js";
import { registerForClose } from "./finalizers.js";

export const GEN_CREATED = 0;
export const GEN_SUSPENDED = 1;
export const GEN_RUNNING = 2;
export const GEN_FINISHED = 3;

export const enum SendResult {
  Yielded,
  Returned,
}

/** RETURN_GENERATOR: a generator (or coroutine) owning a copy of frame `f`. */
export function makeGenerator(th: Thread, f: number): number {
  const heap = th.heap;
  const code = heap.i32[f + F_CODE]!;
  const flags = heap.i32[code + CODE_FLAGS]!;
  const kind = flags & CO_COROUTINE ? TypeId.coroutine : flags & CO_ASYNC_GENERATOR ? TypeId.async_generator : TypeId.generator;
  const words = frameSize(heap.i32, f);
  const block = allocateValues(th, words);
  const gen = newGeneratorObject(th, kind, block, heap.i32[code + CODE_NAME]!, heap.i32[code + CODE_QUALNAME]!, code);
  saveFrame(th, f, block, gen);
  heap.i32[gen + GEN_STATE] = GEN_CREATED;
  // A generator with a handler beyond the implicit outermost one (try/finally, with) has code to run when it is closed.
  if (kind === TypeId.generator && heap.i32[code + CODE_NEXCEPTION_ENTRIES]! > 1) registerForClose(th, gen);
  return gen;
}

/**
 * Copies frame `f` into the generator's block, zeroing its dead stack words.
 * `zeroedFrom` says where the block's words are already zero: from there on,
 * only the live words need writing.
 */
function saveFrame(th: Thread, f: number, block: number, gen: number, zeroedFrom = frameSize(th.heap.i32, f)): void {
  const i32 = th.heap.i32;
  const dst = block + HEADER_WORDS;
  // Plain loops: frames are a few dozen words, too few for copyWithin and
  // fill on a shared buffer to pay for their call.
  for (let k = 0; k < FRAME_HEADER; k++) i32[dst + k] = i32[f + k]!;
  i32[dst + F_PREVIOUS] = tagged(0);
  i32[dst + F_ENTRY] = tagged(0);
  i32[dst + F_GENERATOR] = gen;
  saveFrameBody(i32, f, dst, zeroedFrom);
}

/**
 * Copies what changes while a generator runs back into its block, which
 * already holds the frame's header: the instruction index, the stack depth,
 * the slots and the live stack.
 */
function suspendFrame(th: Thread, f: number, block: number, zeroedFrom: number): void {
  const i32 = th.heap.i32;
  const dst = block + HEADER_WORDS;
  i32[dst + F_PC] = i32[f + F_PC]!;
  i32[dst + F_DEPTH] = i32[f + F_DEPTH]!;
  saveFrameBody(i32, f, dst, zeroedFrom);
}

function saveFrameBody(i32: Int32Array, f: number, dst: number, zeroedFrom: number): void {
  const live = liveWords(i32, f);
  for (let k = FRAME_HEADER; k < live; k++) i32[dst + k] = i32[f + k]!;
  for (let k = live; k < zeroedFrom; k++) i32[dst + k] = 0;
}

/** The words of frame `f` that hold values: the header, the slots and the live stack. */
function liveWords(i32: Int32Array, f: number): number {
  return FRAME_HEADER + untagged(i32[f + F_NSLOTS]!) + untagged(i32[f + F_DEPTH]!);
}

/** The sub-iterator a generator suspended in `yield from`/`await` delegates to, or 0 (CPython's _PyGen_yf). */
export function delegate(th: Thread, gen: number): number {
  const i32 = th.heap.i32;
  if (i32[gen + GEN_STATE] !== GEN_SUSPENDED) return 0;
  const f = i32[gen + GEN_FRAME]! + HEADER_WORDS;
  const code = i32[f + F_CODE]!;
  const pc = untagged(i32[f + F_PC]!);
  const at = i32[code + CODE_INSTRUCTIONS]! + HEADER_WORDS + 2 * pc;
  if (i32[at] !== Op.RESUME || (i32[at + 1]! & 3) < 2) return 0;
  const top = f + FRAME_HEADER + untagged(i32[f + F_NSLOTS]!) + untagged(i32[f + F_DEPTH]!) - 1;
  return i32[top]!;
}

/** Moves the generator from `state` to running; false when another thread got there first. */
function claim(i32: Int32Array, gen: number, state: number): boolean {
  return Atomics.compareExchange(i32, gen + GEN_STATE, state, GEN_RUNNING) === state;
}

export function kindName(th: Thread, gen: number): string {
  return isCoroutine(th, gen) ? "coroutine" : isAsyncGenerator(th, gen) ? "async generator" : "generator";
}

/**
 * Resumes `gen` with `sent` pushed (or, with `thrown`, by raising that
 * exception where it stopped). Returns how it stopped and the value.
 */
export function resume(th: Thread, gen: number, sent: number, thrown = 0): [SendResult, number] {
  const value = resumeGenerator(th, gen, sent, thrown);
  return [th.heap.i32[gen + GEN_STATE] === GEN_SUSPENDED ? SendResult.Yielded : SendResult.Returned, value];
}

/**
 * `resume` without the pair: returns the yielded or returned value, and the
 * generator's state then tells which (suspended: it yielded).
 */
function resumeGenerator(th: Thread, gen: number, sent: number, thrown: number): number {
  let i32 = th.heap.i32;
  const state = i32[gen + GEN_STATE]!;
  if (state === GEN_RUNNING) raiseException(th, "ValueError", `${kindName(th, gen)} already executing`);
  if (state === GEN_FINISHED) {
    if (thrown !== 0) throw new PyRaise(thrown);
    if (isCoroutine(th, gen)) raiseException(th, "RuntimeError", "cannot reuse already awaited coroutine");
    return NONE;
  }
  if (state === GEN_CREATED && thrown === 0 && sent !== NONE) {
    raiseException(th, "TypeError", `can't send non-None value to a just-started ${kindName(th, gen)}`);
  }
  // Claimed atomically: without the GIL, two threads may enter at once, and one must be refused.
  if (!claim(i32, gen, state)) raiseException(th, "ValueError", `${kindName(th, gen)} already executing`);
  const block = i32[gen + GEN_FRAME]!;
  const src = block + HEADER_WORDS;
  const words = frameSize(i32, src);
  const f = th.freeStart();
  if (th.depth >= th.recursionLimit || !th.fits(f, words)) {
    i32[gen + GEN_STATE] = state;
    raiseException(th, "RecursionError", "maximum recursion depth exceeded");
  }
  // The block is zero above its live words; the stack words above them are dead.
  const saved = liveWords(i32, src);
  for (let k = 0; k < saved; k++) i32[f + k] = i32[src + k]!;
  i32[f + F_PREVIOUS] = tagged(th.topFrame);
  i32[f + F_ENTRY] = tagged(1);
  if (thrown === 0) {
    const depth = untagged(i32[f + F_DEPTH]!);
    i32[f + FRAME_HEADER + untagged(i32[f + F_NSLOTS]!) + depth] = sent;
    i32[f + F_DEPTH] = tagged(depth + 1);
  }
  th.topFrame = f;
  th.depth = th.depth + 1;
  i32[gen + GEN_STATE] = GEN_RUNNING;
  const outerHandled = th.handled;
  let value: number;
  try {
    value = runFrame(th, f, thrown);
  } catch (err) {
    i32 = th.heap.i32;
    i32[gen + GEN_STATE] = GEN_FINISHED;
    i32[gen + GEN_FRAME] = 0;
    th.handled = outerHandled;
    throw err;
  }
  th.handled = outerHandled;
  i32 = th.heap.i32;
  if (th.suspended) {
    th.suspended = false;
    suspendFrame(th, f, block, saved);
    i32[gen + GEN_STATE] = GEN_SUSPENDED;
    return value;
  }
  i32[gen + GEN_STATE] = GEN_FINISHED;
  i32[gen + GEN_FRAME] = 0;
  return value;
}

// ---------------------------------------------------------------------------
// Generators run by FOR_ITER in the caller's loop
//
// `for x in gen` is the commonest way to run a generator, and resuming it
// through `resume` costs a nested runFrame per item. As CPython's FOR_ITER_GEN
// does, the loop instead pushes the generator's frame as an ordinary
// (non-entry) frame above the caller's and carries on with it. Such a frame is
// the only non-entry frame with F_GENERATOR set. Its YIELD_VALUE suspends it
// (suspendInlineGenerator) and hands the value to the caller's FOR_ITER; its
// return, or an exception leaving it, finishes the generator
// (finishInlineGenerator). The exception the caller was handling is kept in
// the caller's stack word above the iterator, where the yielded value will
// go, as `resume` keeps it in a local variable.

/**
 * Pushes suspended (or new) generator `gen`'s frame above the top frame
 * `caller`, with None sent, marked running; returns it, or 0 when the
 * generator cannot be entered so (running, finished, or no room: `resume`
 * then raises the right error).
 */
export function enterInlineGenerator(th: Thread, gen: number, caller: number): number {
  const i32 = th.heap.i32;
  const state = i32[gen + GEN_STATE]!;
  if (state !== GEN_SUSPENDED && state !== GEN_CREATED) return 0;
  if (!claim(i32, gen, state)) return 0;
  const src = i32[gen + GEN_FRAME]! + HEADER_WORDS;
  const f = th.freeStart();
  if (th.depth >= th.recursionLimit || !th.fits(f, frameSize(i32, src))) {
    i32[gen + GEN_STATE] = state;
    return 0;
  }
  const saved = liveWords(i32, src);
  for (let k = 0; k < saved; k++) i32[f + k] = i32[src + k]!;
  i32[f + F_PREVIOUS] = tagged(caller);
  i32[f + F_ENTRY] = tagged(0);
  const depth = untagged(i32[f + F_DEPTH]!);
  i32[f + FRAME_HEADER + untagged(i32[f + F_NSLOTS]!) + depth] = NONE;
  i32[f + F_DEPTH] = tagged(depth + 1);
  th.topFrame = f;
  th.depth = th.depth + 1;
  i32[gen + GEN_STATE] = GEN_RUNNING;
  return f;
}

/** YIELD_VALUE in a generator frame run by FOR_ITER (F_PC and F_DEPTH saved): copies it back and pops it. */
export function suspendInlineGenerator(th: Thread, f: number): void {
  const i32 = th.heap.i32;
  const gen = i32[f + F_GENERATOR]!;
  suspendFrame(th, f, i32[gen + GEN_FRAME]!, frameSize(i32, f));
  i32[gen + GEN_STATE] = GEN_SUSPENDED;
  popFrame(th, f);
}

/** A generator frame run by FOR_ITER returned or raised: the generator is finished; pops the frame. */
export function finishInlineGenerator(th: Thread, f: number): void {
  const i32 = th.heap.i32;
  const gen = i32[f + F_GENERATOR]!;
  i32[gen + GEN_STATE] = GEN_FINISHED;
  i32[gen + GEN_FRAME] = 0;
  popFrame(th, f, true);
}

/** `next(gen)`: the next value, or 0 when the generator returned. */
export function generatorNext(th: Thread, gen: number): number {
  const value = resumeGenerator(th, gen, NONE, 0);
  return th.heap.i32[gen + GEN_STATE] === GEN_SUSPENDED ? value : 0;
}

/** `gen.send(v)`: the yielded value; StopIteration(result) when it returns. */
export function generatorSend(th: Thread, gen: number, sent: number): number {
  const [how, value] = resume(th, gen, sent);
  if (how === SendResult.Yielded) return value;
  throw new PyRaise(newException(th, "StopIteration", value === NONE ? [] : [value]));
}

/**
 * `gen.throw(exc)`: throws into the generator (or the sub-iterator it
 * delegates to). GeneratorExit closes that sub-iterator, unless
 * `closeOnExit` is false: an async generator's athrow/aclose let the awaits
 * it is suspended in see the GeneratorExit, as CPython's _gen_throw does.
 */
export function generatorThrow(th: Thread, gen: number, value: number, closeOnExit = true): number {
  const [how, result] = throwInto(th, gen, value, closeOnExit);
  if (how === SendResult.Yielded) return result;
  throw new PyRaise(newException(th, "StopIteration", result === NONE ? [] : [result]));
}

/** `generatorThrow` without the StopIteration: how the generator stopped, and the value. */
export function throwInto(th: Thread, gen: number, value: number, closeOnExit = true): [SendResult, number] {
  let exc = instantiateException(th, value, "raise");
  const yf = delegate(th, gen);
  if (yf !== 0) {
    const isExit = isSubtype(th, typeOfValue(th, exc), builtinType(th, "GeneratorExit"));
    th.heap.i32[gen + GEN_STATE] = GEN_RUNNING;
    // Rooted: closing the sub-iterator runs Python code, and may collect.
    const mark = th.rootMark();
    th.pushRoot(exc);
    try {
      if (isExit && closeOnExit) {
        closeIterator(th, yf);
      } else if (isGenerator(th, yf) || isCoroutine(th, yf)) {
        return [SendResult.Yielded, generatorThrow(th, yf, exc, closeOnExit)];
      } else {
        const throwMethod = lookupSpecial(th, yf, "throw");
        if (throwMethod !== 0) return [SendResult.Yielded, callObject(th, throwMethod, [exc])];
      }
    } catch (err) {
      exc = raisedException(th, err);
    } finally {
      th.resetRoots(mark);
      if (th.heap.i32[gen + GEN_STATE] === GEN_RUNNING) th.heap.i32[gen + GEN_STATE] = GEN_SUSPENDED;
    }
  }
  return resume(th, gen, NONE, exc);
}

/** The exception object of a Python exception caught in native code; anything else is thrown on. */
function raisedException(th: Thread, err: unknown): number {
  if (err instanceof PyRaise || err instanceof PyError) return toPyException(th, err).exc;
  throw err;
}

function closeIterator(th: Thread, it: number): void {
  if (isGenerator(th, it) || isCoroutine(th, it)) {
    generatorClose(th, it);
    return;
  }
  const close = lookupSpecial(th, it, "close");
  if (close !== 0) callObject(th, close, []);
}

/** `gen.close()`: raises GeneratorExit inside; returns the generator's return value or None. */
export function generatorClose(th: Thread, gen: number): number {
  const state = th.heap.i32[gen + GEN_STATE]!;
  if (state === GEN_CREATED || state === GEN_FINISHED) {
    th.heap.i32[gen + GEN_STATE] = GEN_FINISHED;
    th.heap.i32[gen + GEN_FRAME] = 0;
    return NONE;
  }
  // As CPython's gen_close: what it delegates to is closed first; an error
  // from that is thrown in instead of GeneratorExit.
  let thrown = 0;
  const yf = delegate(th, gen);
  if (yf !== 0) {
    th.heap.i32[gen + GEN_STATE] = GEN_RUNNING;
    try {
      closeIterator(th, yf);
    } catch (err) {
      thrown = raisedException(th, err);
    } finally {
      th.heap.i32[gen + GEN_STATE] = GEN_SUSPENDED;
    }
  }
  try {
    const [how, value] = resume(th, gen, NONE, thrown !== 0 ? thrown : newException(th, "GeneratorExit", []));
    if (how === SendResult.Yielded) raiseException(th, "RuntimeError", `${kindName(th, gen)} ignored GeneratorExit`);
    return value;
  } catch (err) {
    if (err instanceof PyRaise) {
      const type = typeOfValue(th, err.exc);
      if (isSubtype(th, type, builtinType(th, "GeneratorExit")) || isSubtype(th, type, builtinType(th, "StopIteration"))) {
        return NONE;
      }
    }
    throw err;
  }
}

/** SEND: `receiver.send(v)`; Returned carries the value of the StopIteration that ended it. */
export function sendToReceiver(th: Thread, receiver: number, value: number): [SendResult, number] {
  if (isGenerator(th, receiver) || isCoroutine(th, receiver)) return resume(th, receiver, value);
  const native = sendToAwaitable(th, receiver, value);
  if (native !== null) return native;
  try {
    if (value === NONE) {
      // The StopIteration of a __next__ in Python (or of a coroutine wrapper) carries the await's result.
      const direct = valueCarryingNext(th, receiver);
      if (direct !== 0) return [SendResult.Yielded, callObject(th, direct, [receiver])];
      const next = iterNext(th, receiver);
      return next === 0 ? [SendResult.Returned, NONE] : [SendResult.Yielded, next];
    }
    const send = getAttrString(th, receiver, "send");
    return [SendResult.Yielded, callObject(th, send, [value])];
  } catch (err) {
    if (err instanceof PyRaise && isSubtype(th, typeOfValue(th, err.exc), builtinType(th, "StopIteration"))) {
      return [SendResult.Returned, stopIterationValue(th, err.exc)];
    }
    throw err;
  }
}

export function generatorName(th: Thread, gen: number): number {
  return th.heap.i32[gen + GEN_NAME]!;
}
export function generatorQualname(th: Thread, gen: number): number {
  return th.heap.i32[gen + GEN_QUALNAME]!;
}

