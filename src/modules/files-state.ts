// The state of a file object, kept in its instance dict so that every
// thread sees the same file: the OS file descriptor ("_fd"), the byte
// position of the next read or write ("_pos"), what the mode allows
// ("_flags"), the newline argument ("_newline"), and the visible
// attributes name, mode, closed, and for text files encoding and errors.
// Native methods load it at each call and store the position back; no
// JavaScript object outlives a call. A call holds the file object's own
// lock from loading the position to storing it, across the I/O (when the
// GIL is released), so that two threads never read the same bytes, as
// CPython's buffered files lock themselves.

import { FALSE, NONE, TRUE } from "../heap/layout.js";
import type { Thread } from "../vm/thread.js";
import { PyRaise, raiseException } from "../vm/exceptions.js";
import { dictGetStr, dictSetStr, instanceDictOf, internStr, isStr, jsString, newExceptionOfType, newString } from "../vm/model.js";
import { bigOf, fromNumber } from "../vm/int-values.js";
import { moduleDict } from "../vm/attributes.js";
import { importModule } from "../vm/imports.js";
import { withObjectLock } from "../heap/lock.js";
import { codecOf, type Codec, type Newline } from "./files-text.js";

export const enum FileFlag {
  Readable = 1,
  Writable = 2,
  Append = 4,
  Text = 8,
  CloseFd = 16,
  /** A FileIO object (open(..., buffering=0)): raw, unbuffered binary I/O. */
  Raw = 32,
}

export interface FileState {
  readonly self: number;
  readonly dict: number;
  readonly fd: number;
  readonly pos: number;
  readonly flags: number;
  readonly closed: boolean;
  readonly newline: Newline;
  readonly codec: Codec;
  readonly strict: boolean;
}

const key = (th: Thread, name: string) => internStr(th, name);

function numberOf(th: Thread, v: number): number {
  return (v & 1) === 1 ? v >> 1 : Number(bigOf(th, v));
}

function optionalString(th: Thread, v: number): string | null {
  return v === 0 || v === NONE || !isStr(th, v) ? null : jsString(th, v);
}

/** The state of the file object `self`; a TypeError when `self` is not one. */
export function loadState(th: Thread, self: number): FileState {
  const dict = instanceDictOf(th, self);
  const fd = dict === 0 ? 0 : dictGetStr(th, dict, key(th, "_fd"));
  if (fd === 0) raiseException(th, "TypeError", "descriptor requires a file object");
  const flags = numberOf(th, dictGetStr(th, dict, key(th, "_flags")));
  const text = (flags & FileFlag.Text) !== 0;
  const encoding = text ? optionalString(th, dictGetStr(th, dict, key(th, "encoding"))) : null;
  const errors = text ? optionalString(th, dictGetStr(th, dict, key(th, "errors"))) : null;
  return {
    self,
    dict,
    fd: numberOf(th, fd),
    pos: numberOf(th, dictGetStr(th, dict, key(th, "_pos"))),
    flags,
    closed: dictGetStr(th, dict, key(th, "closed")) === TRUE,
    newline: optionalString(th, dictGetStr(th, dict, key(th, "_newline"))),
    codec: (encoding === null ? null : codecOf(encoding)) ?? "utf-8",
    strict: errors === null || errors === "strict",
  };
}

/** Records the position of the next read or write. */
export function storePosition(th: Thread, st: FileState, pos: number): void {
  dictSetStr(th, st.dict, key(th, "_pos"), fromNumber(th, pos));
}

export function markClosed(th: Thread, st: FileState): void {
  dictSetStr(th, st.dict, key(th, "closed"), TRUE);
}

/** The settings open() gives a new file object. */
export interface FileSetup {
  fd: number;
  pos: number;
  flags: number;
  name: number;
  mode: string;
  encoding: string | null;
  errors: string | null;
  newline: Newline;
}

/** Fills the instance dict of a new file object. */
export function initState(th: Thread, dict: number, setup: FileSetup): void {
  const set = (name: string, value: number) => dictSetStr(th, dict, key(th, name), value);
  set("_fd", fromNumber(th, setup.fd));
  set("_pos", fromNumber(th, setup.pos));
  set("_flags", fromNumber(th, setup.flags));
  set("_newline", setup.newline === null ? NONE : newString(th, setup.newline));
  set("name", setup.name);
  set("mode", newString(th, setup.mode));
  set("closed", FALSE);
  if ((setup.flags & FileFlag.Text) !== 0) {
    set("encoding", newString(th, setup.encoding ?? "UTF-8"));
    set("errors", newString(th, setup.errors ?? "strict"));
  }
}

export const isText = (st: FileState) => (st.flags & FileFlag.Text) !== 0;
export const isReadable = (st: FileState) => (st.flags & FileFlag.Readable) !== 0;
export const isWritable = (st: FileState) => (st.flags & FileFlag.Writable) !== 0;

export const CLOSED = "I/O operation on closed file.";
/** The message of the checks that CPython's FileIO makes (no full stop). */
export const CLOSED_RAW = "I/O operation on closed file";

/** ValueError when the file is closed. */
export function checkOpen(th: Thread, st: FileState, message = CLOSED): void {
  if (st.closed) raiseException(th, "ValueError", message);
}

/** The dict of the _io module, where the file types live. */
export function ioDict(th: Thread): number {
  return moduleDict(th, importModule(th, "_io"));
}

/** Raises io.UnsupportedOperation (a subclass of OSError and ValueError). */
export function raiseUnsupported(th: Thread, message: string): never {
  const type = dictGetStr(th, ioDict(th), key(th, "UnsupportedOperation"));
  throw new PyRaise(newExceptionOfType(th, type, [newString(th, message)]));
}

/** Checks that the file may be read: closed and write-only files refuse. */
export function checkReadable(th: Thread, st: FileState, closedMessage: string): void {
  checkOpen(th, st, isText(st) ? CLOSED : closedMessage);
  if (!isReadable(st)) raiseUnsupported(th, isText(st) ? "not readable" : "read");
}

export function checkWritable(th: Thread, st: FileState): void {
  checkOpen(th, st);
  if (!isWritable(st)) raiseUnsupported(th, isText(st) ? "not writable" : "write");
}

/**
 * Runs `work` holding the lock of the file object `self`. A thread that
 * finds it taken waits detached, so the holder can take the GIL back
 * after its I/O.
 */
export function withFileLock<T>(th: Thread, self: number, work: () => T): T {
  if ((self & 1) === 1) return work();
  return withObjectLock(th.heap, self, work);
}
