// The methods of BaseExceptionGroup: derive, split and subgroup
// (src/vm/exception-groups.ts does the work).

import { TypeId } from "../objects/type-ids.js";
import { groupDerive, groupSplit, groupSubgroup } from "../vm/exception-groups.js";
import type { Thread } from "../vm/thread.js";
import { raiseException } from "../vm/exceptions.js";
import { typeMethod } from "./registry.js";

const G = TypeId.BaseExceptionGroup;

function oneArgument(th: Thread, name: string, args: number[]): void {
  if (args.length !== 2) {
    raiseException(th, "TypeError", `BaseExceptionGroup.${name}() takes exactly one argument (${Math.max(0, args.length - 1)} given)`);
  }
}

typeMethod(G, "derive", (th, args) => {
  oneArgument(th, "derive", args);
  return groupDerive(th, args[0]!, args[1]!);
});

typeMethod(G, "split", (th, args) => {
  oneArgument(th, "split", args);
  return groupSplit(th, args[0]!, args[1]!);
});

typeMethod(G, "subgroup", (th, args) => {
  oneArgument(th, "subgroup", args);
  return groupSubgroup(th, args[0]!, args[1]!);
});
