// The methods of member_descriptor (the descriptors __slots__ makes):
// __get__, __set__ and __delete__, and the __get__ of functions, class and
// static methods and properties, for calling them explicitly; attribute
// access binds these descriptors directly (src/vm/attributes.ts).

import { NONE } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { memberDelete, memberGet, memberSet } from "../vm/descriptors.js";
import { arity } from "./args.js";
import { typeMethod } from "./registry.js";
import { bindDescriptor } from "../vm/attributes.js";
import { typeOfValue } from "../vm/model.js";
import { raiseException } from "../vm/exceptions.js";

const M = TypeId.member_descriptor;

typeMethod(M, "__get__", (th, args) => {
  arity(th, "__get__", args, 2, 3);
  const [self, obj] = args as [number, number];
  // Read from the class (instance None): the descriptor itself.
  if (obj === NONE) return self;
  return memberGet(th, self, obj);
});

typeMethod(M, "__set__", (th, args) => {
  arity(th, "__set__", args, 3, 3);
  memberSet(th, args[0]!, args[1]!, args[2]!);
  return NONE;
});

typeMethod(M, "__delete__", (th, args) => {
  arity(th, "__delete__", args, 2, 2);
  memberDelete(th, args[0]!, args[1]!);
  return NONE;
});

// f.__get__(obj, type=None): what looking the descriptor up through obj (or,
// with obj None, through the class `type`) gives.
for (const id of [TypeId.function, TypeId.classmethod, TypeId.staticmethod, TypeId.property]) {
  typeMethod(id, "__get__", (th, args) => {
    arity(th, "__get__", args, 2, 3);
    const [self, obj] = args as [number, number];
    const type = args[2] !== undefined && args[2] !== NONE ? args[2] : obj === NONE ? 0 : typeOfValue(th, obj);
    if (type === 0) raiseException(th, "TypeError", "__get__(None, None) is invalid");
    if (obj === NONE && id !== TypeId.classmethod && id !== TypeId.staticmethod) return self;
    return bindDescriptor(th, self, obj, type);
  });
}
