// _unicodedata: what the unicodedata module (src/lib/unicodedata.py) cannot
// do in Python: normalization forms, from JavaScript's String.prototype.normalize,
// and the character names of grammar/unicode-names.txt, the table that
// `\N{...}` escapes read.

import { NONE } from "../heap/layout.js";
import type { Thread } from "../vm/thread.js";
import { isStr, jsString, newDict, newString } from "../vm/model.js";
import { newList } from "../vm/lists.js";
import { fromNumber } from "../vm/int-values.js";
import { raiseException } from "../vm/exceptions.js";
import { installModuleFunctions, moduleFunction } from "./registry.js";
import { newModule } from "./builtins.js";
import { registerNativeModule } from "../vm/imports.js";
import { indexArgument } from "./args.js";
import { characterNames, lookupCharacterName } from "../../grammar/unicode-names.js";

const MODULE = "_unicodedata";
const FORMS = new Set(["NFC", "NFD", "NFKC", "NFKD"]);

function text(th: Thread, v: number): string {
  if (!isStr(th, v)) raiseException(th, "TypeError", "expected a str");
  return jsString(th, v);
}

// normalize(form, s): s in normalization form `form` (one of NFC, NFD, NFKC, NFKD).
moduleFunction(MODULE, "normalize", (th, args) => {
  const form = text(th, args[0]!);
  if (!FORMS.has(form)) raiseException(th, "ValueError", "invalid normalization form");
  return newString(th, text(th, args[1]!).normalize(form as "NFC"));
});

// lookup(name): the code point called `name` (a name or an alias, in any case), or None.
moduleFunction(MODULE, "lookup", (th, args) => {
  const cp = lookupCharacterName(text(th, args[0]!));
  return cp === undefined ? NONE : fromNumber(th, cp);
});

// names(cp): the names and aliases of code point cp known here, as a list.
moduleFunction(MODULE, "names", (th, args) => {
  return newList(th, characterNames(indexArgument(th, args[0]!)).map((name) => newString(th, name)));
});

registerNativeModule(MODULE, (th: Thread) => {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    const module = newModule(th, MODULE, dict);
    th.pushRoot(module);
    installModuleFunctions(th, MODULE, dict, module);
    th.popRoots(1);
    return module;
  } finally {
    th.popRoots(1);
  }
});
