// How many positional arguments each built-in method takes, and how CPython
// words the TypeError when a call gives too few or too many.
//
// CPython checks this in the calling convention of each method, so the
// message depends on the convention, not on the method:
//   one      METH_O:        "list.append() takes exactly one argument (0 given)"
//   none     METH_NOARGS:   "list.copy() takes no arguments (1 given)"
//   counted  _PyArg_CheckPositional: "index expected at least 1 argument, got 0"
//   clinic   Argument Clinic with keywords: "split() takes at most 2 arguments (3 given)"
// The counts exclude `self`. Methods with their own checks (sort, the
// classmethods, those taking any number of arguments) are not listed.

import { TypeId } from "../objects/type-ids.js";
import type { NativeFunction } from "../vm/natives.js";
import type { Thread } from "../vm/thread.js";
import { raiseException } from "../vm/exceptions.js";

type Style = "one" | "none" | "counted" | "clinic";

interface ArityRule {
  style: Style;
  min: number;
  max: number;
}

/** "STYLE MIN MAX" for each method, by type name. */
const RULES: Record<string, Record<string, string>> = {
  str: {
    capitalize: "none 0 0", casefold: "none 0 0", center: "counted 1 2", count: "counted 1 3",
    encode: "clinic 0 2", endswith: "counted 1 3", expandtabs: "clinic 0 1", find: "counted 1 3",
    format_map: "one 1 1", index: "counted 1 3", isalnum: "none 0 0", isalpha: "none 0 0",
    isascii: "none 0 0", isdecimal: "none 0 0", isdigit: "none 0 0", isidentifier: "none 0 0",
    islower: "none 0 0", isnumeric: "none 0 0", isprintable: "none 0 0", isspace: "none 0 0",
    istitle: "none 0 0", isupper: "none 0 0", join: "one 1 1", ljust: "counted 1 2",
    lower: "none 0 0", lstrip: "counted 0 1", partition: "one 1 1", removeprefix: "one 1 1",
    removesuffix: "one 1 1", replace: "clinic 2 3", rfind: "counted 1 3", rindex: "counted 1 3",
    rjust: "counted 1 2", rpartition: "one 1 1", rsplit: "clinic 0 2", rstrip: "counted 0 1",
    split: "clinic 0 2", splitlines: "clinic 0 1", startswith: "counted 1 3", strip: "counted 0 1",
    swapcase: "none 0 0", title: "none 0 0", translate: "one 1 1", upper: "none 0 0", zfill: "one 1 1",
  },
  list: {
    append: "one 1 1", clear: "none 0 0", copy: "none 0 0", count: "one 1 1", extend: "one 1 1",
    index: "counted 1 3", insert: "counted 2 2", pop: "counted 0 1", remove: "one 1 1", reverse: "none 0 0",
  },
  tuple: { count: "one 1 1", index: "counted 1 3" },
  mappingproxy: { copy: "none 0 0", get: "counted 1 2", items: "none 0 0", keys: "none 0 0", values: "none 0 0" },
  dict: {
    clear: "none 0 0", copy: "none 0 0", get: "counted 1 2", items: "none 0 0", keys: "none 0 0",
    pop: "counted 1 2", popitem: "none 0 0", setdefault: "counted 1 2", update: "counted 0 1", values: "none 0 0",
  },
  set: {
    add: "one 1 1", clear: "none 0 0", copy: "none 0 0", discard: "one 1 1", isdisjoint: "one 1 1",
    issubset: "one 1 1", issuperset: "one 1 1", pop: "none 0 0", remove: "one 1 1",
    symmetric_difference: "one 1 1", symmetric_difference_update: "one 1 1",
  },
  frozenset: {
    copy: "none 0 0", isdisjoint: "one 1 1", issubset: "one 1 1", issuperset: "one 1 1",
    symmetric_difference: "one 1 1",
  },
  int: {
    as_integer_ratio: "none 0 0", bit_count: "none 0 0", bit_length: "none 0 0", conjugate: "none 0 0",
    is_integer: "none 0 0",
  },
  float: { as_integer_ratio: "none 0 0", conjugate: "none 0 0", hex: "none 0 0", is_integer: "none 0 0" },
  range: { count: "one 1 1", index: "one 1 1" },
  complex: { conjugate: "none 0 0" },
};

const TYPE_NAMES = new Map<number, string>(Object.keys(RULES).map((name) => [TypeId[name as keyof typeof TypeId], name]));

function ruleFor(typeId: number, method: string): ArityRule | null {
  const typeName = TYPE_NAMES.get(typeId);
  const text = typeName === undefined ? undefined : RULES[typeName]![method];
  if (text === undefined) return null;
  const [style, min, max] = text.split(" ");
  return { style: style as Style, min: Number(min), max: Number(max) };
}

function plural(n: number): string {
  return n === 1 ? "" : "s";
}

/** CPython's message for `n` positional arguments outside the rule's range. */
function arityMessage(rule: ArityRule, qualname: string, method: string, n: number): string {
  const { style, min, max } = rule;
  switch (style) {
    case "one": return `${qualname}() takes exactly one argument (${n} given)`;
    case "none": return `${qualname}() takes no arguments (${n} given)`;
    case "counted":
      if (min === max) return `${method} expected ${min} argument${plural(min)}, got ${n}`;
      return n < min
        ? `${method} expected at least ${min} argument${plural(min)}, got ${n}`
        : `${method} expected at most ${max} argument${plural(max)}, got ${n}`;
    case "clinic":
      return n < min
        ? `${method}() takes at least ${min} positional argument${plural(min)} (${n} given)`
        : `${method}() takes at most ${max} argument${plural(max)} (${n} given)`;
  }
}

/**
 * `fn` with the positional-argument check of `typeName.method` in front, or
 * `fn` itself for a method with no rule. A call with no `self` at all is left
 * to the method, which reports the missing `self` in its own words.
 */
export function withArityCheck(typeId: number, method: string, fn: NativeFunction): NativeFunction {
  const rule = ruleFor(typeId, method);
  if (rule === null) return fn;
  const qualname = `${TYPE_NAMES.get(typeId)!}.${method}`;
  return (th: Thread, args, kw) => {
    const n = args.length - 1;
    if (n >= 0 && (n < rule.min || n > rule.max)) raiseException(th, "TypeError", arityMessage(rule, qualname, method, n));
    return fn(th, args, kw);
  };
}
