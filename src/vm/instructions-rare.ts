// The interpreter's less frequent instructions, out of its loop.
//
// runFrame (interpreter.ts) keeps in its switch the instructions that every
// loop and call runs: loads and stores, arithmetic, comparisons, jumps,
// iteration, calls and returns. The rest (building sets and dicts,
// formatting, imports, `with`, pattern matching, raising, class bodies,
// async...) are here, one call from the loop's default case. Two reasons:
// V8 compiles the loop in far less time, which every worker pays again for
// each thread it starts and whenever the program reaches code the loop had
// not run before; and the first use of one of these instructions throws away
// (deoptimizes) only this function's optimized code, not the loop's.
//
// None of them pushes or pops a frame or jumps. Each takes the value stack as
// the loop left it (`sp`, with the frame's pc and the stack's base `sb`, for
// the `save` before anything that may raise or run Python code), and returns
// the new top of the stack.

import { CELL_CONTENTS, CODE_NAMES, FALSE, FUNC_CLOSURE, NONE, TRUE, TUPLE_ITEMS } from "../heap/layout.js";
import { Opcode as Op, INTRINSIC, INTRINSIC1_TYPES, INTRINSIC2 } from "./opcodes.js";
import { typeIntrinsic1, typeIntrinsic2 } from "./type-params.js";
import { checkEgMatch, prepReraiseStar } from "./except-star.js";
import { F_BUILTINS, F_CODE, F_DEPTH, F_FUNCTION, F_GLOBALS, F_LOCALS, F_NSLOTS, F_PC, FRAME_HEADER, untagged } from "./frame.js";
import type { Thread } from "./thread.js";
import { newCell, slotName } from "./model.js";
import { callValue } from "./calls.js";
import { unaryOp } from "./operators.js";
import { delAttr, loadSuperAttr } from "./attributes.js";
import { delItem, getSlice, setSlice, makeSlice } from "./subscript.js";
import { unpackEx, getYieldFromIter } from "./iteration.js";
import {
  buildSet, buildMap, buildConstKeyMap, buildString, listExtend, setAdd, setUpdate, mapAdd, dictUpdate, dictMerge,
  listToTuple,
} from "./build.js";
import {
  deleteName, storeGlobal, deleteGlobal, loadFromDictOrGlobals, loadFromDictOrDeref, setupAnnotations,
  buildClassFunction, assertionErrorType,
} from "./names.js";
import { makeFunction, setFunctionAttribute } from "./functions.js";
import { formatValue, convertValue } from "./formatting.js";
import {
  exceptionMatches, raiseException, reraiseValue, raiseObject, unboundLocal, withExceptStart, beforeWith, cleanupThrow,
  stopIterationError,
} from "./exceptions.js";
import { beforeAsyncWith, endAsyncFor, getAIter, getANext, getAwaitable } from "./awaitables.js";
import { wrapAsyncGenValue } from "./async-generators.js";
import { importName, importFrom, importStar } from "./imports.js";
import { collectForFinalizer } from "./safepoint.js";
import { mayEndWatched } from "./finalizers.js";
import { printExpression } from "./display.js";
import { getLen, isMatchMapping, isMatchSequence, matchClass, matchKeys } from "./match.js";

/**
 * Runs instruction `op` with argument `arg` of the frame `f` (its next
 * instruction at `pc`), whose value stack starts at `sb` and ends below
 * `sp`; returns the new end of the stack.
 */
