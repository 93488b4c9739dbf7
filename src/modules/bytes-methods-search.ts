// The searching and splitting methods bytes and bytearray share: find,
// rfind, index, rindex, count, startswith, endswith, split, rsplit,
// partition, rpartition, replace, join, removeprefix, removesuffix.

import { FALSE, NONE, TRUE } from "../heap/layout.js";
import type { Thread } from "../vm/thread.js";
import { raiseException } from "../vm/exceptions.js";
import { isTuple, tupleItems, typeNameOf } from "../vm/model.js";
import { fromNumber } from "../vm/int-values.js";
import { iterateToArray } from "../vm/iteration.js";
import { newList } from "../vm/lists.js";
import { bytesLikeData } from "../vm/bytes-like.js";
import { keywordMap } from "./args.js";
import {
  bounds, byteMethod, bytesArgument, concatBytes, findIn, isByteSpace, optionalIndex, result, resultTuple, selfData,
  subArgument,
} from "./bytes-args.js";

function search(th: Thread, args: number[], name: string, reverse: boolean): number {
  const data = selfData(th, args, name);
  if (args.length < 2) raiseException(th, "TypeError", `${name} expected at least 1 argument, got 0`);
  const needle = subArgument(th, args[1]!);
  const [start, end] = bounds(th, args[2], args[3], data.length);
  return findIn(data, needle, start, end, reverse);
}

byteMethod("find", (th, args) => fromNumber(th, search(th, args, "find", false)));
byteMethod("rfind", (th, args) => fromNumber(th, search(th, args, "rfind", true)));
byteMethod("index", (th, args) => {
  const k = search(th, args, "index", false);
  if (k < 0) raiseException(th, "ValueError", "subsection not found");
  return fromNumber(th, k);
});
byteMethod("rindex", (th, args) => {
  const k = search(th, args, "rindex", true);
  if (k < 0) raiseException(th, "ValueError", "subsection not found");
  return fromNumber(th, k);
});

byteMethod("count", (th, args) => {
  const data = selfData(th, args, "count");
  const needle = subArgument(th, args[1]!);
  const [start, end] = bounds(th, args[2], args[3], data.length);
  if (start > end) return fromNumber(th, 0);
  if (needle.length === 0) return fromNumber(th, end - start + 1);
  let n = 0;
  for (let at = findIn(data, needle, start, end, false); at >= 0; at = findIn(data, needle, at + needle.length, end, false)) n++;
  return fromNumber(th, n);
});

function affix(th: Thread, args: number[], name: string, atEnd: boolean): number {
  const data = selfData(th, args, name);
  const [start, end] = bounds(th, args[2], args[3], data.length);
  const arg = args[1]!;
  const candidates = isTuple(th, arg) ? tupleItems(th, arg) : [arg];
  for (const candidate of candidates) {
    const affixData = bytesLikeData(th, candidate);
    if (affixData === null) {
      const what = isTuple(th, arg) ? "a tuple must contain only bytes" : `${name} first arg must be bytes or a tuple of bytes`;
      raiseException(th, "TypeError", `${what}, not ${typeNameOf(th, candidate)}`);
    }
    if (end - start < affixData.length || start > data.length) continue;
    const at = atEnd ? end - affixData.length : start;
    if (findIn(data, affixData, at, at + affixData.length, false) === at) return TRUE;
  }
  return FALSE;
}

byteMethod("startswith", (th, args) => affix(th, args, "startswith", false));
byteMethod("endswith", (th, args) => affix(th, args, "endswith", true));

/** The sep and maxsplit of split/rsplit, positional or by keyword. */
function splitArguments(th: Thread, args: number[], kw: Parameters<typeof keywordMap>[2], name: string): [Uint8Array | null, number] {
  const options = keywordMap(th, name, kw, ["sep", "maxsplit"]);
  const sepValue = args[1] ?? options.get("sep") ?? NONE;
  const maxsplit = optionalIndex(th, args[2] ?? options.get("maxsplit"), -1);
  if (sepValue === NONE) return [null, maxsplit];
  const sep = bytesArgument(th, sepValue);
  if (sep.length === 0) raiseException(th, "ValueError", "empty separator");
  return [sep, maxsplit];
}

/** Splits at runs of whitespace, at most `maxsplit` times (negative: no limit), from the left. */
function splitWhitespace(data: Uint8Array, maxsplit: number): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let k = 0;
  while (k < data.length) {
    while (k < data.length && isByteSpace(data[k]!)) k++;
    if (k === data.length) break;
    if (maxsplit >= 0 && parts.length === maxsplit) {
      // The rest keeps its trailing whitespace, as CPython's split does.
      parts.push(data.slice(k));
      break;
    }
    const start = k;
    while (k < data.length && !isByteSpace(data[k]!)) k++;
    parts.push(data.slice(start, k));
  }
  return parts;
}

