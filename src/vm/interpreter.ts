// The interpreter loop.
//
// `runFrame` runs the frame at the top of the thread's stack segment until
// that frame returns (or, for a generator's frame, suspends), and returns the
// value. A Python-to-Python call pushes the callee's frame and continues in
// the same loop, so Python recursion never grows the JavaScript stack; only a
// call from native code back into Python (a `key=` function, `__eq__`, a
// generator being resumed) enters `runFrame` again, with the new frame marked
// as an entry frame.
//
// The loop keeps the current frame's state in local variables: `f` the frame
// base, `pc` the index of the next instruction, `sp` the word index of the
// first free value-stack word. Invariant: before anything that may run Python
// code, collect garbage or push a frame, `pc` and the stack depth are written
// back to the frame (`F_PC`, `F_DEPTH`), with the operands still counted on
// the stack, so the collector sees them and a traceback shows the right line.
//
// Views over the heap are re-created when the buffer grows, so the loop
// re-reads `heap.i32` at every instruction and after helpers that allocate.
//
// The commonest cases of the busiest instructions are done in place, before
// the general helpers: arithmetic and comparisons of exact ints, floats and
// strs (fast-operators.ts), subscripts and unpacking of exact lists and
// tuples, FOR_ITER over ranges and lists, cached global and name lookups
// (global-cache.ts), cached attribute loads and stores (attribute-cache.ts),
// calls with exactly the positional parameters (calls.ts). A generator
// iterated by FOR_ITER, the __init__ of a plain class being called and a
// property's getter run in this loop, as ordinary frames above their
// caller's (generators.ts, attribute-cache.ts). The switch cases are
// `Opcode` members, which TypeScript inlines as literals, so that V8 makes
// the switch a jump table.
//
// Only instructions that every loop and call runs, and those that push or
// pop frames or jump, are cases of the switch; the rest run in
// instructions-rare.ts, from its default case, which keeps this function
// small enough for V8 to compile quickly in every worker.
//
// Exceptions are JavaScript throws (PyRaise, PyError, HeapExhaustedError...)
// caught at the bottom of the loop: the raising frame's exception table gives
// a handler, or the frame is popped and the exception goes on in the caller,
// one traceback entry per frame, until an entry frame passes it to native code.

import {
  CELL_CONTENTS, CODE_CONSTS, CODE_FLAGS, CODE_INSTRUCTIONS, CODE_NAMES, FALSE, G_FREE_THREADED, G_TYPES, HEADER_WORDS,
  LIST_ITEMS, LIST_SIZE, METHOD_FUNC, METHOD_SELF, NONE, TRUE, RANGEITER_LEFT, RANGEITER_NEXT, RANGEITER_STEP,
  SEQITER_INDEX, SEQITER_SEQ, TUPLE_ITEMS, TUPLE_LENGTH, TYPE_ID, TYPE_WORD,
} from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { CO_COROUTINE, CO_GENERATOR, CO_FAST_FREE, CO_ITERABLE_COROUTINE } from "../compiler/code.js";
import { Opcode as Op, NB } from "./opcodes.js";
import {
  F_CODE, F_DEPTH, F_ENTRY, F_GENERATOR, F_GLOBALS, F_BUILTINS, F_NSLOTS, F_PC, F_PREVIOUS, FRAME_HEADER, tagged,
  untagged,
} from "./frame.js";
import type { Thread } from "./thread.js";
import { isFunction, isMethod, cellKindOf } from "./model.js";
import { pushFunctionFrame, popFrame, callStackArgs, initReturnedValue } from "./calls.js";
import { binaryOp, compareOp, isTrue, containsOp } from "./operators.js";
import { fastBinary, fastCompare } from "./fast-operators.js";
import { loadAttr, loadedSelf, newPlainInstance, pendingGetter, plainClassInit, storeAttr } from "./attribute-cache.js";
import { getItem, setItem } from "./subscript.js";
import { getIter, iterNext, unpackSequence } from "./iteration.js";
import { buildTuple, buildList, listAppend } from "./build.js";
import { storeName } from "./names.js";
import { loadGlobalCached, loadNameCached } from "./global-cache.js";
import { toPyException, findHandler, addTraceback, setContext, unboundLocal, unboundFree, PyRaise, Flight } from "./exceptions.js";
import { makeGenerator, sendToReceiver, SendResult, enterInlineGenerator, suspendInlineGenerator, finishInlineGenerator } from "./generators.js";
import { collectForFinalizer, safepoint } from "./safepoint.js";
import { hasFinalizable, holdsFinalizable, isFinalizable } from "./finalizers.js";
import { listItemUnlocked, listSetIndex, unpackListOnto } from "./lists.js";
import { runRareInstruction } from "./instructions-rare.js";

