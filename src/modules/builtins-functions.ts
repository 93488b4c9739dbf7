// The functions of the builtins module: print, len, repr, isinstance, min,
// max, sum, sorted, getattr, ...

import { byteArrayLength } from "../objects/bytes.js";
import { FALSE, NONE, NOT_IMPLEMENTED, TRUE, TUPLE_ITEMS, LIST_SIZE, STR_LENGTH, TUPLE_LENGTH, BYTES_LENGTH, DICT_USED, SET_USED, RANGE_LENGTH, FUNC_GLOBALS } from "../heap/layout.js";
import { PyError } from "../heap/errors.js";
import { TypeId } from "../objects/type-ids.js";
import { bytesLikeData } from "../vm/bytes-like.js";
import { hashToBigInt, hashOut } from "../objects/hash.js";
import { intToBaseString } from "../objects/int-str.js";
import type { Thread } from "../vm/thread.js";
import type { Keywords } from "../vm/calls.js";
import { callObject } from "../vm/calls.js";
import {
  builtinType, internStr, isExceptionType, isStr, isSubtype, isTuple, isType, isUserClass, jsString, newString,
  newTuple, tupleItems, typeIdOfValue, typeName, typeNameOf, typeOfValue, isBuiltin, isFunction, isMethod,
} from "../vm/model.js";
import { raiseException, PyRaise } from "../vm/exceptions.js";
import { reprOf, strOf } from "../vm/repr.js";
import { asciiOf } from "../vm/ascii.js";
import { getIter, iterNext, iterateToArray } from "../vm/iteration.js";
import { isTrue, lessThan, binaryOp, compareOp } from "../vm/operators.js";
import { keyLess, stableSort } from "../vm/sort.js";
import {
  getAttr, getAttrWithDefault, lookupType, lookupSpecial, setAttr, delAttr, getAttrOrZero, hasUserGetAttribute,
} from "../vm/attributes.js";
import { hashValue } from "../vm/dicts.js";
import { formatToString } from "../vm/formatting.js";
import { newList, listSetAll, listAppend } from "../vm/lists.js";
import { listItemsArray } from "../vm/containers.js";
import { bigOf, floatOf, fromNumber, isIntLike, newFloat, newIntFromBig } from "../vm/int-values.js";
import { numberBinary, floatDivmod } from "../vm/numbers.js";
import { NB } from "../vm/opcodes.js";
import { writeText } from "../runtime/output.js";
import { fastLocals } from "../vm/fast-locals.js";
import { complexParts } from "../vm/complex.js";
import { arity, keywordMap, noKeywords, indexArgument, indexBigInt } from "./args.js";
import { moduleFunction } from "./registry.js";
import { fileDescriptorOf, writeReleasingGil } from "./streams.js";
import { roundNumber } from "./rounding.js";
import { getRoot, ROOT_SYS_MODULE } from "../vm/vm-roots.js";

const B = "builtins";

moduleFunction(B, "print", (th, args, kw) => {
  const options = keywordMap(th, "print", kw, ["sep", "end", "file", "flush"]);
  const sepValue = options.get("sep") ?? NONE;
  const endValue = options.get("end") ?? NONE;
  if (sepValue !== NONE && !isStr(th, sepValue)) raiseException(th, "TypeError", `sep must be None or a string, not ${typeNameOf(th, sepValue)}`);
  if (endValue !== NONE && !isStr(th, endValue)) raiseException(th, "TypeError", `end must be None or a string, not ${typeNameOf(th, endValue)}`);
  const sep = sepValue === NONE ? " " : jsString(th, sepValue);
  const end = endValue === NONE ? "\n" : jsString(th, endValue);
  const file = printTarget(th, options.get("file") ?? NONE);
  if (file === NONE) return NONE;
  const fd = fileDescriptorOf(th, file);
  if (fd >= 0) {
    writeReleasingGil(th, fd, args.map((a) => strOf(th, a)).join(sep) + end);
    return NONE;
  }
  // Another object sees one write() per piece, as CPython's print does.
  const write = getAttr(th, file, internStr(th, "write"));
  th.pushRoot(write);
  try {
    args.forEach((a, i) => {
      if (i > 0) callObject(th, write, [newString(th, sep)]);
      callObject(th, write, [newString(th, strOf(th, a))]);
    });
    callObject(th, write, [newString(th, end)]);
  } finally {
    th.popRoots(1);
  }
  return NONE;
});

