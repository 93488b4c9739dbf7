// __init_subclass__: the hook a class runs when a subclass of it is created.
//
// type.__new__ makes a plain `__init_subclass__` function in the class body
// an implicit classmethod, then calls the one found on the new class's bases
// (super(cls, cls).__init_subclass__) with the keywords of the class
// statement other than `metaclass`. object's version accepts no keywords.
// `__class_getitem__` is made an implicit classmethod the same way.

import { NONE, PAIR_FIRST } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import type { Keywords } from "../vm/calls.js";
import { callObject } from "../vm/calls.js";
import { dictGetStr, dictSetStr, internStr, isClassMethod, isFunction, typeName } from "../vm/model.js";
import { raiseException } from "../vm/exceptions.js";
import { superLookup } from "../vm/attributes.js";
import { makePair } from "./builtins-functions.js";
import { typeMethod } from "./registry.js";

typeMethod(TypeId.object, "__init_subclass__", (th, args, kw) => {
  if (kw !== null && kw.names.length > 0) {
    raiseException(th, "TypeError", `${typeName(th, args[0]!)}.__init_subclass__() takes no keyword arguments`);
  }
  return NONE;
});

/** Wraps plain `__init_subclass__` and `__class_getitem__` functions of a class namespace in classmethod, as type.__new__ does. */
export function implicitClassMethods(th: Thread, ns: number): void {
  for (const name of ["__init_subclass__", "__class_getitem__"]) {
    const key = internStr(th, name);
    const hook = dictGetStr(th, ns, key);
    if (hook !== 0 && isFunction(th, hook)) dictSetStr(th, ns, key, makePair(th, TypeId.classmethod, hook, 0));
  }
}

/** Calls the bases' __init_subclass__ for the new class `cls` with the class statement's keywords. */
export function callInitSubclass(th: Thread, cls: number, kw: Keywords | null): void {
  const hook = superLookup(th, cls, cls, internStr(th, "__init_subclass__"));
  if (hook === 0) return;
  const target = isClassMethod(th, hook) ? th.heap.i32[hook + PAIR_FIRST]! : hook;
  callObject(th, target, [cls], kw);
}
