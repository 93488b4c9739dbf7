// Calling the built-in types: int(), str(), list(), dict(), range(), ...
// (registered by TypeId with registerConstructor), and the class machinery:
// __build_class__, type(name, bases, dict), super, property, staticmethod,
// classmethod.

import { allocate } from "../heap/alloc.js";
import {
  CELL_CONTENTS, FALSE, FUNC_BUILTINS, FUNC_CLOSURE, FUNC_CODE, FUNC_GLOBALS, NONE, PAIR_FIRST, PAIR_SECOND,
  PROPERTY_DOC, PROPERTY_FDEL, PROPERTY_FGET, PROPERTY_FSET, PROPERTY_WORDS, SEQITER_INDEX, SEQITER_SEQ,
  SEQITER_WORDS, SUPER_OBJ, SUPER_OBJTYPE, SUPER_TYPE, SUPER_WORDS, TRUE, TYPE_DICT, LIST_SIZE, CODE_LOCALSPLUSNAMES,
  CODE_LOCALSPLUSKINDS, BYTES_DATA, TUPLE_ITEMS,
} from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { intFromString } from "../objects/int-str.js";
import { floatFromString } from "../objects/float-repr.js";
import { newHeapType } from "../objects/heap-type.js";
import { addMembers, readSlots } from "../vm/class-slots.js";
import { registerSubclass } from "../vm/subclasses.js";
import { applyCollectionFlags } from "../vm/collection-flags.js";
import { newDict as heapNewDict } from "../objects/dict.js";
import { newTuple as heapNewTuple } from "../objects/tuple.js";
import type { Thread } from "../vm/thread.js";
import type { Keywords } from "../vm/calls.js";
import { callObject } from "../vm/calls.js";
import { registerConstructor, type Constructor } from "../vm/call-native.js";
import { newIntObject } from "../objects/int.js";
import { newFloat as heapNewFloat } from "../objects/float.js";
import { newStr } from "../objects/str.js";
import {
  builtinType, dictDelStr, dictGetStr, dictSetStr, internStr, isStr, isType, isUserClass, jsString, newString, newTuple,
  typeById, typeIdOfValue, typeName, typeNameOf, typeOfValue, tupleItems, isTuple, isDict, isSubtype, builtinBaseId,
  newMethod,
} from "../vm/model.js";
import { raiseException } from "../vm/exceptions.js";
import { builtinRepr, strOf } from "../vm/repr.js";
import { PyError } from "../heap/errors.js";
import { isTrue } from "../vm/operators.js";
import { iterateToArray, getIter } from "../vm/iteration.js";
import { reversedDict } from "../vm/dict-reverse.js";
import { proxiedMapping } from "../vm/mappingproxy.js";
import { lookupType, getAttr } from "../vm/attributes.js";
import { newList, listAppend } from "../vm/lists.js";
import { newSetOf } from "../vm/sets.js";
import { dictSetItem } from "../vm/dicts.js";
import { dictPairs, listItemsArray } from "../vm/containers.js";
import { newRange } from "../vm/ranges.js";
import { makeSlice } from "../vm/subscript.js";
import { bigOf, floatOf, fromNumber, isIntLike, newFloat, newIntFromBig } from "../vm/int-values.js";
import { runCode } from "../vm/run-code.js";
import { F_CODE, F_GLOBALS, FRAME_HEADER } from "../vm/frame.js";
import { CO_FAST_CELL } from "../compiler/code.js";
import { arity, keywordMap, noKeywords, indexArgument, indexBigInt } from "./args.js";
import { moduleFunction } from "./registry.js";
import { makePair } from "./builtins-functions.js";
import { callInitSubclass, implicitClassMethods } from "./init-subclass.js";
import { isCallable, lengthOf } from "./builtins-functions.js";
import { getItem } from "../vm/subscript.js";
import { complexParts, newComplexValue } from "../vm/complex.js";
import { bytesLikeData, isBytesLike } from "../vm/bytes-like.js";
import { decodeBytes } from "./byte-codecs.js";

function noKw(th: Thread, type: number, kw: Keywords | null): void {
  if (kw !== null && kw.names.length > 0) raiseException(th, "TypeError", `${typeName(th, type)}() takes no keyword arguments`);
}

function callDunderInt(th: Thread, v: number, names: string[]): number {
  const type = typeOfValue(th, v);
  for (const name of names) {
    const m = lookupType(th, type, internStr(th, name));
    if (m !== 0) return callObject(th, m, [v]);
  }
  return 0;
}

/**
 * A constructor of an immutable built-in (int, float, str) that also makes
 * instances of subclasses: the built-in value is computed first, then copied
 * into an object of the subclass, which is how `class Celsius(float)` and
 * `super().__new__(cls, value)` get their own type.
 */
