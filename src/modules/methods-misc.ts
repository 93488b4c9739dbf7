// Methods of object, type, int, float, BaseException, generators and
// coroutines, property.

import { allocate } from "../heap/alloc.js";
import {
  EXC_ARGS, EXC_TRACEBACK, FALSE, NONE, NOT_IMPLEMENTED, PROPERTY_DOC, PROPERTY_FDEL, PROPERTY_FGET,
  PROPERTY_FSET, PROPERTY_WORDS, TRUE, TYPE_MRO,
} from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import {
  builtinBaseId, isType, newString, newTuple, typeIdOfValue, typeNameOf, typeOfValue, tupleItems, typeName,
} from "../vm/model.js";
import { raiseException } from "../vm/exceptions.js";
import { reprOf, strOf } from "../vm/repr.js";
import { generatorClose, generatorSend, generatorThrow } from "../vm/generators.js";
import { iterNext } from "../vm/iteration.js";
import { PyError } from "../heap/errors.js";
import { formatToString } from "../vm/formatting.js";
import { bigOf, floatOf, fromNumber, newFloat, newIntFromBig } from "../vm/int-values.js";
import { hashValue } from "../vm/dicts.js";
import { hashOut, hashToBigInt } from "../objects/hash.js";
import { newList } from "../vm/lists.js";
import { typeMethod } from "./registry.js";
import { allocateInstance, callType } from "../vm/call-native.js";
import { jsString, internStr, isStr, ensureInstanceDict, dictGetStr, dictSetStr } from "../vm/model.js";
import { listAppend } from "../vm/lists.js";
import { complexParts, newComplexValue } from "../vm/complex.js";
import { lookupType, genericGetAttr, genericSetAttr, genericDelAttr, setTypeAttr } from "../vm/attributes.js";
import { callObject } from "../vm/calls.js";
import { isTrue } from "../vm/operators.js";
import { subclassesOf } from "../vm/subclasses.js";

const O = TypeId.object;
typeMethod(O, "__init__", () => NONE);
typeMethod(O, "__getattribute__", (th, args) => {
  const v = genericGetAttr(th, args[0]!, args[1]!, false);
  if (v === 0) {
    raiseException(th, "AttributeError", `'${typeNameOf(th, args[0]!)}' object has no attribute '${jsString(th, args[1]!)}'`);
  }
  return v;
});
typeMethod(O, "__setattr__", (th, args) => {
  genericSetAttr(th, args[0]!, args[1]!, args[2]!);
  return NONE;
});
typeMethod(O, "__delattr__", (th, args) => {
  genericDelAttr(th, args[0]!, args[1]!);
  return NONE;
});
typeMethod(O, "__new__", (th, args, kw) => {
  const cls = args[0]!;
  if (!isType(th, cls)) raiseException(th, "TypeError", `object.__new__(X): X is not a type object (${typeNameOf(th, cls)})`);
  // tuple.__new__(cls, iterable), int.__new__(cls, x)...: a built-in base's __new__ takes the arguments.
  if (builtinBaseId(th, cls) !== TypeId.object) return allocateInstance(th, cls, args.slice(1), kw);
  return allocateInstance(th, cls, [], null);
});
typeMethod(O, "__repr__", (th, args) => {
  const v = args[0]!;
  return newString(th, `<${typeNameOf(th, v)} object at 0x${(v * 4 + 0x7f0000000000).toString(16)}>`);
});
typeMethod(O, "__str__", (th, args) => newString(th, strOf(th, args[0]!)));
typeMethod(O, "__eq__", (_th, args) => (args[0] === args[1] ? TRUE : NOT_IMPLEMENTED));
typeMethod(O, "__ne__", (th, args) => {
  // object.__ne__ inverts whatever __eq__ says, unless it is NotImplemented.
  const eq = lookupType(th, typeOfValue(th, args[0]!), internStr(th, "__eq__"));
  const r = eq === 0 ? NOT_IMPLEMENTED : callObject(th, eq, [args[0]!, args[1]!]);
  if (r === NOT_IMPLEMENTED) return r;
  return isTrue(th, r) ? FALSE : TRUE;
});
typeMethod(O, "__hash__", (th, args) => {
  const lo = hashValue(th, args[0]!);
  return newIntFromBig(th, hashToBigInt(lo, hashOut.hi));
});
typeMethod(O, "__format__", (th, args) => newString(th, formatToString(th, args[0]!, jsString(th, args[1]!))));

typeMethod(TypeId.type, "__call__", (th, args, kw) => {
  const cls = args[0]!;
  if (!isType(th, cls)) raiseException(th, "TypeError", `descriptor '__call__' requires a 'type' object but received a '${typeNameOf(th, cls)}'`);
  return callType(th, cls, args.slice(1), kw);
});
typeMethod(TypeId.type, "__setattr__", (th, args) => {
  if (!isType(th, args[0]!)) raiseException(th, "TypeError", `descriptor '__setattr__' requires a 'type' object but received a '${typeNameOf(th, args[0]!)}'`);
  setTypeAttr(th, args[0]!, args[1]!, args[2]!);
  return NONE;
});
typeMethod(TypeId.type, "mro", (th, args) => newList(th, tupleItems(th, th.heap.i32[args[0]! + TYPE_MRO]!)));
typeMethod(TypeId.type, "__subclasses__", (th, args) => {
  if (args.length === 0) raiseException(th, "TypeError", "unbound method type.__subclasses__() needs an argument");
  if (args.length !== 1) raiseException(th, "TypeError", `${typeName(th, args[0]!)}.__subclasses__() takes no arguments (${args.length - 1} given)`);
  return subclassesOf(th, args[0]!);
});