function splitSeparator(data: Uint8Array, sep: Uint8Array, maxsplit: number): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let start = 0;
  for (let at = findIn(data, sep, 0, data.length, false); at >= 0 && (maxsplit < 0 || parts.length < maxsplit);
    at = findIn(data, sep, start, data.length, false)) {
    parts.push(data.slice(start, at));
    start = at + sep.length;
  }
  parts.push(data.slice(start));
  return parts;
}

/** rsplit: split the reversed data with the reversed separator, then reverse back. */
function rsplitParts(data: Uint8Array, sep: Uint8Array | null, maxsplit: number): Uint8Array[] {
  const reversed = data.slice().reverse();
  const parts = sep === null ? splitWhitespace(reversed, maxsplit) : splitSeparator(reversed, sep.slice().reverse(), maxsplit);
  return parts.map((p) => p.reverse()).reverse();
}

function listOfResults(th: Thread, args: number[], parts: Uint8Array[]): number {
  return newList(th, parts.map((part) => result(th, args, part)));
}

byteMethod("split", (th, args, kw) => {
  const data = selfData(th, args, "split");
  const [sep, maxsplit] = splitArguments(th, args, kw, "split");
  return listOfResults(th, args, sep === null ? splitWhitespace(data, maxsplit) : splitSeparator(data, sep, maxsplit));
});
byteMethod("rsplit", (th, args, kw) => {
  const data = selfData(th, args, "rsplit");
  const [sep, maxsplit] = splitArguments(th, args, kw, "rsplit");
  return listOfResults(th, args, rsplitParts(data, sep, maxsplit));
});

function partition(th: Thread, args: number[], name: string, reverse: boolean): number {
  const data = selfData(th, args, name);
  const sep = bytesArgument(th, args[1]!);
  if (sep.length === 0) raiseException(th, "ValueError", "empty separator");
  const at = findIn(data, sep, 0, data.length, reverse);
  const empty = new Uint8Array(0);
  if (at < 0) return resultTuple(th, args, reverse ? [empty, empty, data] : [data, empty, empty]);
  return resultTuple(th, args, [data.slice(0, at), sep, data.slice(at + sep.length)]);
}

byteMethod("partition", (th, args) => partition(th, args, "partition", false));
byteMethod("rpartition", (th, args) => partition(th, args, "rpartition", true));

byteMethod("replace", (th, args, kw) => {
  const data = selfData(th, args, "replace");
  const options = keywordMap(th, "replace", kw, ["count"]);
  const old = bytesArgument(th, args[1]!);
  const replacement = bytesArgument(th, args[2]!);
  let count = optionalIndex(th, args[3] ?? options.get("count"), -1);
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  const parts: Uint8Array[] = [];
  if (old.length === 0) {
    // An empty pattern matches before every byte and at the end.
    let k = 0;
    for (; k <= data.length && count > 0; k++, count--) {
      parts.push(replacement);
      if (k < data.length) parts.push(data.subarray(k, k + 1));
    }
    if (k <= data.length) parts.push(data.subarray(k));
    return result(th, args, concatBytes(parts));
  }
  let start = 0;
  for (let at = findIn(data, old, 0, data.length, false); at >= 0 && count > 0; at = findIn(data, old, start, data.length, false), count--) {
    parts.push(data.subarray(start, at), replacement);
    start = at + old.length;
  }
  parts.push(data.subarray(start));
  return result(th, args, concatBytes(parts));
});

byteMethod("join", (th, args) => {
  const sep = selfData(th, args, "join");
  const items = iterateToArray(th, args[1]!);
  const parts: Uint8Array[] = [];
  items.forEach((item, k) => {
    const data = bytesLikeData(th, item);
    if (data === null) raiseException(th, "TypeError", `sequence item ${k}: expected a bytes-like object, ${typeNameOf(th, item)} found`);
    if (k > 0) parts.push(sep);
    parts.push(data);
  });
  return result(th, args, concatBytes(parts));
});

byteMethod("removeprefix", (th, args) => {
  const data = selfData(th, args, "removeprefix");
  const prefix = bytesArgument(th, args[1]!);
  const has = findIn(data, prefix, 0, Math.min(prefix.length, data.length), false) === 0;
  return result(th, args, has ? data.slice(prefix.length) : data);
});
byteMethod("removesuffix", (th, args) => {
  const data = selfData(th, args, "removesuffix");
  const suffix = bytesArgument(th, args[1]!);
  const at = data.length - suffix.length;
  const has = suffix.length > 0 && at >= 0 && findIn(data, suffix, at, data.length, false) === at;
  return result(th, args, has ? data.slice(0, at) : data);
});
