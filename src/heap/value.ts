// Values: every Python value is one 32-bit word.
//
//   odd        a small int: the int is `v >> 1` (31 bits, -2**30 .. 2**30-1)
//   even, != 0 the word offset of a heap object (objects start on 8-byte
//              boundaries, so their word offsets are even)
//   0          no value (an empty slot, an unbound local, "not found")
//
// The helpers are tiny so that V8 inlines them; the interpreter may also
// write the expressions out by hand.

/** The word meaning "no value". */
export const NO_VALUE = 0;

/** The smallest and largest ints that fit a small-int word. */
export const SMALL_INT_MIN = -(2 ** 30);
export const SMALL_INT_MAX = 2 ** 30 - 1;

export function isSmallInt(v: number): boolean {
  return (v & 1) === 1;
}

/** Whether `v` is a pointer to a heap object (not a small int, not 0). */
export function isObject(v: number): boolean {
  return (v & 1) === 0 && v !== 0;
}

/** The word of a small int; `n` must satisfy fitsSmallInt(n). */
export function smallInt(n: number): number {
  return (n << 1) | 1;
}

/** The JavaScript number held by a small-int word. */
export function fromSmallInt(v: number): number {
  return v >> 1;
}

/** Whether the JavaScript number `n` is an integer that fits a small-int word. */
export function fitsSmallInt(n: number): boolean {
  return n >= SMALL_INT_MIN && n <= SMALL_INT_MAX && Math.floor(n) === n;
}
