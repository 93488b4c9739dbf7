// round(): banker's rounding for floats (correctly rounded, as CPython's
// double_round via repr-exact decimal strings) and ints.

import { NONE } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import { internStr, isUserClass, typeIdOfValue, typeNameOf, typeOfValue } from "../vm/model.js";
import { lookupType } from "../vm/attributes.js";
import { callObject } from "../vm/calls.js";
import { raiseException } from "../vm/exceptions.js";
import { bigOf, floatOf, newFloat, newIntFromBig } from "../vm/int-values.js";
import { indexArgument } from "./args.js";
import { exactDecimal } from "../vm/exact-decimal.js";

/** Rounds the exact decimal value of x to `digits` places, halves to even. */
function roundHalfEven(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (digits > 308) return x;
  // The exact binary value, written out in decimal, decides the rounding.
  const exact = exactDecimal(Math.abs(x));
  const [intPart, fracPart = ""] = exact.split(".");
  let digitsStr: string;
  let pointAt: number;
  if (digits >= 0) {
    const frac = fracPart.padEnd(digits + 1, "0");
    digitsStr = intPart + frac.slice(0, digits);
    pointAt = intPart!.length;
    const rest = frac.slice(digits);
    digitsStr = roundDigits(digitsStr, rest);
    pointAt += digitsStr.length - (intPart!.length + digits);
    const value = Number(digitsStr.slice(0, pointAt) + "." + digitsStr.slice(pointAt));
    return x < 0 ? -value : value;
  }
  const keep = intPart!.length + digits;
  if (keep < 0) return x < 0 ? -0 : 0;
  const head = intPart!.slice(0, keep);
  const rest = intPart!.slice(keep) + fracPart;
  const rounded = roundDigits(head === "" ? "0" : head, rest);
  const value = Number(rounded + "0".repeat(-digits));
  return x < 0 ? -value : value;
}

function roundDigits(head: string, rest: string): string {
  const first = rest[0] ?? "0";
  const tail = rest.slice(1);
  let up = false;
  if (first > "5") up = true;
  else if (first === "5") up = /[1-9]/.test(tail) || Number(head[head.length - 1] ?? "0") % 2 === 1;
  if (!up) return head;
  const n = BigInt(head) + 1n;
  return n.toString().padStart(head.length, "0");
}

export function roundNumber(th: Thread, v: number, digitsValue: number): number {
  const type = typeOfValue(th, v);
  if ((v & 1) === 0 && isUserClass(th, type)) {
    const method = lookupType(th, type, internStr(th, "__round__"));
    if (method !== 0 && !isBuiltinRound(th, method)) return callObject(th, method, digitsValue === NONE ? [v] : [v, digitsValue]);
  }
  return roundBuiltin(th, v, digitsValue);
}

/** int.__round__ or float.__round__, which roundBuiltin does without a call. */
function isBuiltinRound(th: Thread, method: number): boolean {
  return typeIdOfValue(th, method) === TypeId.builtin_function_or_method;
}

/** round(v, digits) for an int or a float (or a subclass), never looking up __round__. */
export function roundBuiltin(th: Thread, v: number, digitsValue: number): number {
  const id = typeIdOfValue(th, v);
  if (id === TypeId.int || id === TypeId.bool) {
    if (digitsValue === NONE) return newIntFromBig(th, bigOf(th, v));
    const digits = indexArgument(th, digitsValue);
    if (digits >= 0) return newIntFromBig(th, bigOf(th, v));
    const n = bigOf(th, v);
    const unit = 10n ** BigInt(-digits);
    let q = n / unit;
    let r = n % unit;
    if (r < 0n) {
      r += unit;
      q -= 1n;
    }
    if (r * 2n > unit || (r * 2n === unit && (q & 1n) === 1n)) q += 1n;
    return newIntFromBig(th, q * unit);
  }
  if (id === TypeId.float) {
    const x = floatOf(th, v);
    if (digitsValue === NONE) {
      if (Number.isNaN(x)) raiseException(th, "ValueError", "cannot convert float NaN to integer");
      if (!Number.isFinite(x)) raiseException(th, "OverflowError", "cannot convert float infinity to integer");
      const r = roundHalfEven(x, 0);
      return newIntFromBig(th, BigInt(r));
    }
    return newFloat(th, roundHalfEven(x, indexArgument(th, digitsValue)));
  }
  return raiseException(th, "TypeError", `type ${typeNameOf(th, v)} doesn't define __round__ method`);
}