function ofSubclass(make: Constructor): Constructor {
  return (th, type, args, kw) => {
    const value = make(th, type, args, kw);
    if (!isUserClass(th, type)) return value;
    switch (builtinBaseId(th, type)) {
      case TypeId.int: return newIntObject(th.heap, bigOf(th, value), type);
      case TypeId.float: return heapNewFloat(th.heap, floatOf(th, value), type);
      case TypeId.str: return newStr(th.heap, jsString(th, value), type);
      default: return value;
    }
  };
}

registerConstructor(TypeId.int, ofSubclass((th, type, args, kw) => {
  const options = keywordMap(th, "int", kw, ["base"]);
  if (args.length > 2) raiseException(th, "TypeError", `int expected at most 2 arguments, got ${args.length}`);
  if (args.length === 0) return 1;
  const v = args[0]!;
  const baseValue = args[1] ?? options.get("base") ?? 0;
  if (baseValue !== 0) {
    if (!isStr(th, v) && !isBytesLike(th, v)) raiseException(th, "TypeError", "int() can't convert non-string with explicit base");
    return intFromString(th.heap, isStr(th, v) ? jsString(th, v) : bytesText(th, v), indexArgument(th, baseValue));
  }
  const id = typeIdOfValue(th, v);
  if ((v & 1) === 0 && isUserClass(th, typeOfValue(th, v))) {
    const r = callDunderInt(th, v, ["__int__", "__index__", "__trunc__"]);
    if (r !== 0) return r;
  }
  if (id === TypeId.int || id === TypeId.bool) return newIntFromBig(th, bigOf(th, v));
  if (id === TypeId.float) {
    const x = floatOf(th, v);
    if (Number.isNaN(x)) raiseException(th, "ValueError", "cannot convert float NaN to integer");
    if (!Number.isFinite(x)) raiseException(th, "OverflowError", "cannot convert float infinity to integer");
    return newIntFromBig(th, BigInt(Math.trunc(x)));
  }
  if (id === TypeId.str) return intFromString(th.heap, jsString(th, v), 10);
  if (isBytesLike(th, v)) return intFromString(th.heap, bytesText(th, v), 10);
  return raiseException(th, "TypeError", `int() argument must be a string, a bytes-like object or a real number, not '${typeNameOf(th, v)}'`);
}));

function bytesText(th: Thread, v: number): string {
  return String.fromCharCode(...bytesLikeData(th, v)!);
}

registerConstructor(TypeId.float, ofSubclass((th, type, args, kw) => {
  noKw(th, type, kw);
  arity(th, "float", args, 0, 1);
  if (args.length === 0) return newFloat(th, 0);
  const v = args[0]!;
  const id = typeIdOfValue(th, v);
  if ((v & 1) === 0 && isUserClass(th, typeOfValue(th, v))) {
    const r = callDunderInt(th, v, ["__float__", "__index__"]);
    if (r !== 0) return typeIdOfValue(th, r) === TypeId.float ? r : newFloat(th, floatOf(th, r));
  }
  if (id === TypeId.float) return newFloat(th, floatOf(th, v));
  if (id === TypeId.int || id === TypeId.bool) {
    const x = Number(bigOf(th, v));
    if (!Number.isFinite(x)) raiseException(th, "OverflowError", "int too large to convert to float");
    return newFloat(th, x);
  }
  if (id === TypeId.str) return newFloat(th, floatFromString(jsString(th, v)));
  if (isBytesLike(th, v)) return newFloat(th, floatFromBytes(th, v));
  return raiseException(th, "TypeError", `float() argument must be a string or a real number, not '${typeNameOf(th, v)}'`);
}));

/** float(b"2.5"): the bytes read as ASCII text; the error names the bytes object as CPython's does. */
function floatFromBytes(th: Thread, v: number): number {
  try {
    return floatFromString(bytesText(th, v));
  } catch (e) {
    if (e instanceof PyError && e.typeName === "ValueError") {
      raiseException(th, "ValueError", `could not convert string to float: ${builtinRepr(th, v, typeIdOfValue(th, v))}`);
    }
    throw e;
  }
}

registerConstructor(TypeId.complex, (th, type, args, kw) => {
  const options = keywordMap(th, "complex", kw, ["real", "imag"]);
  const realValue = args[0] ?? options.get("real") ?? 1;
  if (isStr(th, realValue)) {
    if (args.length > 1) raiseException(th, "TypeError", "complex() can't take second arg if first is a string");
    return parseComplex(th, jsString(th, realValue));
  }
  const imagValue = args[1] ?? options.get("imag") ?? 1;
  const a = complexParts(th, realValue) ?? userComplexParts(th, realValue);
  const b = complexParts(th, imagValue) ?? userComplexParts(th, imagValue);
  if (a === null) raiseException(th, "TypeError", `complex() first argument must be a string or a number, not '${typeNameOf(th, realValue)}'`);
  if (b === null) {
    if (isStr(th, imagValue)) raiseException(th, "TypeError", "complex() second arg can't be a string");
    raiseException(th, "TypeError", `complex() second argument must be a number, not '${typeNameOf(th, imagValue)}'`);
  }
  // As complex_new: a part only mixes in when that argument is itself complex.
  const isComplex = (v: number): boolean => typeIdOfValue(th, v) === TypeId.complex
    || ((v & 1) === 0 && isUserClass(th, typeOfValue(th, v)) && lookupType(th, typeOfValue(th, v), internStr(th, "__complex__")) !== 0);
  const realIsComplex = isComplex(realValue);
  const imagIsComplex = isComplex(imagValue);
  return newComplexValue(th, imagIsComplex ? a[0] - b[1] : a[0], realIsComplex ? b[0] + a[1] : b[0]);
});

