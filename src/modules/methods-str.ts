// The methods of str.

import { isLowerChar, isTitleChar, isUpperChar, lowerAt, toTitle } from "./unicode-case.js";
import { PyError } from "../heap/errors.js";
import { FALSE, NONE, TRUE } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { isPythonSpace } from "../objects/text.js";
import type { Thread } from "../vm/thread.js";
import { isStr, jsString, newString, newTuple, typeNameOf, tupleItems, typeIdOfValue } from "../vm/model.js";
import { raiseException } from "../vm/exceptions.js";
import { iterateToArray } from "../vm/iteration.js";
import { newList } from "../vm/lists.js";
import { fromNumber } from "../vm/int-values.js";
import { strFormat } from "../vm/formatting.js";
import { dictPairs } from "../vm/containers.js";
import { newDict } from "../vm/model.js";
import { dictSetItem } from "../vm/dicts.js";
import { arity, indexArgument, keywordMap } from "./args.js";
import { staticMethod, typeMethod } from "./registry.js";
import { newBytes } from "../objects/bytes.js";
import { isStr as isExactStr, joinInHeap } from "../objects/str.js";
import { encodeText } from "./byte-codecs.js";

const S = TypeId.str;

function self(th: Thread, args: number[], name: string): string {
  const v = args[0]!;
  if (!isStr(th, v)) raiseException(th, "TypeError", `descriptor '${name}' for 'str' objects doesn't apply to a '${typeNameOf(th, v)}' object`);
  return jsString(th, v);
}

function strArg(th: Thread, v: number, what: string): string {
  if (!isStr(th, v)) raiseException(th, "TypeError", `${what} must be str, not ${typeNameOf(th, v)}`);
  return jsString(th, v);
}

function isSpaceChar(ch: string): boolean {
  return isPythonSpace(ch.codePointAt(0)!);
}

function stripChars(th: Thread, s: string, charsValue: number | undefined, left: boolean, right: boolean, name: string): string {
  if (charsValue !== undefined && charsValue !== NONE && !isStr(th, charsValue)) raiseException(th, "TypeError", `${name} arg must be None or str`);
  const chars = charsValue === undefined || charsValue === NONE ? null : jsString(th, charsValue);
  const test = chars === null ? isSpaceChar : (ch: string) => chars.includes(ch);
  const arr = Array.from(s);
  let a = 0;
  let b = arr.length;
  if (left) while (a < b && test(arr[a]!)) a++;
  if (right) while (b > a && test(arr[b - 1]!)) b--;
  return arr.slice(a, b).join("");
}

typeMethod(S, "strip", (th, args) => newString(th, stripChars(th, self(th, args, "strip"), args[1], true, true, "strip")));
typeMethod(S, "lstrip", (th, args) => newString(th, stripChars(th, self(th, args, "lstrip"), args[1], true, false, "lstrip")));
typeMethod(S, "rstrip", (th, args) => newString(th, stripChars(th, self(th, args, "rstrip"), args[1], false, true, "rstrip")));

typeMethod(S, "upper", (th, args) => newString(th, self(th, args, "upper").toUpperCase()));
typeMethod(S, "lower", (th, args) => newString(th, self(th, args, "lower").toLowerCase()));
typeMethod(S, "casefold", (th, args) => newString(th, self(th, args, "casefold").replace(/\u00df/g, "ss").toLowerCase()));
typeMethod(S, "swapcase", (th, args) => newString(th, Array.from(self(th, args, "swapcase"))
  .map((c, i, chars) => (isUpperChar(c) ? lowerAt(chars, i) : isLowerChar(c) ? c.toUpperCase() : c)).join("")));
typeMethod(S, "capitalize", (th, args) => {
  const s = self(th, args, "capitalize");
  const chars = Array.from(s);
  return newString(th, chars.map((c, i) => (i === 0 ? toTitle(c) : lowerAt(chars, i))).join(""));
});
typeMethod(S, "title", (th, args) => {
  let out = "";
  let previousCased = false;
  const chars = Array.from(self(th, args, "title"));
  chars.forEach((c, i) => {
    const cased = isUpperChar(c) || isLowerChar(c) || isTitleChar(c);
    out += cased ? (previousCased ? lowerAt(chars, i) : toTitle(c)) : c;
    previousCased = cased;
  });
  return newString(th, out);
});

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const chars = Array.from(s);
  let k = 0;
  while (k < chars.length) {
    while (k < chars.length && isSpaceChar(chars[k]!)) k++;
    if (k >= chars.length) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      // The rest keeps its trailing whitespace, as CPython's split does.
      out.push(chars.slice(k).join(""));
      return out;
    }
    let j = k;
    while (j < chars.length && !isSpaceChar(chars[j]!)) j++;
    out.push(chars.slice(k, j).join(""));
    k = j;
  }
  return out;
}