/**
 * The object print() writes to: `file`, or sys.stdout as it is now when
 * `file` is None (a program or contextlib.redirect_stdout may have replaced
 * it). None when sys.stdout is None or missing: CPython then prints nothing.
 */
function printTarget(th: Thread, file: number): number {
  if (file !== NONE) return file;
  const stdout = getAttrOrZero(th, getRoot(th, ROOT_SYS_MODULE), internStr(th, "stdout"));
  return stdout === 0 ? NONE : stdout;
}

/** len(v) as a JavaScript number. */
export function lengthOf(th: Thread, v: number): number {
  const type = typeOfValue(th, v);
  if ((v & 1) === 0 && isUserClass(th, type)) {
    const method = lookupType(th, type, internStr(th, "__len__"));
    if (method !== 0 && !isBuiltin(th, method)) {
      const r = callObject(th, method, [v]);
      if (!isIntLike(th, r)) raiseException(th, "TypeError", `'${typeNameOf(th, r)}' object cannot be interpreted as an integer`);
      const n = Number(bigOf(th, r));
      if (n < 0) raiseException(th, "ValueError", "__len__() should return >= 0");
      return n;
    }
  }
  return lengthBuiltin(th, v);
}

/** len(v) for the built-in part of `v`. */
export function lengthBuiltin(th: Thread, v: number): number {
  const type = typeOfValue(th, v);
  const i32 = th.heap.i32;
  switch (typeIdOfValue(th, v)) {
    case TypeId.str: return i32[v + STR_LENGTH]!;
    case TypeId.list: return i32[v + LIST_SIZE]!;
    case TypeId.tuple: return i32[v + TUPLE_LENGTH]!;
    case TypeId.bytes: return i32[v + BYTES_LENGTH]!;
    case TypeId.bytearray: return byteArrayLength(th.heap, v);
    case TypeId.dict: return i32[v + DICT_USED]!;
    case TypeId.set:
    case TypeId.frozenset: return i32[v + SET_USED]!;
    case TypeId.range: return Number(bigOf(th, i32[v + RANGE_LENGTH]!));
    case TypeId.mappingproxy: return lengthOf(th, i32[v + PAIR_FIRST]!);
    case TypeId.dict_keys:
    case TypeId.dict_values:
    case TypeId.dict_items: return i32[i32[v + 2]! + DICT_USED]!;
    default:
      return raiseException(th, "TypeError", `object of type '${typeName(th, type)}' has no len()`);
  }
}

moduleFunction(B, "len", (th, args, kw) => {
  noKeywords(th, "len", kw);
  arity(th, "len", args, 1, 1);
  return fromNumber(th, lengthOf(th, args[0]!));
});

moduleFunction(B, "repr", (th, args) => {
  arity(th, "repr", args, 1, 1);
  return newString(th, reprOf(th, args[0]!));
});

moduleFunction(B, "ascii", (th, args) => {
  arity(th, "ascii", args, 1, 1);
  return newString(th, asciiOf(reprOf(th, args[0]!)));
});

/** isinstance(v, cls) for a class or a tuple of classes (nested). */
/** The members of a types.UnionType (`int | str`), which isinstance() takes like a tuple; 0 for anything else. */
function unionMembers(th: Thread, cls: number): number {
  if ((cls & 1) !== 0 || isType(th, cls)) return 0;
  const type = typeOfValue(th, cls);
  if (!isUserClass(th, type) || typeName(th, type) !== "UnionType") return 0;
  const members = getAttrOrZero(th, cls, internStr(th, "__args__"));
  return members !== 0 && isTuple(th, members) ? members : 0;
}

