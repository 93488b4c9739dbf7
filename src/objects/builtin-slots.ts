// Native slots of the built-in types that src/objects can implement without
// calling Python: numbers (int, bool, float), str and bytes basics, the
// singletons, and lengths of containers. Importing this module registers them.

import { PyError } from "../heap/errors.js";
import type { Heap } from "../heap/heap.js";
import {
  DICT_USED, FALSE, LIST_SIZE, NONE, NOT_IMPLEMENTED, SET_USED, TRUE, TUPLE_LENGTH, TYPE_FLAGS,
  TYPE_ID, TYPE_WORD, TF_FLOAT_SUBCLASS, TF_INT_SUBCLASS,
} from "../heap/layout.js";
import { boolOf } from "./bool.js";
import { bytesData, bytesLength, reprBytes } from "./bytes.js";
import { compareIntWithFloat, floatFloorDivide, floatModulo, floatPower, floatTrueDivide, floatValue, intToFloat, newFloat } from "./float.js";
import { floatRepr } from "./float-repr.js";
import { hashFloat, hashIdentity, hashOut, setHash } from "./hash.js";
import {
  intAdd, intAnd, intCompare, intFloorDivide, intInvert, intIsTrue, intLeftShift, intModulo, intMultiply, intNegate,
  intOr, intPositive, intPower, intPowerModulo, intRightShift, intSubtract, intTrueDivide, intXor, intAbsolute,
} from "./int-arith.js";
import { intToString } from "./int-str.js";
import { nativeHash } from "./keys.js";
import { rangeLength, rangeRepr } from "./range.js";
import { intToIndex } from "./int.js";
import { type CompareOpCode, CompareOp, registerSlots } from "./slots.js";
import { isStrInstance, newStr, strConcat, strHash, strLength, strRepr, strValue } from "./str.js";
import { internString } from "./intern.js";
import { TypeId } from "./type-ids.js";

function isIntLike(heap: Heap, v: number): boolean {
  if ((v & 1) === 1) return true;
  const type = heap.i32[v + TYPE_WORD]!;
  return (type & 1) === 0 && (heap.i32[type + TYPE_FLAGS]! & TF_INT_SUBCLASS) !== 0;
}

function isFloatLike(heap: Heap, v: number): boolean {
  if ((v & 1) === 1) return false;
  const type = heap.i32[v + TYPE_WORD]!;
  return (type & 1) === 0 && (heap.i32[type + TYPE_FLAGS]! & TF_FLOAT_SUBCLASS) !== 0;
}

const bool = boolOf;

function compareResult(order: number, op: CompareOpCode): number {
  if (Number.isNaN(order)) return bool(op === CompareOp.NE);
  switch (op) {
    case CompareOp.LT: return bool(order < 0);
    case CompareOp.LE: return bool(order <= 0);
    case CompareOp.EQ: return bool(order === 0);
    case CompareOp.NE: return bool(order !== 0);
    case CompareOp.GT: return bool(order > 0);
    default: return bool(order >= 0);
  }
}

/** An int-only binary slot: NOT_IMPLEMENTED unless both operands are ints. */
function intBinary(op: (heap: Heap, a: number, b: number) => number) {
  return (heap: Heap, a: number, b: number): number =>
    isIntLike(heap, a) && isIntLike(heap, b) ? op(heap, a, b) : NOT_IMPLEMENTED;
}

/** A float binary slot: both operands floats or ints, at least one a float. */
function floatBinary(op: (x: number, y: number) => number) {
  return (heap: Heap, a: number, b: number): number => {
    const x = asFloat(heap, a);
    const y = asFloat(heap, b);
    if (x === undefined || y === undefined) return NOT_IMPLEMENTED;
    return newFloat(heap, op(x, y));
  };
}

function asFloat(heap: Heap, v: number): number | undefined {
  if (isFloatLike(heap, v)) return floatValue(heap, v);
  if (isIntLike(heap, v)) return intToFloat(heap, v);
  return undefined;
}

