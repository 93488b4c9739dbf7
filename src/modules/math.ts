// The math module: the functions and constants the programs use, with
// CPython's domain and range errors.

import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import { dictSetStr, internStr, newDict, typeIdOfValue, typeNameOf, isUserClass, typeOfValue } from "../vm/model.js";
import { bigOf, floatOf, fromNumber, isIntLike, newFloat, newIntFromBig } from "../vm/int-values.js";
import { raiseException } from "../vm/exceptions.js";
import { isNumber } from "../vm/numbers.js";
import { iterateToArray } from "../vm/iteration.js";
import { lookupType } from "../vm/attributes.js";
import { callObject } from "../vm/calls.js";
import { installModuleFunctions, moduleFunction } from "./registry.js";
import { newModule } from "./builtins.js";
import { registerNativeModule } from "../vm/imports.js";
import { FALSE, TRUE } from "../heap/layout.js";
import { arity, keywordMap } from "./args.js";
import { newList } from "../vm/lists.js";
import { listItemsArray } from "../vm/containers.js";
import { binaryOp } from "../vm/operators.js";
import { NB } from "../vm/opcodes.js";

const M = "math";

/** A real-number argument as a double: an int, a float, or an object with __float__. */
export function real(th: Thread, v: number): number {
  if (!isNumber(th, v)) {
    if ((v & 1) === 0 && isUserClass(th, typeOfValue(th, v))) {
      const m = lookupType(th, typeOfValue(th, v), internStr(th, "__float__"));
      if (m !== 0) return floatOf(th, callObject(th, m, [v]));
    }
    raiseException(th, "TypeError", `must be real number, not ${typeNameOf(th, v)}`);
  }
  const x = floatOf(th, v);
  if (!Number.isFinite(x) && typeIdOfValue(th, v) !== TypeId.float) raiseException(th, "OverflowError", "int too large to convert to float");
  return x;
}

function checked(th: Thread, x: number, input: number[]): number {
  if (Number.isNaN(x) && !input.some(Number.isNaN)) raiseException(th, "ValueError", "math domain error");
  if (!Number.isFinite(x) && input.every(Number.isFinite)) raiseException(th, "OverflowError", "math range error");
  return x;
}

function unary(name: string, f: (x: number) => number, domain?: (x: number) => boolean): void {
  moduleFunction(M, name, (th, args) => {
    arity(th, name, args, 1, 1);
    const x = real(th, args[0]!);
    if (domain && !domain(x)) raiseException(th, "ValueError", "math domain error");
    return newFloat(th, checked(th, f(x), [x]));
  });
}

unary("sqrt", Math.sqrt, (x) => x >= 0 || Number.isNaN(x));
unary("exp", Math.exp);
unary("sin", Math.sin, (x) => Number.isFinite(x) || Number.isNaN(x));
unary("cos", Math.cos, (x) => Number.isFinite(x) || Number.isNaN(x));
unary("tan", Math.tan, (x) => Number.isFinite(x) || Number.isNaN(x));
unary("asin", Math.asin, (x) => (x >= -1 && x <= 1) || Number.isNaN(x));
unary("acos", Math.acos, (x) => (x >= -1 && x <= 1) || Number.isNaN(x));
unary("atan", Math.atan);
unary("sinh", Math.sinh);
unary("cosh", Math.cosh);
unary("tanh", Math.tanh);
unary("fabs", Math.abs);
unary("log2", Math.log2, (x) => x > 0 || Number.isNaN(x));
unary("log10", Math.log10, (x) => x > 0 || Number.isNaN(x));
unary("log1p", Math.log1p, (x) => x > -1 || Number.isNaN(x));
unary("expm1", Math.expm1);
unary("degrees", (x) => (x * 180) / Math.PI);
unary("radians", (x) => (x * Math.PI) / 180);

moduleFunction(M, "log", (th, args) => {
  arity(th, "log", args, 1, 2);
  const v = args[0]!;
  let x: number;
  if (isIntLike(th, v)) {
    const n = bigOf(th, v);
    if (n <= 0n) raiseException(th, "ValueError", "math domain error");
    const digits = n.toString(2).length;
    x = digits > 1000 ? Math.log(Number(n >> BigInt(digits - 60))) + (digits - 60) * Math.LN2 : Math.log(Number(n));
  } else {
    const f = real(th, v);
    if (f <= 0) raiseException(th, "ValueError", "math domain error");
    x = Math.log(f);
  }
  if (args.length === 2) {
    const b = real(th, args[1]!);
    if (b <= 0 || b === 1) raiseException(th, b === 1 ? "ZeroDivisionError" : "ValueError", b === 1 ? "float division by zero" : "math domain error");
    return newFloat(th, x / Math.log(b));
  }
  return newFloat(th, x);
});