/** The parts of an instance of a class with __complex__, __float__ or __index__ (a Fraction, say); null otherwise. */
function userComplexParts(th: Thread, v: number): [number, number] | null {
  if ((v & 1) !== 0 || !isUserClass(th, typeOfValue(th, v))) return null;
  const complexMethod = lookupType(th, typeOfValue(th, v), internStr(th, "__complex__"));
  if (complexMethod !== 0) {
    const r = callObject(th, complexMethod, [v]);
    const parts = typeIdOfValue(th, r) === TypeId.complex ? complexParts(th, r) : null;
    if (parts === null) raiseException(th, "TypeError", `__complex__ returned non-complex (type ${typeNameOf(th, r)})`);
    return parts;
  }
  const r = callDunderInt(th, v, ["__float__", "__index__"]);
  return r === 0 ? null : [floatOf(th, r), 0];
}

/** complex("1+2j"), complex(" (3-4j) "), complex("2.5"), complex("j"). */
function parseComplex(th: Thread, text: string): number {
  const number = String.raw`(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan`;
  const s = text.trim().replace(/^\((.*)\)$/, "$1").trim();
  const both = new RegExp(`^([+-]?(?:${number}))([+-](?:${number})?)[jJ]$`, "i").exec(s);
  const imagOnly = new RegExp(`^([+-]?(?:${number})?)[jJ]$`, "i").exec(s);
  const realOnly = new RegExp(`^([+-]?(?:${number}))$`, "i").exec(s);
  const value = (t: string) => (t === "" || t === "+" ? 1 : t === "-" ? -1 : floatFromString(t));
  if (both) return newComplexValue(th, value(both[1]!), value(both[2]!));
  if (imagOnly) return newComplexValue(th, 0, value(imagOnly[1]!));
  if (realOnly) return newComplexValue(th, value(realOnly[1]!), 0);
  return raiseException(th, "ValueError", "complex() arg is a malformed string");
}

registerConstructor(TypeId.str, ofSubclass((th, type, args, kw) => {
  const options = keywordMap(th, "str", kw, ["object", "encoding", "errors"]);
  const v = args[0] ?? options.get("object");
  if (v === undefined) return newString(th, "");
  if (args.length > 3) raiseException(th, "TypeError", `str expected at most 3 arguments, got ${args.length}`);
  if (args.length > 1 || options.has("encoding") || options.has("errors")) {
    const encoding = args[1] ?? options.get("encoding");
    const errors = args[2] ?? options.get("errors");
    for (const [what, value] of [["encoding", encoding], ["errors", errors]] as const) {
      if (value !== undefined && !isStr(th, value)) {
        raiseException(th, "TypeError", `str() argument '${what}' must be str, not ${typeNameOf(th, value)}`);
      }
    }
    const data = bytesLikeData(th, v);
    if (data === null) raiseException(th, "TypeError", `decoding to str: need a bytes-like object, ${typeNameOf(th, v)} found`);
    return newString(th, decodeBytes(th, data, encoding === undefined ? "utf-8" : jsString(th, encoding), errors === undefined ? "strict" : jsString(th, errors)));
  }
  return newString(th, strOf(th, v));
}));

registerConstructor(TypeId.bool, (th, type, args, kw) => {
  noKw(th, type, kw);
  arity(th, "bool", args, 0, 1);
  return args.length === 0 ? FALSE : isTrue(th, args[0]!) ? TRUE : FALSE;
});

registerConstructor(TypeId.list, (th, type, args, kw) => {
  noKw(th, type, kw);
  if (args.length > 1) raiseException(th, "TypeError", `list expected at most 1 argument, got ${args.length}`);
  const items = args.length === 0 ? [] : iterateToArray(th, args[0]!);
  return newList(th, items, isUserClass(th, type) ? type : 0);
});

/** An instance of the tuple subclass `type` holding `items`. */
function tupleOfType(th: Thread, items: number[], type: number): number {
  const t = heapNewTuple(th.heap, items.length, type);
  for (let k = 0; k < items.length; k++) th.heap.i32[t + TUPLE_ITEMS + k] = items[k]!;
  return t;
}

