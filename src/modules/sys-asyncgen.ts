// sys.set_asyncgen_hooks and sys.get_asyncgen_hooks (src/vm/async-gen-hooks.ts).
//
// Difference from CPython: get_asyncgen_hooks() returns a plain
// (firstiter, finalizer) tuple, not an asyncgen_hooks struct sequence.

import { NONE } from "../heap/layout.js";
import { isCallable } from "./builtins-functions.js";
import { newTuple, typeNameOf } from "../vm/model.js";
import { raiseException } from "../vm/exceptions.js";
import { asyncGenHooks, setAsyncGenHooks } from "../vm/async-gen-hooks.js";
import { moduleFunction } from "./registry.js";
import { keywordMap } from "./args.js";

const NAMES = ["firstiter", "finalizer"] as const;

moduleFunction("sys", "set_asyncgen_hooks", (th, args, kw) => {
  if (args.length > 2) raiseException(th, "TypeError", `set_asyncgen_hooks() takes at most 2 arguments (${args.length} given)`);
  const given = keywordMap(th, "set_asyncgen_hooks", kw, NAMES);
  const hooks = asyncGenHooks(th);
  NAMES.forEach((name, k) => {
    const value = k < args.length ? args[k]! : given.get(name);
    if (value === undefined) return;
    if (value !== NONE && !isCallable(th, value)) {
      raiseException(th, "TypeError", `callable ${name} expected, got ${typeNameOf(th, value)}`);
    }
    hooks[k] = value;
  });
  setAsyncGenHooks(th, hooks[0], hooks[1]);
  return NONE;
});

moduleFunction("sys", "get_asyncgen_hooks", (th) => newTuple(th, asyncGenHooks(th)));
