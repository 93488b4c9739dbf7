// The rest of a file object's methods (close, fileno, tell, seek, the
// readable/writable/seekable questions, the context manager, repr) and the
// file types themselves: TextIOWrapper, BufferedReader, BufferedWriter,
// BufferedRandom and FileIO of the _io module. They are classes made once
// per heap whose dicts hold the native methods; all of them share the same
// natives, which ask the object's flags whether it is text or binary.

import { closeSync } from "node:fs";
import { createRequire } from "node:module";
import { FALSE, NONE, TRUE } from "../heap/layout.js";
import { newHeapType } from "../objects/heap-type.js";
import type { Thread } from "../vm/thread.js";
import { raiseException } from "../vm/exceptions.js";
import { builtinType, dictGetStr, dictSetStr, internStr, newBuiltin, newDict, newString } from "../vm/model.js";
import { fromNumber } from "../vm/int-values.js";
import { registerNative } from "../vm/natives.js";
import { reprOf } from "../vm/repr.js";
import { indexArgument } from "./args.js";
import { fileSize, isSeekable } from "./files-io.js";
import { raiseErrno, raiseOsError } from "./files-errors.js";
import { iterIndex, nextIndex, readIndex, readlineIndex, readlinesIndex } from "./files-read.js";
import { flushIndex, truncateIndex, writeIndex, writelinesIndex } from "./files-write.js";
import {
  checkOpen, CLOSED, CLOSED_RAW, FileFlag, isReadable, isText, isWritable, loadState, markClosed, raiseUnsupported,
  storePosition, withFileLock,
} from "./files-state.js";

/** Closes the file once; a read or write in progress in another thread finishes first. */
function closeFile(th: Thread, self: number): void {
  withFileLock(th, self, () => {
    const st = loadState(th, self);
    if (st.closed) return;
    markClosed(th, st);
    if ((st.flags & FileFlag.CloseFd) === 0) return;
    try {
      closeSync(st.fd);
    } catch (err) {
      raiseOsError(th, err);
    }
  });
}

const closeIndex = registerNative("close", (th, args) => {
  closeFile(th, args[0]!);
  return NONE;
}, true);

const filenoIndex = registerNative("fileno", (th, args) => {
  const st = loadState(th, args[0]!);
  checkOpen(th, st, CLOSED_RAW);
  return fromNumber(th, st.fd);
}, true);

const tellIndex = registerNative("tell", (th, args) => {
  const st = loadState(th, args[0]!);
  checkOpen(th, st, isText(st) ? CLOSED : CLOSED_RAW);
  return fromNumber(th, st.pos);
}, true);

/** The new position for seek(offset, whence) on a text file, whose cookies CPython restricts. */
function textTarget(th: Thread, pos: number, size: () => number, offset: number, whence: number): number {
  if (whence === 1 && offset !== 0) raiseUnsupported(th, "can't do nonzero cur-relative seeks");
  if (whence === 2 && offset !== 0) raiseUnsupported(th, "can't do nonzero end-relative seeks");
  if (whence === 0 && offset < 0) raiseException(th, "ValueError", `negative seek position ${offset}`);
  return whence === 0 ? offset : whence === 1 ? pos : size();
}

const seekIndex = registerNative("seek", (th, args) => {
  if (args.length < 2 || args.length > 3) raiseException(th, "TypeError", `seek expected at least 1 argument, got ${args.length - 1}`);
  const offset = indexArgument(th, args[1]!);
  const whence = args[2] === undefined ? 0 : indexArgument(th, args[2]);
  return withFileLock(th, args[0]!, () => seekLocked(th, args[0]!, offset, whence));
}, true);

function seekLocked(th: Thread, self: number, offset: number, whence: number): number {
  const st = loadState(th, self);
  checkOpen(th, st, isText(st) ? CLOSED : "seek of closed file");
  if (whence < 0 || whence > 2) raiseException(th, "ValueError", `invalid whence (${whence}, should be 0, 1 or 2)`);
  const size = () => fileSize(st.fd);
  const target = isText(st) ? textTarget(th, st.pos, size, offset, whence) : offset + [0, st.pos, 0][whence]! + (whence === 2 ? size() : 0);
  if (target < 0) raiseErrno(th, { errno: 22, strerror: "Invalid argument", type: "OSError" });
  storePosition(th, st, target);
  return fromNumber(th, target);
}

