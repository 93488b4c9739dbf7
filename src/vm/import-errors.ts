// ImportError and ModuleNotFoundError as the import system raises them: the
// message, plus the `name` and `path` attributes CPython sets on them.

import { NONE } from "../heap/layout.js";
import type { Thread } from "./thread.js";
import { dictSetStr, ensureInstanceDict, internStr, newException, newString } from "./model.js";
import { PyRaise } from "./exceptions.js";

function raiseWith(th: Thread, type: string, message: string, name: string | null, path: number): never {
  const exc = newException(th, type, [message]);
  const dict = ensureInstanceDict(th, exc);
  dictSetStr(th, dict, internStr(th, "msg"), newString(th, message));
  dictSetStr(th, dict, internStr(th, "name"), name === null ? NONE : newString(th, name));
  dictSetStr(th, dict, internStr(th, "path"), path);
  throw new PyRaise(exc);
}

/** ModuleNotFoundError(message, name=name). */
export function moduleNotFound(th: Thread, message: string, name: string): never {
  return raiseWith(th, "ModuleNotFoundError", message, name, NONE);
}

/** ImportError(message, name=name, path=path); `path` is a str value or None. */
export function raiseImportError(th: Thread, message: string, name: string | null, path: number): never {
  return raiseWith(th, "ImportError", message, name, path);
}