registerConstructor(TypeId.tuple, (th, type, args, kw) => {
  noKw(th, type, kw);
  if (args.length > 1) raiseException(th, "TypeError", `tuple expected at most 1 argument, got ${args.length}`);
  const items = args.length === 0 ? [] : iterateToArray(th, args[0]!);
  if (isUserClass(th, type)) return tupleOfType(th, items, type);
  if (args.length === 1 && typeIdOfValue(th, args[0]!) === TypeId.tuple && !isUserClass(th, typeOfValue(th, args[0]!))) return args[0]!;
  return newTuple(th, items);
});

/** Adds to dict `d` the items of a mapping or an iterable of pairs, then the keywords. */
export function dictFill(th: Thread, d: number, source: number | undefined, kw: Keywords | null): void {
  const mark = th.rootMark();
  try {
    fillFrom(th, d, source, kw);
  } finally {
    th.resetRoots(mark);
  }
}

function fillFrom(th: Thread, d: number, source: number | undefined, kw: Keywords | null): void {
  if (source !== undefined) {
    if (isDict(th, source) || typeIdOfValue(th, source) === TypeId.dict) {
      for (const [k, v] of dictPairs(th, source)) dictSetItem(th, d, k, v);
    } else if ((source & 1) === 0 && lookupType(th, typeOfValue(th, source), internStr(th, "keys")) !== 0) {
      const keys = iterateToArray(th, callObject(th, getAttr(th, source, internStr(th, "keys")), []));
      th.pushRoot(newList(th, keys));
      for (const k of keys) dictSetItem(th, d, k, getItem(th, source, k));
    } else {
      const items = iterateToArray(th, source);
      th.pushRoot(newList(th, items));
      items.forEach((item, index) => {
        const pair = (item & 1) === 0 && (typeIdOfValue(th, item) === TypeId.tuple || typeIdOfValue(th, item) === TypeId.list)
          ? iterateToArray(th, item) : null;
        if (pair === null) {
          raiseException(th, "TypeError", `cannot convert dictionary update sequence element #${index} to a sequence`);
        }
        if (pair.length !== 2) {
          raiseException(th, "ValueError", `dictionary update sequence element #${index} has length ${pair.length}; 2 is required`);
        }
        dictSetItem(th, d, pair[0]!, pair[1]!);
      });
    }
  }
  if (kw !== null) kw.names.forEach((name, k) => dictSetItem(th, d, name, kw.values[k]!));
}

registerConstructor(TypeId.dict, (th, type, args, kw) => {
  if (args.length > 1) raiseException(th, "TypeError", `dict expected at most 1 argument, got ${args.length}`);
  const d = heapNewDict(th.heap, 0, isUserClass(th, type) ? type : 0);
  th.pushRoot(d);
  try {
    dictFill(th, d, args[0], kw);
  } finally {
    th.popRoots(1);
  }
  return d;
});

registerConstructor(TypeId.set, (th, type, args, kw) => {
  noKw(th, type, kw);
  if (args.length > 1) raiseException(th, "TypeError", `set expected at most 1 argument, got ${args.length}`);
  return newSetOf(th, args.length === 0 ? [] : iterateToArray(th, args[0]!), false, isUserClass(th, type) ? type : 0);
});

registerConstructor(TypeId.frozenset, (th, type, args, kw) => {
  noKw(th, type, kw);
  if (args.length > 1) raiseException(th, "TypeError", `frozenset expected at most 1 argument, got ${args.length}`);
  const user = isUserClass(th, type) ? type : 0;
  // An exact frozenset is immutable: frozenset(fs) is fs itself (not for a subclass, on either side).
  if (user === 0 && args.length === 1 && typeOfValue(th, args[0]!) === typeById(th, TypeId.frozenset)) return args[0]!;
  return newSetOf(th, args.length === 0 ? [] : iterateToArray(th, args[0]!), true, user);
});

registerConstructor(TypeId.range, (th, type, args, kw) => {
  noKw(th, type, kw);
  if (args.length === 0) raiseException(th, "TypeError", "range expected at least 1 argument, got 0");
  if (args.length > 3) raiseException(th, "TypeError", `range expected at most 3 arguments, got ${args.length}`);
  const mark = th.rootMark();
  try {
    // Each bound stays rooted while the next one's __index__ runs.
    const bounds = args.map((a) => {
      const bound = (a & 1) ? a : newIntFromBig(th, indexBigInt(th, a));
      th.pushRoot(bound);
      return bound;
    });
    return newRange(th, bounds);
  } finally {
    th.resetRoots(mark);
  }
});

registerConstructor(TypeId.slice, (th, type, args, kw) => {
  noKw(th, type, kw);
  arity(th, "slice", args, 1, 3);
  if (args.length === 1) return makeSlice(th, NONE, args[0]!, NONE);
  return makeSlice(th, args[0]!, args[1]!, args[2] ?? NONE);
});

