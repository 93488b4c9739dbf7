// Async generators and the awaitables that run them.
//
// An async generator's frame runs as a generator's does (generators.ts), but
// its `yield v` yields v wrapped in an async_generator_wrapped_value
// (INTRINSIC_ASYNC_GEN_WRAP), while an `await` inside it yields, unwrapped,
// whatever the awaited object yields to the event loop. Nothing runs the
// frame directly: `__anext__()`/`asend(v)` return an async_generator_asend
// and `athrow(...)`/`aclose()` an async_generator_athrow, awaitables whose
// send/throw resume the frame and sort what comes out, as CPython's
// genobject.c does:
//   - a wrapped value: that `yield` is the result of the await, which ends
//     with StopIteration(value);
//   - any other value: the frame is inside an await; the value goes on up;
//   - the frame returning: StopAsyncIteration;
//   - StopAsyncIteration or GeneratorExit leaving it: it is closed (ag_closed).
// AG_RUNNING_ASYNC marks the generator while one such awaitable is in
// progress, so that a second one is refused ("asynchronous generator is
// already running") even while the first is suspended in an await.
//
// Results are [SendResult, value] pairs: Yielded passes a value up to the
// event loop, Returned ends the await with that value (the StopIteration the
// Python-level send() raises).

import {
  AG_CLOSED, AG_RUNNING_ASYNC, AWAITABLE_ARG, AWAITABLE_CLOSED, AWAITABLE_GEN, AWAITABLE_INIT, AWAITABLE_ITER,
  AWAITABLE_STATE, AWAITABLE_WORDS, GEN_FLAGS, GEN_STATE, NONE, TUPLE_ITEMS, TUPLE_LENGTH, WRAPPER_VALUE, WRAPPER_WORDS,
} from "../heap/layout.js";
import { allocate } from "../heap/alloc.js";
import { PyError } from "../heap/errors.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import { builtinType, isSubtype, isType, newException, typeById, typeIdOfValue, typeOfValue } from "./model.js";
import { PyRaise, raiseException } from "./exceptions.js";
import { GEN_FINISHED, resume, SendResult, throwInto } from "./generators.js";
import { initAsyncGenHooks } from "./async-gen-hooks.js";

const NON_INIT_CORO_MSG = "can't send non-None value to a just-started coroutine";
const IGNORED_EXIT_MSG = "async generator ignored GeneratorExit";

type Outcome = [SendResult, number];

// ---------------------------------------------------------------------------
// Objects

/** INTRINSIC_ASYNC_GEN_WRAP: marks a value an async generator yields (rather than awaits). */
export function wrapAsyncGenValue(th: Thread, value: number): number {
  const w = allocate(th.heap, WRAPPER_WORDS, typeById(th, TypeId.async_generator_wrapped_value));
  th.heap.i32[w + WRAPPER_VALUE] = value;
  return w;
}

function newAwaitable(th: Thread, type: number, gen: number, arg: number): number {
  initAsyncGenHooks(th, gen);
  const o = allocate(th.heap, AWAITABLE_WORDS, typeById(th, type));
  const i32 = th.heap.i32;
  i32[o + AWAITABLE_GEN] = gen;
  i32[o + AWAITABLE_ARG] = arg;
  i32[o + AWAITABLE_STATE] = AWAITABLE_INIT;
  return o;
}

/** `ag.__anext__()` (sendValue None) and `ag.asend(v)`. */
export function newAsend(th: Thread, gen: number, sendValue: number): number {
  return newAwaitable(th, TypeId.async_generator_asend, gen, sendValue);
}

/** `ag.athrow(...)` (`args`: the tuple of its arguments) and `ag.aclose()` (`args` 0). */
export function newAthrow(th: Thread, gen: number, args: number): number {
  return newAwaitable(th, TypeId.async_generator_athrow, gen, args);
}

function flags(th: Thread, gen: number): number {
  return th.heap.i32[gen + GEN_FLAGS]!;
}

