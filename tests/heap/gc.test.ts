import { describe, expect, it } from "vitest";
import { allocate } from "../../src/heap/alloc.js";
import { assertHeapValid, collect, collectionEpoch, createHeap, setGlobalRoot } from "../../src/heap/index.js";
import type { Heap } from "../../src/heap/heap.js";
import { BLOCK_MIXED, FRAME_CODE, FRAME_SLOTS, G_TYPES, NONE, SEQITER_SEQ, TRUE } from "../../src/heap/layout.js";
import { smallInt } from "../../src/heap/value.js";
import { byteArrayAppend, byteArrayData, bytesData, newByteArray, newBytes } from "../../src/objects/bytes.js";
import { cellGet, newCell } from "../../src/objects/cell.js";
import { codeConsts, codeInstructions, codeToHeap } from "../../src/objects/code.js";
import { dictGetName, dictSetStr, newDict } from "../../src/objects/dict.js";
import { exceptionArgs, exceptionCause, exceptionContext, newException, setExceptionCause, setExceptionContext } from "../../src/objects/exception.js";
import { floatValue, newFloat } from "../../src/objects/float.js";
import { functionCode, newFunction } from "../../src/objects/function.js";
import { newHeapType } from "../../src/objects/heap-type.js";
import { intFromBigInt, intToBigInt } from "../../src/objects/int.js";
import { internString } from "../../src/objects/intern.js";
import { listIteratorNext, newListIterator } from "../../src/objects/iterator.js";
import { hashOut } from "../../src/objects/hash.js";
import { nativeEquals, nativeHash } from "../../src/objects/keys.js";
import { listAppend, listItem, listItems, listOf, newList } from "../../src/objects/list.js";
import { methodFunction, methodSelf, newBuiltinFunction, newMethod } from "../../src/objects/method.js";
import { moduleDict, newModule } from "../../src/objects/module.js";
import { newRange, rangeStop } from "../../src/objects/range.js";
import { newSet, setAdd, setKeys } from "../../src/objects/set.js";
import { newSlice, sliceStep } from "../../src/objects/slice.js";
import { newStr, strValue } from "../../src/objects/str.js";
import { newTuple, tupleItem, tupleItems, tupleOf } from "../../src/objects/tuple.js";
import { TypeId } from "../../src/objects/type-ids.js";
import { instanceDictWord, newInstance, typeName } from "../../src/objects/type.js";
import { CO_NOFREE, CO_OPTIMIZED, type CodeObject } from "../../src/compiler/code.js";

function sampleCode(): CodeObject {
  const inner: CodeObject = {
    co_name: "inner", co_qualname: "outer.<locals>.inner", co_filename: "sample.py", co_firstlineno: 2,
    co_argcount: 1, co_posonlyargcount: 0, co_kwonlyargcount: 0, co_flags: CO_OPTIMIZED | CO_NOFREE,
    co_code: new Int32Array([1, 0, 2, 0]), co_consts: ["the docstring", 10n ** 30n, 2.5, { tuple: [1n, "x", null] }],
    co_names: ["print"], co_localsplusnames: ["a"], co_localspluskinds: new Uint8Array([0x20]), co_nlocals: 1,
    co_ncellvars: 0, co_nfreevars: 0, co_stacksize: 2, co_positions: new Int32Array(8).fill(-1),
    co_exceptiontable: new Int32Array(0),
  };
  return { ...inner, co_name: "<module>", co_qualname: "<module>", co_flags: 0, co_consts: [inner, { frozenset: [1n, 2n] }, new Uint8Array([1, 2])], co_argcount: 0 };
}

