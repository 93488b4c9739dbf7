// _jsre: the matching engine under the `re` module (src/lib/re.py).
//
// re.py translates a Python pattern into JavaScript RegExp syntax (named
// groups, \A, \Z, $, inline flags) and calls `match` here, which runs the
// RegExp with the `d` flag so that every group's span comes back:
// (start0, end0, start1, end1, ...), -1 for a group that did not take part.
// Compiled RegExps are cached by source and flags.
//
// Difference from CPython: positions count UTF-16 units, so they differ
// from Python's after a character outside the Basic Multilingual Plane.

import { NONE } from "../heap/layout.js";
import type { Thread } from "../vm/thread.js";
import { jsString, newDict, newTuple, isStr } from "../vm/model.js";
import { fromNumber } from "../vm/int-values.js";
import { raiseException } from "../vm/exceptions.js";
import { installModuleFunctions, moduleFunction } from "./registry.js";
import { newModule } from "./builtins.js";
import { registerNativeModule } from "../vm/imports.js";
import { indexArgument } from "./args.js";

const JSRE = "_jsre";

/** How `match` anchors the pattern (re.search, re.match, re.fullmatch). */
const SEARCH = 0;
const MATCH = 1;
const FULLMATCH = 2;

const cache = new Map<string, RegExp>();

function compiled(th: Thread, source: string, flags: string, mode: number): RegExp {
  const key = `${mode}/${flags}/${source}`;
  let re = cache.get(key);
  if (re === undefined) {
    const body = mode === FULLMATCH ? `(?:${source})(?![\\s\\S])` : source;
    try {
      re = new RegExp(body, `${flags}d${mode === SEARCH ? "g" : "y"}`);
    } catch (err) {
      return raiseException(th, "ValueError", (err as Error).message);
    }
    if (cache.size > 512) cache.clear();
    cache.set(key, re);
  }
  return re;
}

function text(th: Thread, v: number, what: string): string {
  if (!isStr(th, v)) raiseException(th, "TypeError", `${what} must be a string`);
  return jsString(th, v);
}

// compile(source, flags): raises ValueError with the engine's message when the translation is not valid.
moduleFunction(JSRE, "compile", (th, args) => {
  compiled(th, text(th, args[0]!, "pattern"), text(th, args[1]!, "flags"), SEARCH);
  return NONE;
});

// match(source, flags, string, pos, endpos, mode): the spans of a match, or None.
moduleFunction(JSRE, "match", (th, args) => {
  const re = compiled(th, text(th, args[0]!, "pattern"), text(th, args[1]!, "flags"), indexArgument(th, args[5]!));
  const subject = text(th, args[2]!, "string");
  const pos = indexArgument(th, args[3]!);
  const endpos = indexArgument(th, args[4]!);
  re.lastIndex = pos;
  const found = re.exec(endpos < subject.length ? subject.slice(0, endpos) : subject);
  if (found === null || found.indices === undefined) return NONE;
  const spans: number[] = [];
  for (const span of found.indices) {
    spans.push(fromNumber(th, span === undefined ? -1 : span[0]), fromNumber(th, span === undefined ? -1 : span[1]));
  }
  return newTuple(th, spans);
});

registerNativeModule(JSRE, (th: Thread) => {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    const module = newModule(th, JSRE, dict);
    th.pushRoot(module);
    installModuleFunctions(th, JSRE, dict, module);
    th.popRoots(1);
    return module;
  } finally {
    th.popRoots(1);
  }
});