moduleFunction(M, "pow", (th, args) => {
  const x = real(th, args[0]!);
  const y = real(th, args[1]!);
  if (x === 0 && y < 0) raiseException(th, "ValueError", "math domain error");
  if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) raiseException(th, "ValueError", "math domain error");
  return newFloat(th, checked(th, x === 1 || y === 0 ? 1 : Math.pow(x, y), [x, y]));
});
moduleFunction(M, "atan2", (th, args) => newFloat(th, Math.atan2(real(th, args[0]!), real(th, args[1]!))));
moduleFunction(M, "copysign", (th, args) => {
  const x = Math.abs(real(th, args[0]!));
  const y = real(th, args[1]!);
  return newFloat(th, y < 0 || Object.is(y, -0) ? -x : x);
});
moduleFunction(M, "fmod", (th, args) => {
  const x = real(th, args[0]!);
  const y = real(th, args[1]!);
  if (y === 0 || !Number.isFinite(x)) raiseException(th, "ValueError", "math domain error");
  return newFloat(th, x % y);
});

function toInt(th: Thread, v: number, how: (x: number) => number, dunder: string): number {
  if (isIntLike(th, v)) return newIntFromBig(th, bigOf(th, v));
  if ((v & 1) === 0 && isUserClass(th, typeOfValue(th, v))) {
    const m = lookupType(th, typeOfValue(th, v), internStr(th, dunder));
    if (m !== 0) return callObject(th, m, [v]);
  }
  const x = real(th, v);
  if (Number.isNaN(x)) raiseException(th, "ValueError", "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) raiseException(th, "OverflowError", "cannot convert float infinity to integer");
  return newIntFromBig(th, BigInt(how(x)));
}

moduleFunction(M, "floor", (th, args) => toInt(th, args[0]!, Math.floor, "__floor__"));
moduleFunction(M, "ceil", (th, args) => toInt(th, args[0]!, Math.ceil, "__ceil__"));
moduleFunction(M, "trunc", (th, args) => toInt(th, args[0]!, Math.trunc, "__trunc__"));
moduleFunction(M, "isnan", (th, args) => (Number.isNaN(real(th, args[0]!)) ? TRUE : FALSE));
moduleFunction(M, "isinf", (th, args) => {
  const x = real(th, args[0]!);
  return x === Infinity || x === -Infinity ? TRUE : FALSE;
});
moduleFunction(M, "isfinite", (th, args) => (Number.isFinite(real(th, args[0]!)) ? TRUE : FALSE));
moduleFunction(M, "isclose", (th, args, kw) => {
  const a = real(th, args[0]!);
  const b = real(th, args[1]!);
  let relTol = 1e-9;
  let absTol = 0;
  kw?.names.forEach((key, k) => {
    const value = floatOf(th, kw.values[k]!);
    if (key === internStr(th, "rel_tol")) relTol = value;
    if (key === internStr(th, "abs_tol")) absTol = value;
  });
  if (a === b) return TRUE;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return FALSE;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol ? TRUE : FALSE;
});

function intArg(th: Thread, v: number, fname: string): bigint {
  if (!isIntLike(th, v)) raiseException(th, "TypeError", `'${typeNameOf(th, v)}' object cannot be interpreted as an integer`);
  return bigOf(th, v);
}

moduleFunction(M, "factorial", (th, args) => {
  const n = intArg(th, args[0]!, "factorial");
  if (n < 0n) raiseException(th, "ValueError", "factorial() not defined for negative values");
  let r = 1n;
  for (let k = 2n; k <= n; k++) r *= k;
  return newIntFromBig(th, r);
});
moduleFunction(M, "gcd", (th, args) => {
  let g = 0n;
  for (const a of args) {
    let x = intArg(th, a, "gcd");
    if (x < 0n) x = -x;
    let y = g;
    while (y !== 0n) [x, y] = [y, x % y];
    g = x;
  }
  return newIntFromBig(th, g);
});
moduleFunction(M, "lcm", (th, args) => {
  let l = 1n;
  for (const a of args) {
    let x = intArg(th, a, "lcm");
    if (x < 0n) x = -x;
    if (x === 0n) return 1;
    let [p, q] = [l, x];
    while (q !== 0n) [p, q] = [q, p % q];
    l = (l / p) * x;
  }
  return newIntFromBig(th, l);
});
/** floor(sqrt(n)) for n >= 2: Newton's iteration from above, since a float estimate is off for large n. */
function bigIsqrt(n: bigint): bigint {
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const next = (x + n / x) >> 1n;
    if (next >= x) return x;
    x = next;
  }
}