/** Builds one object of every layout, reachable from the returned list; returns checks to run after collections. */
function buildEverything(heap: Heap): { root: number; check: () => void } {
  const root = newList(heap);
  const add = (v: number) => listAppend(heap, root, v);
  const eq = nativeEquals(heap);
  // A list of dicts of tuples.
  const records = newList(heap);
  for (let i = 0; i < 50; i++) {
    const d = newDict(heap);
    dictSetStr(heap, d, internString(heap, "id"), tupleOf(heap, [smallInt(i), newFloat(heap, i / 2), newStr(heap, `r${i}`)]));
    dictSetStr(heap, d, newStr(heap, "big"), intFromBigInt(heap, 2n ** 100n + BigInt(i)));
    listAppend(heap, records, d);
  }
  add(records);
  const s = newSet(heap);
  for (let i = 0; i < 30; i++) {
    const t = tupleOf(heap, [smallInt(i), newStr(heap, "k" + i)]);
    nativeHash(heap, t);
    setAdd(heap, s, t, hashOut.lo, hashOut.hi, eq);
  }
  add(s);
  add(newBytes(heap, new Uint8Array([104, 105])));
  const ba = newByteArray(heap, new Uint8Array([1]));
  for (let i = 0; i < 100; i++) byteArrayAppend(heap, ba, i);
  add(ba);
  add(newRange(heap, smallInt(0), intFromBigInt(heap, 2n ** 70n), smallInt(3)));
  add(newSlice(heap, NONE, smallInt(5), newFloat(heap, 0.5)));
  add(newCell(heap, listOf(heap, [newStr(heap, "in a cell")])));
  const module = newModule(heap, "sample");
  dictSetStr(heap, moduleDict(heap, module), internString(heap, "answer"), newFloat(heap, 42));
  add(module);
  const code = codeToHeap(heap, sampleCode());
  const fn = newFunction(heap, tupleItem(heap, codeConsts(heap, code), 0), moduleDict(heap, module));
  add(newMethod(heap, fn, newStr(heap, "self")));
  add(newBuiltinFunction(heap, "len", 7, module));
  const context = newException(heap, heap.i32[G_TYPES + TypeId.KeyError]!, tupleOf(heap, [newStr(heap, "missing")]));
  const error = newException(heap, heap.i32[G_TYPES + TypeId.ValueError]!, tupleOf(heap, [newStr(heap, "bad")]));
  setExceptionContext(heap, error, context);
  setExceptionCause(heap, error, newException(heap, heap.i32[G_TYPES + TypeId.OSError]!, newTuple(heap, 0)));
  add(error);
  const klass = newHeapType(heap, "Point", [], newDict(heap));
  const point = newInstance(heap, klass);
  const pointDict = newDict(heap);
  dictSetStr(heap, pointDict, internString(heap, "x"), newFloat(heap, 1.25));
  heap.i32[instanceDictWord(heap, point)] = pointDict;
  add(point);
  const strClass = newHeapType(heap, "Name", [heap.i32[G_TYPES + TypeId.str]!], newDict(heap));
  const name = newStr(heap, "subclassed", strClass);
  heap.i32[instanceDictWord(heap, name)] = tupleOf(heap, [newStr(heap, "dict of a str subclass")]);
  add(name);
  const pairClass = newHeapType(heap, "Pair", [heap.i32[G_TYPES + TypeId.tuple]!], newDict(heap));
  const pair = newTuple(heap, 2, pairClass);
  heap.i32[pair + 3] = newStr(heap, "first");
  heap.i32[pair + 4] = newStr(heap, "second");
  heap.i32[instanceDictWord(heap, pair)] = newDict(heap);
  add(pair);
  const iterated = listOf(heap, [newStr(heap, "only through an iterator")]);
  add(newListIterator(heap, iterated));
  const frame = allocate(heap, 11, heap.i32[G_TYPES + TypeId.frame]!);
  const slots = allocate(heap, 3 + 2 + 4, BLOCK_MIXED);
  heap.i32[slots + 2] = 2;
  heap.i32[slots + 3] = 0x7ffffff0;
  heap.i32[slots + 5] = newStr(heap, "a frame slot");
  heap.i32[frame + FRAME_CODE] = code;
  heap.i32[frame + FRAME_SLOTS] = slots;
  add(frame);

  const check = () => {
    const items = listItems(heap, root);
    const recs = listItems(heap, items[0]!);
    expect(recs).toHaveLength(50);
    expect(strValue(heap, tupleItem(heap, dictGetName(heap, recs[49]!, "id"), 2))).toBe("r49");
    expect(floatValue(heap, tupleItem(heap, dictGetName(heap, recs[3]!, "id"), 1))).toBe(1.5);
    expect(intToBigInt(heap, dictGetName(heap, recs[7]!, "big"))).toBe(2n ** 100n + 7n);
    expect(setKeys(heap, items[1]!).map((t) => strValue(heap, tupleItem(heap, t, 1))).sort()).toHaveLength(30);
    expect([...bytesData(heap, items[2]!)]).toEqual([104, 105]);
    expect(byteArrayData(heap, items[3]!)[100]).toBe(99);
    expect(intToBigInt(heap, rangeStop(heap, items[4]!))).toBe(2n ** 70n);
    expect(floatValue(heap, sliceStep(heap, items[5]!))).toBe(0.5);
    expect(strValue(heap, listItem(heap, cellGet(heap, items[6]!), 0))).toBe("in a cell");
    expect(floatValue(heap, dictGetName(heap, moduleDict(heap, items[7]!), "answer"))).toBe(42);
    const method = items[8]!;
    expect(strValue(heap, methodSelf(heap, method))).toBe("self");
    const innerCode = functionCode(heap, methodFunction(heap, method));
    expect(intToBigInt(heap, tupleItem(heap, codeConsts(heap, innerCode), 1))).toBe(10n ** 30n);
    expect([...codeInstructions(heap, innerCode)]).toEqual([1, 0, 2, 0]);
    const err = items[10]!;
    expect(strValue(heap, tupleItem(heap, exceptionArgs(heap, exceptionContext(heap, err)), 0))).toBe("missing");
    expect(typeName(heap, heap.i32[exceptionCause(heap, err)]!)).toBe("OSError");
    expect(floatValue(heap, dictGetName(heap, heap.i32[instanceDictWord(heap, items[11]!)]!, "x"))).toBe(1.25);
    expect(strValue(heap, items[12]!)).toBe("subclassed");
    expect(strValue(heap, tupleItem(heap, heap.i32[instanceDictWord(heap, items[12]!)]!, 0))).toBe("dict of a str subclass");
    expect(tupleItems(heap, items[13]!).map((v) => strValue(heap, v))).toEqual(["first", "second"]);
    const iterator = newListIterator(heap, heap.i32[items[14]! + SEQITER_SEQ]!);
    expect(strValue(heap, listIteratorNext(heap, iterator))).toBe("only through an iterator");
    expect(strValue(heap, heap.i32[heap.i32[items[15]! + FRAME_SLOTS]! + 5]!)).toBe("a frame slot");
  };
  return { root, check };
}

