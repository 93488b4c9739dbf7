// sys.stdout and sys.stderr: objects of a small class whose write() goes
// straight to the process's file descriptors (one writeSync per call).

import { nodeTty } from "../runtime/node-builtins.js";
import { FALSE, NONE, TRUE } from "../heap/layout.js";
import { newHeapType } from "../objects/heap-type.js";
import type { Thread } from "../vm/thread.js";
import {
  dictGetStr, dictSetStr, ensureInstanceDict, instanceDictOf, internStr, isStr, jsString, newDict, newString, typeNameOf,
} from "../vm/model.js";
import { allocateInstance } from "../vm/call-native.js";
import { raiseException } from "../vm/exceptions.js";
import { writeText } from "../runtime/output.js";
import { withoutGil } from "../vm/blocking.js";
import { fromNumber } from "../vm/int-values.js";
import { registerNative } from "../vm/natives.js";
import { newBuiltin } from "../vm/model.js";
import { iterateToArray } from "../vm/iteration.js";
import { getAttr, getAttrOrZero } from "../vm/attributes.js";
import { callObject } from "../vm/calls.js";
import { getRoot, ROOT_SYS_MODULE } from "../vm/vm-roots.js";
import { raiseOsError } from "./files-errors.js";

const FD_KEY = "_fileno";

/** Writes to a file descriptor with the GIL released, as CPython's I/O does (a slow pipe blocks only this thread). */
export function writeReleasingGil(th: Thread, fd: number, text: string): void {
  try {
    if (th.ts === undefined) writeText(fd, text);
    else withoutGil(th, () => writeText(fd, text));
  } catch (err) {
    // A reader that went away (`pygil x.py | head`) is BrokenPipeError, as in CPython.
    raiseOsError(th, err);
  }
}

const writeIndex = registerNative("write", (th, args) => {
  const [self, text] = args;
  if (args.length !== 2) raiseException(th, "TypeError", `write() takes exactly one argument (${args.length - 1} given)`);
  if (!isStr(th, text!)) raiseException(th, "TypeError", `write() argument must be str, not ${typeNameOf(th, text!)}`);
  const fd = fileDescriptorOf(th, self!);
  const s = jsString(th, text!);
  writeReleasingGil(th, fd, s);
  return fromNumber(th, Array.from(s).length);
}, true);

const flushIndex = registerNative("flush", () => NONE, true);

const writelinesIndex = registerNative("writelines", (th, args) => {
  const fd = fileDescriptorOf(th, args[0]!);
  for (const line of iterateToArray(th, args[1]!)) {
    if (!isStr(th, line)) raiseException(th, "TypeError", `write() argument must be str, not ${typeNameOf(th, line)}`);
    writeReleasingGil(th, fd, jsString(th, line));
  }
  return NONE;
}, true);

const filenoIndex = registerNative("fileno", (th, args) => fromNumber(th, fileDescriptorOf(th, args[0]!)), true);

const isattyIndex = registerNative("isatty", (th, args) => (nodeTty().isatty(fileDescriptorOf(th, args[0]!)) ? TRUE : FALSE), true);

const writableIndex = registerNative("writable", () => TRUE, true);

/**
 * Writes `text` to sys.stderr, whatever it is now: one of these streams, or
 * any object with a write() method (a program may have replaced it). Falls
 * back to the process's stderr when sys.stderr is None or missing.
 */
export function writeToSysStderr(th: Thread, text: string): void {
  const stderr = getAttrOrZero(th, getRoot(th, ROOT_SYS_MODULE), internStr(th, "stderr"));
  if (stderr === 0 || stderr === NONE) return;
  const fd = fileDescriptorOf(th, stderr);
  if (fd >= 0) writeReleasingGil(th, fd, text);
  else callObject(th, getAttr(th, stderr, internStr(th, "write")), [newString(th, text)]);
}

/** A stream object writing to `fd`. */
export function newStream(th: Thread, fd: number, name: string): number {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    dictSetStr(th, dict, internStr(th, "write"), newBuiltin(th, "write", "TextIOWrapper.write", writeIndex));
    dictSetStr(th, dict, internStr(th, "flush"), newBuiltin(th, "flush", "TextIOWrapper.flush", flushIndex));
    dictSetStr(th, dict, internStr(th, "writelines"), newBuiltin(th, "writelines", "TextIOWrapper.writelines", writelinesIndex));
    dictSetStr(th, dict, internStr(th, "fileno"), newBuiltin(th, "fileno", "TextIOWrapper.fileno", filenoIndex));
    dictSetStr(th, dict, internStr(th, "isatty"), newBuiltin(th, "isatty", "TextIOWrapper.isatty", isattyIndex));
    dictSetStr(th, dict, internStr(th, "writable"), newBuiltin(th, "writable", "TextIOWrapper.writable", writableIndex));
    dictSetStr(th, dict, internStr(th, "encoding"), internStr(th, "utf-8"));
    dictSetStr(th, dict, internStr(th, "errors"), internStr(th, fd === 2 ? "backslashreplace" : "strict"));
    dictSetStr(th, dict, internStr(th, "__module__"), internStr(th, "_io"));
    const type = newHeapType(th.heap, "TextIOWrapper", [], dict);
    th.pushRoot(type);
    const stream = allocateInstance(th, type, [], null);
    th.pushRoot(stream);
    const d = ensureInstanceDict(th, stream);
    dictSetStr(th, d, internStr(th, FD_KEY), fromNumber(th, fd));
    dictSetStr(th, d, internStr(th, "name"), internStr(th, name));
    th.popRoots(2);
    return stream;
  } finally {
    th.popRoots(1);
  }
}

/** The file descriptor print() writes to for `file` (None: stdout), or -1 for another object. */
export function fileDescriptorOf(th: Thread, file: number): number {
  if (file === NONE) return 1;
  const dict = instanceDictOf(th, file);
  if (dict === 0) return -1;
  const fd = dictGetStr(th, dict, internStr(th, FD_KEY));
  return fd === 0 ? -1 : fd >> 1;
}