// ---------------------------------------------------------------------------
// int and float

typeMethod(TypeId.int, "bit_length", (th, args) => {
  const n = bigOf(th, args[0]!);
  return fromNumber(th, (n < 0n ? -n : n).toString(2).replace(/^0$/, "").length);
});
typeMethod(TypeId.int, "bit_count", (th, args) => {
  const n = bigOf(th, args[0]!);
  return fromNumber(th, (n < 0n ? -n : n).toString(2).replace(/0/g, "").length);
});
typeMethod(TypeId.int, "conjugate", (th, args) => newIntFromBig(th, bigOf(th, args[0]!)));
typeMethod(TypeId.float, "conjugate", (th, args) => newFloat(th, floatOf(th, args[0]!)));
typeMethod(TypeId.complex, "conjugate", (th, args) => {
  const [re, im] = complexParts(th, args[0]!)!;
  return newComplexValue(th, re, -im);
});
typeMethod(TypeId.int, "is_integer", () => TRUE);
typeMethod(TypeId.int, "as_integer_ratio", (th, args) => newTuple(th, [newIntFromBig(th, bigOf(th, args[0]!)), 3]));
typeMethod(TypeId.float, "is_integer", (th, args) => (Number.isInteger(floatOf(th, args[0]!)) ? TRUE : FALSE));
typeMethod(TypeId.float, "as_integer_ratio", (th, args) => {
  let x = floatOf(th, args[0]!);
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) raiseException(th, "ValueError", "cannot convert NaN to integer ratio");
    raiseException(th, "OverflowError", "cannot convert Infinity to integer ratio");
  }
  let denominator = 1n;
  while (!Number.isInteger(x)) {
    x *= 2;
    denominator *= 2n;
  }
  const numerator = newIntFromBig(th, BigInt(x));
  th.pushRoot(numerator);
  const d = newIntFromBig(th, denominator);
  th.popRoots(1);
  return newTuple(th, [numerator, d]);
});

// ---------------------------------------------------------------------------
// Exceptions

const E = TypeId.BaseException;
typeMethod(E, "__init__", (th, args) => {
  th.heap.i32[args[0]! + EXC_ARGS] = newTuple(th, args.slice(1));
  return NONE;
});
typeMethod(E, "with_traceback", (th, args) => {
  th.heap.i32[args[0]! + EXC_TRACEBACK] = args[1] === NONE ? 0 : args[1]!;
  return args[0]!;
});
typeMethod(E, "add_note", (th, args) => {
  const [exc, note] = [args[0]!, args[1]!];
  if (!isStr(th, note)) raiseException(th, "TypeError", `note must be a str, not '${typeNameOf(th, note)}'`);
  const dict = ensureInstanceDict(th, exc);
  const key = internStr(th, "__notes__");
  let notes = dictGetStr(th, dict, key);
  if (notes === 0) {
    notes = newList(th, []);
    dictSetStr(th, dict, key, notes);
  }
  listAppend(th, notes, note);
  return NONE;
});
typeMethod(E, "__str__", (th, args) => newString(th, strOf(th, args[0]!)));
typeMethod(E, "__repr__", (th, args) => newString(th, reprOf(th, args[0]!)));

// ---------------------------------------------------------------------------
// Generators and coroutines

for (const id of [TypeId.generator, TypeId.coroutine]) {
  typeMethod(id, "send", (th, args) => generatorSend(th, args[0]!, args[1] ?? NONE));
  typeMethod(id, "throw", (th, args) => {
    if (args.length < 2) raiseException(th, "TypeError", `throw expected at least 1 argument, got 0`);
    let value = args[1]!;
    if (args.length >= 3 && args[2] !== NONE && isType(th, value)) {
      value = args[2]!;
    }
    return generatorThrow(th, args[0]!, value);
  });
  typeMethod(id, "close", (th, args) => generatorClose(th, args[0]!));
}
typeMethod(TypeId.generator, "__next__", (th, args) => {
  const v = iterNext(th, args[0]!);
  if (v === 0) throw new PyError("StopIteration", "");
  return v;
});
typeMethod(TypeId.generator, "__iter__", (_th, args) => args[0]!);

// ---------------------------------------------------------------------------
// property: getter/setter/deleter make a copy with one accessor replaced

function propertyWith(th: Thread, p: number, word: number, f: number): number {
  const copy = allocate(th.heap, PROPERTY_WORDS, typeOfValue(th, p));
  const i32 = th.heap.i32;
  for (const w of [PROPERTY_FGET, PROPERTY_FSET, PROPERTY_FDEL, PROPERTY_DOC]) i32[copy + w] = i32[p + w]!;
  i32[copy + word] = f;
  return copy;
}

typeMethod(TypeId.property, "getter", (th, args) => propertyWith(th, args[0]!, PROPERTY_FGET, args[1]!));
typeMethod(TypeId.property, "setter", (th, args) => propertyWith(th, args[0]!, PROPERTY_FSET, args[1]!));
typeMethod(TypeId.property, "deleter", (th, args) => propertyWith(th, args[0]!, PROPERTY_FDEL, args[1]!));

