// The methods of member_descriptor (the descriptors __slots__ makes):
// __get__, __set__ and __delete__, for calling them explicitly;
// attribute access uses src/vm/descriptors.ts directly.

import { NONE } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { memberDelete, memberGet, memberSet } from "../vm/descriptors.js";
import { arity } from "./args.js";
import { typeMethod } from "./registry.js";

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