function splitArgs(th: Thread, args: number[], kw: Parameters<typeof keywordMap>[2], name: string): [string, string | null, number] {
  const s = self(th, args, name);
  const options = keywordMap(th, name, kw, ["sep", "maxsplit"]);
  const sepValue = args[1] ?? options.get("sep") ?? NONE;
  const maxValue = args[2] ?? options.get("maxsplit") ?? ((-1 << 1) | 1);
  if (sepValue !== NONE && !isStr(th, sepValue)) raiseException(th, "TypeError", `must be str or None, not ${typeNameOf(th, sepValue)}`);
  const sep = sepValue === NONE ? null : jsString(th, sepValue);
  if (sep === "") raiseException(th, "ValueError", "empty separator");
  return [s, sep, indexArgument(th, maxValue)];
}

typeMethod(S, "split", (th, args, kw) => {
  const [s, sep, maxsplit] = splitArgs(th, args, kw, "split");
  let parts: string[];
  if (sep === null) parts = splitWhitespace(s, maxsplit);
  else {
    parts = s.split(sep);
    if (maxsplit >= 0 && parts.length > maxsplit + 1) parts = [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)];
  }
  return newList(th, parts.map((p) => newString(th, p)));
});

typeMethod(S, "rsplit", (th, args, kw) => {
  const [s, sep, maxsplit] = splitArgs(th, args, kw, "rsplit");
  let parts: string[];
  if (sep === null) {
    const reversed = splitWhitespace(Array.from(s).reverse().join(""), maxsplit);
    parts = reversed.map((p) => Array.from(p).reverse().join("")).reverse();
  } else {
    parts = s.split(sep);
    if (maxsplit >= 0 && parts.length > maxsplit + 1) {
      const cut = parts.length - maxsplit;
      parts = [parts.slice(0, cut).join(sep), ...parts.slice(cut)];
    }
  }
  return newList(th, parts.map((p) => newString(th, p)));
});

typeMethod(S, "splitlines", (th, args, kw) => {
  const s = self(th, args, "splitlines");
  const options = keywordMap(th, "splitlines", kw, ["keepends"]);
  const keep = (args[1] ?? options.get("keepends") ?? FALSE) !== FALSE && (args[1] ?? options.get("keepends")) !== 1;
  const out: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(s.slice(last, keep ? m.index + m[0].length : m.index));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return newList(th, out.map((p) => newString(th, p)));
});

/** The items str.join() joins, with CPython's message when the argument cannot be iterated. */
function joinItems(th: Thread, iterable: number): number[] {
  try {
    return iterateToArray(th, iterable);
  } catch (err) {
    if (err instanceof PyError && err.typeName === "TypeError" && err.text === `'${typeNameOf(th, iterable)}' object is not iterable`) {
      raiseException(th, "TypeError", "can only join an iterable");
    }
    throw err;
  }
}

typeMethod(S, "join", (th, args) => {
  const sep = self(th, args, "join");
  arity(th, "join", args.slice(1), 1, 1);
  const items = joinItems(th, args[1]!);
  items.forEach((item, k) => {
    if (!isStr(th, item)) raiseException(th, "TypeError", `sequence item ${k}: expected str instance, ${typeNameOf(th, item)} found`);
  });
  if (items.length === 1 && isExactStr(th.heap, items[0]!)) return items[0]!;
  return joinInHeap(th.heap, items, sep === "" ? 0 : args[0]!);
});

typeMethod(S, "replace", (th, args, kw) => {
  const s = self(th, args, "replace");
  const options = keywordMap(th, "replace", kw, ["count"]);
  if (args.length < 3) raiseException(th, "TypeError", `replace() takes at least 2 positional arguments (${args.length - 1} given)`);
  const old = strArg(th, args[1]!, "replace() argument 1");
  const rep = strArg(th, args[2]!, "replace() argument 2");
  let count = indexArgument(th, args[3] ?? options.get("count") ?? ((-1 << 1) | 1));
  if (count < 0) count = Infinity;
  if (old === "") {
    const chars = Array.from(s);
    let out = "";
    let done = 0;
    for (let k = 0; k <= chars.length; k++) {
      if (done < count) {
        out += rep;
        done++;
      }
      if (k < chars.length) out += chars[k];
    }
    return newString(th, out);
  }
  let out = "";
  let pos = 0;
  let done = 0;
  while (done < count) {
    const at = s.indexOf(old, pos);
    if (at < 0) break;
    out += s.slice(pos, at) + rep;
    pos = at + old.length;
    done++;
  }
  return newString(th, out + s.slice(pos));
});

