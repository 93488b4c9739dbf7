// str: immutable strings of UTF-16 units in the heap.
//
// Layout (layout.ts STR_*): the number of UTF-16 units, the hash (computed at
// creation, never -1), the length in code points (what len() says; it differs
// from the unit count only when the string holds characters beyond U+FFFF),
// flags (interned, ASCII), then the units, two per word.
//
// A worker caches the JavaScript string of a heap string by address
// (heap.strings); strings never change, so the cache only has to be dropped
// when a collection may have freed and reused addresses (the epoch changes).

import { allocate } from "../heap/alloc.js";
import { type Heap, syncCaches } from "../heap/heap.js";
import {
  G_TYPES, IMMUTABLE_BIT, STR_ASCII, STR_DATA, STR_FLAGS, STR_HASH, STR_INTERNED, STR_LENGTH, STR_UNITS,
  TF_STR_SUBCLASS, TYPE_DICT_OFFSET, TYPE_FLAGS, TYPE_WORD,
} from "../heap/layout.js";
import { hashJsString, hashUnitRange } from "./hash.js";
import { TypeId } from "./type-ids.js";

/** The str type object. */
export function strType(heap: Heap): number {
  return heap.i32[G_TYPES + TypeId.str]!;
}

/** Whether `v` is exactly a str (not a subclass instance). */
export function isStr(heap: Heap, v: number): boolean {
  return (v & 1) === 0 && v !== 0 && heap.i32[v + TYPE_WORD] === heap.i32[G_TYPES + TypeId.str];
}

/** Whether `v` is a str or an instance of a subclass of str. */
export function isStrInstance(heap: Heap, v: number): boolean {
  if ((v & 1) === 1 || v === 0) return false;
  const type = heap.i32[v + TYPE_WORD]!;
  return (type & 1) === 0 && (heap.i32[type + TYPE_FLAGS]! & TF_STR_SUBCLASS) !== 0;
}

/** The number of code points in `s`, and whether all its units are ASCII. */
function measure(s: string): { codePoints: number; ascii: boolean } {
  let codePoints = s.length;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit >= 0x80) ascii = false;
    if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) codePoints--;
    }
  }
  return { codePoints, ascii };
}

/** A new heap str holding the JavaScript string `s` (of type `type`, a str subclass, if given). */
export function newStr(heap: Heap, s: string, type = 0): number {
  const strClass = type === 0 ? heap.i32[G_TYPES + TypeId.str]! : type;
  const extra = type !== 0 && heap.i32[type + TYPE_DICT_OFFSET] === -1 ? 1 : 0;
  const obj = allocate(heap, STR_DATA + ((s.length + 1) >> 1) + extra, strClass, IMMUTABLE_BIT);
  const i32 = heap.i32;
  const { codePoints, ascii } = measure(s);
  i32[obj + STR_UNITS] = s.length;
  i32[obj + STR_HASH] = hashJsString(s);
  i32[obj + STR_LENGTH] = codePoints;
  i32[obj + STR_FLAGS] = ascii ? STR_ASCII : 0;
  const u16 = heap.u16;
  const base = (obj + STR_DATA) * 2;
  for (let i = 0; i < s.length; i++) u16[base + i] = s.charCodeAt(i);
  if (type === 0 && s.length < 64) {
    syncCaches(heap);
    heap.strings.set(obj, s);
  }
  return obj;
}

/** The JavaScript string of the heap str `v`. */
export function strValue(heap: Heap, v: number): string {
  syncCaches(heap);
  const cached = heap.strings.get(v);
  if (cached !== undefined) return cached;
  const s = decodeUnits(heap.u16, (v + STR_DATA) * 2, heap.i32[v + STR_UNITS]!);
  heap.strings.set(v, s);
  return s;
}

