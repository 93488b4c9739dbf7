// The os module's file-system functions: remove/unlink, rmdir, mkdir,
// makedirs, listdir, rename/replace, and the file-descriptor level open,
// close, read and write. Failures raise OSError subclasses with CPython's
// messages (files-errors.ts); reads and writes release the GIL.

import {
  closeSync, constants, mkdirSync, openSync, readdirSync, readSync, renameSync, rmdirSync, unlinkSync, writeSync,
} from "node:fs";
import { NONE } from "../heap/layout.js";
import { bytesData, isBytes, newBytes } from "../objects/bytes.js";
import type { Thread } from "../vm/thread.js";
import { raiseException } from "../vm/exceptions.js";
import { isStr, jsString, newString, typeNameOf } from "../vm/model.js";
import { fromNumber } from "../vm/int-values.js";
import { listAppend, newList } from "../vm/lists.js";
import { withoutGil } from "../vm/blocking.js";
import { isTrue } from "../vm/operators.js";
import { moduleFunction } from "./registry.js";
import { arity, indexArgument } from "./args.js";
import { raiseOsError } from "./files-errors.js";

const OS = "os";

/** A path argument (str or bytes) as a JavaScript string. */
function pathArgument(th: Thread, name: string, v: number): string {
  if (isStr(th, v)) return jsString(th, v);
  if (isBytes(th.heap, v)) return Buffer.from(bytesData(th.heap, v)).toString("utf8");
  return raiseException(th, "TypeError", `${name}: path should be string, bytes or os.PathLike, not ${typeNameOf(th, v)}`);
}

/** Runs a system call on `path`, raising OSError with the path as filename. */
function onPath<T>(th: Thread, path: number, work: () => T): T {
  try {
    return work();
  } catch (err) {
    return raiseOsError(th, err, path);
  }
}

function blocking<T>(th: Thread, work: () => T): T {
  return th.ts === undefined ? work() : withoutGil(th, work, "I/O");
}

for (const name of ["remove", "unlink"]) {
  moduleFunction(OS, name, (th, args) => {
    arity(th, name, args, 1, 1);
    const p = pathArgument(th, name, args[0]!);
    onPath(th, args[0]!, () => unlinkSync(p));
    return NONE;
  });
}

moduleFunction(OS, "rmdir", (th, args) => {
  arity(th, "rmdir", args, 1, 1);
  const p = pathArgument(th, "rmdir", args[0]!);
  onPath(th, args[0]!, () => rmdirSync(p));
  return NONE;
});

moduleFunction(OS, "mkdir", (th, args) => {
  arity(th, "mkdir", args, 1, 2);
  const p = pathArgument(th, "mkdir", args[0]!);
  const mode = args[1] === undefined ? 0o777 : indexArgument(th, args[1]);
  onPath(th, args[0]!, () => mkdirSync(p, { mode }));
  return NONE;
});

moduleFunction(OS, "makedirs", (th, args, kw) => {
  const existOk = kw?.names.findIndex((n) => jsString(th, n) === "exist_ok") ?? -1;
  arity(th, "makedirs", args, 1, 3);
  const p = pathArgument(th, "makedirs", args[0]!);
  const mode = args[1] === undefined ? 0o777 : indexArgument(th, args[1]);
  const okValue = existOk >= 0 ? kw!.values[existOk]! : args[2];
  const ok = okValue !== undefined && isTrue(th, okValue);
  onPath(th, args[0]!, () => {
    // mkdirSync's recursive mode does not report an existing directory; CPython does unless exist_ok.
    if (!ok) {
      try {
        mkdirSync(p, { mode });
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      }
    }
    mkdirSync(p, { mode, recursive: true });
  });
  return NONE;
});

moduleFunction(OS, "listdir", (th, args) => {
  arity(th, "listdir", args, 0, 1);
  const given = args[0] ?? NONE;
  const p = given === NONE ? "." : pathArgument(th, "listdir", given);
  const names = onPath(th, given === NONE ? newString(th, ".") : given, () => readdirSync(p));
  const list = newList(th, []);
  th.pushRoot(list);
  try {
    for (const n of names) listAppend(th, list, newString(th, n));
    return list;
  } finally {
    th.popRoots(1);
  }
});

for (const name of ["rename", "replace"]) {
  moduleFunction(OS, name, (th, args) => {
    arity(th, name, args, 2, 2);
    const from = pathArgument(th, name, args[0]!);
    const to = pathArgument(th, name, args[1]!);
    onPath(th, args[0]!, () => renameSync(from, to));
    return NONE;
  });
}

moduleFunction(OS, "open", (th, args) => {
  arity(th, "open", args, 2, 3);
  const p = pathArgument(th, "open", args[0]!);
  const flags = indexArgument(th, args[1]!);
  const mode = args[2] === undefined ? 0o777 : indexArgument(th, args[2]);
  return fromNumber(th, onPath(th, args[0]!, () => openSync(p, flags, mode)));
});

moduleFunction(OS, "close", (th, args) => {
  arity(th, "close", args, 1, 1);
  const fd = indexArgument(th, args[0]!);
  try {
    closeSync(fd);
  } catch (err) {
    raiseOsError(th, err);
  }
  return NONE;
});

moduleFunction(OS, "read", (th, args) => {
  arity(th, "read", args, 2, 2);
  const fd = indexArgument(th, args[0]!);
  const n = indexArgument(th, args[1]!);
  if (n < 0) raiseException(th, "ValueError", "negative length");
  try {
    // position null: read(2) at the descriptor's own offset, as os.read does.
    const data = blocking(th, () => {
      const buffer = new Uint8Array(n);
      return buffer.subarray(0, readSync(fd, buffer, 0, n, null));
    });
    return newBytes(th.heap, data);
  } catch (err) {
    return raiseOsError(th, err);
  }
});

moduleFunction(OS, "write", (th, args) => {
  arity(th, "write", args, 2, 2);
  const fd = indexArgument(th, args[0]!);
  if (!isBytes(th.heap, args[1]!)) raiseException(th, "TypeError", `a bytes-like object is required, not '${typeNameOf(th, args[1]!)}'`);
  const data = bytesData(th.heap, args[1]!).slice();
  try {
    return fromNumber(th, blocking(th, () => writeSync(fd, data, 0, data.length, null)));
  } catch (err) {
    return raiseOsError(th, err);
  }
});

/** The O_* flags of os.open, from Node's table of the platform's values. */
export const OPEN_FLAGS: readonly string[] = [
  "O_RDONLY", "O_WRONLY", "O_RDWR", "O_CREAT", "O_EXCL", "O_TRUNC", "O_APPEND", "O_NOFOLLOW", "O_DIRECTORY",
  "O_SYNC", "O_NONBLOCK", "O_NOCTTY",
].filter((name) => typeof (constants as Record<string, number>)[name] === "number");

export function openFlagValue(name: string): number {
  return (constants as Record<string, number>)[name]!;
}