moduleFunction(M, "isqrt", (th, args) => {
  const n = intArg(th, args[0]!, "isqrt");
  if (n < 0n) raiseException(th, "ValueError", "isqrt() argument must be nonnegative");
  if (n < 2n) return newIntFromBig(th, n);
  return newIntFromBig(th, bigIsqrt(n));
});
moduleFunction(M, "comb", (th, args) => {
  const n = intArg(th, args[0]!, "comb");
  let k = intArg(th, args[1]!, "comb");
  if (n < 0n || k < 0n) raiseException(th, "ValueError", `${n < 0n ? "n" : "k"} must be a non-negative integer`);
  if (k > n) return 1;
  if (k > n - k) k = n - k;
  let r = 1n;
  for (let j = 1n; j <= k; j++) r = (r * (n - k + j)) / j;
  return newIntFromBig(th, r);
});
moduleFunction(M, "perm", (th, args) => {
  const n = intArg(th, args[0]!, "perm");
  const k = args.length > 1 ? intArg(th, args[1]!, "perm") : n;
  if (k > n) return 1;
  let r = 1n;
  for (let j = n - k + 1n; j <= n; j++) r *= j;
  return newIntFromBig(th, r);
});
moduleFunction(M, "prod", (th, args, kw) => {
  arity(th, "prod", args, 1, 1);
  let acc = keywordMap(th, "prod", kw, ["start"]).get("start") ?? 3;
  const items = newList(th, iterateToArray(th, args[0]!));
  th.pushRoot(items);
  th.pushRoot(acc);
  try {
    for (const v of listItemsArray(th, items)) {
      // Ints and floats multiply here; anything else (a Fraction) through its __mul__.
      if (isIntLike(th, acc) && isIntLike(th, v)) acc = newIntFromBig(th, bigOf(th, acc) * bigOf(th, v));
      else if (isNumber(th, acc) && isNumber(th, v)) acc = newFloat(th, floatOf(th, acc) * real(th, v));
      else acc = binaryOp(th, NB.MULTIPLY, acc, v);
      th.popRoots(1);
      th.pushRoot(acc);
    }
    return acc;
  } finally {
    th.popRoots(2);
  }
});
moduleFunction(M, "fsum", (th, args) => {
  // Shewchuk's algorithm, as CPython's math.fsum: exact partial sums.
  const partials: number[] = [];
  for (const v of iterateToArray(th, args[0]!)) {
    let x = real(th, v);
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  let total = 0;
  for (let k = partials.length - 1; k >= 0; k--) {
    const x = total;
    const y = partials[k]!;
    total = x + y;
    const lo = y - (total - x);
    if (lo !== 0 && k > 0 && ((lo < 0 && partials[k - 1]! < 0) || (lo > 0 && partials[k - 1]! > 0))) {
      const twice = total + lo * 2;
      if (lo * 2 === twice - total) total = twice;
      break;
    }
    if (lo !== 0) break;
  }
  return newFloat(th, total);
});

registerNativeModule(M, (th: Thread) => {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    const module = newModule(th, M, dict);
    th.pushRoot(module);
    installModuleFunctions(th, M, dict, module);
    const set = (name: string, x: number) => dictSetStr(th, dict, internStr(th, name), newFloat(th, x));
    set("pi", Math.PI);
    set("e", Math.E);
    set("tau", 2 * Math.PI);
    set("inf", Infinity);
    set("nan", NaN);
    th.popRoots(1);
    return module;
  } finally {
    th.popRoots(1);
  }
});