/** Code-point offsets for the optional start/end arguments of find, count... */
function range(th: Thread, s: string, startValue: number | undefined, endValue: number | undefined): [number, number] {
  const n = Array.from(s).length;
  const norm = (v: number | undefined, fallback: number) => {
    if (v === undefined || v === NONE) return fallback;
    let k = indexArgument(th, v);
    if (k < 0) k = Math.max(0, k + n);
    return Math.min(k, n);
  };
  return [norm(startValue, 0), norm(endValue, n)];
}

function toUnits(s: string, cp: number): number {
  return Array.from(s).slice(0, cp).join("").length;
}

function findIn(th: Thread, args: number[], name: string, reverse: boolean): number {
  const s = self(th, args, name);
  const sub = strArg(th, args[1]!, `must be str, not`).length >= 0 ? jsString(th, args[1]!) : "";
  const n = Array.from(s).length;
  if (args[2] !== undefined && args[2] !== NONE && indexArgument(th, args[2]!) > n) return -1;
  const [start, end] = range(th, s, args[2], args[3]);
  if (end - start < Array.from(sub).length) return -1;
  const a = toUnits(s, start);
  const b = toUnits(s, end);
  const window = s.slice(a, b);
  const at = reverse ? window.lastIndexOf(sub) : window.indexOf(sub);
  if (at < 0) return -1;
  return Array.from(s.slice(0, a + at)).length;
}

typeMethod(S, "find", (th, args) => fromNumber(th, findIn(th, args, "find", false)));
typeMethod(S, "rfind", (th, args) => fromNumber(th, findIn(th, args, "rfind", true)));
typeMethod(S, "index", (th, args) => {
  const k = findIn(th, args, "index", false);
  if (k < 0) raiseException(th, "ValueError", "substring not found");
  return fromNumber(th, k);
});
typeMethod(S, "rindex", (th, args) => {
  const k = findIn(th, args, "rindex", true);
  if (k < 0) raiseException(th, "ValueError", "substring not found");
  return fromNumber(th, k);
});

typeMethod(S, "count", (th, args) => {
  const s = self(th, args, "count");
  const sub = strArg(th, args[1]!, "must be str, not").length >= 0 ? jsString(th, args[1]!) : "";
  const [start, end] = range(th, s, args[2], args[3]);
  const window = Array.from(s).slice(start, end).join("");
  if (sub === "") return fromNumber(th, Array.from(window).length + 1);
  let count = 0;
  for (let at = window.indexOf(sub); at >= 0; at = window.indexOf(sub, at + sub.length)) count++;
  return fromNumber(th, count);
});

function affixCheck(th: Thread, args: number[], name: string, atStart: boolean): number {
  const s = self(th, args, name);
  const [start, end] = range(th, s, args[2], args[3]);
  const window = Array.from(s).slice(start, end).join("");
  const target = args[1]!;
  const candidates = typeIdOfValue(th, target) === TypeId.tuple ? tupleItems(th, target) : [target];
  for (const c of candidates) {
    if (!isStr(th, c)) {
      raiseException(th, "TypeError", `${name} first arg must be str or a tuple of str, not ${typeNameOf(th, c)}`);
    }
    const t = jsString(th, c);
    if (atStart ? window.startsWith(t) : window.endsWith(t)) return TRUE;
  }
  return FALSE;
}

typeMethod(S, "startswith", (th, args) => affixCheck(th, args, "startswith", true));
typeMethod(S, "endswith", (th, args) => affixCheck(th, args, "endswith", false));

function allChars(th: Thread, args: number[], name: string, test: (c: string) => boolean): number {
  const chars = Array.from(self(th, args, name));
  return chars.length > 0 && chars.every(test) ? TRUE : FALSE;
}

