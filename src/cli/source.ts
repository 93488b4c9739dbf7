// Reading Python source the way CPython does: UTF-8, an optional byte-order
// mark dropped, and a friendly error (not a JavaScript stack) when the file
// cannot be opened.

import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export interface Source {
  text: string;
  /** The name tracebacks show: the path as given, `<string>` or `<stdin>`. */
  filename: string;
}

/** Thrown when a script cannot be read; the message is CPython's. */
export class SourceUnreadable extends Error {}

export function decodeSource(bytes: Buffer): string {
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function readScript(path: string): Source {
  try {
    // CPython 3.9+ names the script by its absolute path in tracebacks and
    // __file__ (sys.argv[0] keeps the path as given).
    return { text: decodeSource(readFileSync(path)), filename: resolve(path) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const reason = e.code === "ENOENT" ? "[Errno 2] No such file or directory"
      : e.code === "EISDIR" ? "[Errno 21] Is a directory"
      : e.code === "EACCES" ? "[Errno 13] Permission denied"
      : e.message;
    // CPython names the file by its absolute path here.
    throw new SourceUnreadable(`can't open file '${resolve(path)}': ${reason}`);
  }
}

export function readStdin(): Source {
  return { text: decodeSource(readFileSync(0)), filename: "<stdin>" };
}
