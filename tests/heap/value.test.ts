import { describe, expect, it } from "vitest";
import { createHeap } from "../../src/heap/index.js";
import {
  ELLIPSIS, FALSE, HEAP_START, NONE, NOT_IMPLEMENTED, SINGLETONS_END, TRUE,
} from "../../src/heap/layout.js";
import { fitsSmallInt, fromSmallInt, isObject, isSmallInt, NO_VALUE, SMALL_INT_MAX, SMALL_INT_MIN, smallInt } from "../../src/heap/value.js";
import { typeNameOf } from "../../src/objects/type.js";

describe("values", () => {
  it("encode small ints in odd words and round-trip the whole 31-bit range", () => {
    for (const n of [0, 1, -1, 12345, -12345, SMALL_INT_MAX, SMALL_INT_MIN]) {
      const v = smallInt(n);
      expect(isSmallInt(v)).toBe(true);
      expect(isObject(v)).toBe(false);
      expect(fromSmallInt(v)).toBe(n);
    }
    expect(fitsSmallInt(SMALL_INT_MAX + 1)).toBe(false);
    expect(fitsSmallInt(SMALL_INT_MIN - 1)).toBe(false);
    expect(fitsSmallInt(1.5)).toBe(false);
    expect(isObject(NO_VALUE)).toBe(false);
    expect(isSmallInt(NO_VALUE)).toBe(false);
  });

  it("puts the singletons at fixed even offsets with their types", () => {
    const heap = createHeap({ maxBytes: 1 << 22 });
    expect(NONE).toBe(HEAP_START);
    for (const v of [NONE, TRUE, FALSE, ELLIPSIS, NOT_IMPLEMENTED]) {
      expect(isObject(v)).toBe(true);
      expect(v).toBeLessThan(SINGLETONS_END);
    }
    expect([NONE, TRUE, FALSE, ELLIPSIS, NOT_IMPLEMENTED].map((v) => typeNameOf(heap, v)))
      .toEqual(["NoneType", "bool", "bool", "ellipsis", "NotImplementedType"]);
    expect(typeNameOf(heap, smallInt(3))).toBe("int");
  });
});
