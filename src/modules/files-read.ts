// Reading file objects: read, readline, readlines and iteration, for text
// (str, decoded, universal newlines) and binary (bytes) files. Each call
// reads at the position stored in the file object and stores the new one.

import { NONE } from "../heap/layout.js";
import { newBytes } from "../objects/bytes.js";
import type { Thread } from "../vm/thread.js";
import { raiseException } from "../vm/exceptions.js";
import { newString, typeNameOf } from "../vm/model.js";
import { listAppend, newList } from "../vm/lists.js";
import { registerNative } from "../vm/natives.js";
import { lengthBuiltin } from "./builtins-functions.js";
import { isIntLike } from "../vm/int-values.js";
import { indexArgument } from "./args.js";
import { fileSize, readAt, readToEnd } from "./files-io.js";
import {
  bytesForChars, decode, DecodeFailure, encodedLength, firstChars, lineEnd, translateNewlines,
} from "./files-text.js";
import { checkReadable, CLOSED, isText, loadState, storePosition, withFileLock, type FileState } from "./files-state.js";
import { raiseOsError } from "./files-errors.js";

const LINE_CHUNK = 8192;

/** A size argument: an int, or None for -1 (everything). */
function sizeArgument(th: Thread, v: number | undefined): number {
  if (v === undefined || v === NONE) return -1;
  if (!isIntLike(th, v)) raiseException(th, "TypeError", `argument should be integer or None, not '${typeNameOf(th, v)}'`);
  return indexArgument(th, v);
}

/** Runs a file-system call, turning Node's errors into OSError. */
function io<T>(th: Thread, work: () => T): T {
  try {
    return work();
  } catch (err) {
    return raiseOsError(th, err);
  }
}

function decoded(th: Thread, st: FileState, data: Uint8Array): string {
  try {
    return decode(data, st.codec, st.strict);
  } catch (err) {
    if (err instanceof DecodeFailure) raiseException(th, "UnicodeDecodeError", err.message);
    throw err;
  }
}

// ---------------------------------------------------------------------------
// read(size=-1)

function readText(th: Thread, st: FileState, size: number): number {
  if (size < 0) {
    const data = io(th, () => readToEnd(th, st.fd, st.pos));
    const text = translateNewlines(decoded(th, st, data), st.newline);
    storePosition(th, st, st.pos + data.length);
    return newString(th, text);
  }
  // Room for `size` characters of up to four bytes, and the "\n" of a final "\r\n".
  const want = Math.min(4 * size + 1, Math.max(0, io(th, () => fileSize(st.fd)) - st.pos) + 1);
  const data = io(th, () => readAt(th, st.fd, want, st.pos));
  const used = bytesForChars(data, size, st.codec, st.newline);
  const text = translateNewlines(decoded(th, st, data.subarray(0, used)), st.newline);
  storePosition(th, st, st.pos + used);
  return newString(th, text);
}

function readBinary(th: Thread, st: FileState, size: number): number {
  const data = io(th, () => (size < 0 ? readToEnd(th, st.fd, st.pos) : readAt(th, st.fd, size, st.pos)));
  storePosition(th, st, st.pos + data.length);
  return newBytes(th.heap, data);
}

export const readIndex = registerNative("read", (th, args) => {
  if (args.length > 2) raiseException(th, "TypeError", `read expected at most 1 argument, got ${args.length - 1}`);
  const size = sizeArgument(th, args[1]);
  return withFileLock(th, args[0]!, () => {
    const st = loadState(th, args[0]!);
    checkReadable(th, st, "read of closed file");
    return isText(st) ? readText(th, st, size) : readBinary(th, st, size);
  });
}, true);

// ---------------------------------------------------------------------------
// readline(size=-1)

/** The bytes of the next line (with its line end), up to the end of the file. */
function nextLineBytes(th: Thread, st: FileState, binaryLimit: number): Uint8Array {
  const newline = isText(st) ? st.newline : "\n";
  let data: Uint8Array = new Uint8Array(0);
  for (;;) {
    const want = binaryLimit >= 0 ? Math.max(0, binaryLimit - data.length) + 1 : LINE_CHUNK;
    const chunk = io(th, () => readAt(th, st.fd, want, st.pos + data.length));
    data = data.length === 0 ? chunk : Buffer.concat([data, chunk]);
    const atEnd = chunk.length < want;
    const end = lineEnd(data, newline, atEnd);
    if (end >= 0) data = data.subarray(0, end);
    if (binaryLimit >= 0 && data.length > binaryLimit) data = data.subarray(0, binaryLimit);
    if (end >= 0 || atEnd || (binaryLimit >= 0 && data.length >= binaryLimit)) return data;
  }
}

/** The next line as a heap str or bytes ("" / b"" at the end of the file). */
export function readLine(th: Thread, st: FileState, limit: number): number {
  if (!isText(st)) {
    const data = nextLineBytes(th, st, limit);
    storePosition(th, st, st.pos + data.length);
    return newBytes(th.heap, data);
  }
  const data = nextLineBytes(th, st, -1);
  let text = translateNewlines(decoded(th, st, data), st.newline);
  let used = data.length;
  if (limit >= 0 && limit < text.length) {
    const cut = firstChars(text, limit);
    if (cut.length < text.length) {
      text = cut;
      used = encodedLength(cut, st.codec);
    }
  }
  storePosition(th, st, st.pos + used);
  return newString(th, text);
}

export const readlineIndex = registerNative("readline", (th, args) => {
  if (args.length > 2) raiseException(th, "TypeError", `readline expected at most 1 argument, got ${args.length - 1}`);
  const limit = sizeArgument(th, args[1]);
  return withFileLock(th, args[0]!, () => {
    const st = loadState(th, args[0]!);
    checkReadable(th, st, "readline of closed file");
    return readLine(th, st, limit);
  });
}, true);

function lengthOfLine(th: Thread, line: number): number {
  return lengthBuiltin(th, line);
}

export const readlinesIndex = registerNative("readlines", (th, args) => {
  if (args.length > 2) raiseException(th, "TypeError", `readlines expected at most 1 argument, got ${args.length - 1}`);
  const hint = sizeArgument(th, args[1]);
  const list = newList(th, []);
  th.pushRoot(list);
  try {
    let total = 0;
    for (;;) {
      const line = withFileLock(th, args[0]!, () => {
        const st = loadState(th, args[0]!);
        checkReadable(th, st, CLOSED);
        return readLine(th, st, -1);
      });
      const n = lengthOfLine(th, line);
      if (n === 0) break;
      listAppend(th, list, line);
      total += n;
      if (hint > 0 && total >= hint) break;
    }
    return list;
  } finally {
    th.popRoots(1);
  }
}, true);

// ---------------------------------------------------------------------------
// Iteration: for line in f

export const iterIndex = registerNative("__iter__", (th, args) => {
  const st = loadState(th, args[0]!);
  if (st.closed) raiseException(th, "ValueError", CLOSED);
  return args[0]!;
}, true);

export const nextIndex = registerNative("__next__", (th, args) => {
  const line = withFileLock(th, args[0]!, () => {
    const st = loadState(th, args[0]!);
    checkReadable(th, st, "readline of closed file");
    return readLine(th, st, -1);
  });
  if (lengthOfLine(th, line) === 0) raiseException(th, "StopIteration", "");
  return line;
}, true);