typeMethod(S, "isdigit", (th, args) => allChars(th, args, "isdigit", (c) => /\p{Nd}|[\u00b2\u00b3\u00b9]/u.test(c)));
typeMethod(S, "isdecimal", (th, args) => allChars(th, args, "isdecimal", (c) => /\p{Nd}/u.test(c)));
typeMethod(S, "isnumeric", (th, args) => allChars(th, args, "isnumeric", (c) => /\p{N}/u.test(c)));
typeMethod(S, "isalpha", (th, args) => allChars(th, args, "isalpha", (c) => /\p{L}/u.test(c)));
typeMethod(S, "isalnum", (th, args) => allChars(th, args, "isalnum", (c) => /[\p{L}\p{N}]/u.test(c)));
typeMethod(S, "isspace", (th, args) => allChars(th, args, "isspace", isSpaceChar));
typeMethod(S, "isascii", (th, args) => (Array.from(self(th, args, "isascii")).every((c) => c.charCodeAt(0) < 128) ? TRUE : FALSE));
typeMethod(S, "isidentifier", (th, args) => (/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(self(th, args, "isidentifier")) ? TRUE : FALSE));

function casedCheck(th: Thread, args: number[], name: string, upper: boolean): number {
  const s = self(th, args, name);
  let cased = false;
  for (const c of s) {
    const isUpper = c !== c.toLowerCase();
    const isLower = c !== c.toUpperCase();
    if (upper ? isLower : isUpper) return FALSE;
    if (isUpper || isLower) cased = true;
  }
  return cased ? TRUE : FALSE;
}

typeMethod(S, "isupper", (th, args) => casedCheck(th, args, "isupper", true));
typeMethod(S, "islower", (th, args) => casedCheck(th, args, "islower", false));
typeMethod(S, "istitle", (th, args) => {
  const s = self(th, args, "istitle");
  let previousCased = false;
  let cased = false;
  for (const c of s) {
    const isUpper = isUpperChar(c) || isTitleChar(c);
    const isLower = isLowerChar(c);
    if (isUpper && previousCased) return FALSE;
    if (isLower && !previousCased) return FALSE;
    previousCased = isUpper || isLower;
    if (previousCased) cased = true;
  }
  return cased ? TRUE : FALSE;
});

function fillArgs(th: Thread, args: number[], name: string): [string, number, string] {
  const s = self(th, args, name);
  arity(th, name, args.slice(1), 1, 2);
  const width = indexArgument(th, args[1]!);
  let fill = " ";
  if (args[2] !== undefined) {
    if (!isStr(th, args[2]!) || Array.from(jsString(th, args[2]!)).length !== 1) {
      raiseException(th, "TypeError", "The fill character must be exactly one character long");
    }
    fill = jsString(th, args[2]!);
  }
  return [s, width, fill];
}

typeMethod(S, "center", (th, args) => {
  const [s, width, fill] = fillArgs(th, args, "center");
  const n = Array.from(s).length;
  if (width <= n) return args[0]!;
  const total = width - n;
  const left = (total >> 1) + (total & width & 1);
  return newString(th, fill.repeat(left) + s + fill.repeat(total - left));
});
typeMethod(S, "ljust", (th, args) => {
  const [s, width, fill] = fillArgs(th, args, "ljust");
  const n = Array.from(s).length;
  return width <= n ? args[0]! : newString(th, s + fill.repeat(width - n));
});
typeMethod(S, "rjust", (th, args) => {
  const [s, width, fill] = fillArgs(th, args, "rjust");
  const n = Array.from(s).length;
  return width <= n ? args[0]! : newString(th, fill.repeat(width - n) + s);
});
typeMethod(S, "zfill", (th, args) => {
  const s = self(th, args, "zfill");
  const width = indexArgument(th, args[1]!);
  const n = Array.from(s).length;
  if (width <= n) return args[0]!;
  const sign = s[0] === "+" || s[0] === "-" ? s[0] : "";
  return newString(th, sign + "0".repeat(width - n) + s.slice(sign.length));
});

typeMethod(S, "partition", (th, args) => {
  const s = self(th, args, "partition");
  const sep = strArg(th, args[1]!, "must be str, not").length > 0 ? jsString(th, args[1]!) : raiseException(th, "ValueError", "empty separator");
  const at = s.indexOf(sep);
  const parts = at < 0 ? [s, "", ""] : [s.slice(0, at), sep, s.slice(at + sep.length)];
  return newTuple(th, parts.map((p) => newString(th, p)));
});
typeMethod(S, "rpartition", (th, args) => {
  const s = self(th, args, "rpartition");
  const sep = strArg(th, args[1]!, "must be str, not").length > 0 ? jsString(th, args[1]!) : raiseException(th, "ValueError", "empty separator");
  const at = s.lastIndexOf(sep);
  const parts = at < 0 ? ["", "", s] : [s.slice(0, at), sep, s.slice(at + sep.length)];
  return newTuple(th, parts.map((p) => newString(th, p)));
});

