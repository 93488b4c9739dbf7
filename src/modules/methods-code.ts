// code.replace(): a copy of a code object with some fields changed, as
// types.coroutine uses it to mark a generator function's code
// CO_ITERABLE_COROUTINE.
//
// Only the fields that do not describe the bytecode can change here: the
// name, qualified name, file name, first line and flags. The others
// (co_code, co_consts, co_varnames, the counts...) would have to stay
// consistent with the instructions, which pygil does not check, so asking
// for them raises ValueError rather than building a code object that could
// read outside its frame.

import { allocate } from "../heap/alloc.js";
import {
  CODE_FILENAME, CODE_FIRSTLINENO, CODE_FLAGS, CODE_NAME, CODE_QUALNAME, CODE_WORDS,
} from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import { isStr, jsString, typeById, typeNameOf } from "../vm/model.js";
import { raiseException } from "../vm/exceptions.js";
import { typeMethod } from "./registry.js";
import { indexArgument } from "./args.js";

/** The fields code.replace() can change here, and the word each is kept in. */
const STR_FIELDS: Record<string, number> = { co_name: CODE_NAME, co_qualname: CODE_QUALNAME, co_filename: CODE_FILENAME };
const INT_FIELDS: Record<string, number> = { co_flags: CODE_FLAGS, co_firstlineno: CODE_FIRSTLINENO };

/** The fields CPython's code.replace() also takes, which would change the bytecode's meaning. */
const BYTECODE_FIELDS = [
  "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_code", "co_consts",
  "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_linetable", "co_exceptiontable",
];

typeMethod(TypeId.code, "replace", (th, args, kw) => {
  if (args.length > 1) raiseException(th, "TypeError", "replace() takes no positional arguments");
  const code = args[0]!;
  const changes: [number, number][] = [];
  kw?.names.forEach((n, k) => {
    const key = jsString(th, n);
    const value = kw.values[k]!;
    if (STR_FIELDS[key] !== undefined) {
      if (!isStr(th, value)) raiseException(th, "TypeError", `replace() argument '${key}' must be str, not ${typeNameOf(th, value)}`);
      changes.push([STR_FIELDS[key]!, value]);
    } else if (INT_FIELDS[key] !== undefined) {
      if ((value & 1) === 0) raiseException(th, "TypeError", `'${typeNameOf(th, value)}' object cannot be interpreted as an integer`);
      changes.push([INT_FIELDS[key]!, indexArgument(th, value)]);
    } else if (BYTECODE_FIELDS.includes(key)) {
      raiseException(th, "ValueError", `code.replace() cannot change ${key} in pygil`);
    } else {
      raiseException(th, "TypeError", `replace() got an unexpected keyword argument '${key}'`);
    }
  });
  const copy = allocate(th.heap, CODE_WORDS, typeById(th, TypeId.code));
  const i32 = th.heap.i32;
  for (let w = 2; w < CODE_WORDS; w++) i32[copy + w] = i32[code + w]!;
  for (const [word, value] of changes) i32[copy + word] = value;
  return copy;
});
