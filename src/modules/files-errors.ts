// OSError and its subclasses from failed file-system calls, as CPython
// raises them: the subclass chosen by errno, args (errno, strerror), the
// filename attribute, and so the message "[Errno N] strerror: 'filename'".

import type { Thread } from "../vm/thread.js";
import { PyRaise } from "../vm/exceptions.js";
import { builtinType, newString } from "../vm/model.js";
import { fromNumber } from "../vm/int-values.js";
import { newOsError } from "../vm/os-error.js";

interface ErrnoInfo {
  readonly errno: number;
  readonly strerror: string;
  readonly type: string;
}

/** Linux errno values, their strerror text and the OSError subclass CPython maps them to. */
const ERRNO: Record<string, ErrnoInfo> = {
  EPERM: { errno: 1, strerror: "Operation not permitted", type: "PermissionError" },
  ENOENT: { errno: 2, strerror: "No such file or directory", type: "FileNotFoundError" },
  EBADF: { errno: 9, strerror: "Bad file descriptor", type: "OSError" },
  EACCES: { errno: 13, strerror: "Permission denied", type: "PermissionError" },
  EEXIST: { errno: 17, strerror: "File exists", type: "FileExistsError" },
  ENOTDIR: { errno: 20, strerror: "Not a directory", type: "NotADirectoryError" },
  EISDIR: { errno: 21, strerror: "Is a directory", type: "IsADirectoryError" },
  EINVAL: { errno: 22, strerror: "Invalid argument", type: "OSError" },
  EMFILE: { errno: 24, strerror: "Too many open files", type: "OSError" },
  ENOSPC: { errno: 28, strerror: "No space left on device", type: "OSError" },
  ESPIPE: { errno: 29, strerror: "Illegal seek", type: "OSError" },
  EPIPE: { errno: 32, strerror: "Broken pipe", type: "BrokenPipeError" },
  EROFS: { errno: 30, strerror: "Read-only file system", type: "OSError" },
  ENAMETOOLONG: { errno: 36, strerror: "File name too long", type: "OSError" },
  ENOTEMPTY: { errno: 39, strerror: "Directory not empty", type: "OSError" },
  ELOOP: { errno: 40, strerror: "Too many levels of symbolic links", type: "OSError" },
};

/** The errno details of a Node file-system error (code "ENOENT" and so on). */
export function errnoInfo(code: string): ErrnoInfo | undefined {
  return ERRNO[code];
}

/** Whether `err` is an error thrown by a Node system call. */
export function isSystemError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === "string";
}

/**
 * Raises the OSError for Node's error `err` from a call on `filename` (a
 * heap value, or 0 for none). Errors that are not system errors propagate.
 */
export function raiseOsError(th: Thread, err: unknown, filename = 0): never {
  if (!isSystemError(err)) throw err;
  const info = errnoInfo(err.code!) ?? { errno: -(err.errno ?? 0), strerror: err.message, type: "OSError" };
  raiseErrno(th, info, filename);
}

/** Raises OSError (or the subclass `info.type`) as CPython does: args (errno, strerror), and the filename. */
export function raiseErrno(th: Thread, info: ErrnoInfo, filename = 0): never {
  const strerror = newString(th, info.strerror);
  th.pushRoot(strerror);
  try {
    const args = [fromNumber(th, info.errno), strerror];
    if (filename !== 0) args.push(filename);
    throw new PyRaise(newOsError(th, builtinType(th, info.type), args));
  } finally {
    th.popRoots(1);
  }
}
