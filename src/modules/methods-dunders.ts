// The special methods of the built-in types (`int.__add__`, `list.__len__`,
// `dict.__getitem__`...), so that `super().__getitem__(k)` in a subclass and
// explicit calls like `(5).__add__(3)` work. Each calls the built-in
// behaviour directly, never the protocol that would look the method up again
// (which would recurse through a subclass's override).

import { FALSE, NONE, NOT_IMPLEMENTED, TRUE } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import { newString, typeIdOfValue } from "../vm/model.js";
import { nativeBinary, nativeCompare, nativeContains, nativeTruth, nativeUnary } from "../vm/native-operators.js";
import { getItemBuiltin, setItemBuiltin, delItemBuiltin } from "../vm/subscript.js";
import { getIterBuiltin, iterNext } from "../vm/iteration.js";
import { PyError } from "../heap/errors.js";
import { callObject } from "../vm/calls.js";
import { reversedBuiltin } from "./builtins-types.js";
import { builtinRepr } from "../vm/repr.js";
import { hashBuiltin } from "../vm/dicts.js";
import { hashOut, hashToBigInt } from "../objects/hash.js";
import { bigOf, floatOf, fromNumber, isIntLike, newFloat, newIntFromBig } from "../vm/int-values.js";
import { NB } from "../vm/opcodes.js";
import { raiseException } from "../vm/exceptions.js";
import { lengthBuiltin, nativeDivmod, powMod } from "./builtins-functions.js";
import { typeMethod } from "./registry.js";
import { roundBuiltin } from "./rounding.js";
import { complexParts } from "../vm/complex.js";

const BINARY: [string, number, boolean][] = [
  ["__add__", NB.ADD, false], ["__sub__", NB.SUBTRACT, false], ["__mul__", NB.MULTIPLY, false],
  ["__truediv__", NB.TRUE_DIVIDE, false], ["__floordiv__", NB.FLOOR_DIVIDE, false], ["__mod__", NB.REMAINDER, false],
  ["__pow__", NB.POWER, false], ["__and__", NB.AND, false], ["__or__", NB.OR, false], ["__xor__", NB.XOR, false],
  ["__lshift__", NB.LSHIFT, false], ["__rshift__", NB.RSHIFT, false],
  ["__radd__", NB.ADD, true], ["__rsub__", NB.SUBTRACT, true], ["__rmul__", NB.MULTIPLY, true],
  ["__rtruediv__", NB.TRUE_DIVIDE, true], ["__rfloordiv__", NB.FLOOR_DIVIDE, true], ["__rmod__", NB.REMAINDER, true],
  ["__rpow__", NB.POWER, true], ["__rand__", NB.AND, true], ["__ror__", NB.OR, true], ["__rxor__", NB.XOR, true],
];

const NUMBERS = [TypeId.int, TypeId.float];
const SEQUENCES = [TypeId.str, TypeId.list, TypeId.tuple, TypeId.bytes, TypeId.bytearray];
const SETS = [TypeId.set, TypeId.frozenset];

/**
 * Whether `other` is an operand that the numeric type `id`'s own special
 * methods handle: int's take only ints (`(1).__add__(1.5)` is
 * NotImplemented, so that float's reflected method runs), float's take ints
 * and floats. Other types leave the question to their operation.
 */
function acceptsOperand(th: Thread, id: number, other: number): boolean {
  if (id === TypeId.int) return isIntLike(th, other);
  if (id === TypeId.float) return isIntLike(th, other) || typeIdOfValue(th, other) === TypeId.float;
  return true;
}

function binaryFor(typeIds: number[], names: string[]): void {
  for (const id of typeIds) {
    for (const [name, op, reflected] of BINARY) {
      if (!names.includes(name.replace("__r", "__"))) continue;
      const power = op === NB.POWER;
      typeMethod(id, name, (th, args) => {
        if (args.length !== 2 && !(power && args.length === 3)) {
          raiseException(th, "TypeError", power
            ? `expected ${args.length < 2 ? "at least 1 argument" : "at most 2 arguments"}, got ${args.length - 1}`
            : `expected 1 argument, got ${args.length - 1}`);
        }
        if (!acceptsOperand(th, id, args[1]!)) return NOT_IMPLEMENTED;
        const [a, b] = reflected ? [args[1]!, args[0]!] : [args[0]!, args[1]!];
        // int.__pow__(base, exp, mod) is three-argument pow().
        if (power && args.length === 3 && args[2] !== NONE) return powMod(th, a, b, args[2]!);
        const r = nativeBinary(th, op, a, b);
        return r === 0 ? NOT_IMPLEMENTED : r;
      });
    }
  }
}

