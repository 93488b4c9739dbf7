// Writing file objects: write, writelines, truncate and flush. Writes go
// straight to the file at the stored position (or at its end in append
// mode), so there is nothing to flush: another thread, or another file
// object on the same file, reads what was written at once.

import { NONE } from "../heap/layout.js";
import { bytesData, byteArrayData, isBytes } from "../objects/bytes.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "../vm/thread.js";
import { raiseException } from "../vm/exceptions.js";
import { isStr, jsString, typeIdOfValue, typeNameOf } from "../vm/model.js";
import { fromNumber } from "../vm/int-values.js";
import { getIter, iterNext } from "../vm/iteration.js";
import { registerNative } from "../vm/natives.js";
import { indexArgument } from "./args.js";
import { fileSize, truncate, writeAt } from "./files-io.js";
import { encode, translateForWrite } from "./files-text.js";
import { raiseOsError } from "./files-errors.js";
import {
  checkOpen, checkWritable, FileFlag, isText, loadState, storePosition, withFileLock, type FileState,
} from "./files-state.js";

/** The bytes of a bytes-like argument, or null for another kind of object. */
function bytesOf(th: Thread, v: number): Uint8Array | null {
  if ((v & 1) === 1) return null;
  if (isBytes(th.heap, v)) return bytesData(th.heap, v).slice();
  if (typeIdOfValue(th, v) === TypeId.bytearray) return byteArrayData(th.heap, v).slice();
  return null;
}

/** Writes `data` at the file's position; returns after storing the new position. */
function writeData(th: Thread, st: FileState, data: Uint8Array): void {
  const append = (st.flags & FileFlag.Append) !== 0;
  try {
    writeAt(th, st.fd, data, append ? null : st.pos);
    storePosition(th, st, append ? fileSize(st.fd) : st.pos + data.length);
  } catch (err) {
    raiseOsError(th, err);
  }
}

/** f.write(s): the number of characters (text) or bytes (binary) written. */
function writeOne(th: Thread, self: number, value: number): number {
  return withFileLock(th, self, () => writeLocked(th, self, value));
}

function writeLocked(th: Thread, self: number, value: number): number {
  const st = loadState(th, self);
  if (isText(st)) {
    if (!isStr(th, value)) raiseException(th, "TypeError", `write() argument must be str, not ${typeNameOf(th, value)}`);
    checkWritable(th, st);
    const text = jsString(th, value);
    writeData(th, st, encode(translateForWrite(text, st.newline), st.codec));
    return fromNumber(th, Array.from(text).length);
  }
  const data = bytesOf(th, value);
  if (data === null) raiseException(th, "TypeError", `a bytes-like object is required, not '${typeNameOf(th, value)}'`);
  checkWritable(th, st);
  writeData(th, st, data);
  return fromNumber(th, data.length);
}

export const writeIndex = registerNative("write", (th, args) => {
  if (args.length !== 2) raiseException(th, "TypeError", `write() takes exactly one argument (${args.length - 1} given)`);
  return writeOne(th, args[0]!, args[1]!);
}, true);

export const writelinesIndex = registerNative("writelines", (th, args) => {
  if (args.length !== 2) raiseException(th, "TypeError", `writelines() takes exactly one argument (${args.length - 1} given)`);
  checkOpen(th, loadState(th, args[0]!));
  // One item at a time: items a generator makes are rooted only while written.
  const it = getIter(th, args[1]!);
  th.pushRoot(it);
  try {
    for (let line = iterNext(th, it); line !== 0; line = iterNext(th, it)) {
      th.pushRoot(line);
      try {
        writeOne(th, args[0]!, line);
      } finally {
        th.popRoots(1);
      }
    }
    return NONE;
  } finally {
    th.popRoots(1);
  }
}, true);

export const truncateIndex = registerNative("truncate", (th, args) => withFileLock(th, args[0]!, () => {
  const st = loadState(th, args[0]!);
  checkWritable(th, st);
  const size = args[1] === undefined || args[1] === NONE ? st.pos : indexArgument(th, args[1]);
  if (size < 0) raiseException(th, "ValueError", `negative size value ${size}`);
  try {
    truncate(st.fd, size);
  } catch (err) {
    raiseOsError(th, err);
  }
  return fromNumber(th, size);
}), true);

export const flushIndex = registerNative("flush", (th, args) => {
  checkOpen(th, loadState(th, args[0]!));
  return NONE;
}, true);