typeMethod(S, "removeprefix", (th, args) => {
  const s = self(th, args, "removeprefix");
  const p = strArg(th, args[1]!, "removeprefix() argument");
  return p !== "" && s.startsWith(p) ? newString(th, s.slice(p.length)) : args[0]!;
});
typeMethod(S, "removesuffix", (th, args) => {
  const s = self(th, args, "removesuffix");
  const p = strArg(th, args[1]!, "removesuffix() argument");
  return p !== "" && s.endsWith(p) ? newString(th, s.slice(0, s.length - p.length)) : args[0]!;
});

typeMethod(S, "expandtabs", (th, args) => {
  const s = self(th, args, "expandtabs");
  const size = args[1] === undefined ? 8 : indexArgument(th, args[1]!);
  let out = "";
  let col = 0;
  for (const c of s) {
    if (c === "\t") {
      const n = size > 0 ? size - (col % size) : 0;
      out += " ".repeat(n);
      col += n;
    } else {
      out += c;
      col = c === "\n" || c === "\r" ? 0 : col + 1;
    }
  }
  return newString(th, out);
});

typeMethod(S, "format", (th, args, kw) => {
  const s = self(th, args, "format");
  let kwargs = 0;
  if (kw !== null) {
    kwargs = newDict(th);
    th.pushRoot(kwargs);
  }
  try {
    if (kw !== null) kw.names.forEach((n, k) => dictSetItem(th, kwargs, n, kw.values[k]!));
    return newString(th, strFormat(th, s, args.slice(1), kwargs));
  } finally {
    if (kw !== null) th.popRoots(1);
  }
});

typeMethod(S, "format_map", (th, args) => newString(th, strFormat(th, self(th, args, "format_map"), [], args[1]!)));

typeMethod(S, "encode", (th, args, kw) => {
  const text = self(th, args, "encode");
  const options = keywordMap(th, "encode", kw, ["encoding", "errors"]);
  const encoding = args[1] ?? options.get("encoding");
  const errors = args[2] ?? options.get("errors");
  const name = (v: number | undefined, what: string, fallback: string): string => {
    if (v === undefined) return fallback;
    if (!isStr(th, v)) raiseException(th, "TypeError", `encode() argument '${what}' must be str, not ${typeNameOf(th, v)}`);
    return jsString(th, v);
  };
  return newBytes(th.heap, encodeText(th, text, name(encoding, "encoding", "utf-8"), name(errors, "errors", "strict")));
});

staticMethod(S, "maketrans", (th, args) => {
  if (args.length < 1 || args.length > 3) {
    raiseException(th, "TypeError", `maketrans expected ${args.length < 1 ? "at least 1 argument" : "at most 3 arguments"}, got ${args.length}`);
  }
  if (args.length === 1 && typeIdOfValue(th, args[0]!) !== TypeId.dict) {
    raiseException(th, "TypeError", "if you give only one argument to maketrans it must be a dict");
  }
  if (args.length > 1 && !isStr(th, args[0]!)) raiseException(th, "TypeError", "first maketrans argument must be a string if there is a second argument");
  const d = newDict(th);
  th.pushRoot(d);
  try {
    if (args.length === 1) {
      for (const [k, v] of dictPairs(th, args[0]!)) {
        const key = isStr(th, k) ? fromNumber(th, jsString(th, k).codePointAt(0)!) : k;
        dictSetItem(th, d, key, v);
      }
    } else {
      const from = Array.from(jsString(th, args[0]!));
      const to = Array.from(jsString(th, args[1]!));
      if (from.length !== to.length) raiseException(th, "ValueError", "the first two maketrans arguments must have equal length");
      from.forEach((c, k) => dictSetItem(th, d, fromNumber(th, c.codePointAt(0)!), fromNumber(th, to[k]!.codePointAt(0)!)));
      if (args[2] !== undefined) for (const c of jsString(th, args[2]!)) dictSetItem(th, d, fromNumber(th, c.codePointAt(0)!), NONE);
    }
    return d;
  } finally {
    th.popRoots(1);
  }
});