function setFlag(th: Thread, gen: number, flag: number, on: boolean): void {
  const i32 = th.heap.i32;
  i32[gen + GEN_FLAGS] = on ? i32[gen + GEN_FLAGS]! | flag : i32[gen + GEN_FLAGS]! & ~flag;
}

export function isRunningAsync(th: Thread, gen: number): boolean {
  return (flags(th, gen) & AG_RUNNING_ASYNC) !== 0;
}

function raised(th: Thread, err: unknown, name: string): boolean {
  const want = builtinType(th, name);
  if (err instanceof PyRaise) return isSubtype(th, typeOfValue(th, err.exc), want);
  if (err instanceof PyError) return isSubtype(th, builtinType(th, err.typeName), want);
  return false;
}

// ---------------------------------------------------------------------------
// Sorting what the frame gives back (CPython's async_gen_unwrap_value)

/** Runs `step` on the generator and sorts its outcome: a wrapped value ends the await. */
function unwrapped(th: Thread, gen: number, step: () => Outcome): Outcome {
  let how: SendResult;
  let value: number;
  try {
    [how, value] = step();
  } catch (err) {
    if (raised(th, err, "StopAsyncIteration") || raised(th, err, "GeneratorExit")) setFlag(th, gen, AG_CLOSED, true);
    setFlag(th, gen, AG_RUNNING_ASYNC, false);
    throw err;
  }
  if (how === SendResult.Returned) {
    // An async generator returns nothing: its end is StopAsyncIteration.
    setFlag(th, gen, AG_RUNNING_ASYNC, false);
    setFlag(th, gen, AG_CLOSED, true);
    throw new PyError("StopAsyncIteration", "");
  }
  if (typeIdOfValue(th, value) === TypeId.async_generator_wrapped_value) {
    setFlag(th, gen, AG_RUNNING_ASYNC, false);
    return [SendResult.Returned, th.heap.i32[value + WRAPPER_VALUE]!];
  }
  return [SendResult.Yielded, value];
}

/** Throws `args` (the arguments of a throw() call) into the generator. */
function throwArgs(th: Thread, gen: number, args: number[], closeOnExit: boolean): Outcome {
  return throwInto(th, gen, thrownValue(th, args), closeOnExit);
}

/** The exception that `throw(typ[, val[, tb]])` raises, as generator.throw picks it. */
export function thrownValue(th: Thread, args: number[]): number {
  if (args.length === 0) raiseException(th, "TypeError", "throw expected at least 1 argument, got 0");
  let value = args[0]!;
  if (args.length >= 2 && args[1] !== NONE && isType(th, value)) value = args[1]!;
  return value;
}

// ---------------------------------------------------------------------------
// async_generator_asend

function asendState(th: Thread, o: number): number {
  return th.heap.i32[o + AWAITABLE_STATE]!;
}

function setState(th: Thread, o: number, state: number): void {
  th.heap.i32[o + AWAITABLE_STATE] = state;
}

/** Marks the awaitable finished when `step` raises (its await is over). */
function closingOnError(th: Thread, o: number, step: () => Outcome): Outcome {
  try {
    return step();
  } catch (err) {
    setState(th, o, AWAITABLE_CLOSED);
    throw err;
  }
}

function startAsend(th: Thread, o: number, gen: number): void {
  if (asendState(th, o) === AWAITABLE_CLOSED) {
    raiseException(th, "RuntimeError", "cannot reuse already awaited __anext__()/asend()");
  }
  if (asendState(th, o) === AWAITABLE_INIT) {
    if (isRunningAsync(th, gen)) {
      setState(th, o, AWAITABLE_CLOSED);
      raiseException(th, "RuntimeError", "anext(): asynchronous generator is already running");
    }
    setState(th, o, AWAITABLE_ITER);
  }
}

