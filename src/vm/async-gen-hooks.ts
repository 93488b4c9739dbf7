// sys.set_asyncgen_hooks: per-thread functions an event loop installs to
// learn of async generators. `firstiter` is called with an async generator
// the first time one of its awaitables (__anext__, asend, athrow, aclose) is
// made, as CPython's async_gen_init_hooks does. `finalizer` is kept and
// returned, but never called: pygil has no finalization, so an async
// generator that becomes garbage is not closed.

import { AG_HOOKS_INITED, GEN_FLAGS, NONE, TUPLE_ITEMS } from "../heap/layout.js";
import type { Thread } from "./thread.js";
import { T_ASYNCGEN_HOOKS } from "./thread.js";
import { newTuple } from "./model.js";
import { callObject } from "./calls.js";

/** The thread's hooks as [firstiter, finalizer], None where not set. */
export function asyncGenHooks(th: Thread): [number, number] {
  const hooks = th.word(T_ASYNCGEN_HOOKS);
  if (hooks === 0) return [NONE, NONE];
  const i32 = th.heap.i32;
  return [i32[hooks + TUPLE_ITEMS]!, i32[hooks + TUPLE_ITEMS + 1]!];
}

export function setAsyncGenHooks(th: Thread, firstiter: number, finalizer: number): void {
  th.setWord(T_ASYNCGEN_HOOKS, newTuple(th, [firstiter, finalizer]));
}

/** Calls the firstiter hook for `gen`, once in its life. */
export function initAsyncGenHooks(th: Thread, gen: number): void {
  const i32 = th.heap.i32;
  if ((i32[gen + GEN_FLAGS]! & AG_HOOKS_INITED) !== 0) return;
  i32[gen + GEN_FLAGS] = i32[gen + GEN_FLAGS]! | AG_HOOKS_INITED;
  const [firstiter] = asyncGenHooks(th);
  if (firstiter !== NONE) callObject(th, firstiter, [gen]);
}
