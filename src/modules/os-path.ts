// os.path for POSIX: CPython's posixpath functions that need no system
// call are ports of the pure string algorithms (join, split, dirname,
// basename, splitext, normpath, isabs); exists/isfile/isdir/islink/getsize
// ask the file system. Paths are str only (no bytes, no os.PathLike).

import { FALSE, TRUE } from "../heap/layout.js";
import { lstatSync, statSync } from "node:fs";
import type { Thread } from "../vm/thread.js";
import { dictSetStr, internStr, isStr, jsString, newDict, newString, newTuple, typeNameOf } from "../vm/model.js";
import { raiseException } from "../vm/exceptions.js";
import { installModuleFunctions, moduleFunction } from "./registry.js";
import { newModule } from "./builtins.js";
import { arity } from "./args.js";
import { fromNumber } from "../vm/int-values.js";
import { raiseOsError } from "./files-errors.js";

const OS_PATH = "posixpath";

function fspath(th: Thread, v: number): string {
  if (!isStr(th, v)) raiseException(th, "TypeError", `expected str, bytes or os.PathLike object, not ${typeNameOf(th, v)}`);
  return jsString(th, v);
}

function checkedArgs(th: Thread, name: string, args: number[]): string[] {
  return args.map((v) => {
    if (!isStr(th, v)) raiseException(th, "TypeError", `${name}() argument must be str, bytes, or os.PathLike object, not '${typeNameOf(th, v)}'`);
    return jsString(th, v);
  });
}

export function joinPaths(first: string, rest: string[]): string {
  let path = first;
  for (const b of rest) {
    if (b.startsWith("/")) path = b;
    else if (path === "" || path.endsWith("/")) path += b;
    else path += `/${b}`;
  }
  return path;
}

/** posixpath.split: the head without its trailing slashes (unless it is all slashes), and the tail. */
function splitPath(p: string): [string, string] {
  const i = p.lastIndexOf("/") + 1;
  let head = p.slice(0, i);
  if (head !== "" && !/^\/+$/.test(head)) head = head.replace(/\/+$/, "");
  return [head, p.slice(i)];
}

/** genericpath._splitext: a leading run of dots is part of the name, not an extension. */
function splitExt(p: string): [string, string] {
  const sepIndex = p.lastIndexOf("/");
  const dotIndex = p.lastIndexOf(".");
  if (dotIndex > sepIndex) {
    for (let k = sepIndex + 1; k < dotIndex; k++) if (p[k] !== ".") return [p.slice(0, dotIndex), p.slice(dotIndex)];
  }
  return [p, ""];
}

export function normPath(path: string): string {
  if (path === "") return ".";
  let initialSlashes = path.startsWith("/") ? 1 : 0;
  // POSIX allows one implementation-defined meaning for exactly two leading slashes.
  if (initialSlashes && path.startsWith("//") && !path.startsWith("///")) initialSlashes = 2;
  const comps: string[] = [];
  for (const comp of path.split("/")) {
    if (comp === "" || comp === ".") continue;
    if (comp !== ".." || (!initialSlashes && comps.length === 0) || comps[comps.length - 1] === "..") comps.push(comp);
    else if (comps.length > 0) comps.pop();
  }
  const joined = "/".repeat(initialSlashes) + comps.join("/");
  return joined === "" ? "." : joined;
}

function statKind(path: string): "file" | "dir" | "other" | null {
  try {
    const st = statSync(path);
    return st.isFile() ? "file" : st.isDirectory() ? "dir" : "other";
  } catch {
    return null;
  }
}

const str = (th: Thread, s: string) => newString(th, s);
const bool = (b: boolean) => (b ? TRUE : FALSE);

moduleFunction(OS_PATH, "join", (th, args) => {
  if (args.length < 1) raiseException(th, "TypeError", "join() missing 1 required positional argument: 'a'");
  const [first, ...rest] = checkedArgs(th, "join", args);
  return str(th, joinPaths(first!, rest));
});
moduleFunction(OS_PATH, "split", (th, args) => {
  arity(th, "split", args, 1, 1);
  const [head, tail] = splitPath(fspath(th, args[0]!));
  return newTuple(th, [str(th, head), str(th, tail)]);
});
moduleFunction(OS_PATH, "dirname", (th, args) => {
  arity(th, "dirname", args, 1, 1);
  return str(th, splitPath(fspath(th, args[0]!))[0]);
});
moduleFunction(OS_PATH, "basename", (th, args) => {
  arity(th, "basename", args, 1, 1);
  const p = fspath(th, args[0]!);
  return str(th, p.slice(p.lastIndexOf("/") + 1));
});
moduleFunction(OS_PATH, "splitext", (th, args) => {
  arity(th, "splitext", args, 1, 1);
  const [root, ext] = splitExt(fspath(th, args[0]!));
  return newTuple(th, [str(th, root), str(th, ext)]);
});
moduleFunction(OS_PATH, "normpath", (th, args) => {
  arity(th, "normpath", args, 1, 1);
  return str(th, normPath(fspath(th, args[0]!)));
});
moduleFunction(OS_PATH, "isabs", (th, args) => {
  arity(th, "isabs", args, 1, 1);
  return bool(fspath(th, args[0]!).startsWith("/"));
});
moduleFunction(OS_PATH, "abspath", (th, args) => {
  arity(th, "abspath", args, 1, 1);
  const p = fspath(th, args[0]!);
  return str(th, normPath(p.startsWith("/") ? p : joinPaths(process.cwd(), [p])));
});
moduleFunction(OS_PATH, "exists", (th, args) => {
  arity(th, "exists", args, 1, 1);
  return bool(statKind(fspath(th, args[0]!)) !== null);
});
moduleFunction(OS_PATH, "isfile", (th, args) => {
  arity(th, "isfile", args, 1, 1);
  return bool(statKind(fspath(th, args[0]!)) === "file");
});
moduleFunction(OS_PATH, "isdir", (th, args) => {
  arity(th, "isdir", args, 1, 1);
  return bool(statKind(fspath(th, args[0]!)) === "dir");
});

moduleFunction(OS_PATH, "islink", (th, args) => {
  arity(th, "islink", args, 1, 1);
  const p = fspath(th, args[0]!);
  try {
    return bool(lstatSync(p).isSymbolicLink());
  } catch {
    return bool(false);
  }
});
moduleFunction(OS_PATH, "getsize", (th, args) => {
  arity(th, "getsize", args, 1, 1);
  const p = fspath(th, args[0]!);
  try {
    return fromNumber(th, statSync(p).size);
  } catch (err) {
    return raiseOsError(th, err, args[0]!);
  }
});

/** The os.path module (CPython's posixpath). */
export function makeOsPathModule(th: Thread): number {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    const module = newModule(th, OS_PATH, dict);
    th.pushRoot(module);
    installModuleFunctions(th, OS_PATH, dict, module);
    const set = (name: string, value: string) => dictSetStr(th, dict, internStr(th, name), newString(th, value));
    set("sep", "/");
    set("curdir", ".");
    set("pardir", "..");
    set("extsep", ".");
    set("pathsep", ":");
    th.popRoots(1);
    return module;
  } finally {
    th.popRoots(1);
  }
}