/** How an entry frame left `runFrame`: by returning or by suspending at a yield. */
export const enum Exit {
  Returned,
  Yielded,
}

/**
 * Runs the entry frame `entry` (already pushed, with F_ENTRY set) and the
 * frames it calls; returns the entry frame's return or yielded value
 * (`th.suspended` tells which). With `thrown` non-zero the frame resumes by
 * raising that exception at its current instruction, as `generator.throw` does.
 */
export function runFrame(th: Thread, entry: number, thrown = 0): number {
  const heap = th.heap;
  let i32 = heap.i32;
  let f = entry;
  let code = i32[f + F_CODE]!;
  let instrs = i32[code + CODE_INSTRUCTIONS]! + HEADER_WORDS;
  let consts = i32[code + CODE_CONSTS]! + TUPLE_ITEMS;
  let names = i32[code + CODE_NAMES]! + TUPLE_ITEMS;
  let slots = f + FRAME_HEADER;
  let sb = slots + untagged(i32[f + F_NSLOTS]!);
  let sp = sb + untagged(i32[f + F_DEPTH]!);
  let pc = untagged(i32[f + F_PC]!);
  let pending = thrown;
  // Instructions run since the last safepoint check (the statistics count them in batches).
  let ticks = 0;
  // RESUMEs and JUMP_BACKWARDs left before the next safepoint check (the first one checks).
  let untilCheck = 1;
  th.suspended = false;

  for (;;) {
    try {
      if (pending !== 0) {
        const exc = pending;
        pending = 0;
        throw new PyRaise(exc);
      }
      for (;;) {
        i32 = heap.i32;
        const op = i32[instrs + 2 * pc]!;
        const arg = i32[instrs + 2 * pc + 1]!;
        pc++;
        ticks++;
        switch (op) {
          // ---------------------------------------------------------------
          // frames and no-ops
          case Op.NOP:
            break;
          case Op.RESUME:
            if (--untilCheck <= 0) {
              untilCheck = th.gcStress ? 1 : CHECK_EVERY;
              th.ticks += ticks;
              ticks = 0;
              if (safepointDue(th, i32)) {
                save(i32, f, pc, sp, sb);
                safepoint(th);
              }
            }
            break;
          case Op.RETURN_GENERATOR: {
            save(i32, f, pc, sp, sb);
            const gen = makeGenerator(th, f);
            const value = gen;
            if (i32[f + F_ENTRY] === tagged(1)) {
              popFrame(th, f);
              th.ticks += ticks;
              return value;
            }
            const caller = untagged(heap.i32[f + F_PREVIOUS]!);
            popFrame(th, f);
            f = caller;
            i32 = heap.i32;
            code = i32[f + F_CODE]!;
            instrs = i32[code + CODE_INSTRUCTIONS]! + HEADER_WORDS;
            consts = i32[code + CODE_CONSTS]! + TUPLE_ITEMS;
            names = i32[code + CODE_NAMES]! + TUPLE_ITEMS;
            slots = f + FRAME_HEADER;
            sb = slots + untagged(i32[f + F_NSLOTS]!);
            sp = sb + untagged(i32[f + F_DEPTH]!);
            pc = untagged(i32[f + F_PC]!);
            i32[sp++] = value;
            break;
          }

          // ---------------------------------------------------------------
          // constants, locals, cells
          case Op.LOAD_CONST:
            i32[sp++] = i32[consts + arg]!;
            break;
          case Op.LOAD_FAST:
            i32[sp++] = i32[slots + arg]!;
            break;
          case Op.LOAD_FAST_CHECK: {
            const v = i32[slots + arg]!;
            if (v === 0) unboundLocal(th, code, arg);
            i32[sp++] = v;
            break;
          }
          case Op.LOAD_FAST_AND_CLEAR:
            i32[sp++] = i32[slots + arg]!;
            i32[slots + arg] = 0;
            break;
          case Op.LOAD_FAST_LOAD_FAST:
            i32[sp++] = i32[slots + (arg >> 4)]!;
            i32[sp++] = i32[slots + (arg & 15)]!;
            break;
          case Op.STORE_FAST:
            i32[slots + arg] = i32[--sp]!;
            break;
          case Op.STORE_FAST_LOAD_FAST:
            i32[slots + (arg >> 4)] = i32[sp - 1]!;
            i32[sp - 1] = i32[slots + (arg & 15)]!;
            break;
          case Op.STORE_FAST_STORE_FAST:
            i32[slots + (arg >> 4)] = i32[--sp]!;
            i32[slots + (arg & 15)] = i32[--sp]!;
            break;
          case Op.LOAD_DEREF: {
            const v = i32[i32[slots + arg]! + CELL_CONTENTS]!;
            if (v === 0) {
              if (cellKindOf(th, code, arg) & CO_FAST_FREE) unboundFree(th, code, arg);
              unboundLocal(th, code, arg);
            }
            i32[sp++] = v;
            break;
          }
          case Op.STORE_DEREF:
            i32[i32[slots + arg]! + CELL_CONTENTS] = i32[--sp]!;
            break;

          // ---------------------------------------------------------------
          // globals and names
          case Op.LOAD_NAME: {
            save(i32, f, pc, sp, sb);
            const v = loadNameCached(th, instrs + 2 * (pc - 1), f, i32[names + arg]!);
            heap.i32[sp++] = v;
            break;
          }
          case Op.STORE_NAME:
            save(i32, f, pc, sp, sb);
            storeName(th, f, i32[names + arg]!, i32[sp - 1]!);
            sp--;
            break;
          case Op.LOAD_GLOBAL: {
            save(i32, f, pc, sp, sb);
            const v = loadGlobalCached(th, instrs + 2 * (pc - 1), i32[f + F_GLOBALS]!, i32[f + F_BUILTINS]!, i32[names + (arg >> 1)]!);
            i32 = heap.i32;
            i32[sp++] = v;
            if (arg & 1) i32[sp++] = 0;
            break;
          }

          // ---------------------------------------------------------------
          // attributes and subscripts
          case Op.LOAD_ATTR: {
            save(i32, f, pc, sp, sb);
            const obj = i32[sp - 1]!;
            const name = i32[names + (arg >> 1)]!;
            const v = loadAttr(th, instrs + 2 * (pc - 1), obj, name, (arg & 1) !== 0);
            i32 = heap.i32;
            if (v === 0) {
              // A property's getter: called with obj, its result takes obj's place.
              const callee = pushFunctionFrame(th, f, pendingGetter, sp - 1, 1, 0, sp - 1 - sb);
              f = callee;
              i32 = heap.i32;
              code = i32[f + F_CODE]!;
              instrs = i32[code + CODE_INSTRUCTIONS]! + HEADER_WORDS;
              consts = i32[code + CODE_CONSTS]! + TUPLE_ITEMS;
              names = i32[code + CODE_NAMES]! + TUPLE_ITEMS;
              slots = f + FRAME_HEADER;
              sb = slots + untagged(i32[f + F_NSLOTS]!);
              sp = sb;
              pc = 0;
              break;
            }
            i32[sp - 1] = v;
            if (arg & 1) i32[sp++] = loadedSelf;
            break;
          }
          case Op.STORE_ATTR:
            save(i32, f, pc, sp, sb);
            storeAttr(th, instrs + 2 * (pc - 1), i32[sp - 1]!, i32[names + arg]!, i32[sp - 2]!);
            sp -= 2;
            break;
          case Op.BINARY_SUBSCR: {
            const container = i32[sp - 2]!;
            const key = i32[sp - 1]!;
            if ((key & 1) === 1 && (container & 1) === 0) {
              // An exact list or tuple and an int index in range: read the item in place.
              // A list item is read without a lock (0 when it cannot be: then the slow path).
              const type = i32[container + TYPE_WORD]!;
              let item = 0;
              if (type === i32[G_TYPES + TypeId.list]) {
                const k = (key >> 1) < 0 ? (key >> 1) + i32[container + LIST_SIZE]! : key >> 1;
                if (k >= 0) item = listItemUnlocked(i32, container, k);
              } else if (type === i32[G_TYPES + TypeId.tuple]) {
                const at = itemAddress(container + TUPLE_ITEMS, i32[container + TUPLE_LENGTH]!, key >> 1);
                if (at !== 0) item = i32[at]!;
              }
              if (item !== 0) {
                sp--;
                i32[sp - 1] = item;
                break;
              }
            }
            save(i32, f, pc, sp, sb);
            const v = getItem(th, container, key);
            sp--;
            heap.i32[sp - 1] = v;
            break;
          }
          case Op.STORE_SUBSCR: {
            const container = i32[sp - 2]!;
            const key = i32[sp - 1]!;
            if ((key & 1) === 1 && (container & 1) === 0 && i32[container + TYPE_WORD] === i32[G_TYPES + TypeId.list]) {
              // An exact list and an int index in range: store in place (under the GIL; else with the list's lock).
              if (i32[G_FREE_THREADED] === 0) {
                const at = itemAddress(i32[container + LIST_ITEMS]! + HEADER_WORDS, i32[container + LIST_SIZE]!, key >> 1);
                if (at !== 0) {
                  i32[at] = i32[sp - 3]!;
                  sp -= 3;
                  break;
                }
              } else if (listSetIndex(th, container, key >> 1, i32[sp - 3]!)) {
                sp -= 3;
                break;
              }
            }
            save(i32, f, pc, sp, sb);
            setItem(th, container, key, i32[sp - 3]!);
            sp -= 3;
            break;
          }

          // ---------------------------------------------------------------
          // the stack
          case Op.POP_TOP:
            // A dropped object with a finalizer (a generator left by `break`) is finalized at once, as CPython.
            if (isFinalizable(th, i32[--sp]!)) {
              save(i32, f, pc, sp, sb);
              collectForFinalizer(th);
              i32 = heap.i32;
            }
            break;
          case Op.END_FOR:
            sp--;
            break;
          case Op.PUSH_NULL:
            i32[sp++] = 0;
            break;
          case Op.COPY:
            i32[sp] = i32[sp - arg]!;
            sp++;
            break;
          case Op.SWAP: {
            const top = i32[sp - 1]!;
            i32[sp - 1] = i32[sp - arg]!;
            i32[sp - arg] = top;
            break;
          }

          // ---------------------------------------------------------------
          // operators
          case Op.UNARY_NOT:
            i32[sp - 1] = i32[sp - 1] === TRUE ? FALSE : TRUE;
            break;
          case Op.TO_BOOL: {
            const v = i32[sp - 1]!;
            if (v === TRUE || v === FALSE) break;
            if (v & 1) {
              i32[sp - 1] = v === 1 ? FALSE : TRUE;
              break;
            }
            if (v === NONE) {
              i32[sp - 1] = FALSE;
              break;
            }
            save(i32, f, pc, sp, sb);
            const b = isTrue(th, v);
            heap.i32[sp - 1] = b ? TRUE : FALSE;
            break;
          }
          case Op.BINARY_OP: {
            const a = i32[sp - 2]!;
            const b = i32[sp - 1]!;
            if ((a & b & 1) === 1) {
              // Both small ints: the common arithmetic never allocates.
              const x = a >> 1;
              const y = b >> 1;
              let r = NaN;
              const kind = arg >= 13 ? arg - 13 : arg;
              if (kind === NB.ADD) r = x + y;
              else if (kind === NB.SUBTRACT) r = x - y;
              else if (kind === NB.AND) r = x & y;
              else if (kind === NB.OR) r = x | y;
              else if (kind === NB.XOR) r = x ^ y;
              else if (kind === NB.MULTIPLY) {
                r = x * y;
                if (!Number.isSafeInteger(r)) r = NaN;
              } else if (kind === NB.FLOOR_DIVIDE && y !== 0) r = Math.floor(x / y);
              else if (kind === NB.REMAINDER && y !== 0) {
                // Integer remainder, then the divisor's sign, as Python's % gives it.
                r = x % y;
                if (r !== 0 && (r < 0) !== (y < 0)) r += y;
              }
              if (r >= -1073741824 && r <= 1073741823) {
                sp--;
                i32[sp - 1] = (r << 1) | 1;
                break;
              }
            }
            save(i32, f, pc, sp, sb);
            let v = fastBinary(th, arg, a, b);
            if (v === 0) v = binaryOp(th, arg, a, b);
            sp--;
            heap.i32[sp - 1] = v;
            break;
          }
          case Op.COMPARE_OP: {
            const a = i32[sp - 2]!;
            const b = i32[sp - 1]!;
            const cmp = arg >> 5;
            if ((a & b & 1) === 1) {
              let r: boolean;
              switch (cmp) {
                case 0: r = a < b; break;
                case 1: r = a <= b; break;
                case 2: r = a === b; break;
                case 3: r = a !== b; break;
                case 4: r = a > b; break;
                default: r = a >= b; break;
              }
              sp--;
              i32[sp - 1] = r ? TRUE : FALSE;
              break;
            }
            save(i32, f, pc, sp, sb);
            let v = fastCompare(th, cmp, a, b);
            if (v === 0) v = compareOp(th, cmp, a, b);
            if (arg & 16 && v !== TRUE && v !== FALSE) v = isTrue(th, v) ? TRUE : FALSE;
            sp--;
            heap.i32[sp - 1] = v;
            break;
          }
          case Op.IS_OP: {
            const same = i32[sp - 2] === i32[sp - 1];
            sp--;
            i32[sp - 1] = same !== (arg === 1) ? TRUE : FALSE;
            break;
          }
          case Op.CONTAINS_OP: {
            save(i32, f, pc, sp, sb);
            const found = containsOp(th, i32[sp - 1]!, i32[sp - 2]!);
            sp--;
            heap.i32[sp - 1] = found !== (arg === 1) ? TRUE : FALSE;
            break;
          }


          // ---------------------------------------------------------------
          // building values
          case Op.BUILD_TUPLE: {
            save(i32, f, pc, sp, sb);
            const v = buildTuple(th, sp - arg, arg);
            sp -= arg;
            heap.i32[sp++] = v;
            break;
          }
          case Op.BUILD_LIST: {
            save(i32, f, pc, sp, sb);
            const v = buildList(th, sp - arg, arg);
            sp -= arg;
            heap.i32[sp++] = v;
            break;
          }
          case Op.LIST_APPEND:
            save(i32, f, pc, sp, sb);
            listAppend(th, i32[sp - 1 - arg]!, i32[sp - 1]!);
            sp--;
            break;
          case Op.UNPACK_SEQUENCE: {
            const seq = i32[sp - 1]!;
            if ((seq & 1) === 0) {
              // An exact tuple or list of the right length: push its items, last first.
              const type = i32[seq + TYPE_WORD]!;
              let first = 0;
              if (type === i32[G_TYPES + TypeId.tuple] && i32[seq + TUPLE_LENGTH] === arg) first = seq + TUPLE_ITEMS;
              else if (type === i32[G_TYPES + TypeId.list] && i32[seq + LIST_SIZE] === arg) {
                // Without the GIL the size is checked again and the items read as lock-free reads (lists.ts).
                if (i32[G_FREE_THREADED] === 0) first = i32[seq + LIST_ITEMS]! + HEADER_WORDS;
                else if (unpackListOnto(th, seq, arg, sp - 1)) {
                  sp += arg - 1;
                  break;
                }
              }
              if (first !== 0) {
                sp--;
                for (let k = arg - 1; k >= 0; k--) i32[sp++] = i32[first + k]!;
                break;
              }
            }
            save(i32, f, pc, sp, sb);
            const items = unpackSequence(th, i32[sp - 1]!, arg);
            i32 = heap.i32;
            sp--;
            for (let k = items.length - 1; k >= 0; k--) i32[sp++] = items[k]!;
            break;
          }

          // ---------------------------------------------------------------
          // pattern matching (match.ts)

          // ---------------------------------------------------------------
          // strings

          // ---------------------------------------------------------------
          // calls and functions
          case Op.CALL:
          case Op.CALL_KW: {
            const kwnames = op === Op.CALL_KW ? i32[sp - 1]! : 0;
            const top = op === Op.CALL_KW ? sp - 1 : sp;
            const at = top - arg - 2;
            let callable = i32[at]!;
            let first = at + 2;
            let count = arg;
            if (i32[at + 1] !== 0) {
              first--;
              count++;
            } else if (isMethod(th, callable)) {
              // A bound method: call its function with self as the first argument.
              i32[at + 1] = i32[callable + METHOD_SELF]!;
              callable = i32[at] = i32[callable + METHOD_FUNC]!;
              first--;
              count++;
            }
            save(i32, f, pc, sp, sb);
            if (isFunction(th, callable)) {
              const callee = pushFunctionFrame(th, f, callable, first, count, kwnames, at - sb);
              f = callee;
              i32 = heap.i32;
              code = i32[f + F_CODE]!;
              instrs = i32[code + CODE_INSTRUCTIONS]! + HEADER_WORDS;
              consts = i32[code + CODE_CONSTS]! + TUPLE_ITEMS;
              names = i32[code + CODE_NAMES]! + TUPLE_ITEMS;
              slots = f + FRAME_HEADER;
              sb = slots + untagged(i32[f + F_NSLOTS]!);
              sp = sb;
              pc = 0;
              break;
            }
            if (i32[at + 1] === 0 && (callable & 1) === 0 && i32[callable + TYPE_WORD] === i32[G_TYPES + TypeId.type]
              && i32[callable + TYPE_ID]! < 0) {
              const init = plainClassInit(th, instrs + 2 * (pc - 1), callable);
              if (init !== 0) {
                // A plain class: make the instance, keep it where the class
                // was, and run __init__ as an ordinary frame that leaves it
                // there (F_ENTRY 2: see RETURN_VALUE).
                const instance = newPlainInstance(th, callable);
                i32 = heap.i32;
                i32[at] = instance;
                i32[at + 1] = instance;
                const callee = pushFunctionFrame(th, f, init, at + 1, count + 1, kwnames, at + 1 - sb);
                f = callee;
                i32 = heap.i32;
                i32[f + F_ENTRY] = tagged(2);
                code = i32[f + F_CODE]!;
                instrs = i32[code + CODE_INSTRUCTIONS]! + HEADER_WORDS;
                consts = i32[code + CODE_CONSTS]! + TUPLE_ITEMS;
                names = i32[code + CODE_NAMES]! + TUPLE_ITEMS;
                slots = f + FRAME_HEADER;
                sb = slots + untagged(i32[f + F_NSLOTS]!);
                sp = sb;
                pc = 0;
                break;
              }
            }
            const v = callStackArgs(th, callable, first, count, kwnames);
            sp = at;
            heap.i32[sp++] = v;
            break;
          }
          case Op.RETURN_VALUE:
          case Op.RETURN_CONST: {
            const value = op === Op.RETURN_CONST ? i32[consts + arg]! : i32[--sp]!;
            const entry = i32[f + F_ENTRY]!;
            // Its locals die with the frame: one with a __del__ is finalized once the caller holds the value.
            const dying = hasFinalizable(th) && holdsFinalizable(th, slots, sb);
            if (entry === tagged(1)) {
              save(i32, f, pc, sp, sb);
              popFrame(th, f);
              th.ticks += ticks;
              return value;
            }
            const caller = untagged(i32[f + F_PREVIOUS]!);
            const finishedGenerator = i32[f + F_GENERATOR] !== 0;
            if (finishedGenerator) finishInlineGenerator(th, f);
            else popFrame(th, f);
            f = caller;
            code = i32[f + F_CODE]!;
            instrs = i32[code + CODE_INSTRUCTIONS]! + HEADER_WORDS;
            consts = i32[code + CODE_CONSTS]! + TUPLE_ITEMS;
            names = i32[code + CODE_NAMES]! + TUPLE_ITEMS;
            slots = f + FRAME_HEADER;
            sb = slots + untagged(i32[f + F_NSLOTS]!);
            sp = sb + untagged(i32[f + F_DEPTH]!);
            pc = untagged(i32[f + F_PC]!);
            if (finishedGenerator) {
              // The caller's FOR_ITER found the generator exhausted: pop the
              // handled-exception word and the iterator, and leave the loop.
              th.handled = i32[sp - 1]!;
              sp -= 2;
              pc += i32[instrs + 2 * (pc - 1) + 1]! + 2;
              break;
            }
            // A class's __init__ run by CALL: the instance is already in place.
            if (entry === tagged(2)) {
              if (value !== NONE) initReturnedValue(th, value);
            } else {
              i32[sp++] = value;
            }
            if (dying) {
              save(i32, f, pc, sp, sb);
              collectForFinalizer(th);
              i32 = heap.i32;
            }
            break;
          }

          // ---------------------------------------------------------------
          // jumps
          case Op.JUMP_FORWARD:
            pc += arg;
            break;
          case Op.JUMP_BACKWARD:
            // Checked before jumping, so that an interrupt raised here is
            // raised at this instruction, inside the loop's handlers.
            if (--untilCheck <= 0) {
              untilCheck = th.gcStress ? 1 : CHECK_EVERY;
              th.ticks += ticks;
              ticks = 0;
              if (safepointDue(th, i32)) {
                save(i32, f, pc, sp, sb);
                safepoint(th);
              }
            }
            pc -= arg;
            break;
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            pc -= arg;
            break;
          case Op.POP_JUMP_IF_FALSE:
            if (i32[--sp] === FALSE) pc += arg;
            break;
          case Op.POP_JUMP_IF_TRUE:
            if (i32[--sp] === TRUE) pc += arg;
            break;
          case Op.POP_JUMP_IF_NONE:
            if (i32[--sp] === NONE) pc += arg;
            break;
          case Op.POP_JUMP_IF_NOT_NONE:
            if (i32[--sp] !== NONE) pc += arg;
            break;

          // ---------------------------------------------------------------
          // iteration
          case Op.GET_ITER: {
            save(i32, f, pc, sp, sb);
            const v = getIter(th, i32[sp - 1]!);
            heap.i32[sp - 1] = v;
            break;
          }
          case Op.FOR_ITER: {
            const it = i32[sp - 1]!;
            const itType = i32[it + TYPE_WORD]!;
            if (itType === i32[G_TYPES + TypeId.list_iterator]) {
              // A list: the next item while in range (as iterNext does it).
              const list = i32[it + SEQITER_SEQ]!;
              const index = i32[it + SEQITER_INDEX]!;
              const item = list !== 0 ? listItemUnlocked(i32, list, index) : 0;
              if (item !== 0) {
                i32[it + SEQITER_INDEX] = index + 1;
                i32[sp++] = item;
                break;
              }
            } else if (itType === i32[G_TYPES + TypeId.range_iterator]) {
              // range(), the commonest loop, stepped here without a call (as iterNext does it).
              const left = i32[it + RANGEITER_LEFT]!;
              const next = i32[it + RANGEITER_NEXT]!;
              if (left > 0 && next >= -1073741824 && next <= 1073741823) {
                i32[it + RANGEITER_LEFT] = left - 1;
                i32[it + RANGEITER_NEXT] = next + i32[it + RANGEITER_STEP]!;
                i32[sp++] = (next << 1) | 1;
                break;
              }
            } else if (itType === i32[G_TYPES + TypeId.generator]) {
              // A generator: run its frame in this loop (generators.ts), keeping
              // the handled exception where the yielded value will go.
              i32[sp] = th.handled;
              save(i32, f, pc, sp + 1, sb);
              const frame = enterInlineGenerator(th, it, f);
              if (frame !== 0) {
                f = frame;
                i32 = heap.i32;
                code = i32[f + F_CODE]!;
                instrs = i32[code + CODE_INSTRUCTIONS]! + HEADER_WORDS;
                consts = i32[code + CODE_CONSTS]! + TUPLE_ITEMS;
                names = i32[code + CODE_NAMES]! + TUPLE_ITEMS;
                slots = f + FRAME_HEADER;
                sb = slots + untagged(i32[f + F_NSLOTS]!);
                sp = sb + untagged(i32[f + F_DEPTH]!);
                pc = untagged(i32[f + F_PC]!);
                break;
              }
            }
            save(i32, f, pc, sp, sb);
            const v = iterNext(th, it);
            i32 = heap.i32;
            if (v === 0) {
              sp--;
              pc += arg + 2;
            } else {
              i32[sp++] = v;
            }
            break;
          }

          // ---------------------------------------------------------------
          // exceptions
          case Op.PUSH_EXC_INFO: {
            const exc = i32[sp - 1]!;
            const previous = th.handled;
            i32[sp - 1] = previous === 0 ? NONE : previous;
            i32[sp++] = exc;
            th.handled = exc;
            break;
          }
          case Op.POP_EXCEPT: {
            const previous = i32[--sp]!;
            th.handled = previous === NONE ? 0 : previous;
            break;
          }
          case Op.RERAISE: {
            // The handler is looked up at the RERAISE itself, as CPython does;
            // the saved lasti below the exception only matters for line numbers.
            const exc = i32[sp - 1]!;
            sp--;
            save(i32, f, pc, sp, sb);
            throw new PyRaise(exc, Flight.Reraised);
          }

          // ---------------------------------------------------------------
          // generators and coroutines
          case Op.YIELD_VALUE: {
            const value = i32[--sp]!;
            save(i32, f, pc, sp, sb);
            if (i32[f + F_ENTRY] !== tagged(1)) {
              // A generator run by the caller's FOR_ITER: the value goes to it.
              const caller = untagged(i32[f + F_PREVIOUS]!);
              suspendInlineGenerator(th, f);
              f = caller;
              i32 = heap.i32;
              code = i32[f + F_CODE]!;
              instrs = i32[code + CODE_INSTRUCTIONS]! + HEADER_WORDS;
              consts = i32[code + CODE_CONSTS]! + TUPLE_ITEMS;
              names = i32[code + CODE_NAMES]! + TUPLE_ITEMS;
              slots = f + FRAME_HEADER;
              sb = slots + untagged(i32[f + F_NSLOTS]!);
              sp = sb + untagged(i32[f + F_DEPTH]!);
              pc = untagged(i32[f + F_PC]!);
              th.handled = i32[sp - 1]!;
              i32[sp - 1] = value;
              break;
            }
            th.suspended = true;
            popFrame(th, f);
            th.ticks += ticks;
            return value;
          }
          case Op.SEND: {
            save(i32, f, pc, sp, sb);
            const [how, v] = sendToReceiver(th, i32[sp - 2]!, i32[sp - 1]!);
            i32 = heap.i32;
            i32[sp - 1] = v;
            if (how === SendResult.Returned) pc += arg;
            break;
          }
          case Op.END_SEND:
            i32[sp - 2] = i32[sp - 1]!;
            sp--;
            break;

          // ---------------------------------------------------------------
          // imports

          default:
            // Everything else (instructions-rare.ts): none of it pushes a frame or jumps.
            sp = runRareInstruction(th, f, op, arg, pc, sp, sb);
            break;
        }
      }
    } catch (err) {
      // Unwind: find a handler in this frame or a caller, up to the entry frame.
      const raised = err instanceof PyRaise ? err : toPyException(th, err);
      const exc = raised.exc;
      i32 = heap.i32;
      if (raised.flight === Flight.Raised) setContext(th, exc);
      if (raised.flight !== Flight.Reraised) addTraceback(th, exc, f, pc - 1);
      for (;;) {
        i32 = heap.i32;
        code = i32[f + F_CODE]!;
        const handler = findHandler(th, code, pc - 1);
        if (handler !== null) {
          slots = f + FRAME_HEADER;
          sb = slots + untagged(i32[f + F_NSLOTS]!);
          sp = sb + handler.depth;
          if (handler.lasti) i32[sp++] = tagged(pc - 1);
          i32[sp++] = exc;
          pc = handler.target;
          instrs = i32[code + CODE_INSTRUCTIONS]! + HEADER_WORDS;
          consts = i32[code + CODE_CONSTS]! + TUPLE_ITEMS;
          names = i32[code + CODE_NAMES]! + TUPLE_ITEMS;
          break;
        }
        if (i32[f + F_ENTRY] === tagged(1)) {
          popFrame(th, f, true);
          th.ticks += ticks;
          throw new PyRaise(exc, Flight.Propagating);
        }
        const caller = untagged(i32[f + F_PREVIOUS]!);
        const finishedGenerator = i32[f + F_GENERATOR] !== 0;
        if (finishedGenerator) finishInlineGenerator(th, f);
        else popFrame(th, f, true);
        f = caller;
        pc = untagged(i32[f + F_PC]!);
        if (finishedGenerator) {
          // Leaving a generator run by FOR_ITER: restore what the caller was handling.
          th.handled = i32[f + FRAME_HEADER + untagged(i32[f + F_NSLOTS]!) + untagged(i32[f + F_DEPTH]!) - 1]!;
        }
        addTraceback(th, exc, f, pc - 1);
      }
    }
  }
}