export function asendSend(th: Thread, o: number, arg: number): Outcome {
  const gen = th.heap.i32[o + AWAITABLE_GEN]!;
  const first = asendState(th, o) === AWAITABLE_INIT;
  startAsend(th, o, gen);
  const sent = first && arg === NONE ? th.heap.i32[o + AWAITABLE_ARG]! : arg;
  setFlag(th, gen, AG_RUNNING_ASYNC, true);
  const outcome = closingOnError(th, o, () => unwrapped(th, gen, () => resume(th, gen, sent)));
  if (outcome[0] === SendResult.Returned) setState(th, o, AWAITABLE_CLOSED);
  return outcome;
}

export function asendThrow(th: Thread, o: number, args: number[]): Outcome {
  const gen = th.heap.i32[o + AWAITABLE_GEN]!;
  startAsend(th, o, gen);
  setFlag(th, gen, AG_RUNNING_ASYNC, true);
  const outcome = closingOnError(th, o, () => unwrapped(th, gen, () => throwArgs(th, gen, args, true)));
  if (outcome[0] === SendResult.Returned) setState(th, o, AWAITABLE_CLOSED);
  return outcome;
}

export function asendClose(th: Thread, o: number): number {
  if (asendState(th, o) === AWAITABLE_CLOSED) return NONE;
  return closeAwaitable(th, () => asendThrow(th, o, [builtinType(th, "GeneratorExit")]));
}

/** close() of an asend/athrow: GeneratorExit thrown in must end it. */
function closeAwaitable(th: Thread, throwExit: () => Outcome): number {
  let outcome: Outcome;
  try {
    outcome = throwExit();
  } catch (err) {
    if (raised(th, err, "StopIteration") || raised(th, err, "StopAsyncIteration") || raised(th, err, "GeneratorExit")) {
      return NONE;
    }
    throw err;
  }
  if (outcome[0] === SendResult.Returned) return NONE;
  return raiseException(th, "RuntimeError", "coroutine ignored GeneratorExit");
}

// ---------------------------------------------------------------------------
// async_generator_athrow (aclose when its arguments are 0)

function athrowArgs(th: Thread, o: number): number[] | null {
  const args = th.heap.i32[o + AWAITABLE_ARG]!;
  if (args === 0) return null;
  const items: number[] = [];
  for (let k = 0; k < th.heap.i32[args + TUPLE_LENGTH]!; k++) items.push(th.heap.i32[args + TUPLE_ITEMS + k]!);
  return items;
}

function refuseRunning(th: Thread, o: number, gen: number): void {
  if (!isRunningAsync(th, gen)) return;
  setState(th, o, AWAITABLE_CLOSED);
  const what = th.heap.i32[o + AWAITABLE_ARG] === 0 ? "aclose" : "athrow";
  raiseException(th, "RuntimeError", `${what}(): asynchronous generator is already running`);
}

function athrowDone(th: Thread, o: number, gen: number): void {
  setFlag(th, gen, AG_RUNNING_ASYNC, false);
  setState(th, o, AWAITABLE_CLOSED);
}

/**
 * aclose's outcome: a value the generator yields instead of closing is an
 * error; its end (StopAsyncIteration, GeneratorExit) ends the await quietly.
 */
function acloseOutcome(th: Thread, o: number, gen: number, step: () => Outcome): Outcome {
  let outcome: Outcome;
  try {
    outcome = step();
  } catch (err) {
    athrowDone(th, o, gen);
    if (raised(th, err, "StopAsyncIteration") || raised(th, err, "GeneratorExit")) return [SendResult.Returned, NONE];
    throw err;
  }
  if (outcome[0] === SendResult.Returned) {
    athrowDone(th, o, gen);
    return [SendResult.Returned, NONE];
  }
  if (typeIdOfValue(th, outcome[1]) === TypeId.async_generator_wrapped_value) {
    athrowDone(th, o, gen);
    raiseException(th, "RuntimeError", IGNORED_EXIT_MSG);
  }
  return outcome;
}