function makeGarbage(heap: Heap, n: number): void {
  for (let i = 0; i < n; i++) listOf(heap, [newStr(heap, "garbage " + i), newFloat(heap, i), tupleOf(heap, [smallInt(i)])]);
}

describe("the collector", () => {
  it("keeps what is reachable through every layout and frees the rest", () => {
    const heap = createHeap({ maxBytes: 1 << 26 });
    const baseline = collect(heap).liveBytes;
    makeGarbage(heap, 1000);
    const { root, check } = buildEverything(heap);
    makeGarbage(heap, 1000);
    const kept = collect(heap, (mark) => mark(root));
    assertHeapValid(heap);
    check();
    expect(kept.freedBytes).toBeGreaterThan(2000 * 64);
    // Reuse the freed memory, collect again, and everything is still intact.
    makeGarbage(heap, 3000);
    collect(heap, (mark) => mark(root));
    assertHeapValid(heap);
    check();
    const dropped = collect(heap);
    expect(dropped.freedBytes).toBeGreaterThan(0);
    expect(dropped.liveBytes).toBeLessThan(kept.liveBytes);
    // What stays: the built-in objects, plus strs interned since (the intern table is a root).
    expect(dropped.liveBytes - baseline).toBeLessThan(16384);
    assertHeapValid(heap);
  });

  it("treats the VM's global root slots as roots", () => {
    const heap = createHeap({ maxBytes: 1 << 24 });
    const kept = listOf(heap, [newStr(heap, "rooted")]);
    setGlobalRoot(heap, 3, kept);
    makeGarbage(heap, 100);
    collect(heap);
    assertHeapValid(heap);
    expect(strValue(heap, listItem(heap, kept, 0))).toBe("rooted");
  });

  it("marks a chain a million objects deep without recursion", () => {
    const heap = createHeap({ maxBytes: 1 << 27 });
    let chain = NONE;
    for (let i = 0; i < 1_000_000; i++) chain = tupleOf(heap, [chain, smallInt(i)]);
    const stats = collect(heap, (mark) => mark(chain));
    expect(stats.liveBytes).toBeGreaterThan(1_000_000 * 16);
    let length = 0;
    for (let t = chain; t !== NONE; t = tupleItem(heap, t, 0)) length++;
    expect(length).toBe(1_000_000);
    expect(collect(heap).freedBytes).toBeGreaterThanOrEqual(1_000_000 * 16);
  });

  it("changes the epoch and drops address-keyed string caches", () => {
    const heap = createHeap({ maxBytes: 1 << 24 });
    const epoch = collectionEpoch(heap);
    const s = newStr(heap, "temporary");
    expect(strValue(heap, s)).toBe("temporary");
    collect(heap);
    expect(collectionEpoch(heap)).toBe(epoch + 1);
    // The address is free and reused by a different string: the stale cache entry must not answer.
    let reused = 0;
    for (let i = 0; i < 100 && reused !== s; i++) reused = newStr(heap, "different" + i);
    expect(reused).toBe(s);
    expect(strValue(heap, s)).toMatch(/^different/);
    expect(TRUE).not.toBe(s);
  });
});