/** The word of item `index` (negative: from the end) of `length` items from `first`, or 0 when out of range. */
function itemAddress(first: number, length: number, index: number): number {
  const k = index < 0 ? index + length : index;
  return k >= 0 && k < length ? first + k : 0;
}

/**
 * Writes the frame's pc and stack depth back (the loop's invariant). The
 * depth is worked out here, not at each call: V8 compiles an arithmetic
 * operation it never saw run into a deoptimization, and the loop has a save
 * on every slow path, which would throw the loop's optimized code away on the
 * first run of each; here the one subtraction has run long before.
 */
function save(i32: Int32Array, f: number, pc: number, sp: number, sb: number): void {
  i32[f + F_PC] = (pc << 1) | 1;
  i32[f + F_DEPTH] = ((sp - sb) << 1) | 1;
}

/**
 * Safepoint checks are made at one RESUME or JUMP_BACKWARD in this many
 * (every one under --gc-stress): a few percent faster on call-heavy
 * programs, and 32 backward jumps are microseconds, well inside a switch
 * interval or a stop-the-world's patience.
 */
const CHECK_EVERY = 32;

/** Whether the thread must stop at this safepoint: a breaker bit set, a collection due, or --gc-stress. */
function safepointDue(th: Thread, i32: Int32Array): boolean {
  return (th.ts !== undefined && Atomics.load(i32, th.ts.breakerWord) !== 0) || th.gcStress || th.collectionDue();
}

/** Whether a code object's frames become generators or coroutines. */
export function isGeneratorCode(i32: Int32Array, code: number): boolean {
  return (i32[code + CODE_FLAGS]! & (CO_GENERATOR | CO_COROUTINE | CO_ITERABLE_COROUTINE)) !== 0;
}