/**
 * The __instancecheck__ or __subclasscheck__ of cls's metaclass, bound to
 * cls, or 0. `type` itself defines neither: its check is the MRO walk.
 */
function checkHook(th: Thread, cls: number, name: string): number {
  if ((cls & 1) !== 0 || typeOfValue(th, cls) === builtinType(th, "type")) return 0;
  return lookupSpecial(th, cls, name);
}

export function isInstance(th: Thread, v: number, cls: number, fname = "isinstance"): boolean {
  if (typeOfValue(th, v) === cls) return true;
  if (isTuple(th, cls)) return tupleItems(th, cls).some((c) => isInstance(th, v, c, fname));
  const union = unionMembers(th, cls);
  if (union !== 0) return isInstance(th, v, union, fname);
  const hook = checkHook(th, cls, "__instancecheck__");
  if (hook !== 0) return isTrue(th, callObject(th, hook, [v]));
  if (!isType(th, cls)) {
    raiseException(th, "TypeError", `${fname}() arg 2 must be a type, a tuple of types, or a union`);
  }
  return isSubtype(th, typeOfValue(th, v), cls) || claimedClassIs(th, v, cls);
}

/**
 * CPython's isinstance also believes `v.__class__` when it differs from
 * type(v): a proxy (weakref.proxy, a mock) claims its target's class. Only a
 * class with its own __getattribute__ or __class__ can make them differ.
 */
function claimedClassIs(th: Thread, v: number, cls: number): boolean {
  const type = typeOfValue(th, v);
  if (!isUserClass(th, type)) return false;
  if (!hasUserGetAttribute(th, type) && lookupType(th, type, internStr(th, "__class__")) === 0) return false;
  const claimed = getAttrOrZero(th, v, internStr(th, "__class__"));
  return claimed !== 0 && claimed !== type && isType(th, claimed) && isSubtype(th, claimed, cls);
}

moduleFunction(B, "isinstance", (th, args) => {
  arity(th, "isinstance", args, 2, 2);
  return isInstance(th, args[0]!, args[1]!) ? TRUE : FALSE;
});