registerConstructor(TypeId.object, (th, type, args, kw) => {
  if (args.length > 0 || (kw !== null && kw.names.length > 0)) raiseException(th, "TypeError", "object() takes no arguments");
  return allocate(th.heap, 2, type);
});

registerConstructor(TypeId.type, (th, type, args, kw) => {
  if (args.length === 1) return typeOfValue(th, args[0]!);
  // type.__new__(metaclass, name, bases, dict), as a metaclass's __new__ calls it through super().
  const metaclassFirst = args.length === 4 && isType(th, args[0]!) && isSubtype(th, args[0]!, typeById(th, TypeId.type));
  if (metaclassFirst) [type, ...args] = args as [number, ...number[]];
  if (args.length !== 3) raiseException(th, "TypeError", "type() takes 1 or 3 arguments");
  const [name, bases, dict] = args as [number, number, number];
  const expect = (v: number, k: number, what: string, ok: boolean): void => {
    if (!ok) raiseException(th, "TypeError", `type.__new__() argument ${k} must be ${what}, not ${typeNameOf(th, v)}`);
  };
  expect(name, 1, "str", isStr(th, name));
  expect(bases, 2, "tuple", isTuple(th, bases));
  expect(dict, 3, "dict", typeIdOfValue(th, dict) === TypeId.dict);
  const ns = heapNewDict(th.heap);
  th.pushRoot(ns);
  try {
    for (const [k, v] of dictPairs(th, dict)) dictSetItem(th, ns, k, v);
    // A class made by calling type() belongs to the caller's module, as type_new_set_module does.
    const moduleKey = internStr(th, "__module__");
    const globals = th.topFrame === 0 ? 0 : th.heap.i32[th.topFrame + F_GLOBALS]!;
    const module = globals !== 0 && isDict(th, globals) ? dictGetStr(th, globals, internStr(th, "__name__")) : 0;
    if (dictGetStr(th, ns, moduleKey) === 0 && module !== 0) dictSetStr(th, ns, moduleKey, module);
    return makeClass(th, jsString(th, name), tupleItems(th, bases), ns, type, classKeywords(th, kw));
  } finally {
    th.popRoots(1);
  }
});

function makeClass(th: Thread, name: string, bases: number[], ns: number, metatype: number, kw: Keywords | null = null): number {
  const qualKey = internStr(th, "__qualname__");
  const qual = dictGetStr(th, ns, qualKey);
  // As type_new_set_names: the qualified name moves out of the namespace into the type.
  if (qual !== 0) {
    if (!isStr(th, qual)) raiseException(th, "TypeError", `type __qualname__ must be a str, not ${typeNameOf(th, qual)}`);
    dictDelStr(th, ns, qualKey);
  }
  if (dictGetStr(th, ns, internStr(th, "__eq__")) !== 0 && dictGetStr(th, ns, internStr(th, "__hash__")) === 0) {
    dictSetStr(th, ns, internStr(th, "__hash__"), NONE);
  }
  implicitClassMethods(th, ns);
  // Every class has its own __doc__, None without a docstring, so that it is not inherited.
  const docKey = internStr(th, "__doc__");
  if (dictGetStr(th, ns, docKey) === 0) dictSetStr(th, ns, docKey, NONE);
  const slots = readSlots(th, name, ns, bases);
  const cls = newHeapType(th.heap, name, bases, ns, {
    qualname: qual !== 0 && isStr(th, qual) ? jsString(th, qual) : name,
    metatype: metatype === 0 ? undefined : metatype,
    slots: slots === null ? undefined : { count: slots.names.length, dict: slots.dict, weakref: slots.weakref },
  });
  th.pushRoot(cls);
  try {
    setClassdictCell(th, ns);
    applyCollectionFlags(th, cls, ns);
    if (slots !== null) addMembers(th, cls, slots);
    registerSubclass(th, cls);
    callSetName(th, cls, ns);
    callInitSubclass(th, cls, kw);
  } finally {
    th.popRoots(1);
  }
  return cls;
}

/**
 * A class whose body holds annotation scopes (PEP 695) hands over the cell
 * they read its namespace from: it is pointed at the class's own dict.
 */
function setClassdictCell(th: Thread, ns: number): void {
  const key = internStr(th, "__classdictcell__");
  const cell = dictGetStr(th, ns, key);
  if (cell === 0) return;
  if ((cell & 1) === 1 || typeIdOfValue(th, cell) !== TypeId.cell) {
    raiseException(th, "TypeError", `__classdictcell__ must be a nonlocal cell, not ${typeName(th, typeOfValue(th, cell))}`);
  }
  th.heap.i32[cell + CELL_CONTENTS] = ns;
  dictDelStr(th, ns, key);
}

/** type.__new__'s last step: value.__set_name__(cls, name) for each attribute whose type defines it. */
function callSetName(th: Thread, cls: number, ns: number): void {
  const key = internStr(th, "__set_name__");
  for (const [name, value] of dictPairs(th, ns)) {
    if ((value & 1) === 1) continue;
    const hook = lookupType(th, typeOfValue(th, value), key);
    if (hook !== 0) callObject(th, hook, [value, cls, name]);
  }
}