export function athrowSend(th: Thread, o: number, arg: number): Outcome {
  const i32 = th.heap.i32;
  const gen = i32[o + AWAITABLE_GEN]!;
  if (asendStateClosed(th, o)) raiseException(th, "RuntimeError", "cannot reuse already awaited aclose()/athrow()");
  if (i32[gen + GEN_STATE] === GEN_FINISHED) {
    // Nothing left to close or throw into: the await ends at once.
    setState(th, o, AWAITABLE_CLOSED);
    return [SendResult.Returned, NONE];
  }
  const args = athrowArgs(th, o);
  if (asendState(th, o) === AWAITABLE_INIT) {
    refuseRunning(th, o, gen);
    if (flags(th, gen) & AG_CLOSED) {
      setState(th, o, AWAITABLE_CLOSED);
      throw new PyError("StopAsyncIteration", "");
    }
    if (arg !== NONE) raiseException(th, "RuntimeError", NON_INIT_CORO_MSG);
    setState(th, o, AWAITABLE_ITER);
    setFlag(th, gen, AG_RUNNING_ASYNC, true);
    if (args === null) {
      setFlag(th, gen, AG_CLOSED, true);
      return acloseOutcome(th, o, gen, () => throwArgs(th, gen, [builtinType(th, "GeneratorExit")], false));
    }
    return athrowOutcome(th, o, gen, () => throwArgs(th, gen, args, false));
  }
  if (args === null) return acloseOutcome(th, o, gen, () => resume(th, gen, arg));
  return athrowOutcome(th, o, gen, () => resume(th, gen, arg));
}

/** athrow's outcome: sorted as asend's; its end ends the await. */
function athrowOutcome(th: Thread, o: number, gen: number, step: () => Outcome): Outcome {
  try {
    const outcome = unwrapped(th, gen, step);
    if (outcome[0] === SendResult.Returned) setState(th, o, AWAITABLE_CLOSED);
    return outcome;
  } catch (err) {
    athrowDone(th, o, gen);
    throw err;
  }
}

function asendStateClosed(th: Thread, o: number): boolean {
  return asendState(th, o) === AWAITABLE_CLOSED;
}

export function athrowThrow(th: Thread, o: number, thrown: number[]): Outcome {
  const gen = th.heap.i32[o + AWAITABLE_GEN]!;
  if (asendStateClosed(th, o)) raiseException(th, "RuntimeError", "cannot reuse already awaited aclose()/athrow()");
  if (asendState(th, o) === AWAITABLE_INIT) {
    refuseRunning(th, o, gen);
    setState(th, o, AWAITABLE_ITER);
    setFlag(th, gen, AG_RUNNING_ASYNC, true);
  }
  if (athrowArgs(th, o) === null) return acloseOutcome(th, o, gen, () => throwArgs(th, gen, thrown, true));
  return athrowOutcome(th, o, gen, () => throwArgs(th, gen, thrown, true));
}

export function athrowClose(th: Thread, o: number): number {
  if (asendStateClosed(th, o)) return NONE;
  return closeAwaitable(th, () => athrowThrow(th, o, [builtinType(th, "GeneratorExit")]));
}

// ---------------------------------------------------------------------------

/** SEND to an asend/athrow awaitable, without going through its Python-level send(); null for other objects. */
export function sendToAwaitable(th: Thread, receiver: number, value: number): Outcome | null {
  switch (typeIdOfValue(th, receiver)) {
    case TypeId.async_generator_asend: return asendSend(th, receiver, value);
    case TypeId.async_generator_athrow: return athrowSend(th, receiver, value);
    default: return null;
  }
}

/** The Python-level result of an outcome: the value passed up, or StopIteration(value). */
export function outcomeValue(th: Thread, [how, value]: Outcome): number {
  if (how === SendResult.Yielded) return value;
  throw new PyRaise(newException(th, "StopIteration", value === NONE ? [] : [value]));
}
