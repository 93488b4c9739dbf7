import { describe, expect, it } from "vitest";
import { PyError } from "../../src/heap/errors.js";
import { createHeap } from "../../src/heap/index.js";
import { smallInt } from "../../src/heap/value.js";
import {
  exceptionArgs, exceptionCause, exceptionContext, exceptionFromError, exceptionSuppressContext, isException,
  isExceptionType, newException, preallocatedMemoryError, setExceptionCause, setExceptionContext,
} from "../../src/objects/exception.js";
import { newStr, strValue } from "../../src/objects/str.js";
import { tupleItems, tupleOf } from "../../src/objects/tuple.js";
import { builtinType, typeNameOf } from "../../src/objects/type.js";

const heap = createHeap({ maxBytes: 1 << 24 });

describe("exceptions", () => {
  it("are made from the errors native code throws", () => {
    const e = exceptionFromError(heap, new PyError("ZeroDivisionError", "division by zero"));
    expect(typeNameOf(heap, e)).toBe("ZeroDivisionError");
    expect(tupleItems(heap, exceptionArgs(heap, e)).map((a) => strValue(heap, a))).toEqual(["division by zero"]);
    const key = exceptionFromError(heap, new PyError("KeyError", "", smallInt(5)));
    expect(tupleItems(heap, exceptionArgs(heap, key))).toEqual([smallInt(5)]);
    expect(tupleItems(heap, exceptionArgs(heap, exceptionFromError(heap, new PyError("MemoryError", ""))))).toEqual([]);
    expect(typeNameOf(heap, exceptionFromError(heap, new PyError("NoSuchError", "x")))).toBe("SystemError");
  });

  it("chain causes and contexts", () => {
    const cause = newException(heap, builtinType(heap, "OSError"), tupleOf(heap, [newStr(heap, "disk")]));
    const e = newException(heap, builtinType(heap, "RuntimeError"), tupleOf(heap, []));
    expect(exceptionSuppressContext(heap, e)).toBe(false);
    setExceptionContext(heap, e, cause);
    setExceptionCause(heap, e, cause);
    expect(exceptionCause(heap, e)).toBe(cause);
    expect(exceptionContext(heap, e)).toBe(cause);
    expect(exceptionSuppressContext(heap, e)).toBe(true);
    expect(isException(heap, e)).toBe(true);
    expect(isException(heap, smallInt(1))).toBe(false);
    expect(isExceptionType(heap, builtinType(heap, "Warning"))).toBe(true);
    expect(isExceptionType(heap, builtinType(heap, "int"))).toBe(false);
    expect(typeNameOf(heap, preallocatedMemoryError(heap))).toBe("MemoryError");
  });
});
