// complex: two float64s (real, imaginary). pygil stores complex constants
// and values; complex arithmetic is not part of the subset.

import { allocate } from "../heap/alloc.js";
import type { Heap } from "../heap/heap.js";
import { COMPLEX_IMAG, COMPLEX_REAL, COMPLEX_WORDS, G_TYPES, IMMUTABLE_BIT } from "../heap/layout.js";
import { floatRepr } from "./float-repr.js";
import { TypeId } from "./type-ids.js";

export function newComplex(heap: Heap, real: number, imag: number): number {
  const c = allocate(heap, COMPLEX_WORDS, heap.i32[G_TYPES + TypeId.complex]!, IMMUTABLE_BIT);
  heap.f64[(c + COMPLEX_REAL) >> 1] = real;
  heap.f64[(c + COMPLEX_IMAG) >> 1] = imag;
  return c;
}

export function complexReal(heap: Heap, c: number): number {
  return heap.f64[(c + COMPLEX_REAL) >> 1]!;
}

export function complexImag(heap: Heap, c: number): number {
  return heap.f64[(c + COMPLEX_IMAG) >> 1]!;
}

/** A part as complex's repr writes it: a float repr without a trailing ".0". */
function part(x: number): string {
  const text = floatRepr(x);
  return text.endsWith(".0") ? text.slice(0, -2) : text;
}

/** repr(complex): 2j, (1+2j), (-0-1j)... as CPython's complex_repr. */
export function complexRepr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return part(imag) + "j";
  const imagText = part(imag);
  const sign = imagText.startsWith("-") ? "" : "+";
  return `(${part(real)}${sign}${imagText}j)`;
}