/** The bases of a class statement, with each non-class base replaced by what its __mro_entries__ gives (PEP 560). */
function resolveBases(th: Thread, given: number[]): number[] {
  const bases: number[] = [];
  for (const base of given) {
    const hook = isType(th, base) ? 0 : lookupType(th, typeOfValue(th, base), internStr(th, "__mro_entries__"));
    if (hook === 0) {
      bases.push(base);
      continue;
    }
    const entries = callObject(th, hook, [base, newTuple(th, given)]);
    if (!isTuple(th, entries)) raiseException(th, "TypeError", "__mro_entries__ must return a tuple");
    // Rooted for the rest of the class statement, while later hooks and the body run.
    th.pushRoot(entries);
    bases.push(...tupleItems(th, entries));
  }
  return bases;
}

/** The keywords of a class statement other than `metaclass`, which go to __init_subclass__. */
function classKeywords(th: Thread, kw: Keywords | null): Keywords | null {
  if (kw === null) return null;
  const names: number[] = [];
  const values: number[] = [];
  kw.names.forEach((n, k) => {
    if (jsString(th, n) === "metaclass") return;
    names.push(n);
    values.push(kw.values[k]!);
  });
  return names.length === 0 ? null : { names, values };
}

moduleFunction("builtins", "__build_class__", (th, args, kw) => {
  if (args.length < 2) raiseException(th, "TypeError", "__build_class__: not enough arguments");
  const [func, nameValue, ...given] = args as [number, number, ...number[]];
  const mark = th.rootMark();
  let bases: number[];
  try {
    bases = resolveBases(th, given);
  } catch (err) {
    th.resetRoots(mark);
    throw err;
  }
  const options = new Map<string, number>();
  kw?.names.forEach((n, k) => options.set(jsString(th, n), kw.values[k]!));
  // Without `metaclass=`, the first base's type is the candidate, as in CPython.
  let metaclass = options.get("metaclass") ?? (bases.length > 0 ? typeOfValue(th, bases[0]!) : builtinType(th, "type"));
  try {
    if (isType(th, metaclass)) metaclass = mostDerivedMetaclass(th, metaclass, bases);
  } catch (err) {
    th.resetRoots(mark);
    throw err;
  }
  const ns = prepareNamespace(th, metaclass, nameValue, bases, kw);
  th.pushRoot(ns);
  try {
    const i32 = th.heap.i32;
    const cell = runCode(th, i32[func + FUNC_CODE]!, i32[func + FUNC_GLOBALS]!, i32[func + FUNC_BUILTINS]!, ns, func);
    // PEP 560: the bases as written, when __mro_entries__ replaced some.
    if (bases.length !== given.length || bases.some((b, k) => b !== given[k])) {
      th.pushRoot(cell);
      dictSetStr(th, ns, internStr(th, "__orig_bases__"), newTuple(th, given));
      th.popRoots(1);
    }
    let cls: number;
    if (metaclass === builtinType(th, "type")) {
      cls = makeClass(th, jsString(th, nameValue), bases, ns, 0, classKeywords(th, kw));
    } else {
      cls = callObject(th, metaclass, [nameValue, newTuple(th, bases), ns], classKeywords(th, kw));
    }
    if (cell !== NONE && typeIdOfValue(th, cell) === TypeId.cell) th.heap.i32[cell + CELL_CONTENTS] = cls;
    return cls;
  } finally {
    th.resetRoots(mark);
  }
});

/**
 * The metaclass a class statement uses, as CPython's _PyType_CalculateMetaclass
 * finds it: the given one or the metaclass of a base, whichever is a subclass
 * of all the others; TypeError when none is.
 */