registerSlots(TypeId.int, {
  repr: (heap, v) => newStr(heap, intToString(heap, v)),
  hash: (heap, v) => (nativeHash(heap, v), hashOut.lo),
  bool: (heap, v) => intIsTrue(heap, v),
  richcompare: (heap, a, b, op) => {
    if (isIntLike(heap, a) && isIntLike(heap, b)) return compareResult(intCompare(heap, a, b), op);
    return NOT_IMPLEMENTED;
  },
  add: intBinary(intAdd),
  subtract: intBinary(intSubtract),
  multiply: intBinary(intMultiply),
  floorDivide: intBinary(intFloorDivide),
  remainder: intBinary(intModulo),
  trueDivide: intBinary((heap, a, b) => newFloat(heap, intTrueDivide(heap, a, b))),
  power: (heap, a, b, c) => {
    if (!isIntLike(heap, a) || !isIntLike(heap, b)) return NOT_IMPLEMENTED;
    if (c === NONE) return intPower(heap, a, b);
    if (!isIntLike(heap, c)) throw new PyError("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
    return intPowerModulo(heap, a, b, c);
  },
  lshift: intBinary(intLeftShift),
  rshift: intBinary(intRightShift),
  and: intBinary(intAnd),
  or: intBinary(intOr),
  xor: intBinary(intXor),
  negative: intNegate,
  positive: intPositive,
  absolute: intAbsolute,
  invert: intInvert,
  int: intPositive,
  index: intPositive,
  float: (heap, v) => newFloat(heap, intToFloat(heap, v)),
});

/** bool & | ^ bool stay bools; with other ints they are int operations. */
function boolBinary(op: (x: boolean, y: boolean) => boolean, intOp: (heap: Heap, a: number, b: number) => number) {
  return (heap: Heap, a: number, b: number): number => {
    if ((a === TRUE || a === FALSE) && (b === TRUE || b === FALSE)) return bool(op(a === TRUE, b === TRUE));
    return intBinary(intOp)(heap, a, b);
  };
}

registerSlots(TypeId.bool, {
  repr: (heap, v) => internString(heap, v === TRUE ? "True" : "False"),
  and: boolBinary((x, y) => x && y, intAnd),
  or: boolBinary((x, y) => x || y, intOr),
  xor: boolBinary((x, y) => x !== y, intXor),
});

registerSlots(TypeId.float, {
  repr: (heap, v) => newStr(heap, floatRepr(floatValue(heap, v))),
  hash: (heap, v) => {
    const x = floatValue(heap, v);
    return Number.isNaN(x) ? hashIdentity(v) : hashFloat(x);
  },
  bool: (heap, v) => floatValue(heap, v) !== 0,
  richcompare: (heap, a, b, op) => {
    if (isFloatLike(heap, a) && isFloatLike(heap, b)) {
      const x = floatValue(heap, a);
      const y = floatValue(heap, b);
      return compareResult(Number.isNaN(x) || Number.isNaN(y) ? NaN : x < y ? -1 : x > y ? 1 : 0, op);
    }
    if (isFloatLike(heap, a) && isIntLike(heap, b)) return compareResult(-compareIntWithFloat(heap, b, floatValue(heap, a)), op);
    if (isIntLike(heap, a) && isFloatLike(heap, b)) return compareResult(compareIntWithFloat(heap, a, floatValue(heap, b)), op);
    return NOT_IMPLEMENTED;
  },
  add: floatBinary((x, y) => x + y),
  subtract: floatBinary((x, y) => x - y),
  multiply: floatBinary((x, y) => x * y),
  trueDivide: floatBinary(floatTrueDivide),
  floorDivide: floatBinary(floatFloorDivide),
  remainder: floatBinary(floatModulo),
  power: (heap, a, b, c) => {
    if (c !== NONE) throw new PyError("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
    return floatBinary(floatPower)(heap, a, b);
  },
  negative: (heap, v) => newFloat(heap, -floatValue(heap, v)),
  positive: (heap, v) => newFloat(heap, floatValue(heap, v)),
  absolute: (heap, v) => newFloat(heap, Math.abs(floatValue(heap, v))),
  float: (heap, v) => newFloat(heap, floatValue(heap, v)),
});

registerSlots(TypeId.str, {
  repr: (heap, v) => newStr(heap, strRepr(heap, v)),
  str: (heap, v) => (heap.i32[heap.i32[v + TYPE_WORD]! + TYPE_ID] === TypeId.str ? v : newStr(heap, strValue(heap, v))),
  hash: (heap, v) => setHash(strHash(heap, v), strHash(heap, v) >> 31),
  len: strLength,
  bool: (heap, v) => strLength(heap, v) !== 0,
  add: (heap, a, b) => (isStrInstance(heap, a) && isStrInstance(heap, b) ? strConcat(heap, a, b) : NOT_IMPLEMENTED),
});

registerSlots(TypeId.bytes, {
  repr: (heap, v) => newStr(heap, reprBytes(bytesData(heap, v))),
  len: bytesLength,
  bool: (heap, v) => bytesLength(heap, v) !== 0,
});

registerSlots(TypeId.NoneType, {
  repr: (heap) => internString(heap, "None"),
  bool: () => false,
  hash: (heap, v) => (nativeHash(heap, v), hashOut.lo),
});
registerSlots(TypeId.ellipsis, { repr: (heap) => internString(heap, "Ellipsis") });
registerSlots(TypeId.NotImplementedType, { repr: (heap) => internString(heap, "NotImplemented") });
registerSlots(TypeId.range, {
  repr: (heap, v) => newStr(heap, rangeRepr(heap, v)),
  len: (heap, v) => intToIndex(heap, rangeLength(heap, v)),
});
registerSlots(TypeId.tuple, { len: (heap, v) => heap.i32[v + TUPLE_LENGTH]! });
registerSlots(TypeId.list, { len: (heap, v) => heap.i32[v + LIST_SIZE]! });
registerSlots(TypeId.dict, { len: (heap, v) => heap.i32[v + DICT_USED]! });
registerSlots(TypeId.set, { len: (heap, v) => heap.i32[v + SET_USED]! });
registerSlots(TypeId.frozenset, { len: (heap, v) => heap.i32[v + SET_USED]! });
