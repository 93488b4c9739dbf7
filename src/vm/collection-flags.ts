// `__abc_tpflags__` in a class body: how a class written in Python declares
// itself a sequence or a mapping for match statements. CPython's ABCMeta
// reads it (collections.abc.Sequence sets 1 << 5, Mapping 1 << 6) and turns
// it into the type flags Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, which
// subclasses inherit; here every class statement reads it, which is how
// collections.deque, written in Python, becomes a sequence as CPython's is.
// Like CPython, the attribute is removed from the class.

import { TF_MAPPING, TF_SEQUENCE, TYPE_FLAGS } from "../heap/layout.js";
import { raiseException } from "./exceptions.js";
import { intOf, isIntLike } from "./int-values.js";
import { dictDelStr, dictGetStr, internStr } from "./model.js";
import type { Thread } from "./thread.js";

/** CPython's values of Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING. */
const PY_TPFLAGS_SEQUENCE = 1 << 5;
const PY_TPFLAGS_MAPPING = 1 << 6;

export function applyCollectionFlags(th: Thread, cls: number, ns: number): void {
  const key = internStr(th, "__abc_tpflags__");
  const value = dictGetStr(th, ns, key);
  if (value === 0) return;
  dictDelStr(th, ns, key);
  if (!isIntLike(th, value)) return;
  const flags = intOf(th, value) ?? 0;
  const sequence = (flags & PY_TPFLAGS_SEQUENCE) !== 0;
  const mapping = (flags & PY_TPFLAGS_MAPPING) !== 0;
  if (sequence && mapping) {
    raiseException(th, "TypeError", "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
  }
  const i32 = th.heap.i32;
  i32[cls + TYPE_FLAGS] = i32[cls + TYPE_FLAGS]! | (sequence ? TF_SEQUENCE : 0) | (mapping ? TF_MAPPING : 0);
}