binaryFor(NUMBERS, ["__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__"]);
binaryFor([TypeId.int], ["__and__", "__or__", "__xor__", "__lshift__", "__rshift__"]);
binaryFor(SEQUENCES, ["__add__", "__mul__"]);
binaryFor([TypeId.str], ["__mod__"]);
binaryFor(SETS, ["__and__", "__or__", "__xor__", "__sub__"]);
binaryFor([TypeId.dict], ["__or__"]);
binaryFor([TypeId.complex], ["__add__", "__sub__", "__mul__", "__truediv__", "__pow__"]);

for (const id of NUMBERS) {
  for (const [name, reflected] of [["__divmod__", false], ["__rdivmod__", true]] as const) {
    typeMethod(id, name, (th, args) => {
      if (args.length !== 2) raiseException(th, "TypeError", `expected 1 argument, got ${args.length - 1}`);
      if (!acceptsOperand(th, id, args[1]!)) return NOT_IMPLEMENTED;
      const r = reflected ? nativeDivmod(th, args[1]!, args[0]!) : nativeDivmod(th, args[0]!, args[1]!);
      return r === 0 ? NOT_IMPLEMENTED : r;
    });
  }
}

const COMPARISONS = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
for (const id of [...NUMBERS, TypeId.complex, ...SEQUENCES, ...SETS, TypeId.dict, TypeId.range]) {
  COMPARISONS.forEach((name, cmp) => {
    typeMethod(id, name, (th, args) => {
      if (!acceptsOperand(th, id, args[1]!)) return NOT_IMPLEMENTED;
      const r = nativeCompare(th, cmp, args[0]!, args[1]!);
      return r === 0 ? NOT_IMPLEMENTED : r;
    });
  });
}

const CONTAINERS = [TypeId.str, TypeId.list, TypeId.tuple, TypeId.bytes, TypeId.bytearray, TypeId.dict, TypeId.set, TypeId.frozenset, TypeId.range];
for (const id of CONTAINERS) {
  typeMethod(id, "__len__", (th, args) => fromNumber(th, lengthBuiltin(th, args[0]!)));
  typeMethod(id, "__contains__", (th, args) => (nativeContains(th, args[0]!, args[1]!) ? TRUE : FALSE));
  typeMethod(id, "__iter__", (th, args) => getIterBuiltin(th, args[0]!));
}
for (const id of [TypeId.str, TypeId.list, TypeId.tuple, TypeId.bytes, TypeId.bytearray, TypeId.dict, TypeId.range]) {
  typeMethod(id, "__getitem__", (th, args) => getItemBuiltin(th, args[0]!, args[1]!));
}
for (const id of [TypeId.list, TypeId.dict]) {
  typeMethod(id, "__setitem__", (th, args) => {
    setItemBuiltin(th, args[0]!, args[1]!, args[2]!);
    return NONE;
  });
  typeMethod(id, "__delitem__", (th, args) => {
    delItemBuiltin(th, args[0]!, args[1]!);
    return NONE;
  });
}

for (const id of [...NUMBERS, TypeId.complex, ...CONTAINERS, TypeId.bool]) {
  typeMethod(id, "__repr__", (th, args) => newString(th, builtinRepr(th, args[0]!, typeIdOfValue(th, args[0]!))));
  typeMethod(id, "__hash__", (th, args) => {
    const lo = hashBuiltin(th, args[0]!);
    return newIntFromBig(th, hashToBigInt(lo, hashOut.hi));
  });
  typeMethod(id, "__bool__", (th, args) => (nativeTruth(th, args[0]!) ? TRUE : FALSE));
}

