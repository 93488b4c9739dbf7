// Running one of the bundle's scripts with V8's code cache.
//
// Compiling the bundle's JavaScript was the largest part of pygil's start-up,
// paid twice: once by the supervisor and again by the worker that runs
// Python's main thread (and by every pooled worker after it). Node 20 keeps
// no compile cache for ES modules, but a classic script compiled through
// `vm.Script` accepts V8's code cache: the bytecode of the script's functions,
// as V8 left them after a run. scripts/bundle.mjs therefore builds each body
// as one CommonJS file, runs a short program once with PYGIL_WRITE_CODE_CACHE=1
// so that every script writes its cache at exit (after start-up, so that the
// functions compiled lazily while booting are in it; the worker of Python's
// main thread, which the command does not wait for, writes its cache when
// the program ends), and ships the caches beside the scripts.
//
// V8 checks a cache against its own version, its flags and the source's
// length, and rejects it on any mismatch (another Node, `node --cpu-prof`):
// the script is then compiled from its source as usual. A missing cache file
// is the same case, so a build that could not write one still runs.
//
// The body is wrapped the way Node wraps a CommonJS module, on the same line
// as its first line, so that the line numbers of stack traces stay right; a
// "#!" line at its top, which only the first line of a script may hold,
// becomes a comment.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";
import { setCodeCacheCheckpoint } from "../runtime/code-cache-checkpoint.js";

/** Set to 1 by the build: each script writes its code cache when its thread exits. */
export const WRITE_CACHE_ENV = "PYGIL_WRITE_CODE_CACHE";

const WRAPPER_HEAD = "(function (exports, require, module, __filename, __dirname) {";
const WRAPPER_TAIL = "\n})";

type ModuleBody = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

/** Where the code cache of the script `file` is kept. */
export function cacheFileOf(file: string): string {
  return `${file}.v8cache`;
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Compiles the script `file` as a CommonJS module body, with its code cache when there is one. */
export function compileCached(file: string): Script {
  const source = readFileSync(file, "utf8").replace(/^#!/, "//");
  return new Script(WRAPPER_HEAD + source + WRAPPER_TAIL, {
    filename: file,
    cachedData: readCache(cacheFileOf(file)),
  });
}

/**
 * Runs the script `file` as a CommonJS module (the bundle's bodies need only
 * Node's own modules from `require`); returns its exports.
 */
export function runCachedScript(file: string): unknown {
  const script = compileCached(file);
  if (process.env[WRITE_CACHE_ENV] === "1") {
    const write = () => writeFileSync(cacheFileOf(file), script.createCachedData());
    process.once("exit", write);
    setCodeCacheCheckpoint(write);
  }
  const body = script.runInThisContext() as ModuleBody;
  const module = { exports: {} };
  body.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}
