import { describe, expect, it } from "vitest";
import { createHeap } from "../../src/heap/index.js";
import { ELLIPSIS, FALSE, NONE, NOT_IMPLEMENTED, TRUE } from "../../src/heap/layout.js";
import { smallInt } from "../../src/heap/value.js";
import { boolOf, isBool } from "../../src/objects/bool.js";
import "../../src/objects/builtin-slots.js";
import { floatValue, newFloat } from "../../src/objects/float.js";
import { intFromBigInt, intToBigInt } from "../../src/objects/int.js";
import { CompareOp, slotsOf } from "../../src/objects/slots.js";
import { newStr, strValue } from "../../src/objects/str.js";
import { builtinType, typeOf } from "../../src/objects/type.js";

const heap = createHeap({ maxBytes: 1 << 24 });
const slots = (v: number) => slotsOf(heap, typeOf(heap, v));

describe("native slots of built-in types", () => {
  it("do int arithmetic, leaving other operands to their own type", () => {
    const big = smallInt(2 ** 30 - 1);
    expect(intToBigInt(heap, slots(big).add!(heap, big, smallInt(1)))).toBe(2n ** 30n);
    expect(slots(big).add!(heap, big, newFloat(heap, 1))).toBe(NOT_IMPLEMENTED);
    expect(floatValue(heap, slots(smallInt(1)).trueDivide!(heap, smallInt(1), smallInt(4)))).toBe(0.25);
    expect(intToBigInt(heap, slots(smallInt(3)).power!(heap, smallInt(3), smallInt(4), smallInt(5)))).toBe(1n);
    expect(() => slots(smallInt(3)).power!(heap, smallInt(3), smallInt(4), newFloat(heap, 5))).toThrow("pow() 3rd argument not allowed unless all arguments are integers");
    expect(slots(smallInt(3)).richcompare!(heap, smallInt(3), intFromBigInt(heap, 2n ** 70n), CompareOp.LT)).toBe(TRUE);
  });

  it("do float arithmetic with ints on either side", () => {
    const half = newFloat(heap, 0.5);
    expect(floatValue(heap, slots(half).add!(heap, smallInt(1), half))).toBe(1.5);
    expect(floatValue(heap, slots(half).floorDivide!(heap, newFloat(heap, -7.5), smallInt(2)))).toBe(-4);
    expect(slots(half).richcompare!(heap, newFloat(heap, 2 ** 53), intFromBigInt(heap, 2n ** 53n + 1n), CompareOp.LT)).toBe(TRUE);
    expect(slots(half).richcompare!(heap, newFloat(heap, NaN), newFloat(heap, NaN), CompareOp.NE)).toBe(TRUE);
    expect(slots(half).add!(heap, half, newStr(heap, "x"))).toBe(NOT_IMPLEMENTED);
  });

  it("keep bools bools under & | ^ and repr the singletons", () => {
    expect(slots(TRUE).and!(heap, TRUE, FALSE)).toBe(FALSE);
    expect(slots(TRUE).xor!(heap, TRUE, FALSE)).toBe(TRUE);
    expect(slots(TRUE).or!(heap, TRUE, smallInt(2))).toBe(smallInt(3));
    expect(strValue(heap, slots(TRUE).repr!(heap, TRUE))).toBe("True");
    expect(strValue(heap, slots(NONE).repr!(heap, NONE))).toBe("None");
    expect(strValue(heap, slots(ELLIPSIS).repr!(heap, ELLIPSIS))).toBe("Ellipsis");
    expect(slots(NONE).bool!(heap, NONE)).toBe(false);
    expect([boolOf(true), boolOf(false), isBool(TRUE), isBool(smallInt(1))]).toEqual([TRUE, FALSE, true, false]);
    // bool has no add of its own: it inherits int's, as in CPython.
    expect(slotsOf(heap, builtinType(heap, "bool")).add!(heap, TRUE, smallInt(1))).toBe(smallInt(2));
    expect(Object.hasOwn(slotsOf(heap, builtinType(heap, "bool")), "add")).toBe(false);
  });

  it("repr and concatenate strs", () => {
    const s = newStr(heap, "it's");
    expect(strValue(heap, slots(s).repr!(heap, s))).toBe(`"it's"`);
    expect(strValue(heap, slots(s).add!(heap, s, newStr(heap, "!")))).toBe("it's!");
    expect(slots(s).len!(heap, newStr(heap, "😀😀"))).toBe(2);
  });
});