/** Units [start, start + count) of a Uint16Array as a JavaScript string. */
export function decodeUnits(u16: Uint16Array, start: number, count: number): string {
  const chunk = 8192;
  if (count <= chunk) return String.fromCharCode.apply(null, u16.subarray(start, start + count) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < count; i += chunk) {
    const end = Math.min(count, i + chunk);
    parts.push(String.fromCharCode.apply(null, u16.subarray(start + i, start + end) as unknown as number[]));
  }
  return parts.join("");
}

/** The number of UTF-16 units of the str `v`. */
export function strUnits(heap: Heap, v: number): number {
  return heap.i32[v + STR_UNITS]!;
}

/** len(v): the number of code points. */
export function strLength(heap: Heap, v: number): number {
  return heap.i32[v + STR_LENGTH]!;
}

/** The str's hash (low word; the high word is its sign extension). */
export function strHash(heap: Heap, v: number): number {
  return heap.i32[v + STR_HASH]!;
}

export function isInterned(heap: Heap, v: number): boolean {
  return (heap.i32[v + STR_FLAGS]! & STR_INTERNED) !== 0;
}

export function isAscii(heap: Heap, v: number): boolean {
  return (heap.i32[v + STR_FLAGS]! & STR_ASCII) !== 0;
}

/** Index of the first UTF-16 unit of the str `v` in heap.u16. */
export function strUnitIndex(v: number): number {
  return (v + STR_DATA) * 2;
}

/** Whether two strs hold the same characters. */
export function strEquals(heap: Heap, a: number, b: number): boolean {
  if (a === b) return true;
  const i32 = heap.i32;
  if (i32[a + STR_HASH] !== i32[b + STR_HASH]) return false;
  const units = i32[a + STR_UNITS]!;
  if (units !== i32[b + STR_UNITS]) return false;
  if ((i32[a + STR_FLAGS]! & i32[b + STR_FLAGS]! & STR_INTERNED) !== 0) return false;
  const u16 = heap.u16;
  const pa = (a + STR_DATA) * 2;
  const pb = (b + STR_DATA) * 2;
  for (let i = 0; i < units; i++) if (u16[pa + i] !== u16[pb + i]) return false;
  return true;
}

/** Whether the str `v` holds exactly the JavaScript string `s`. */
export function strEqualsJs(heap: Heap, v: number, s: string): boolean {
  const units = heap.i32[v + STR_UNITS]!;
  if (units !== s.length) return false;
  const u16 = heap.u16;
  const base = (v + STR_DATA) * 2;
  for (let i = 0; i < units; i++) if (u16[base + i] !== s.charCodeAt(i)) return false;
  return true;
}

/** A unit's rank in code point order: surrogates sort above U+E000..U+FFFF. */
function codePointRank(unit: number): number {
  if (unit >= 0xd800) return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
  return unit;
}