export function runRareInstruction(th: Thread, f: number, op: number, arg: number, pc: number, sp: number, sb: number): number {
  const heap = th.heap;
  let i32 = heap.i32;
  const slots = f + FRAME_HEADER;
  const code = i32[f + F_CODE]!;
  const names = i32[code + CODE_NAMES]! + TUPLE_ITEMS;
  switch (op) {
    case Op.MAKE_CELL: {
      const cell = newCell(th, i32[slots + arg]!);
      heap.i32[slots + arg] = cell;
      break;
    }
    case Op.COPY_FREE_VARS: {
      const closure = i32[i32[f + F_FUNCTION]! + FUNC_CLOSURE]!;
      const first = untagged(i32[f + F_NSLOTS]!) - arg;
      for (let k = 0; k < arg; k++) i32[slots + first + k] = i32[closure + TUPLE_ITEMS + k]!;
      break;
    }
    case Op.DELETE_FAST: {
      const old = i32[slots + arg]!;
      if (old === 0) unboundLocal(th, code, arg);
      i32[slots + arg] = 0;
      if (mayEndWatched(th, old)) {
        save(i32, f, pc, sp, sb);
        collectForFinalizer(th);
        i32 = heap.i32;
      }
      break;
    }
    case Op.DELETE_DEREF: {
      const cell = i32[slots + arg]!;
      if (i32[cell + CELL_CONTENTS] === 0) unboundLocal(th, code, arg);
      i32[cell + CELL_CONTENTS] = 0;
      break;
    }
    case Op.LOAD_FROM_DICT_OR_DEREF:
      save(i32, f, pc, sp, sb);
      i32[sp - 1] = loadFromDictOrDeref(th, i32[sp - 1]!, i32[slots + arg]!, slotName(th, code, arg));
      break;
    case Op.DELETE_NAME:
      save(i32, f, pc, sp, sb);
      deleteName(th, f, i32[names + arg]!);
      break;
    case Op.STORE_GLOBAL:
      save(i32, f, pc, sp, sb);
      storeGlobal(th, i32[f + F_GLOBALS]!, i32[names + arg]!, i32[sp - 1]!);
      sp--;
      break;
    case Op.DELETE_GLOBAL:
      save(i32, f, pc, sp, sb);
      deleteGlobal(th, i32[f + F_GLOBALS]!, i32[names + arg]!);
      break;
    case Op.LOAD_FROM_DICT_OR_GLOBALS:
      save(i32, f, pc, sp, sb);
      i32[sp - 1] = loadFromDictOrGlobals(th, f, i32[sp - 1]!, i32[names + arg]!);
      break;
    case Op.LOAD_LOCALS: {
      const locals = i32[f + F_LOCALS]!;
      if (locals === 0) raiseException(th, "SystemError", "no locals found");
      i32[sp++] = locals;
      break;
    }
    case Op.LOAD_BUILD_CLASS:
      i32[sp++] = buildClassFunction(th, i32[f + F_BUILTINS]!);
      break;
    case Op.LOAD_ASSERTION_ERROR:
      i32[sp++] = assertionErrorType(th);
      break;
    case Op.SETUP_ANNOTATIONS:
      save(i32, f, pc, sp, sb);
      setupAnnotations(th, f);
      break;
    case Op.DELETE_ATTR:
      save(i32, f, pc, sp, sb);
      delAttr(th, i32[sp - 1]!, i32[names + arg]!);
      sp--;
      break;
    case Op.LOAD_SUPER_ATTR: {
      save(i32, f, pc, sp, sb);
      const [v, self] = loadSuperAttr(th, i32[sp - 3]!, i32[sp - 2]!, i32[sp - 1]!, i32[names + (arg >> 2)]!, (arg & 1) !== 0);
      i32 = heap.i32;
      sp -= 3;
      i32[sp++] = v;
      if (arg & 1) i32[sp++] = self;
      break;
    }
    case Op.DELETE_SUBSCR:
      save(i32, f, pc, sp, sb);
      delItem(th, i32[sp - 2]!, i32[sp - 1]!);
      sp -= 2;
      break;
    case Op.BINARY_SLICE: {
      save(i32, f, pc, sp, sb);
      const v = getSlice(th, i32[sp - 3]!, i32[sp - 2]!, i32[sp - 1]!);
      sp -= 2;
      heap.i32[sp - 1] = v;
      break;
    }
    case Op.STORE_SLICE:
      save(i32, f, pc, sp, sb);
      setSlice(th, i32[sp - 3]!, i32[sp - 2]!, i32[sp - 1]!, i32[sp - 4]!);
      sp -= 4;
      break;
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_INVERT: {
      save(i32, f, pc, sp, sb);
      const v = unaryOp(th, op, i32[sp - 1]!);
      heap.i32[sp - 1] = v;
      break;
    }
    case Op.CALL_INTRINSIC_1: {
      save(i32, f, pc, sp, sb);
      const v = i32[sp - 1]!;
      let r: number;
      if (arg === INTRINSIC.UNARY_POSITIVE) r = unaryOp(th, -1, v);
      else if (arg === INTRINSIC.LIST_TO_TUPLE) r = listToTuple(th, v);
      else if (arg === INTRINSIC.PRINT) r = printExpression(th, v);
      else if (arg === INTRINSIC.IMPORT_STAR) r = importStar(th, f, v);
      else if (arg === INTRINSIC.STOPITERATION_ERROR) r = stopIterationError(th, i32[f + F_CODE]!, v);
      else if (arg === INTRINSIC.ASYNC_GEN_WRAP) r = wrapAsyncGenValue(th, v);
      else if (arg >= INTRINSIC1_TYPES.TYPEVAR) r = typeIntrinsic1(th, arg, v, f);
      else r = raiseException(th, "SystemError", `unsupported intrinsic ${arg}`);
      heap.i32[sp - 1] = r;
      break;
    }
    case Op.CALL_INTRINSIC_2: {
      save(i32, f, pc, sp, sb);
      const v1 = i32[sp - 2]!;
      const v2 = i32[sp - 1]!;
      let r: number;
      if (arg === INTRINSIC2.PREP_RERAISE_STAR) r = prepReraiseStar(th, v1, v2);
      else r = typeIntrinsic2(th, arg, v1, v2);
      sp--;
      heap.i32[sp - 1] = r;
      break;
    }
    case Op.BUILD_SET: {
      save(i32, f, pc, sp, sb);
      const v = buildSet(th, sp - arg, arg);
      sp -= arg;
      heap.i32[sp++] = v;
      break;
    }
    case Op.BUILD_MAP: {
      save(i32, f, pc, sp, sb);
      const v = buildMap(th, sp - 2 * arg, arg);
      sp -= 2 * arg;
      heap.i32[sp++] = v;
      break;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      save(i32, f, pc, sp, sb);
      const v = buildConstKeyMap(th, sp - arg - 1, arg, i32[sp - 1]!);
      sp -= arg + 1;
      heap.i32[sp++] = v;
      break;
    }
    case Op.BUILD_STRING: {
      save(i32, f, pc, sp, sb);
      const v = buildString(th, sp - arg, arg);
      sp -= arg;
      heap.i32[sp++] = v;
      break;
    }
    case Op.BUILD_SLICE: {
      save(i32, f, pc, sp, sb);
      const v = arg === 3 ? makeSlice(th, i32[sp - 3]!, i32[sp - 2]!, i32[sp - 1]!) : makeSlice(th, i32[sp - 2]!, i32[sp - 1]!, NONE);
      sp -= arg;
      heap.i32[sp++] = v;
      break;
    }
    case Op.LIST_EXTEND:
      save(i32, f, pc, sp, sb);
      listExtend(th, i32[sp - 1 - arg]!, i32[sp - 1]!);
      sp--;
      break;
    case Op.SET_ADD:
      save(i32, f, pc, sp, sb);
      setAdd(th, i32[sp - 1 - arg]!, i32[sp - 1]!);
      sp--;
      break;
    case Op.SET_UPDATE:
      save(i32, f, pc, sp, sb);
      setUpdate(th, i32[sp - 1 - arg]!, i32[sp - 1]!);
      sp--;
      break;
    case Op.MAP_ADD:
      save(i32, f, pc, sp, sb);
      mapAdd(th, i32[sp - 2 - arg]!, i32[sp - 2]!, i32[sp - 1]!);
      sp -= 2;
      break;
    case Op.DICT_UPDATE:
      save(i32, f, pc, sp, sb);
      dictUpdate(th, i32[sp - 1 - arg]!, i32[sp - 1]!);
      sp--;
      break;
    case Op.DICT_MERGE:
      save(i32, f, pc, sp, sb);
      dictMerge(th, i32[sp - 1 - arg]!, i32[sp - 1]!, i32[sp - 4 - arg]!);
      sp--;
      break;
    case Op.UNPACK_EX: {
      save(i32, f, pc, sp, sb);
      const items = unpackEx(th, i32[sp - 1]!, arg & 0xff, arg >> 8);
      i32 = heap.i32;
      sp--;
      for (let k = items.length - 1; k >= 0; k--) i32[sp++] = items[k]!;
      break;
    }
    case Op.GET_LEN: {
      save(i32, f, pc, sp, sb);
      const n = getLen(th, i32[sp - 1]!);
      heap.i32[sp++] = n;
      break;
    }
    case Op.MATCH_SEQUENCE:
      i32[sp] = isMatchSequence(th, i32[sp - 1]!) ? TRUE : FALSE;
      sp++;
      break;
    case Op.MATCH_MAPPING:
      i32[sp] = isMatchMapping(th, i32[sp - 1]!) ? TRUE : FALSE;
      sp++;
      break;
    case Op.MATCH_KEYS: {
      save(i32, f, pc, sp, sb);
      const values = matchKeys(th, i32[sp - 2]!, i32[sp - 1]!);
      heap.i32[sp++] = values;
      break;
    }
    case Op.MATCH_CLASS: {
      save(i32, f, pc, sp, sb);
      const attrs = matchClass(th, i32[sp - 3]!, i32[sp - 2]!, arg, i32[sp - 1]!);
      sp -= 2;
      heap.i32[sp - 1] = attrs;
      break;
    }
    case Op.FORMAT_SIMPLE: {
      save(i32, f, pc, sp, sb);
      const v = formatValue(th, i32[sp - 1]!, 0);
      heap.i32[sp - 1] = v;
      break;
    }
    case Op.FORMAT_WITH_SPEC: {
      save(i32, f, pc, sp, sb);
      const v = formatValue(th, i32[sp - 2]!, i32[sp - 1]!);
      sp--;
      heap.i32[sp - 1] = v;
      break;
    }
    case Op.CONVERT_VALUE: {
      save(i32, f, pc, sp, sb);
      const v = convertValue(th, i32[sp - 1]!, arg);
      heap.i32[sp - 1] = v;
      break;
    }
    case Op.CALL_FUNCTION_EX: {
      const hasKw = (arg & 1) === 1;
      const at = sp - 3 - (hasKw ? 1 : 0);
      save(i32, f, pc, sp, sb);
      const v = callValue(th, i32[at]!, i32[at + 2]!, hasKw ? i32[at + 3]! : 0);
      sp = at;
      heap.i32[sp++] = v;
      break;
    }
    case Op.MAKE_FUNCTION: {
      save(i32, f, pc, sp, sb);
      const v = makeFunction(th, i32[sp - 1]!, i32[f + F_GLOBALS]!, i32[f + F_BUILTINS]!);
      heap.i32[sp - 1] = v;
      break;
    }
    case Op.SET_FUNCTION_ATTRIBUTE:
      setFunctionAttribute(th, i32[sp - 1]!, arg, i32[sp - 2]!);
      i32[sp - 2] = i32[sp - 1]!;
      sp--;
      break;
    case Op.CHECK_EG_MATCH: {
      save(i32, f, pc, sp, sb);
      const [rest, match] = checkEgMatch(th, i32[sp - 2]!, i32[sp - 1]!);
      heap.i32[sp - 2] = rest;
      heap.i32[sp - 1] = match;
      break;
    }
    case Op.CHECK_EXC_MATCH: {
      save(i32, f, pc, sp, sb);
      const matched = exceptionMatches(th, i32[sp - 2]!, i32[sp - 1]!);
      heap.i32[sp - 1] = matched ? TRUE : FALSE;
      break;
    }
    case Op.RAISE_VARARGS: {
      save(i32, f, pc, sp, sb);
      if (arg === 0) reraiseValue(th);
      const cause = arg === 2 ? i32[sp - 1]! : -1;
      const exc = i32[sp - arg]!;
      raiseObject(th, exc, cause);
      break;
    }
    case Op.CLEANUP_THROW: {
      save(i32, f, pc, sp, sb);
      const v = cleanupThrow(th, i32[sp - 1]!);
      i32 = heap.i32;
      sp -= 3;
      i32[sp++] = NONE;
      i32[sp++] = v;
      break;
    }
    case Op.WITH_EXCEPT_START: {
      save(i32, f, pc, sp, sb);
      const v = withExceptStart(th, i32[sp - 4]!, i32[sp - 1]!);
      heap.i32[sp++] = v;
      break;
    }
    case Op.BEFORE_WITH: {
      save(i32, f, pc, sp, sb);
      beforeWith(th, sp - 1);
      sp++;
      break;
    }
    case Op.GET_YIELD_FROM_ITER: {
      save(i32, f, pc, sp, sb);
      const v = getYieldFromIter(th, i32[sp - 1]!, i32[f + F_CODE]!);
      heap.i32[sp - 1] = v;
      break;
    }
    case Op.GET_AWAITABLE: {
      save(i32, f, pc, sp, sb);
      const v = getAwaitable(th, i32[sp - 1]!, arg);
      heap.i32[sp - 1] = v;
      break;
    }
    case Op.BEFORE_ASYNC_WITH: {
      save(i32, f, pc, sp, sb);
      beforeAsyncWith(th, sp - 1);
      sp++;
      break;
    }
    case Op.GET_AITER: {
      save(i32, f, pc, sp, sb);
      const v = getAIter(th, i32[sp - 1]!);
      heap.i32[sp - 1] = v;
      break;
    }
    case Op.GET_ANEXT: {
      save(i32, f, pc, sp, sb);
      const v = getANext(th, i32[sp - 1]!);
      heap.i32[sp++] = v;
      break;
    }
    case Op.END_ASYNC_FOR: {
      sp -= 2;
      save(i32, f, pc, sp, sb);
      endAsyncFor(th, i32[sp + 1]!);
      break;
    }
    case Op.IMPORT_NAME: {
      save(i32, f, pc, sp, sb);
      const v = importName(th, f, i32[names + arg]!, i32[sp - 1]!, i32[sp - 2]!);
      sp--;
      heap.i32[sp - 1] = v;
      break;
    }
    case Op.IMPORT_FROM: {
      save(i32, f, pc, sp, sb);
      const v = importFrom(th, i32[sp - 1]!, i32[names + arg]!);
      heap.i32[sp++] = v;
      break;
    }
    default:
      save(i32, f, pc, sp, sb);
      raiseException(th, "SystemError", `unknown opcode ${op}`);
  }
  return sp;
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
