// __length_hint__ of the built-in iterators: how many items are left, as
// operator.length_hint and list() presizing ask (CPython's
// listiter_len, tupleiter_len, rangeiter_len, dictiter_len, setiter_len).
// Each reads the iterator's position in the heap; an exhausted iterator says 0.

import {
  DICTITER_DICT, DICTITER_LEFT, LONGRANGEITER_LEFT, RANGEITER_LEFT, SEQITER_INDEX, SEQITER_SEQ, SETITER_LEFT, SETITER_SET,
} from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import { fromNumber } from "../vm/int-values.js";
import { listSize, tupleSize } from "../vm/containers.js";
import { typeMethod } from "./registry.js";

type Remaining = (th: Thread, it: number) => number;

function hint(typeId: number, remaining: Remaining): void {
  typeMethod(typeId, "__length_hint__", (th, args) => fromNumber(th, Math.max(0, remaining(th, args[0]!))));
}

function sequenceLeft(size: (th: Thread, seq: number) => number): Remaining {
  return (th, it) => {
    const seq = th.heap.i32[it + SEQITER_SEQ]!;
    return seq === 0 ? 0 : size(th, seq) - th.heap.i32[it + SEQITER_INDEX]!;
  };
}

hint(TypeId.list_iterator, sequenceLeft(listSize));
hint(TypeId.tuple_iterator, sequenceLeft(tupleSize));
// A reverse iterator counts down from its index; a list shrunk below it has nothing left (listreviter_len).
hint(TypeId.list_reverseiterator, (th, it) => {
  const seq = th.heap.i32[it + SEQITER_SEQ]!;
  const left = th.heap.i32[it + SEQITER_INDEX]! + 1;
  return seq === 0 || listSize(th, seq) < left ? 0 : left;
});
hint(TypeId.range_iterator, (th, it) => th.heap.i32[it + RANGEITER_LEFT]!);
typeMethod(TypeId.longrange_iterator, "__length_hint__", (th, args) => th.heap.i32[args[0]! + LONGRANGEITER_LEFT]!);
for (const id of [
  TypeId.dict_keyiterator, TypeId.dict_valueiterator, TypeId.dict_itemiterator,
  TypeId.dict_reversekeyiterator, TypeId.dict_reversevalueiterator, TypeId.dict_reverseitemiterator,
]) {
  hint(id, (th, it) => (th.heap.i32[it + DICTITER_DICT] === 0 ? 0 : th.heap.i32[it + DICTITER_LEFT]!));
}
hint(TypeId.set_iterator, (th, it) => (th.heap.i32[it + SETITER_SET] === 0 ? 0 : th.heap.i32[it + SETITER_LEFT]!));