/** Compares two strs by code points, as Python does: negative, 0 or positive. */
export function strCompare(heap: Heap, a: number, b: number): number {
  if (a === b) return 0;
  const i32 = heap.i32;
  const u16 = heap.u16;
  const na = i32[a + STR_UNITS]!;
  const nb = i32[b + STR_UNITS]!;
  const pa = (a + STR_DATA) * 2;
  const pb = (b + STR_DATA) * 2;
  const n = Math.min(na, nb);
  for (let i = 0; i < n; i++) {
    const x = u16[pa + i]!;
    const y = u16[pb + i]!;
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return na - nb;
}

/** a + b for two strs. */
export function strConcat(heap: Heap, a: number, b: number): number {
  const i32 = heap.i32;
  const na = i32[a + STR_UNITS]!;
  const nb = i32[b + STR_UNITS]!;
  if (nb === 0 && isStr(heap, a)) return a;
  if (na === 0 && isStr(heap, b)) return b;
  return joinInHeap(heap, [a, b], 0);
}

/**
 * The exact str made of the strs `parts` with the str `separator` (0 for
 * none) between them, copied unit by unit inside the heap. Concatenation
 * and str.join go this way: going through JavaScript strings decoded both
 * sides and measured and hashed the result again, and the strings built
 * that way were most of what string-building programs spent.
 */
export function joinInHeap(heap: Heap, parts: readonly number[], separator: number): number {
  let i32 = heap.i32;
  const sepUnits = separator === 0 || parts.length < 2 ? 0 : i32[separator + STR_UNITS]!;
  let units = sepUnits * Math.max(parts.length - 1, 0);
  let length = sepUnits === 0 ? 0 : i32[separator + STR_LENGTH]! * (parts.length - 1);
  let ascii = sepUnits === 0 || (i32[separator + STR_FLAGS]! & STR_ASCII) !== 0;
  for (const part of parts) {
    units += i32[part + STR_UNITS]!;
    length += i32[part + STR_LENGTH]!;
    ascii &&= (i32[part + STR_FLAGS]! & STR_ASCII) !== 0;
  }
  const obj = allocate(heap, STR_DATA + ((units + 1) >> 1), heap.i32[G_TYPES + TypeId.str]!, IMMUTABLE_BIT);
  i32 = heap.i32;
  const u16 = heap.u16;
  const start = (obj + STR_DATA) * 2;
  let at = start;
  for (let k = 0; k < parts.length; k++) {
    if (k > 0 && sepUnits !== 0) {
      length -= joinsPair(i32, u16, at, separator);
      at = copyUnits(i32, u16, separator, at);
    }
    if (at > start) length -= joinsPair(i32, u16, at, parts[k]!);
    at = copyUnits(i32, u16, parts[k]!, at);
  }
  i32[obj + STR_UNITS] = units;
  i32[obj + STR_HASH] = hashUnitRange(u16, start, units);
  i32[obj + STR_LENGTH] = length;
  i32[obj + STR_FLAGS] = ascii ? STR_ASCII : 0;
  return obj;
}

/** Copies the units of the str `s` to index `at` of u16; returns the index past them. */
function copyUnits(i32: Int32Array, u16: Uint16Array, s: number, at: number): number {
  const from = (s + STR_DATA) * 2;
  const n = i32[s + STR_UNITS]!;
  // Plain loops: most pieces are a few units, too few for copyWithin to pay for its call.
  for (let i = 0; i < n; i++) u16[at + i] = u16[from + i]!;
  return at + n;
}

/**
 * 1 when the units written up to `at` end with a high surrogate and the str
 * `next` starts with a low one: the two then read as one character, as
 * they would in the JavaScript string of the whole.
 */
function joinsPair(i32: Int32Array, u16: Uint16Array, at: number, next: number): number {
  if (i32[next + STR_UNITS] === 0) return 0;
  const last = u16[at - 1]!;
  const first = u16[(next + STR_DATA) * 2]!;
  return last >= 0xd800 && last < 0xdc00 && first >= 0xdc00 && first < 0xe000 ? 1 : 0;
}

// ---------------------------------------------------------------------------
// repr

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function isPrintable(char: string): boolean {
  return char === " " || !NOT_PRINTABLE.test(char);
}

function hex(n: number, digits: number): string {
  return n.toString(16).padStart(digits, "0");
}

/** CPython's repr() of a str, as a JavaScript string: quotes chosen as CPython does, escapes for what is not printable. */
export function reprString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of s) {
    const cp = char.codePointAt(0)!;
    if (char === quote || char === "\\") out += "\\" + char;
    else if (char === "\t") out += "\\t";
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + hex(cp, 2);
    else if (cp < 0x7f) out += char;
    else if (isPrintable(char)) out += char;
    else if (cp <= 0xff) out += "\\x" + hex(cp, 2);
    else if (cp <= 0xffff) out += "\\u" + hex(cp, 4);
    else out += "\\U" + hex(cp, 8);
  }
  return out + quote;
}

/** repr() of the heap str `v`. */
export function strRepr(heap: Heap, v: number): string {
  return reprString(strValue(heap, v));
}
