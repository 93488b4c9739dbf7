// The stable sort under list.sort and sorted().
//
// Python's sort asks only `a < b`, and asks it about n log2 n times. Array's
// sort wants a three-way answer, which costs two `<` calls whenever the first
// says no; each may run a user __lt__. So this is a merge sort of its own:
// binary insertion sort on short runs, then bottom-up merges that take from
// the left run unless the right item is strictly less (which keeps equal
// items in order). A merge whose runs are already in order costs one
// comparison, so sorted input costs about n.

import { FLOAT_VALUE, G_TYPES, STR_DATA, STR_UNITS, TYPE_WORD } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import { lessThan } from "./operators.js";

/** Items per run sorted by binary insertion before the merges. */
const RUN = 32;

/** Sorts `items` in place, stably, by `less(a, b)` (a JavaScript boolean `a < b`). */
export function stableSort(items: number[], less: (a: number, b: number) => boolean): void {
  const n = items.length;
  for (let lo = 0; lo < n; lo += RUN) insertionSort(items, lo, Math.min(lo + RUN, n), less);
  if (n <= RUN) return;
  let from = items;
  let to: number[] = new Array<number>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      merge(from, to, lo, Math.min(lo + width, n), Math.min(lo + 2 * width, n), less);
    }
    const done = to;
    to = from;
    from = done;
  }
  if (from !== items) for (let k = 0; k < n; k++) items[k] = from[k]!;
}

/** Sorts items[lo..hi) by binary insertion: each item goes after the items it is not less than. */
function insertionSort(items: number[], lo: number, hi: number, less: (a: number, b: number) => boolean): void {
  for (let k = lo + 1; k < hi; k++) {
    const x = items[k]!;
    // Already after its predecessor (as in sorted input): one comparison.
    if (!less(x, items[k - 1]!)) continue;
    let left = lo;
    let right = k - 1;
    while (left < right) {
      const mid = (left + right) >>> 1;
      if (less(x, items[mid]!)) right = mid;
      else left = mid + 1;
    }
    for (let j = k; j > left; j--) items[j] = items[j - 1]!;
    items[left] = x;
  }
}

/** Merges the sorted runs from[lo..mid) and from[mid..hi) into to[lo..hi). */
function merge(from: number[], to: number[], lo: number, mid: number, hi: number, less: (a: number, b: number) => boolean): void {
  if (mid >= hi || !less(from[mid]!, from[mid - 1]!)) {
    for (let k = lo; k < hi; k++) to[k] = from[k]!;
    return;
  }
  let i = lo;
  let j = mid;
  let k = lo;
  while (i < mid && j < hi) {
    if (less(from[j]!, from[i]!)) to[k++] = from[j++]!;
    else to[k++] = from[i++]!;
  }
  while (i < mid) to[k++] = from[i++]!;
  while (j < hi) to[k++] = from[j++]!;
}

/**
 * `keys[a] < keys[b]` for the sort of `keys`: when every key is an exact str
 * or every key an exact float (types whose `<` runs no Python code), compared
 * in place without asking each pair for its types, as CPython's
 * unsafe_latin_compare and unsafe_float_compare do; else the general `<`.
 */
export function keyLess(th: Thread, keys: readonly number[]): (a: number, b: number) => boolean {
  const i32 = th.heap.i32;
  const strType = i32[G_TYPES + TypeId.str]!;
  const floatType = i32[G_TYPES + TypeId.float]!;
  const first = keys.length === 0 || (keys[0]! & 1) === 1 ? 0 : i32[keys[0]! + TYPE_WORD]!;
  const same = (type: number) => keys.every((k) => (k & 1) === 0 && i32[k + TYPE_WORD] === type);
  if (first === strType && same(strType)) return (a, b) => strLess(th, keys[a]!, keys[b]!);
  if (first === floatType && same(floatType)) {
    return (a, b) => {
      const f64 = th.heap.f64;
      return f64[(keys[a]! + FLOAT_VALUE) >> 1]! < f64[(keys[b]! + FLOAT_VALUE) >> 1]!;
    };
  }
  return (a, b) => lessThan(th, keys[a]!, keys[b]!);
}

/** `x < y` for two exact strs, by UTF-16 units unless two units at or above U+D800 differ (then by code points). */
function strLess(th: Thread, x: number, y: number): boolean {
  const i32 = th.heap.i32;
  const u16 = th.heap.u16;
  const nx = i32[x + STR_UNITS]!;
  const ny = i32[y + STR_UNITS]!;
  const px = (x + STR_DATA) * 2;
  const py = (y + STR_DATA) * 2;
  const n = nx < ny ? nx : ny;
  for (let k = 0; k < n; k++) {
    const a = u16[px + k]!;
    const b = u16[py + k]!;
    if (a !== b) return a >= 0xd800 && b >= 0xd800 ? lessThan(th, x, y) : a < b;
  }
  return nx < ny;
}
