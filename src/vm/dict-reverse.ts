// reversed() of a dict or of its keys, values and items views: the
// dict_reverse*iterator types. Such an iterator walks the dict's entry table
// from the last entry down, skipping deleted entries, and raises
// RuntimeError when the dict's size changed since it was made, as CPython's
// dictreviter_iternext does.

import { allocate } from "../heap/alloc.js";
import { DICT_USED, DICTITER_DICT, DICTITER_LEFT, DICTITER_POS, DICTITER_USED, DICTITER_WORDS, PAIR_FIRST } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { dictEntryCount, dictEntryKey, dictEntryPair } from "./containers.js";
import { raiseException } from "./exceptions.js";
import { newTuple, typeById, typeIdOfValue } from "./model.js";
import type { Thread } from "./thread.js";

/** The reverse iterator type for a dict (keys) or a view of `viewId`, or -1 for other types. */
function reverseIteratorId(viewId: number): number {
  switch (viewId) {
    case TypeId.dict:
    case TypeId.dict_keys: return TypeId.dict_reversekeyiterator;
    case TypeId.dict_values: return TypeId.dict_reversevalueiterator;
    case TypeId.dict_items: return TypeId.dict_reverseitemiterator;
    default: return -1;
  }
}

/** reversed(v) for a dict (of exactly the built-in kind) or one of its views; 0 for anything else. */
export function reversedDict(th: Thread, v: number, id: number): number {
  const itId = reverseIteratorId(id);
  if (itId < 0) return 0;
  const dict = id === TypeId.dict ? v : th.heap.i32[v + PAIR_FIRST]!;
  const it = allocate(th.heap, DICTITER_WORDS, typeById(th, itId));
  const i32 = th.heap.i32;
  i32[it + DICTITER_DICT] = dict;
  i32[it + DICTITER_POS] = dictEntryCount(th, dict) - 1;
  i32[it + DICTITER_USED] = i32[dict + DICT_USED]!;
  i32[it + DICTITER_LEFT] = i32[dict + DICT_USED]!;
  return it;
}

/** next() of a dict_reverse*iterator: the next value, or 0 when exhausted. */
export function reverseDictIteratorNext(th: Thread, it: number): number {
  const i32 = th.heap.i32;
  const dict = i32[it + DICTITER_DICT]!;
  if (dict === 0) return 0;
  if (i32[dict + DICT_USED] !== i32[it + DICTITER_USED]) {
    i32[it + DICTITER_DICT] = 0;
    raiseException(th, "RuntimeError", "dictionary changed size during iteration");
  }
  // An entry table rebuilt by a resize is shorter: start again from its end.
  let pos = Math.min(i32[it + DICTITER_POS]!, dictEntryCount(th, dict) - 1);
  for (;;) {
    while (pos >= 0 && dictEntryKey(th, dict, pos) === 0) pos--;
    if (pos < 0 || i32[it + DICTITER_LEFT]! <= 0) {
      i32[it + DICTITER_DICT] = 0;
      return 0;
    }
    // Without the GIL the entry may be deleted between the scan and the read: scan on.
    const pair = dictEntryPair(th, dict, pos--);
    if (pair === null) continue;
    i32[it + DICTITER_POS] = pos;
    i32[it + DICTITER_LEFT]--;
    switch (typeIdOfValue(th, it)) {
      case TypeId.dict_reversekeyiterator: return pair[0];
      case TypeId.dict_reversevalueiterator: return pair[1];
      default: return newTuple(th, pair);
    }
  }
}