function isSubclass(th: Thread, c: number, cls: number): boolean {
  if (isTuple(th, cls)) return tupleItems(th, cls).some((x) => isSubclass(th, c, x));
  const union = unionMembers(th, cls);
  if (union !== 0) return isSubclass(th, c, union);
  const hook = checkHook(th, cls, "__subclasscheck__");
  if (hook !== 0) return isTrue(th, callObject(th, hook, [c]));
  if (!isType(th, cls)) raiseException(th, "TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return isSubtype(th, c, cls);
}

moduleFunction(B, "issubclass", (th, args) => {
  arity(th, "issubclass", args, 2, 2);
  if (!isType(th, args[0]!) && checkHook(th, args[1]!, "__subclasscheck__") === 0) {
    raiseException(th, "TypeError", "issubclass() arg 1 must be a class");
  }
  return isSubclass(th, args[0]!, args[1]!) ? TRUE : FALSE;
});

// exit() and quit(), which CPython's site module adds: they leave the program,
// at the prompt as in a script.
for (const name of ["exit", "quit"]) {
  moduleFunction(B, name, (th, args) => {
    arity(th, name, args, 0, 1);
    throw new PyError("SystemExit", "", args.length === 0 ? NONE : args[0]!);
  });
}

/** callable(v). */
export function isCallable(th: Thread, v: number): boolean {
  if (v & 1) return false;
  if (isType(th, v) || isFunction(th, v) || isMethod(th, v) || isBuiltin(th, v) || isStaticMethod(th, v)) return true;
  return lookupType(th, typeOfValue(th, v), internStr(th, "__call__")) !== 0;
}

moduleFunction(B, "callable", (th, args) => {
  arity(th, "callable", args, 1, 1);
  return isCallable(th, args[0]!) ? TRUE : FALSE;
});

moduleFunction(B, "abs", (th, args) => {
  arity(th, "abs", args, 1, 1);
  const v = args[0]!;
  const id = typeIdOfValue(th, v);
  if ((v & 1) === 0 && isUserClass(th, typeOfValue(th, v))) {
    const method = lookupType(th, typeOfValue(th, v), internStr(th, "__abs__"));
    if (method !== 0) return callObject(th, method, [v]);
  }
  if (id === TypeId.int || id === TypeId.bool) {
    const n = bigOf(th, v);
    return newIntFromBig(th, n < 0n ? -n : n);
  }
  if (id === TypeId.float) return newFloat(th, Math.abs(floatOf(th, v)));
  if (id === TypeId.complex) {
    const [re, im] = complexParts(th, v)!;
    return newFloat(th, Math.hypot(re, im));
  }
  return raiseException(th, "TypeError", `bad operand type for abs(): '${typeNameOf(th, v)}'`);
});

function minMax(th: Thread, args: number[], kw: Keywords | null, name: "min" | "max"): number {
  const options = keywordMap(th, name, kw, ["key", "default"]);
  const key = options.get("key") ?? NONE;
  if (args.length === 0) raiseException(th, "TypeError", `${name} expected at least 1 argument, got 0`);
  let items: number[];
  if (args.length === 1) {
    items = iterateToArray(th, args[0]!);
  } else {
    if (options.has("default")) {
      raiseException(th, "TypeError", `Cannot specify a default for ${name}() with multiple positional arguments`);
    }
    items = args;
  }
  if (items.length === 0) {
    if (options.has("default")) return options.get("default")!;
    raiseException(th, "ValueError", `${name}() iterable argument is empty`);
  }
  const holder = newList(th, items);
  th.pushRoot(holder);
  try {
    let best = items[0]!;
    let bestKey = key === NONE ? best : callObject(th, key, [best]);
    th.pushRoot(bestKey);
    for (let k = 1; k < items.length; k++) {
      const item = items[k]!;
      const itemKey = key === NONE ? item : callObject(th, key, [item]);
      th.pushRoot(itemKey);
      // CPython asks `item < best` for min and `item > best` for max.
      const better = name === "min" ? lessThan(th, itemKey, bestKey) : isTrue(th, compareOp(th, 4, itemKey, bestKey));
      th.popRoots(1);
      if (better) {
        best = item;
        bestKey = itemKey;
        th.popRoots(1);
        th.pushRoot(bestKey);
      }
    }
    th.popRoots(1);
    return best;
  } finally {
    th.popRoots(1);
  }
}

moduleFunction(B, "min", (th, args, kw) => minMax(th, args, kw, "min"));
moduleFunction(B, "max", (th, args, kw) => minMax(th, args, kw, "max"));

moduleFunction(B, "sum", (th, args, kw) => {
  const options = keywordMap(th, "sum", kw, ["start"]);
  if (args.length === 0) raiseException(th, "TypeError", "sum() takes at least 1 positional argument (0 given)");
  arity(th, "sum", args, 1, 2);
  let total = args[1] ?? options.get("start") ?? 1;
  if (isStr(th, total)) raiseException(th, "TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
  const items = iterateToArray(th, args[0]!);
  const holder = newList(th, items);
  th.pushRoot(holder);
  try {
    let k = 0;
    while (k < items.length) {
      if (typeIdOfValue(th, total) === TypeId.float) {
        // CPython 3.12+ adds floats with Neumaier's compensated summation.
        let sum = floatOf(th, total);
        let compensation = 0;
        while (k < items.length) {
          const item = items[k]!;
          const id = typeIdOfValue(th, item);
          if (id !== TypeId.float && !((item & 1) === 1)) break;
          const x = floatOf(th, item);
          const t = sum + x;
          compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
          sum = t;
          k++;
        }
        total = newFloat(th, compensation !== 0 && Number.isFinite(compensation) ? sum + compensation : sum);
        continue;
      }
      const item = items[k++]!;
      th.pushRoot(total);
      total = (total & item & 1) === 1 && Math.abs((total >> 1) + (item >> 1)) < 2 ** 30
        ? (((total >> 1) + (item >> 1)) << 1) | 1 : binaryOp(th, NB.ADD, total, item);
      th.popRoots(1);
    }
    return total;
  } finally {
    th.popRoots(1);
  }
});

/** Sorts `items` in place as list.sort does (stable; key and reverse). */
export function sortValues(th: Thread, items: number[], key: number, reverse: boolean): number[] {
  // Each key is kept in a heap list as soon as it is made: the key function
  // may run the collector before the last one is computed.
  const keyHolder = newList(th, key === NONE ? items : []);
  th.pushRoot(keyHolder);
  try {
    const keys = key === NONE ? items.slice() : [];
    if (key !== NONE) {
      for (const x of items) {
        const k = callObject(th, key, [x]);
        keys.push(k);
        listAppend(th, keyHolder, k);
      }
    }
    const order = items.map((_, k) => k);
    if (reverse) order.reverse();
    // Small ints (odd words) are ordered as their words are: no call per comparison.
    if (keys.every((k) => (k & 1) === 1)) order.sort((a, b) => keys[a]! - keys[b]!);
    else stableSort(order, keyLess(th, keys));
    if (reverse) order.reverse();
    return order.map((k) => items[k]!);
  } finally {
    th.popRoots(1);
  }
}

moduleFunction(B, "sorted", (th, args, kw) => {
  const options = keywordMap(th, "sorted", kw, ["key", "reverse"]);
  if (args.length !== 1) raiseException(th, "TypeError", `sorted expected 1 argument, got ${args.length}`);
  const list = newList(th, iterateToArray(th, args[0]!));
  th.pushRoot(list);
  try {
    const sorted = sortValues(th, listItemsArray(th, list), options.get("key") ?? NONE, isTrue(th, options.get("reverse") ?? FALSE));
    listSetAll(th, list, sorted);
    return list;
  } finally {
    th.popRoots(1);
  }
});

moduleFunction(B, "iter", (th, args) => {
  arity(th, "iter", args, 1, 2);
  if (args.length === 2) {
    if (!isCallable(th, args[0]!)) raiseException(th, "TypeError", "iter(v, w): v must be callable");
    return makePair(th, TypeId.callable_iterator, args[0]!, args[1]!);
  }
  return getIter(th, args[0]!);
});

import { allocate } from "../heap/alloc.js";
import { PAIR_FIRST, PAIR_SECOND, PAIR_WORDS } from "../heap/layout.js";
import { typeById, isStaticMethod } from "../vm/model.js";

export function makePair(th: Thread, typeId: number, first: number, second: number): number {
  const p = allocate(th.heap, PAIR_WORDS, typeById(th, typeId));
  th.heap.i32[p + PAIR_FIRST] = first;
  th.heap.i32[p + PAIR_SECOND] = second;
  return p;
}

moduleFunction(B, "next", (th, args) => {
  arity(th, "next", args, 1, 2);
  const it = args[0]!;
  if (!isIteratorValue(th, it)) raiseException(th, "TypeError", `'${typeNameOf(th, it)}' object is not an iterator`);
  if (typeIdOfValue(th, it) === TypeId.generator) {
    // A generator's return value travels in the StopIteration next() raises.
    const [how, value] = resume(th, it, NONE);
    if (how === SendResult.Yielded) return value;
    if (args.length === 2) return args[1]!;
    throw new PyError("StopIteration", "", value === NONE ? 0 : value);
  }
  const next = valueCarryingNext(th, it);
  if (next !== 0) {
    // Its StopIteration, value and all, is next()'s.
    try {
      return callObject(th, next, [it]);
    } catch (err) {
      if (args.length === 2 && isStopIteration(th, err)) return args[1]!;
      throw err;
    }
  }
  const v = iterNext(th, it);
  if (v !== 0) return v;
  if (args.length === 2) return args[1]!;
  throw new PyError("StopIteration", "");
});

import { isIterator as isIteratorValue, isStopIteration, valueCarryingNext } from "../vm/iteration.js";
import { resume, SendResult } from "../vm/generators.js";

moduleFunction(B, "hash", (th, args) => {
  arity(th, "hash", args, 1, 1);
  const lo = hashValue(th, args[0]!);
  return newIntFromBig(th, hashToBigInt(lo, hashOut.hi));
});

moduleFunction(B, "id", (th, args) => {
  arity(th, "id", args, 1, 1);
  const v = args[0]!;
  return fromNumber(th, (v & 1) ? 0x7e0000000000 + (v >> 1) * 32 : 0x7f0000000000 + v * 4);
});

moduleFunction(B, "getattr", (th, args) => {
  arity(th, "getattr", args, 2, 3);
  const name = args[1]!;
  if (!isStr(th, name)) raiseException(th, "TypeError", `attribute name must be string, not '${typeNameOf(th, name)}'`);
  if (args.length === 3) return getAttrWithDefault(th, args[0]!, name, args[2]!);
  return getAttr(th, args[0]!, name);
});

moduleFunction(B, "setattr", (th, args) => {
  arity(th, "setattr", args, 3, 3);
  if (!isStr(th, args[1]!)) raiseException(th, "TypeError", `attribute name must be string, not '${typeNameOf(th, args[1]!)}'`);
  setAttr(th, args[0]!, args[1]!, args[2]!);
  return NONE;
});

moduleFunction(B, "delattr", (th, args) => {
  arity(th, "delattr", args, 2, 2);
  delAttr(th, args[0]!, args[1]!);
  return NONE;
});

moduleFunction(B, "hasattr", (th, args) => {
  arity(th, "hasattr", args, 2, 2);
  if (!isStr(th, args[1]!)) raiseException(th, "TypeError", `attribute name must be string, not '${typeNameOf(th, args[1]!)}'`);
  const missing = 0;
  try {
    return getAttrOrZero(th, args[0]!, args[1]!) === missing ? FALSE : TRUE;
  } catch (err) {
    if (err instanceof PyRaise && isSubtype(th, typeOfValue(th, err.exc), builtinType(th, "AttributeError"))) return FALSE;
    if (err instanceof PyError && err.typeName === "AttributeError") return FALSE;
    throw err;
  }
});

moduleFunction(B, "chr", (th, args) => {
  arity(th, "chr", args, 1, 1);
  const n = indexArgument(th, args[0]!);
  if (n < 0 || n > 0x10ffff) raiseException(th, "ValueError", "chr() arg not in range(0x110000)");
  return newString(th, String.fromCodePoint(n));
});

moduleFunction(B, "ord", (th, args) => {
  arity(th, "ord", args, 1, 1);
  const v = args[0]!;
  const id = typeIdOfValue(th, v);
  if (id === TypeId.bytes || id === TypeId.bytearray) {
    // ord(b"a"): the one byte's value.
    const data = bytesLikeData(th, v)!;
    if (data.length !== 1) raiseException(th, "TypeError", `ord() expected a character, but string of length ${data.length} found`);
    return fromNumber(th, data[0]!);
  }
  if (!isStr(th, v)) raiseException(th, "TypeError", `ord() expected string of length 1, but ${typeNameOf(th, v)} found`);
  const chars = Array.from(jsString(th, v));
  if (chars.length !== 1) raiseException(th, "TypeError", `ord() expected a character, but string of length ${chars.length} found`);
  return fromNumber(th, chars[0]!.codePointAt(0)!);
});

function baseString(th: Thread, v: number, base: 2 | 8 | 16): number {
  return newString(th, intToBaseString(th.heap, (v & 1) ? v : newIntFromBig(th, indexBigInt(th, v)), base));
}

moduleFunction(B, "hex", (th, args) => (arity(th, "hex", args, 1, 1), baseString(th, args[0]!, 16)));
moduleFunction(B, "oct", (th, args) => (arity(th, "oct", args, 1, 1), baseString(th, args[0]!, 8)));
moduleFunction(B, "bin", (th, args) => (arity(th, "bin", args, 1, 1), baseString(th, args[0]!, 2)));

moduleFunction(B, "round", (th, args, kw) => {
  const options = keywordMap(th, "round", kw, ["number", "ndigits"]);
  const number = args[0] ?? options.get("number");
  if (number === undefined) raiseException(th, "TypeError", "round() missing required argument 'number' (pos 1)");
  if (args.length > 2) raiseException(th, "TypeError", `round() takes at most 2 arguments (${args.length} given)`);
  const digits = args[1] ?? options.get("ndigits") ?? NONE;
  return roundNumber(th, number, digits);
});

const NUMERIC = [TypeId.int, TypeId.bool, TypeId.float] as number[];

/** divmod() of two ints or floats (subclasses included), or 0 for any other operands. */
export function nativeDivmod(th: Thread, a: number, b: number): number {
  const ida = typeIdOfValue(th, a);
  const idb = typeIdOfValue(th, b);
  if (!NUMERIC.includes(ida) || !NUMERIC.includes(idb)) return 0;
  if (ida === TypeId.float || idb === TypeId.float) {
    const y = floatOf(th, b);
    if (y === 0) raiseException(th, "ZeroDivisionError", "float divmod()");
    const [q, r] = floatDivmod(floatOf(th, a), y);
    const qv = newFloat(th, q);
    th.pushRoot(qv);
    const rv = newFloat(th, r);
    th.popRoots(1);
    return newTuple(th, [qv, rv]);
  }
  const q = binaryOp(th, NB.FLOOR_DIVIDE, a, b);
  th.pushRoot(q);
  try {
    return newTuple(th, [q, binaryOp(th, NB.REMAINDER, a, b)]);
  } finally {
    th.popRoots(1);
  }
}

/** `self.<name>(other)` when `self`'s type defines it, else NotImplemented. */
function divmodDunder(th: Thread, self: number, name: string, other: number): number {
  const method = lookupType(th, typeOfValue(th, self), internStr(th, name));
  if (method === 0 || method === NONE) return NOT_IMPLEMENTED;
  return callObject(th, method, [self, other]);
}

/** divmod(a, b) through __divmod__ and __rdivmod__, with the right operand first when its type is a subclass of the left's. */
function dunderDivmod(th: Thread, a: number, b: number): number {
  const ta = typeOfValue(th, a);
  const tb = typeOfValue(th, b);
  const rightFirst = ta !== tb && isSubtype(th, tb, ta);
  if (rightFirst) {
    const r = divmodDunder(th, b, "__rdivmod__", a);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  let r = divmodDunder(th, a, "__divmod__", b);
  if (r !== NOT_IMPLEMENTED) return r;
  if (!rightFirst && ta !== tb) {
    r = divmodDunder(th, b, "__rdivmod__", a);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  return 0;
}

moduleFunction(B, "divmod", (th, args) => {
  arity(th, "divmod", args, 2, 2);
  const [a, b] = [args[0]!, args[1]!];
  const userClass = ((a & 1) === 0 && isUserClass(th, typeOfValue(th, a))) || ((b & 1) === 0 && isUserClass(th, typeOfValue(th, b)));
  const r = userClass ? dunderDivmod(th, a, b) : nativeDivmod(th, a, b);
  if (r !== 0) return r;
  return raiseException(th, "TypeError", `unsupported operand type(s) for divmod(): '${typeNameOf(th, a)}' and '${typeNameOf(th, b)}'`);
});

moduleFunction(B, "pow", (th, args, kw) => {
  const options = keywordMap(th, "pow", kw, ["base", "exp", "mod"]);
  const base = args[0] ?? options.get("base")!;
  const exp = args[1] ?? options.get("exp")!;
  const mod = args[2] ?? options.get("mod") ?? NONE;
  if (mod === NONE) return binaryOp(th, NB.POWER, base, exp);
  if ((base & 1) === 0 && isUserClass(th, typeOfValue(th, base))) return userPowMod(th, base, exp, mod);
  return powMod(th, base, exp, mod);
});

/**
 * pow(base, exp, mod) for an instance of a Python class: its __pow__ with
 * the modulus, as CPython's ternary power (which never tries __rpow__).
 */
function userPowMod(th: Thread, base: number, exp: number, mod: number): number {
  const method = lookupType(th, typeOfValue(th, base), internStr(th, "__pow__"));
  if (method !== 0 && method !== NONE) {
    const r = callObject(th, method, [base, exp, mod]);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  const names = [base, exp, mod].map((v) => `'${typeNameOf(th, v)}'`).join(", ");
  return raiseException(th, "TypeError", `unsupported operand type(s) for ** or pow(): ${names}`);
}

/** pow(base, exp, mod): modular exponentiation, for ints only. */
export function powMod(th: Thread, base: number, exp: number, mod: number): number {
  if (!isIntLike(th, base) || !isIntLike(th, exp) || !isIntLike(th, mod)) {
    raiseException(th, "TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
  }
  let b = bigOf(th, base);
  let e = bigOf(th, exp);
  const m = bigOf(th, mod);
  if (m === 0n) raiseException(th, "ValueError", "pow() 3rd argument cannot be 0");
  if (e < 0n) {
    b = modInverse(th, b, m);
    e = -e;
  }
  const modulus = m < 0n ? -m : m;
  let result = 1n;
  let x = ((b % modulus) + modulus) % modulus;
  while (e > 0n) {
    if (e & 1n) result = (result * x) % modulus;
    x = (x * x) % modulus;
    e >>= 1n;
  }
  if (modulus === 1n) result = 0n;
  return newIntFromBig(th, m < 0n && result !== 0n ? result - modulus : result);
}

function modInverse(th: Thread, a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m < 0n ? -m : m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) raiseException(th, "ValueError", "base is not invertible for the given modulus");
  return oldS;
}

moduleFunction(B, "any", (th, args) => {
  arity(th, "any", args, 1, 1);
  const it = getIter(th, args[0]!);
  th.pushRoot(it);
  try {
    for (let v = iterNext(th, it); v !== 0; v = iterNext(th, it)) if (isTrue(th, v)) return TRUE;
    return FALSE;
  } finally {
    th.popRoots(1);
  }
});

moduleFunction(B, "all", (th, args) => {
  arity(th, "all", args, 1, 1);
  const it = getIter(th, args[0]!);
  th.pushRoot(it);
  try {
    for (let v = iterNext(th, it); v !== 0; v = iterNext(th, it)) if (!isTrue(th, v)) return FALSE;
    return TRUE;
  } finally {
    th.popRoots(1);
  }
});

moduleFunction(B, "format", (th, args) => {
  arity(th, "format", args, 1, 2);
  const spec = args.length === 2 ? args[1]! : 0;
  if (spec !== 0 && !isStr(th, spec)) raiseException(th, "TypeError", `format() argument 2 must be str, not ${typeNameOf(th, spec)}`);
  return newString(th, formatToString(th, args[0]!, spec === 0 ? "" : jsString(th, spec)));
});

moduleFunction(B, "globals", (th) => {
  const f = th.topFrame;
  return th.heap.i32[f + 2]!;
});

moduleFunction(B, "vars", (th, args) => {
  if (args.length === 0) return th.heap.i32[th.topFrame + 4]! || th.heap.i32[th.topFrame + 2]!;
  const v = getAttrOrZero(th, args[0]!, internStr(th, "__dict__"));
  if (v === 0) raiseException(th, "TypeError", "vars() argument must have __dict__ attribute");
  return v;
});

moduleFunction(B, "locals", (th) => {
  const f = th.topFrame;
  const locals = th.heap.i32[f + 4]!;
  return locals !== 0 ? locals : fastLocals(th, f);
});