function mostDerivedMetaclass(th: Thread, given: number, bases: number[]): number {
  let winner = given;
  for (const b of bases) {
    const meta = typeOfValue(th, b);
    if (isSubtype(th, winner, meta)) continue;
    if (isSubtype(th, meta, winner)) {
      winner = meta;
      continue;
    }
    raiseException(th, "TypeError", "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

/** The class body's namespace: what the metaclass's __prepare__ returns, else a new dict. */
function prepareNamespace(th: Thread, metaclass: number, name: number, bases: number[], kw: Keywords | null): number {
  if (!isType(th, metaclass) || !isUserClass(th, metaclass) || lookupType(th, metaclass, internStr(th, "__prepare__")) === 0) {
    return heapNewDict(th.heap);
  }
  const prepare = getAttr(th, metaclass, internStr(th, "__prepare__"));
  th.pushRoot(prepare);
  try {
    const ns = callObject(th, prepare, [name, newTuple(th, bases)], classKeywords(th, kw));
    if ((ns & 1) !== 0 || (!isDict(th, ns) && lookupType(th, typeOfValue(th, ns), internStr(th, "__getitem__")) === 0)) {
      raiseException(th, "TypeError", `${typeName(th, metaclass)}.__prepare__() must return a mapping, not ${typeNameOf(th, ns)}`);
    }
    return ns;
  } finally {
    th.popRoots(1);
  }
}

// ---------------------------------------------------------------------------
// super, property, staticmethod, classmethod

registerConstructor(TypeId.super, (th, type, args, kw) => {
  noKw(th, type, kw);
  let cls: number;
  let obj: number;
  if (args.length === 0) {
    [cls, obj] = zeroArgumentSuper(th);
  } else {
    cls = args[0]!;
    obj = args[1] ?? NONE;
  }
  const s = allocate(th.heap, SUPER_WORDS, builtinType(th, "super"));
  const i32 = th.heap.i32;
  i32[s + SUPER_TYPE] = cls;
  i32[s + SUPER_OBJ] = obj;
  i32[s + SUPER_OBJTYPE] = obj === NONE ? 0 : isType(th, obj) ? obj : typeOfValue(th, obj);
  return s;
});

/** super() with no arguments: the __class__ cell and the first argument of the calling function. */
function zeroArgumentSuper(th: Thread): [number, number] {
  const i32 = th.heap.i32;
  const f = th.topFrame;
  const code = i32[f + F_CODE]!;
  const names = tupleItems(th, i32[code + CODE_LOCALSPLUSNAMES]!);
  const slots = f + FRAME_HEADER;
  if (names.length === 0) raiseException(th, "RuntimeError", "super(): no arguments");
  let first = i32[slots]!;
  const kinds = i32[code + CODE_LOCALSPLUSKINDS]!;
  if (th.heap.u8[(kinds + BYTES_DATA) * 4]! & CO_FAST_CELL && first !== 0 && typeIdOfValue(th, first) === TypeId.cell) {
    first = i32[first + CELL_CONTENTS]!;
  }
  if (first === 0) raiseException(th, "RuntimeError", "super(): arg[0] deleted");
  const classIndex = names.findIndex((n) => jsString(th, n) === "__class__");
  if (classIndex < 0) raiseException(th, "RuntimeError", "super(): __class__ cell not found");
  const cls = i32[i32[slots + classIndex]! + CELL_CONTENTS]!;
  if (cls === 0) raiseException(th, "RuntimeError", "super(): empty __class__ cell");
  return [cls, first];
}

registerConstructor(TypeId.property, (th, type, args, kw) => {
  const options = keywordMap(th, "property", kw, ["fget", "fset", "fdel", "doc"]);
  const p = allocate(th.heap, PROPERTY_WORDS, type);
  const i32 = th.heap.i32;
  i32[p + PROPERTY_FGET] = args[0] ?? options.get("fget") ?? NONE;
  i32[p + PROPERTY_FSET] = args[1] ?? options.get("fset") ?? NONE;
  i32[p + PROPERTY_FDEL] = args[2] ?? options.get("fdel") ?? NONE;
  i32[p + PROPERTY_DOC] = args[3] ?? options.get("doc") ?? NONE;
  // Without a doc, the property takes its getter's docstring, as CPython's property_init.
  const fget = i32[p + PROPERTY_FGET]!;
  if (i32[p + PROPERTY_DOC] === NONE && fget !== NONE && typeIdOfValue(th, fget) === TypeId.function) {
    th.pushRoot(p);
    try {
      th.heap.i32[p + PROPERTY_DOC] = getAttr(th, fget, internStr(th, "__doc__"));
    } finally {
      th.popRoots(1);
    }
  }
  return p;
});

registerConstructor(TypeId.staticmethod, (th, type, args, kw) => {
  noKw(th, type, kw);
  arity(th, "staticmethod", args, 1, 1);
  return makePair(th, TypeId.staticmethod, args[0]!, 0);
});

// types.MethodType(function, instance): a bound method.
registerConstructor(TypeId.method, (th, type, args, kw) => {
  noKw(th, type, kw);
  arity(th, "method", args, 2, 2);
  if (!isCallable(th, args[0]!)) raiseException(th, "TypeError", "first argument must be callable");
  if (args[1] === NONE) raiseException(th, "TypeError", "instance must not be None");
  return newMethod(th, args[0]!, args[1]!);
});

registerConstructor(TypeId.classmethod, (th, type, args, kw) => {
  noKw(th, type, kw);
  arity(th, "classmethod", args, 1, 1);
  return makePair(th, TypeId.classmethod, args[0]!, 0);
});

// ---------------------------------------------------------------------------
// Iterator types

registerConstructor(TypeId.enumerate, (th, type, args, kw) => {
  const options = keywordMap(th, "enumerate", kw, ["iterable", "start"]);
  const iterable = args[0] ?? options.get("iterable");
  if (iterable === undefined) raiseException(th, "TypeError", "enumerate() missing required argument 'iterable'");
  const start = args[1] ?? options.get("start") ?? 1;
  if (!isIntLike(th, start)) raiseException(th, "TypeError", `'${typeNameOf(th, start)}' object cannot be interpreted as an integer`);
  const it = getIter(th, iterable);
  th.pushRoot(it);
  try {
    return makePair(th, TypeId.enumerate, it, start);
  } finally {
    th.popRoots(1);
  }
});

/** iter() of each argument; each is kept in a heap list at once, as the next __iter__ may collect. */
function iteratorsOf(th: Thread, iterables: number[]): number[] {
  const holder = newList(th, []);
  th.pushRoot(holder);
  try {
    const out: number[] = [];
    for (const a of iterables) {
      const it = getIter(th, a);
      out.push(it);
      listAppend(th, holder, it);
    }
    return out;
  } finally {
    th.popRoots(1);
  }
}

registerConstructor(TypeId.zip, (th, type, args, kw) => {
  const options = keywordMap(th, "zip", kw, ["strict"]);
  const iterators = iteratorsOf(th, args);
  const tuple = newTuple(th, iterators);
  th.pushRoot(tuple);
  try {
    return makePair(th, TypeId.zip, tuple, isTrue(th, options.get("strict") ?? FALSE) ? 3 : 1);
  } finally {
    th.popRoots(1);
  }
});

registerConstructor(TypeId.map, (th, type, args, kw) => {
  noKw(th, type, kw);
  if (args.length < 2) raiseException(th, "TypeError", "map() must have at least two arguments.");
  const iterators = newTuple(th, iteratorsOf(th, args.slice(1)));
  th.pushRoot(iterators);
  try {
    return makePair(th, TypeId.map, args[0]!, iterators);
  } finally {
    th.popRoots(1);
  }
});

registerConstructor(TypeId.filter, (th, type, args, kw) => {
  noKw(th, type, kw);
  if (args.length !== 2) raiseException(th, "TypeError", `filter expected 2 arguments, got ${args.length}`);
  const it = getIter(th, args[1]!);
  th.pushRoot(it);
  try {
    return makePair(th, TypeId.filter, args[0]!, it);
  } finally {
    th.popRoots(1);
  }
});

registerConstructor(TypeId.reversed, (th, type, args, kw) => {
  noKw(th, type, kw);
  if (args.length !== 1) raiseException(th, "TypeError", `reversed expected 1 argument, got ${args.length}`);
  const v = args[0]!;
  const vt = typeOfValue(th, v);
  if ((v & 1) === 0 && isUserClass(th, vt)) {
    const method = lookupType(th, vt, internStr(th, "__reversed__"));
    if (method !== 0) return callObject(th, method, [v]);
  }
  return reversedBuiltin(th, v);
});

/** reversed(v) for the built-in behaviour of v's type (list.__reversed__, dict.__reversed__...). */
export function reversedBuiltin(th: Thread, v: number): number {
  const vt = typeOfValue(th, v);
  const id = typeIdOfValue(th, v);
  if (id === TypeId.list) {
    const it = allocate(th.heap, SEQITER_WORDS, typeById(th, TypeId.list_reverseiterator));
    th.heap.i32[it + SEQITER_SEQ] = v;
    th.heap.i32[it + SEQITER_INDEX] = th.heap.i32[v + LIST_SIZE]! - 1;
    return it;
  }
  const reversedView = reversedDict(th, v, id);
  if (reversedView !== 0) return reversedView;
  // A mappingproxy reverses as the mapping it shows does.
  if (id === TypeId.mappingproxy) return callObject(th, typeById(th, TypeId.reversed), [proxiedMapping(th, v)]);
  const builtinSequence = id === TypeId.str || id === TypeId.tuple || id === TypeId.range || id === TypeId.bytes || id === TypeId.bytearray;
  const userSequence = !builtinSequence && (v & 1) === 0 && isUserClass(th, vt) && id !== TypeId.dict
    && lookupType(th, vt, internStr(th, "__getitem__")) !== 0;
  // Only sequences reverse without __reversed__: never iterators, sets or mappings.
  if (!builtinSequence && !userSequence) raiseException(th, "TypeError", `'${typeNameOf(th, v)}' object is not reversible`);
  if (userSequence) {
    const n = lengthOf(th, v);
    // Each item stays rooted while the next __getitem__ runs Python code.
    const holder = newList(th, []);
    th.pushRoot(holder);
    try {
      for (let k = n - 1; k >= 0; k--) listAppend(th, holder, getItem(th, v, (k << 1) | 1));
      return getIter(th, holder);
    } finally {
      th.popRoots(1);
    }
  }
  const items = iterateToArray(th, v).reverse();
  const holder = newList(th, items);
  th.pushRoot(holder);
  try {
    return getIter(th, holder);
  } finally {
    th.popRoots(1);
  }
}

