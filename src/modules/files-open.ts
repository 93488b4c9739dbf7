// open(): CPython's io.open for files on disk. It checks the arguments in
// CPython's order and with its messages, opens the file (or takes a file
// descriptor, or calls the opener), and returns a TextIOWrapper, a
// BufferedReader/Writer/Random or, unbuffered, a FileIO. The _io and io
// modules hold the file types, io.UnsupportedOperation and open itself.

import { constants, closeSync, openSync } from "node:fs";
import { NONE, TRUE, FALSE } from "../heap/layout.js";
import { bytesData, isBytes } from "../objects/bytes.js";
import type { Thread } from "../vm/thread.js";
import type { Keywords } from "../vm/calls.js";
import { callObject } from "../vm/calls.js";
import { raiseException } from "../vm/exceptions.js";
import { dictGetStr, dictSetStr, ensureInstanceDict, internStr, isStr, jsString, newDict, typeNameOf } from "../vm/model.js";
import { allocateInstance } from "../vm/call-native.js";
import { registerNativeModule, importModule } from "../vm/imports.js";
import { moduleDict } from "../vm/attributes.js";
import { fromNumber, isBool } from "../vm/int-values.js";
import { indexArgument } from "./args.js";
import { installModuleFunctions, moduleFunction } from "./registry.js";
import { newModule } from "./builtins.js";
import { fileSize, isDirectory } from "./files-io.js";
import { raiseErrno, raiseOsError } from "./files-errors.js";
import { codecOf, type Newline } from "./files-text.js";
import { FileFlag, initState, ioDict } from "./files-state.js";
import { FILE_TYPE_NAMES, fileTypeName, makeFileType, makeUnsupportedOperation } from "./files-object.js";

/** Linux's O_CLOEXEC, which CPython adds to the flags an opener gets (Node does not export it). */
const O_CLOEXEC = 0o2000000;

const PARAMETERS = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"] as const;

/** open()'s arguments by name (0 where not given), as CPython's argument clinic binds them. */
function bindArguments(th: Thread, args: number[], kw: Keywords | null): number[] {
  if (args.length > PARAMETERS.length) raiseException(th, "TypeError", `open() takes at most 8 arguments (${args.length} given)`);
  const bound = PARAMETERS.map((_, k) => args[k] ?? 0);
  kw?.names.forEach((n, k) => {
    const name = jsString(th, n);
    const at = PARAMETERS.indexOf(name as (typeof PARAMETERS)[number]);
    if (at < 0) raiseException(th, "TypeError", `open() got an unexpected keyword argument '${name}'`);
    if (at < args.length) raiseException(th, "TypeError", `argument for open() given by name ('${name}') and position (${at + 1})`);
    bound[at] = kw.values[k]!;
  });
  if (bound[0] === 0) raiseException(th, "TypeError", "open() missing required argument 'file' (pos 1)");
  return bound;
}

/** A str-or-None argument. */
function optionalStr(th: Thread, v: number, name: string): string | null {
  if (v === 0 || v === NONE) return null;
  if (!isStr(th, v)) raiseException(th, "TypeError", `open() argument '${name}' must be str or None, not ${typeNameOf(th, v)}`);
  return jsString(th, v);
}

interface Mode {
  reading: boolean;
  writing: boolean;
  appending: boolean;
  creating: boolean;
  updating: boolean;
  binary: boolean;
}

/** Parses the mode string, with CPython's checks and messages. */
function parseMode(th: Thread, mode: string): Mode {
  const seen = new Set<string>();
  for (const c of mode) {
    if (!"rwxabt+".includes(c) || seen.has(c)) raiseException(th, "ValueError", `invalid mode: '${mode}'`);
    seen.add(c);
  }
  const m: Mode = {
    reading: seen.has("r"), writing: seen.has("w"), appending: seen.has("a"), creating: seen.has("x"),
    updating: seen.has("+"), binary: seen.has("b"),
  };
  if (seen.has("t") && m.binary) raiseException(th, "ValueError", "can't have text and binary mode at once");
  const kinds = Number(m.reading) + Number(m.writing) + Number(m.appending) + Number(m.creating);
  if (kinds > 1) raiseException(th, "ValueError", "must have exactly one of create/read/write/append mode");
  return m;
}

/** The flags of open(2) for a mode, as FileIO computes them. */
function openFlags(th: Thread, m: Mode): number {
  const c = constants;
  const rw = m.updating ? c.O_RDWR : 0;
  if (m.creating) return c.O_EXCL | c.O_CREAT | (rw || c.O_WRONLY);
  if (m.writing) return c.O_CREAT | c.O_TRUNC | (rw || c.O_WRONLY);
  if (m.appending) return c.O_APPEND | c.O_CREAT | (rw || c.O_WRONLY);
  if (m.reading) return rw || c.O_RDONLY;
  return raiseException(th, "ValueError", "Must have exactly one of create/read/write/append mode and at most one plus");
}

/** FileIO's mode attribute: "rb", "wb", "ab", "xb", with "+" for updating. */
function rawMode(m: Mode): string {
  const plus = m.updating ? "+" : "";
  if (m.creating) return `xb${plus}`;
  if (m.appending) return `ab${plus}`;
  return m.reading || m.updating ? `rb${plus}` : "wb";
}

