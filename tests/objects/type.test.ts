import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assertHeapValid, collect, createHeap } from "../../src/heap/index.js";
import { G_TYPES, TF_METATYPE } from "../../src/heap/layout.js";
import { smallInt } from "../../src/heap/value.js";
import { dictSetStr, newDict } from "../../src/objects/dict.js";
import { newHeapType } from "../../src/objects/heap-type.js";
import { internString } from "../../src/objects/intern.js";
import { slotsOf } from "../../src/objects/slots.js";
import { tupleItems } from "../../src/objects/tuple.js";
import { BUILTIN_TYPES, TypeId, typeIdOf } from "../../src/objects/type-ids.js";
import {
  assignTypeVersion, builtinType, isInstanceOf, isSubtype, isType, newInstance, typeById, typeFlags, typeLookupName,
  typeMro, typeName, typeOf, typeVersion,
} from "../../src/objects/type.js";
import "../../src/objects/builtin-slots.js";

const mros = (JSON.parse(readFileSync(new URL("./data/misc-cases.json", import.meta.url), "utf8")) as {
  builtinMros: Record<string, string[]>;
}).builtinMros;

const heap = createHeap({ maxBytes: 1 << 24 });

describe("built-in types", () => {
  it("number their ids consistently with the table", () => {
    for (const [key, id] of Object.entries(TypeId)) {
      expect(BUILTIN_TYPES[id]!.name.replace("-", "_")).toBe(key);
      expect(typeIdOf(BUILTIN_TYPES[id]!.name)).toBe(id);
    }
    expect(Object.keys(TypeId)).toHaveLength(BUILTIN_TYPES.length);
  });

  it("have CPython's MROs", () => {
    let compared = 0;
    for (const spec of BUILTIN_TYPES) {
      const expected = mros[spec.name];
      if (!expected) continue;
      expect([spec.name, tupleItems(heap, typeMro(heap, builtinType(heap, spec.name))).map((t) => typeName(heap, t))]).toEqual([spec.name, expected]);
      compared++;
    }
    expect(compared).toBeGreaterThan(110);
  });

  it("are instances of type, found by name and by id", () => {
    const valueError = builtinType(heap, "ValueError");
    expect(valueError).toBe(typeById(heap, TypeId.ValueError));
    expect(typeOf(heap, valueError)).toBe(builtinType(heap, "type"));
    expect(isType(heap, valueError)).toBe(true);
    expect(isType(heap, smallInt(1))).toBe(false);
    expect(typeFlags(heap, builtinType(heap, "type")) & TF_METATYPE).not.toBe(0);
    expect(isSubtype(heap, builtinType(heap, "bool"), builtinType(heap, "int"))).toBe(true);
    expect(isSubtype(heap, builtinType(heap, "KeyError"), builtinType(heap, "ValueError"))).toBe(false);
    expect(() => builtinType(heap, "Nope")).toThrow("no built-in type named Nope");
    expect(heap.i32[G_TYPES + TypeId.object]).toBe(builtinType(heap, "object"));
  });

  it("dispatch native behaviour through the slot table", () => {
    const slots = slotsOf(heap, typeOf(heap, smallInt(2)));
    expect(slots.add!(heap, smallInt(2), smallInt(3))).toBe(smallInt(5));
  });
});

describe("classes", () => {
  it("look attributes up along the MRO, and get instances with a dict", () => {
    const baseDict = newDict(heap);
    dictSetStr(heap, baseDict, internString(heap, "greeting"), smallInt(1));
    const base = newHeapType(heap, "Base", [], baseDict);
    const childDict = newDict(heap);
    dictSetStr(heap, childDict, internString(heap, "other"), smallInt(2));
    const child = newHeapType(heap, "Child", [base], childDict, { qualname: "outer.<locals>.Child" });
    expect(typeLookupName(heap, child, "greeting")).toBe(smallInt(1));
    expect(typeLookupName(heap, child, "other")).toBe(smallInt(2));
    expect(typeLookupName(heap, child, "missing")).toBe(0);
    const obj = newInstance(heap, child);
    expect(isInstanceOf(heap, obj, base)).toBe(true);
    const version = typeVersion(heap, child);
    assignTypeVersion(heap, child);
    expect(typeVersion(heap, child)).not.toBe(version);
    collect(heap, (mark) => mark(obj));
    assertHeapValid(heap);
    expect(typeName(heap, typeOf(heap, obj))).toBe("Child");
    // The slots of a class start as its base's.
    const intClass = newHeapType(heap, "MyInt", [builtinType(heap, "int")], newDict(heap));
    expect(slotsOf(heap, intClass)).toBe(slotsOf(heap, builtinType(heap, "int")));
  });
});
