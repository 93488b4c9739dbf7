import { describe, expect, it } from "vitest";
import { createHeap } from "../../src/heap/index.js";
import { PyError } from "../../src/heap/errors.js";
import { smallInt } from "../../src/heap/value.js";
import { dictSetStr, newDict } from "../../src/objects/dict.js";
import { hashOut } from "../../src/objects/hash.js";
import { intFromBigInt, intToBigInt } from "../../src/objects/int.js";
import { internString } from "../../src/objects/intern.js";
import {
  dictItemIteratorNext, dictKeyIteratorNext, dictValueIteratorNext, listIteratorNext, listReverseIteratorNext,
  longRangeIteratorNext, newDictIterator, newListIterator, newListReverseIterator, newRangeIterator, newSetIterator,
  newStrIterator, newTupleIterator, rangeIteratorNext, setIteratorNext, strIteratorNext, tupleIteratorNext,
} from "../../src/objects/iterator.js";
import { nativeEquals, nativeHash } from "../../src/objects/keys.js";
import { listAppend, listClear, listOf } from "../../src/objects/list.js";
import { newRange } from "../../src/objects/range.js";
import { newSet, setAdd } from "../../src/objects/set.js";
import { newStr, strValue } from "../../src/objects/str.js";
import { tupleItems, tupleOf } from "../../src/objects/tuple.js";
import { TypeId } from "../../src/objects/type-ids.js";
import { typeNameOf } from "../../src/objects/type.js";

const heap = createHeap({ maxBytes: 1 << 24 });

function drain(it: number, next: (h: typeof heap, it: number) => number): number[] {
  const out: number[] = [];
  for (let v = next(heap, it); v !== 0; v = next(heap, it)) out.push(v);
  return out;
}

describe("iterators", () => {
  it("walk lists forward and backward, and stay exhausted", () => {
    const l = listOf(heap, [1, 2, 3].map(smallInt));
    const it = newListIterator(heap, l);
    expect(drain(it, listIteratorNext).map((v) => v >> 1)).toEqual([1, 2, 3]);
    listAppend(heap, l, smallInt(4));
    expect(listIteratorNext(heap, it)).toBe(0);
    expect(drain(newListReverseIterator(heap, l), listReverseIteratorNext).map((v) => v >> 1)).toEqual([4, 3, 2, 1]);
    const cleared = newListIterator(heap, l);
    listIteratorNext(heap, cleared);
    listClear(heap, l);
    expect(listIteratorNext(heap, cleared)).toBe(0);
  });

  it("walk tuples and strs (a surrogate pair is one character)", () => {
    expect(drain(newTupleIterator(heap, tupleOf(heap, [smallInt(5), smallInt(6)])), tupleIteratorNext)).toEqual([smallInt(5), smallInt(6)]);
    const it = newStrIterator(heap, newStr(heap, "a😀b"));
    expect(typeNameOf(heap, it)).toBe("str_iterator");
    expect(drain(it, strIteratorNext).map((v) => strValue(heap, v))).toEqual(["a", "😀", "b"]);
    expect(typeNameOf(heap, newStrIterator(heap, newStr(heap, "abc")))).toBe("str_ascii_iterator");
  });

  it("walk ranges, small and long", () => {
    expect(drain(newRangeIterator(heap, newRange(heap, smallInt(10), smallInt(0), smallInt(-3))), rangeIteratorNext).map((v) => v >> 1)).toEqual([10, 7, 4, 1]);
    const top = 2 ** 30 - 1;
    const nearTop = newRangeIterator(heap, newRange(heap, smallInt(top - 2), smallInt(top), smallInt(1)));
    expect(typeNameOf(heap, nearTop)).toBe("range_iterator");
    expect(drain(nearTop, rangeIteratorNext).map((v) => v >> 1)).toEqual([top - 2, top - 1]);
    const long = newRangeIterator(heap, newRange(heap, intFromBigInt(heap, 2n ** 70n), intFromBigInt(heap, 2n ** 70n + 3n), smallInt(1)));
    expect(typeNameOf(heap, long)).toBe("longrange_iterator");
    expect(drain(long, longRangeIteratorNext).map((v) => intToBigInt(heap, v))).toEqual([2n ** 70n, 2n ** 70n + 1n, 2n ** 70n + 2n]);
  });

  it("walk dicts and sets, and refuse a change of size", () => {
    const d = newDict(heap);
    dictSetStr(heap, d, internString(heap, "a"), smallInt(1));
    dictSetStr(heap, d, internString(heap, "b"), smallInt(2));
    expect(drain(newDictIterator(heap, TypeId.dict_keyiterator, d), dictKeyIteratorNext).map((k) => strValue(heap, k))).toEqual(["a", "b"]);
    expect(drain(newDictIterator(heap, TypeId.dict_valueiterator, d), dictValueIteratorNext)).toEqual([smallInt(1), smallInt(2)]);
    expect(drain(newDictIterator(heap, TypeId.dict_itemiterator, d), dictItemIteratorNext).map((t) => tupleItems(heap, t)[1])).toEqual([smallInt(1), smallInt(2)]);
    const it = newDictIterator(heap, TypeId.dict_keyiterator, d);
    dictKeyIteratorNext(heap, it);
    dictSetStr(heap, d, internString(heap, "c"), smallInt(3));
    expect(() => dictKeyIteratorNext(heap, it)).toThrow(new PyError("RuntimeError", "dictionary changed size during iteration"));
    const s = newSet(heap);
    for (const x of [3, 1, 2]) {
      nativeHash(heap, smallInt(x));
      setAdd(heap, s, smallInt(x), hashOut.lo, hashOut.hi, nativeEquals(heap));
    }
    const setIt = newSetIterator(heap, s);
    expect(setIteratorNext(heap, setIt)).toBe(smallInt(1));
    nativeHash(heap, smallInt(9));
    setAdd(heap, s, smallInt(9), hashOut.lo, hashOut.hi, nativeEquals(heap));
    expect(() => setIteratorNext(heap, setIt)).toThrow("Set changed size during iteration");
  });
});