/** The path to open, or a file descriptor to use as is. */
function pathOrFd(th: Thread, file: number): string | number {
  if (isStr(th, file)) return jsString(th, file);
  if (isBytes(th.heap, file)) return Buffer.from(bytesData(th.heap, file)).toString("utf8");
  if ((file & 1) === 1 && !isBool(th, file)) {
    const fd = file >> 1;
    if (fd < 0) raiseException(th, "ValueError", "negative file descriptor");
    return fd;
  }
  return raiseException(th, "TypeError", `expected str, bytes or os.PathLike object, not ${typeNameOf(th, file)}`);
}

/** Opens the file (or asks the opener to); returns the descriptor. */
function openDescriptor(th: Thread, file: number, target: string | number, flags: number, opener: number): number {
  if (typeof target === "number") return target;
  if (opener !== 0 && opener !== NONE) {
    const fd = indexArgument(th, callObject(th, opener, [file, fromNumber(th, flags | O_CLOEXEC)]));
    if (fd < 0) raiseException(th, "ValueError", `opener returned ${fd}`);
    return fd;
  }
  let fd: number;
  try {
    fd = openSync(target, flags, 0o666);
  } catch (err) {
    return raiseOsError(th, err, file);
  }
  if (isDirectory(fd)) {
    closeSync(fd);
    raiseErrno(th, { errno: 21, strerror: "Is a directory", type: "IsADirectoryError" }, file);
  }
  return fd;
}

interface TextOptions {
  encoding: string | null;
  errors: string | null;
  newline: Newline;
}

/** Checks encoding, errors and newline against the mode. */
function textOptions(th: Thread, m: Mode, a: number[], buffering: number): TextOptions {
  const encoding = optionalStr(th, a[3]!, "encoding");
  const errors = optionalStr(th, a[4]!, "errors");
  const newline = optionalStr(th, a[5]!, "newline");
  if (m.binary) {
    if (encoding !== null) raiseException(th, "ValueError", "binary mode doesn't take an encoding argument");
    if (errors !== null) raiseException(th, "ValueError", "binary mode doesn't take an errors argument");
    if (newline !== null) raiseException(th, "ValueError", "binary mode doesn't take a newline argument");
    return { encoding, errors, newline };
  }
  if (newline !== null && !["", "\n", "\r", "\r\n"].includes(newline)) {
    raiseException(th, "ValueError", `illegal newline value: ${newline}`);
  }
  if (buffering === 0) raiseException(th, "ValueError", "can't have unbuffered text I/O");
  if (encoding !== null && codecOf(encoding) === null) raiseException(th, "LookupError", `unknown encoding: ${encoding}`);
  return { encoding, errors, newline };
}

function openFile(th: Thread, args: number[], kw: Keywords | null): number {
  const a = bindArguments(th, args, kw);
  const file = a[0]!;
  const modeValue = a[1] === 0 ? 0 : a[1]!;
  if (modeValue !== 0 && !isStr(th, modeValue)) raiseException(th, "TypeError", `open() argument 'mode' must be str, not ${typeNameOf(th, modeValue)}`);
  const mode = modeValue === 0 ? "r" : jsString(th, modeValue);
  const buffering = a[2] === 0 ? -1 : indexArgument(th, a[2]!);
  const m = parseMode(th, mode);
  const text = textOptions(th, m, a, buffering);
  const closefd = a[6] === 0 || a[6] === TRUE || (a[6] !== FALSE && a[6] !== fromNumber(th, 0));
  const target = pathOrFd(th, file);
  if (!closefd && typeof target === "string") raiseException(th, "ValueError", "Cannot use closefd=False with file name");
  const openFlagsValue = openFlags(th, m);
  const fd = openDescriptor(th, file, target, openFlagsValue, a[7]!);
  let flags = (m.reading || m.updating ? FileFlag.Readable : 0) | (m.reading && !m.updating ? 0 : FileFlag.Writable);
  if (m.appending) flags |= FileFlag.Append;
  if (!m.binary) flags |= FileFlag.Text;
  else if (buffering === 0) flags |= FileFlag.Raw;
  if (closefd) flags |= FileFlag.CloseFd;
  let pos = 0;
  try {
    pos = m.appending ? fileSize(fd) : 0;
  } catch (err) {
    raiseOsError(th, err);
  }
  const type = dictGetStr(th, ioDict(th), internStr(th, fileTypeName(flags)));
  const self = allocateInstance(th, type, [], null);
  th.pushRoot(self);
  try {
    initState(th, ensureInstanceDict(th, self), {
      fd, pos, flags, name: file, mode: m.binary ? rawMode(m) : mode, ...text,
    });
    return self;
  } finally {
    th.popRoots(1);
  }
}

moduleFunction("builtins", "open", openFile);
moduleFunction("_io", "open", openFile);

registerNativeModule("_io", (th: Thread) => {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    const module = newModule(th, "_io", dict);
    th.pushRoot(module);
    installModuleFunctions(th, "_io", dict, module);
    for (const name of FILE_TYPE_NAMES) dictSetStr(th, dict, internStr(th, name), makeFileType(th, name));
    dictSetStr(th, dict, internStr(th, "UnsupportedOperation"), makeUnsupportedOperation(th));
    dictSetStr(th, dict, internStr(th, "DEFAULT_BUFFER_SIZE"), fromNumber(th, 8192));
    th.popRoots(1);
    return module;
  } finally {
    th.popRoots(1);
  }
});