for (const id of NUMBERS) {
  typeMethod(id, "__neg__", (th, args) => nativeUnary(th, "-", args[0]!));
  typeMethod(id, "__pos__", (th, args) => nativeUnary(th, "+", args[0]!));
  typeMethod(id, "__abs__", (th, args) => {
    const v = args[0]!;
    if (typeIdOfValue(th, v) === TypeId.float) return newFloat(th, Math.abs(floatOf(th, v)));
    const n = bigOf(th, v);
    return newIntFromBig(th, n < 0n ? -n : n);
  });
  typeMethod(id, "__int__", (th, args) => {
    const v = args[0]!;
    if (typeIdOfValue(th, v) === TypeId.float) return newIntFromBig(th, BigInt(Math.trunc(floatOf(th, v))));
    return newIntFromBig(th, bigOf(th, v));
  });
  typeMethod(id, "__float__", (th, args) => newFloat(th, floatOf(th, args[0]!)));
}
// __round__, __trunc__, __floor__ and __ceil__ of int and float, as math and round() find them.
for (const id of NUMBERS) {
  typeMethod(id, "__round__", (th, args) => {
    if (args.length > 2) raiseException(th, "TypeError", `__round__ expected at most 1 argument, got ${args.length - 1}`);
    return roundBuiltin(th, args[0]!, args[1] ?? NONE);
  });
  for (const [name, how] of [["__trunc__", Math.trunc], ["__floor__", Math.floor], ["__ceil__", Math.ceil]] as const) {
    typeMethod(id, name, (th, args) => {
      const v = args[0]!;
      if (typeIdOfValue(th, v) !== TypeId.float) return newIntFromBig(th, bigOf(th, v));
      const x = floatOf(th, v);
      if (Number.isNaN(x)) raiseException(th, "ValueError", "cannot convert float NaN to integer");
      if (!Number.isFinite(x)) raiseException(th, "OverflowError", "cannot convert float infinity to integer");
      return newIntFromBig(th, BigInt(how(x)));
    });
  }
}
typeMethod(TypeId.complex, "__neg__", (th, args) => nativeUnary(th, "-", args[0]!));
typeMethod(TypeId.complex, "__pos__", (th, args) => nativeUnary(th, "+", args[0]!));
typeMethod(TypeId.complex, "__abs__", (th, args) => {
  const [re, im] = complexParts(th, args[0]!)!;
  const r = Math.hypot(re, im);
  if (r === Infinity && Number.isFinite(re) && Number.isFinite(im)) raiseException(th, "OverflowError", "absolute value too large");
  return newFloat(th, r);
});
typeMethod(TypeId.int, "__index__", (th, args) => newIntFromBig(th, bigOf(th, args[0]!)));
typeMethod(TypeId.int, "__invert__", (th, args) => nativeUnary(th, "~", args[0]!));

// The built-in iterators' protocol methods, so that `it.__next__()` works and
// collections.abc finds __iter__ and __next__ in their dicts, as in CPython.
for (let id: number = TypeId.list_iterator; id <= TypeId.zip; id++) {
  typeMethod(id, "__iter__", (_th, args) => args[0]!);
  typeMethod(id, "__next__", (th, args) => {
    const v = iterNext(th, args[0]!);
    if (v !== 0) return v;
    throw new PyError("StopIteration", "");
  });
}

// f.__call__(...) for functions, built-ins and bound methods; collections.abc's
// Callable finds it in their dicts, as in CPython.
for (const id of [TypeId.function, TypeId.builtin_function_or_method, TypeId.method]) {
  typeMethod(id, "__call__", (th, args, kw) => callObject(th, args[0]!, args.slice(1), kw));
}

// __reversed__ where CPython's types define it (collections.abc.Reversible
// looks for it in the type's dict).
for (const id of [TypeId.list, TypeId.dict, TypeId.dict_keys, TypeId.dict_values, TypeId.dict_items]) {
  typeMethod(id, "__reversed__", (th, args) => reversedBuiltin(th, args[0]!));
}

// The dict views' own __iter__ and __len__ (and __contains__ for keys and
// items), found in their dicts as in CPython.
for (const id of [TypeId.dict_keys, TypeId.dict_values, TypeId.dict_items]) {
  typeMethod(id, "__iter__", (th, args) => getIterBuiltin(th, args[0]!));
  typeMethod(id, "__len__", (th, args) => fromNumber(th, lengthBuiltin(th, args[0]!)));
  if (id !== TypeId.dict_values) {
    typeMethod(id, "__contains__", (th, args) => (nativeContains(th, args[0]!, args[1]!) ? TRUE : FALSE));
  }
}
