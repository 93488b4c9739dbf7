// The methods every object inherits from `object` beyond construction,
// attribute access, hashing and equality: the rich comparisons that answer
// NotImplemented, __sizeof__, __getstate__ and the __subclasshook__ that
// abc's subclass checks fall back on.

import { NONE, NOT_IMPLEMENTED } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { dictSize } from "../objects/dict.js";
import { instanceDictOf } from "../vm/model.js";
import { fromNumber } from "../vm/int-values.js";
import { arity } from "./args.js";
import { typeMethod } from "./registry.js";

const O = TypeId.object;

// object.__lt__ and friends: no order unless a class defines one.
for (const name of ["__lt__", "__le__", "__gt__", "__ge__"]) {
  typeMethod(O, name, (th, args) => {
    arity(th, name, args, 2, 2);
    return NOT_IMPLEMENTED;
  });
}

// The size of the object's header and payload words, as a byte count.
typeMethod(O, "__sizeof__", (th, args) => {
  arity(th, "__sizeof__", args, 1, 1);
  return fromNumber(th, 16);
});

// object.__getstate__(): the instance dict, or None when there is none or it is empty.
typeMethod(O, "__getstate__", (th, args) => {
  arity(th, "__getstate__", args, 1, 1);
  const dict = instanceDictOf(th, args[0]!);
  return dict === 0 || dictSize(th.heap, dict) === 0 ? NONE : dict;
});

// object.__subclasshook__(subclass): no opinion, so abc falls back on its registry.
typeMethod(O, "__subclasshook__", () => NOT_IMPLEMENTED);
