// Where the references are inside a block: the one description of every
// layout that the collector and the verifier share.
//
// An object's type word is itself a reference (types are objects). The rest
// depends on the type (TYPE_TRACE_KIND, TYPE_REF_WORDS, TYPE_DICT_OFFSET) for
// Python objects, and on the tag for internal blocks. Raw words (lengths,
// hashes, float bits, UTF-16 units) are never visited: a raw word that happens
// to look like a pointer must not keep anything alive.

import {
  BLOCK_DICT_KEYS, BLOCK_MIXED, BLOCK_RAW, BLOCK_SET_TABLE, BLOCK_VALUES, DICT_ENTRY_WORDS, DICT_KEYS_INDEX,
  DICT_KEYS_LOG2, DICT_KEYS_NENTRIES, MIXED_RAW_COUNT, SET_ENTRY_WORDS, TRACE_FIXED, TRACE_TUPLE, TUPLE_ITEMS,
  TUPLE_LENGTH, TYPE_DICT_OFFSET, TYPE_REF_WORDS, TYPE_TRACE_KIND, TYPE_WORD,
} from "./layout.js";

export interface ReferenceVisitor {
  /** Called with the index of a word that holds a value (0, a small int or a pointer). */
  reference(i32: Int32Array, word: number): void;
}

/** Visits every reference word of the live block at `p`, `words` words long. */
export function traceBlock(i32: Int32Array, p: number, words: number, visitor: ReferenceVisitor): void {
  const type = i32[p + TYPE_WORD]!;
  if ((type & 1) === 0) traceObject(i32, p, words, type, visitor);
  else traceInternalBlock(i32, p, words, type, visitor);
}

function traceObject(i32: Int32Array, p: number, words: number, type: number, visitor: ReferenceVisitor): void {
  visitor.reference(i32, p + TYPE_WORD);
  let first: number;
  let end: number;
  if (i32[type + TYPE_TRACE_KIND] === TRACE_TUPLE) {
    first = p + TUPLE_ITEMS;
    end = first + i32[p + TUPLE_LENGTH]!;
  } else {
    first = p + 2;
    end = first + i32[type + TYPE_REF_WORDS]!;
  }
  for (let w = first; w < end; w++) visitor.reference(i32, w);
  const dictOffset = i32[type + TYPE_DICT_OFFSET]!;
  if (dictOffset > 0) {
    if (p + dictOffset >= end) visitor.reference(i32, p + dictOffset);
  } else if (dictOffset < 0) {
    visitor.reference(i32, p + words - 1);
  }
}

function traceInternalBlock(i32: Int32Array, p: number, words: number, tag: number, visitor: ReferenceVisitor): void {
  const end = p + words;
  switch (tag) {
    case BLOCK_VALUES:
      for (let w = p + 2; w < end; w++) visitor.reference(i32, w);
      return;
    case BLOCK_RAW:
      return;
    case BLOCK_MIXED:
      for (let w = p + 3 + i32[p + MIXED_RAW_COUNT]!; w < end; w++) visitor.reference(i32, w);
      return;
    case BLOCK_DICT_KEYS: {
      const entries = p + DICT_KEYS_INDEX + (1 << i32[p + DICT_KEYS_LOG2]!);
      const last = entries + i32[p + DICT_KEYS_NENTRIES]! * DICT_ENTRY_WORDS;
      for (let e = entries; e < last; e += DICT_ENTRY_WORDS) {
        visitor.reference(i32, e + 2);
        visitor.reference(i32, e + 3);
      }
      return;
    }
    case BLOCK_SET_TABLE:
      for (let e = p + 2; e + SET_ENTRY_WORDS <= end; e += SET_ENTRY_WORDS) visitor.reference(i32, e + 2);
      return;
    default:
      throw new Error(`block at word ${p} has an unknown tag ${tag}`);
  }
}

/** Whether `tag` (an odd type word) names a kind of internal block. */
export function isBlockTag(tag: number): boolean {
  return tag === BLOCK_VALUES || tag === BLOCK_RAW || tag === BLOCK_MIXED || tag === BLOCK_DICT_KEYS
    || tag === BLOCK_SET_TABLE;
}

/** The number of words a block must have at least for its own length fields to be in bounds; -1 if it cannot tell. */
export function minimumWords(i32: Int32Array, p: number): number {
  const type = i32[p + TYPE_WORD]!;
  if ((type & 1) === 0) {
    if (i32[type + TYPE_TRACE_KIND] === TRACE_TUPLE) return TUPLE_ITEMS + i32[p + TUPLE_LENGTH]!;
    if (i32[type + TYPE_TRACE_KIND] === TRACE_FIXED) return 2 + i32[type + TYPE_REF_WORDS]!;
    return -1;
  }
  if (type === BLOCK_MIXED) return 3 + i32[p + MIXED_RAW_COUNT]!;
  if (type === BLOCK_DICT_KEYS) {
    return DICT_KEYS_INDEX + (1 << i32[p + DICT_KEYS_LOG2]!) + i32[p + DICT_KEYS_NENTRIES]! * DICT_ENTRY_WORDS;
  }
  return 2;
}
