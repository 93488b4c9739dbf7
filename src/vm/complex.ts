// complex: repr, arithmetic, comparison and hashing, as CPython's
// complexobject.c (division by Smith's method, integer powers by repeated
// squaring).

import { allocate } from "../heap/alloc.js";
import { COMPLEX_IMAG, COMPLEX_REAL, COMPLEX_WORDS, FALSE, G_TYPES, IMMUTABLE_BIT, TRUE } from "../heap/layout.js";
import { floatRepr } from "../objects/float-repr.js";
import { hashComplex } from "../objects/hash.js";
import { TypeId } from "../objects/type-ids.js";
import { NB } from "./opcodes.js";
import type { Thread } from "./thread.js";
import { typeIdOfValue } from "./model.js";
import { raiseException } from "./exceptions.js";
import { asFloat } from "./numbers.js";

export function newComplexValue(th: Thread, real: number, imag: number): number {
  const z = allocate(th.heap, COMPLEX_WORDS, th.heap.i32[G_TYPES + TypeId.complex]!, IMMUTABLE_BIT);
  th.heap.f64[(z + COMPLEX_REAL) >> 1] = real;
  th.heap.f64[(z + COMPLEX_IMAG) >> 1] = imag;
  return z;
}

export function isComplex(th: Thread, v: number): boolean {
  return (v & 1) === 0 && typeIdOfValue(th, v) === TypeId.complex;
}

/** A number as (real, imag), or null when `v` is not int, float or complex. */
export function complexParts(th: Thread, v: number): [number, number] | null {
  if (isComplex(th, v)) return [th.heap.f64[(v + COMPLEX_REAL) >> 1]!, th.heap.f64[(v + COMPLEX_IMAG) >> 1]!];
  const x = asFloat(th, v);
  return x === null ? null : [x, 0];
}

function component(x: number): string {
  const r = floatRepr(x);
  return r.endsWith(".0") ? r.slice(0, -2) : r;
}

export function complexRepr(th: Thread, v: number): string {
  const [re, im] = complexParts(th, v)!;
  const imag = component(im);
  if (re === 0 && !Object.is(re, -0)) return `${imag}j`;
  const sign = im < 0 || Object.is(im, -0) || (Number.isNaN(im) && false) ? "" : "+";
  return `(${component(re)}${sign}${imag}j)`;
}

function divide(th: Thread, a: [number, number], b: [number, number]): [number, number] {
  const [ar, ai] = a;
  const [br, bi] = b;
  const absBr = Math.abs(br);
  const absBi = Math.abs(bi);
  if (br === 0 && bi === 0) raiseException(th, "ZeroDivisionError", "complex division by zero");
  if (absBr >= absBi) {
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  const ratio = br / bi;
  const denom = br * ratio + bi;
  return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
}

function multiply(a: [number, number], b: [number, number]): [number, number] {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

function power(th: Thread, a: [number, number], b: [number, number]): [number, number] {
  if (b[1] === 0 && Number.isInteger(b[0]) && Math.abs(b[0]) <= 100) {
    // c_powi: repeated squaring, then the reciprocal for negative exponents.
    let n = Math.abs(b[0]);
    let result: [number, number] = [1, 0];
    let x = a;
    while (n > 0) {
      if (n & 1) result = multiply(result, x);
      x = multiply(x, x);
      n >>= 1;
    }
    if (b[0] < 0 && result[0] === 0 && result[1] === 0) {
      raiseException(th, "ZeroDivisionError", "0.0 to a negative or complex power");
    }
    return b[0] < 0 ? divide(th, [1, 0], result) : result;
  }
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) raiseException(th, "ZeroDivisionError", "0.0 to a negative or complex power");
    return [0, 0];
  }
  const vabs = Math.hypot(a[0], a[1]);
  let len = Math.pow(vabs, b[0]);
  const at = Math.atan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= Math.exp(at * b[1]);
    phase += b[1] * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

/** A binary operation where either side is complex; 0 when it does not apply. */
export function complexBinary(th: Thread, op: number, x: number, y: number): number {
  const a = complexParts(th, x);
  const b = complexParts(th, y);
  if (a === null || b === null) return 0;
  let r: [number, number];
  switch (op) {
    case NB.ADD: r = [a[0] + b[0], a[1] + b[1]]; break;
    case NB.SUBTRACT: r = [a[0] - b[0], a[1] - b[1]]; break;
    case NB.MULTIPLY: r = multiply(a, b); break;
    case NB.TRUE_DIVIDE: r = divide(th, a, b); break;
    case NB.POWER: r = power(th, a, b); break;
    default: return 0;
  }
  return newComplexValue(th, r[0], r[1]);
}

/** == and != with a complex on either side; 0 for the ordering comparisons (TypeError). */
export function complexCompare(th: Thread, cmp: number, x: number, y: number): number {
  if (cmp !== 2 && cmp !== 3) return 0;
  const a = complexParts(th, x);
  const b = complexParts(th, y);
  if (a === null || b === null) return 0;
  const equal = a[0] === b[0] && a[1] === b[1];
  return equal === (cmp === 2) ? TRUE : FALSE;
}

export function complexHash(th: Thread, v: number): number {
  const [re, im] = complexParts(th, v)!;
  return hashComplex(re, im);
}
