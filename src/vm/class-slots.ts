// __slots__: reading a class body's __slots__ and giving the new class a
// member descriptor for each slot, as CPython's type_new does.
//
// A class with __slots__ gets no __dict__ unless "__dict__" is one of the
// names (or a base already gives one); each other name becomes a word of the
// instance (appended to the base's layout by heap-type.ts) and a
// member_descriptor in the class dict that reads and writes that word.
// "__weakref__" takes no word: weak references live in a table of their own
// (src/vm/weakrefs.ts); it only lets instances be weakly referenced.

import { TF_WEAKREFABLE, TYPE_BASE, TYPE_DICT, TYPE_DICT_OFFSET, TYPE_FLAGS, TYPE_INSTANCE_WORDS } from "../heap/layout.js";
import { mangle } from "../compiler/mangle.js";
import type { Thread } from "./thread.js";
import { dictGetStr, dictSetStr, internStr, isStr, jsString, typeNameOf } from "./model.js";
import { iterateToArray } from "./iteration.js";
import { raiseException } from "./exceptions.js";
import { newMember } from "./descriptors.js";
import { assignTypeVersion } from "../objects/type.js";

export interface SlotSpec {
  /** The slot names that take a word, mangled, in CPython's (sorted) order. */
  names: string[];
  /** Whether "__dict__" was listed. */
  dict: boolean;
  /** Whether "__weakref__" was listed. */
  weakref: boolean;
}

const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

/** The class body's __slots__, checked; null when it has none. */
export function readSlots(th: Thread, className: string, ns: number, bases: number[]): SlotSpec | null {
  const value = dictGetStr(th, ns, internStr(th, "__slots__"));
  if (value === 0) return null;
  const items = isStr(th, value) ? [value] : iterateToArray(th, value);
  const spec: SlotSpec = { names: [], dict: false, weakref: false };
  for (const item of items) {
    if (!isStr(th, item)) raiseException(th, "TypeError", `__slots__ items must be strings, not '${typeNameOf(th, item)}'`);
    const name = jsString(th, item);
    if (!IDENTIFIER.test(name)) raiseException(th, "TypeError", "__slots__ must be identifiers");
    if (name === "__dict__") {
      if (spec.dict || bases.some((b) => baseHasDict(th, b))) {
        raiseException(th, "TypeError", "__dict__ slot disallowed: we already got one");
      }
      spec.dict = true;
    } else if (name === "__weakref__") {
      if (spec.weakref || bases.some((b) => (th.heap.i32[b + TYPE_FLAGS]! & TF_WEAKREFABLE) !== 0)) {
        raiseException(th, "TypeError", "__weakref__ slot disallowed: we already got one");
      }
      spec.weakref = true;
    } else {
      spec.names.push(mangle(className, name));
    }
  }
  for (const name of spec.names) {
    if (dictGetStr(th, ns, internStr(th, name)) !== 0) {
      raiseException(th, "ValueError", `'${name}' in __slots__ conflicts with class variable`);
    }
  }
  spec.names.sort();
  return spec;
}

function baseHasDict(th: Thread, base: number): boolean {
  return th.heap.i32[base + TYPE_DICT_OFFSET] !== 0;
}

/** Puts a member descriptor for each slot in the new class's dict; the slots follow the base's words. */
export function addMembers(th: Thread, cls: number, spec: SlotSpec): void {
  const i32 = th.heap.i32;
  const first = i32[i32[cls + TYPE_BASE]! + TYPE_INSTANCE_WORDS]!;
  spec.names.forEach((name, k) => {
    const key = internStr(th, name);
    th.pushRoot(key);
    try {
      const member = newMember(th, key, cls, first + k);
      dictSetStr(th, th.heap.i32[cls + TYPE_DICT]!, key, member);
    } finally {
      th.popRoots(1);
    }
  });
  assignTypeVersion(th.heap, cls);
}
