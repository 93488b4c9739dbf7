// types.MappingProxyType, `mappingproxy`: a read-only view of a mapping. A
// class's __dict__ is one over the class's own dict, so that attributes are
// set through setattr (which keeps the attribute caches right), never by
// storing into the dict. The proxy holds the mapping in PAIR_FIRST; reading
// operations go to the mapping (subscript, `in`, len, iter, repr and
// comparisons in the VM's fast paths, the named methods here), and it has no
// item assignment or deletion.

import { NOT_IMPLEMENTED, PAIR_FIRST } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { registerConstructor } from "../vm/call-native.js";
import { getAttr, lookupType } from "../vm/attributes.js";
import { callObject } from "../vm/calls.js";
import { raiseException } from "../vm/exceptions.js";
import { newMappingProxy } from "../vm/mappingproxy.js";
import { binaryOp } from "../vm/operators.js";
import { reversedBuiltin } from "./builtins-types.js";
import { internStr, typeNameOf, typeOfValue, typeIdOfValue } from "../vm/model.js";
import type { Thread } from "../vm/thread.js";
import { keywordMap } from "./args.js";
import { typeMethod } from "./registry.js";

const P = TypeId.mappingproxy;
const OR = 7;

registerConstructor(P, (th, type, args, kw) => {
  const options = keywordMap(th, "mappingproxy", kw, ["mapping"]);
  if (args.length > 1) raiseException(th, "TypeError", `mappingproxy() takes at most 1 argument (${args.length} given)`);
  const mapping = args[0] ?? options.get("mapping");
  if (mapping === undefined) raiseException(th, "TypeError", "mappingproxy() missing required argument 'mapping' (pos 1)");
  if (!isMapping(th, mapping)) {
    raiseException(th, "TypeError", `mappingproxy() argument must be a mapping, not ${typeNameOf(th, mapping)}`);
  }
  return newMappingProxy(th, mapping);
});

/** PyMapping_Check, less lists and tuples (which mappingproxy refuses as CPython does). */
function isMapping(th: Thread, v: number): boolean {
  if (v & 1) return false;
  const id = typeIdOfValue(th, v);
  if (id === TypeId.list || id === TypeId.tuple) return false;
  return lookupType(th, typeOfValue(th, v), internStr(th, "__getitem__")) !== 0;
}

function mappingOf(th: Thread, proxy: number): number {
  return th.heap.i32[proxy + PAIR_FIRST]!;
}

/** Calls the proxied mapping's method `name` with `args`. */
function delegate(name: string) {
  return (th: Thread, args: number[]) => callObject(th, getAttr(th, mappingOf(th, args[0]!), internStr(th, name)), args.slice(1));
}

for (const name of ["keys", "values", "items", "get", "copy"]) typeMethod(P, name, delegate(name));
typeMethod(P, "__reversed__", (th, args) => reversedBuiltin(th, mappingOf(th, args[0]!)));
// proxy | other and other | proxy: the union of the mapping with the other side, as a new mapping.
typeMethod(P, "__or__", (th, args) => binaryOp(th, OR, mappingOf(th, args[0]!), unproxied(th, args[1]!)));
typeMethod(P, "__ror__", (th, args) => binaryOp(th, OR, unproxied(th, args[1]!), mappingOf(th, args[0]!)));
typeMethod(P, "__ior__", (th) => {
  raiseException(th, "TypeError", `'|=' is not supported by mappingproxy; use '|' instead`);
  return NOT_IMPLEMENTED;
});

function unproxied(th: Thread, v: number): number {
  return (v & 1) === 0 && typeIdOfValue(th, v) === P ? mappingOf(th, v) : v;
}