/** readable() and writable(): a closed file still answers False when the mode never allowed it. */
function askMode(allowed: (st: ReturnType<typeof loadState>) => boolean) {
  return (th: Thread, args: number[]) => {
    const st = loadState(th, args[0]!);
    if (!allowed(st)) return FALSE;
    checkOpen(th, st, CLOSED_RAW);
    return TRUE;
  };
}

const readableIndex = registerNative("readable", askMode(isReadable), true);
const writableIndex = registerNative("writable", askMode(isWritable), true);

const seekableIndex = registerNative("seekable", (th, args) => {
  const st = loadState(th, args[0]!);
  checkOpen(th, st, CLOSED_RAW);
  return isSeekable(st.fd) ? TRUE : FALSE;
}, true);

// node:tty brings node:net and the stream machinery with it, which every
// worker would load at start for a question few programs ask: ask it on first use.
const requireBuiltin = createRequire(import.meta.url);

function isTerminal(fd: number): boolean {
  return (requireBuiltin("node:tty") as typeof import("node:tty")).isatty(fd);
}

const isattyIndex = registerNative("isatty", (th, args) => {
  const st = loadState(th, args[0]!);
  checkOpen(th, st, CLOSED_RAW);
  return isTerminal(st.fd) ? TRUE : FALSE;
}, true);

const enterIndex = registerNative("__enter__", (th, args) => {
  checkOpen(th, loadState(th, args[0]!));
  return args[0]!;
}, true);

const exitIndex = registerNative("__exit__", (th, args) => {
  closeFile(th, args[0]!);
  return NONE;
}, true);

/** The file type's name, as CPython picks the object open() returns. */
export function fileTypeName(flags: number): string {
  if ((flags & FileFlag.Text) !== 0) return "TextIOWrapper";
  if ((flags & FileFlag.Raw) !== 0) return "FileIO";
  if ((flags & FileFlag.Readable) !== 0 && (flags & FileFlag.Writable) !== 0) return "BufferedRandom";
  return (flags & FileFlag.Readable) !== 0 ? "BufferedReader" : "BufferedWriter";
}

const reprIndex = registerNative("__repr__", (th, args) => {
  const st = loadState(th, args[0]!);
  const type = fileTypeName(st.flags);
  const attr = (name: string) => reprOf(th, dictGetStr(th, st.dict, internStr(th, name)));
  if (type === "FileIO") {
    if (st.closed) return newString(th, "<_io.FileIO [closed]>");
    const closefd = (st.flags & FileFlag.CloseFd) !== 0 ? "True" : "False";
    return newString(th, `<_io.FileIO name=${attr("name")} mode=${attr("mode")} closefd=${closefd}>`);
  }
  if (type !== "TextIOWrapper") return newString(th, `<_io.${type} name=${attr("name")}>`);
  return newString(th, `<_io.TextIOWrapper name=${attr("name")} mode=${attr("mode")} encoding=${attr("encoding")}>`);
}, true);

const METHODS: readonly [string, number][] = [
  ["read", readIndex], ["readline", readlineIndex], ["readlines", readlinesIndex], ["write", writeIndex],
  ["writelines", writelinesIndex], ["truncate", truncateIndex], ["flush", flushIndex], ["close", closeIndex],
  ["fileno", filenoIndex], ["tell", tellIndex], ["seek", seekIndex], ["readable", readableIndex],
  ["writable", writableIndex], ["seekable", seekableIndex], ["isatty", isattyIndex], ["__iter__", iterIndex],
  ["__next__", nextIndex], ["__enter__", enterIndex], ["__exit__", exitIndex], ["__repr__", reprIndex],
];

export const FILE_TYPE_NAMES = ["TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom", "FileIO"] as const;

/** A file class of the _io module, with every file method. */
export function makeFileType(th: Thread, name: string): number {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    for (const [method, index] of METHODS) {
      dictSetStr(th, dict, internStr(th, method), newBuiltin(th, method, `${name}.${method}`, index));
    }
    dictSetStr(th, dict, internStr(th, "__module__"), internStr(th, "_io"));
    return newHeapType(th.heap, name, [], dict);
  } finally {
    th.popRoots(1);
  }
}

/** io.UnsupportedOperation: raised for reads of write-only files and the like. */
export function makeUnsupportedOperation(th: Thread): number {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    dictSetStr(th, dict, internStr(th, "__module__"), internStr(th, "io"));
    return newHeapType(th.heap, "UnsupportedOperation", [builtinType(th, "OSError"), builtinType(th, "ValueError")], dict);
  } finally {
    th.popRoots(1);
  }
}
