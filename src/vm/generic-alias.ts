// `list[int]` and `int | None` on built-in classes: the values are
// types.GenericAlias and types.UnionType, written in Python
// (src/lib/_generic_alias.py); this file hands the operands to them.

import { NONE, PAIR_FIRST } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import { builtinBaseId, internStr, isClassMethod, isType, isUserClass } from "./model.js";
import { getAttr } from "./attributes.js";
import { callObject } from "./calls.js";
import { importModule } from "./imports.js";

/** Built-in classes that CPython lets one subscript (their __class_getitem__). */
const SUBSCRIPTABLE = new Set<number>([
  TypeId.list, TypeId.dict, TypeId.set, TypeId.frozenset, TypeId.tuple, TypeId.type, TypeId.ReferenceType,
]);

function aliasFactory(th: Thread, name: string): number {
  return getAttr(th, importModule(th, "_generic_alias"), internStr(th, name));
}

/** `cls[key]` through a class's `__class_getitem__` (an implicit classmethod), or a built-in's GenericAlias; 0 when neither applies. */
export function classGetItem(th: Thread, cls: number, hook: number, key: number): number {
  if (hook !== 0) {
    if (isClassMethod(th, hook)) return callObject(th, th.heap.i32[hook + PAIR_FIRST]!, [cls, key]);
    return callObject(th, hook, [key]);
  }
  if (!isUserClass(th, cls) && SUBSCRIPTABLE.has(builtinBaseId(th, cls))) {
    return callObject(th, aliasFactory(th, "GenericAlias"), [cls, key]);
  }
  return 0;
}

/** `a | b` where both are classes (or None): a types.UnionType; 0 for other operands. */
export function typeUnion(th: Thread, a: number, b: number): number {
  const member = (v: number) => v === NONE || ((v & 1) === 0 && isType(th, v));
  if (!member(a) || !member(b)) return 0;
  return callObject(th, aliasFactory(th, "_union"), [a, b]);
}
