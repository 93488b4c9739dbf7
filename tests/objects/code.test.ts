import { describe, expect, it } from "vitest";
import { type CodeConstant, type CodeObject, isCodeObject } from "../../src/compiler/code.js";
import { compile } from "../../src/compiler/index.js";
import { assertHeapValid, collect, createHeap } from "../../src/heap/index.js";
import type { Heap } from "../../src/heap/heap.js";
import { ELLIPSIS, FALSE, NONE, TRUE } from "../../src/heap/layout.js";
import { bytesData } from "../../src/objects/bytes.js";
import {
  codeArgcount, codeConsts, codeDoc, codeExceptionTable, codeFilename, codeFirstLineno, codeFlags, codeInstructions,
  codeKwonlyArgcount, codeLocalsPlusKinds, codeLocalsPlusNames, codeName, codeNames, codePositions, codeQualname,
  codeStacksize, codeToHeap,
} from "../../src/objects/code.js";
import { complexImag, complexReal } from "../../src/objects/complex.js";
import { floatValue } from "../../src/objects/float.js";
import { intToBigInt } from "../../src/objects/int.js";
import { internString } from "../../src/objects/intern.js";
import { isFrozenset, setKeys } from "../../src/objects/set.js";
import { strValue } from "../../src/objects/str.js";
import { tupleItems } from "../../src/objects/tuple.js";
import { typeNameOf } from "../../src/objects/type.js";

const SOURCE = `
def outer(a, b=2, *args, key=None, **kw):
    '''Adds things.'''
    def inner():
        return a + 1.5 + 2j + (1 + 3j)
    try:
        return inner() + b"bytes"[0] + 10**40
    except ValueError as e:
        return ...
x = (1, 'two', None, True, False)
if x in {1, 2}:
    pass
`;

/** Compares a heap constant with the compiler's. */
function checkConstant(heap: Heap, c: CodeConstant, v: number): void {
  if (c === null) return void expect(v).toBe(NONE);
  if (c === true) return void expect(v).toBe(TRUE);
  if (c === false) return void expect(v).toBe(FALSE);
  if (typeof c === "symbol") return void expect(v).toBe(ELLIPSIS);
  if (typeof c === "bigint") return void expect(intToBigInt(heap, v)).toBe(c);
  if (typeof c === "number") return void expect(floatValue(heap, v)).toBe(c);
  if (typeof c === "string") return void expect(strValue(heap, v)).toBe(c);
  if (c instanceof Uint8Array) return void expect([...bytesData(heap, v)]).toEqual([...c]);
  if (isCodeObject(c)) return checkCode(heap, c, v);
  if ("tuple" in c) return tupleItems(heap, v).forEach((item, i) => checkConstant(heap, c.tuple[i]!, item));
  if ("frozenset" in c) {
    expect(isFrozenset(heap, v)).toBe(true);
    return void expect(setKeys(heap, v)).toHaveLength(c.frozenset.length);
  }
  expect([complexReal(heap, v), complexImag(heap, v)]).toEqual("complex" in c ? c.complex : [0, c.imag]);
}

function checkCode(heap: Heap, code: CodeObject, c: number): void {
  expect(typeNameOf(heap, c)).toBe("code");
  expect(strValue(heap, codeName(heap, c))).toBe(code.co_name);
  expect(strValue(heap, codeQualname(heap, c))).toBe(code.co_qualname);
  expect(strValue(heap, codeFilename(heap, c))).toBe(code.co_filename);
  expect([codeFirstLineno(heap, c), codeArgcount(heap, c), codeKwonlyArgcount(heap, c), codeFlags(heap, c), codeStacksize(heap, c)])
    .toEqual([code.co_firstlineno, code.co_argcount, code.co_kwonlyargcount, code.co_flags, code.co_stacksize]);
  expect([...codeInstructions(heap, c)]).toEqual([...code.co_code]);
  expect([...codePositions(heap, c)]).toEqual([...code.co_positions]);
  expect([...codeExceptionTable(heap, c)]).toEqual([...code.co_exceptiontable]);
  expect(tupleItems(heap, codeNames(heap, c)).map((n) => strValue(heap, n))).toEqual(code.co_names);
  expect(tupleItems(heap, codeLocalsPlusNames(heap, c)).map((n) => strValue(heap, n))).toEqual(code.co_localsplusnames);
  expect([...bytesData(heap, codeLocalsPlusKinds(heap, c))]).toEqual([...code.co_localspluskinds]);
  const consts = tupleItems(heap, codeConsts(heap, c));
  expect(consts).toHaveLength(code.co_consts.length);
  code.co_consts.forEach((k, i) => checkConstant(heap, k, consts[i]!));
}

describe("code objects in the heap", () => {
  it("copy everything the compiler produced, nested code included", () => {
    const heap = createHeap({ maxBytes: 1 << 24 });
    const code = compile(SOURCE, "sample.py");
    const c = codeToHeap(heap, code);
    collect(heap, (mark) => mark(c));
    assertHeapValid(heap);
    checkCode(heap, code, c);
    const outer = tupleItems(heap, codeConsts(heap, c)).find((k) => typeNameOf(heap, k) === "code")!;
    expect(strValue(heap, codeDoc(heap, outer))).toBe("Adds things.");
    expect(codeDoc(heap, c)).toBe(NONE);
    // Names are interned: the same str objects any other lookup of these names gets.
    expect(tupleItems(heap, codeLocalsPlusNames(heap, outer))[0]).toBe(internString(heap, "a"));
  });
});
