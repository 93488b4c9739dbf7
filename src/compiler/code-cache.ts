// Compiled code kept on disk: the standard modules under src/lib are compiled
// once, at build time, into dist/lib-cache/, and importing one reads its code
// object back instead of parsing and compiling it again (CPython's
// __pycache__ does the same for the same reason: compiling threading.py and
// what it imports took longer than most programs that import it run).
//
// An entry is valid only for the source it was made from (a 64-bit hash of
// the text is stored with it: loading node:crypto for a SHA-1 cost more than
// reading the entry) and for this build of the compiler (the entry
// names the build); anything else is compiled as usual. The code is stored
// with v8.serialize, which keeps bigints, typed arrays and -0; the one value
// it cannot carry, the Ellipsis symbol, is stored as a marker. Filenames are
// stored relative to the library folder and put back when read.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { nodeV8 } from "../runtime/node-builtins.js";
import { ELLIPSIS } from "../../grammar/ast.js";
import { type CodeConstant, type CodeObject, isCodeObject } from "./code.js";

interface CacheEntry {
  build: string;
  sourceHash: string;
  code: CodeObject;
}

const ELLIPSIS_MARK = { $ellipsis: true };

/** The text's length and two 32-bit FNV-1a hashes of it, over its UTF-16 units, with different offsets. */
export function sourceHash(source: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < source.length; i++) {
    const unit = source.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x01000193) ^ (b >>> 15);
  }
  return `${source.length}:${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}`;
}

/** Where the entry for `file` (a module under `libDir`) lives. */
export function cacheFile(cacheDir: string, libDir: string, file: string): string {
  return join(cacheDir, `${relative(libDir, file)}.code`);
}

/** Writes the entry for a module compiled from `source`. */
export function writeCachedCode(path: string, build: string, source: string, code: CodeObject, libDir: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const entry: CacheEntry = { build, sourceHash: sourceHash(source), code: mapCode(code, (name) => relative(libDir, name), toStored) };
  writeFileSync(path, nodeV8().serialize(entry));
}

/** The code object cached for `source` at `path`, or null when there is none for this source and build. */
export function readCachedCode(path: string, build: string, source: string, libDir: string): CodeObject | null {
  if (!existsSync(path)) return null;
  try {
    const entry = nodeV8().deserialize(readFileSync(path)) as CacheEntry;
    if (entry.build !== build || entry.sourceHash !== sourceHash(source)) return null;
    return mapCode(entry.code, (name) => join(libDir, name), fromStored);
  } catch {
    return null;
  }
}

function toStored(c: CodeConstant): CodeConstant {
  return c === ELLIPSIS ? (ELLIPSIS_MARK as unknown as CodeConstant) : c;
}

function fromStored(c: CodeConstant): CodeConstant {
  return typeof c === "object" && c !== null && "$ellipsis" in c ? ELLIPSIS : c;
}

/** A copy of `code` with its filename (and its nested code's) mapped, and each constant passed through `constant`. */
function mapCode(code: CodeObject, filename: (name: string) => string, constant: (c: CodeConstant) => CodeConstant): CodeObject {
  const mapConstant = (c: CodeConstant): CodeConstant => {
    if (isCodeObject(c)) return mapCode(c, filename, constant);
    const mapped = constant(c);
    if (typeof mapped === "object" && mapped !== null) {
      if ("tuple" in mapped) return { tuple: mapped.tuple.map(mapConstant) };
      if ("frozenset" in mapped) return { frozenset: mapped.frozenset.map(mapConstant) };
    }
    return mapped;
  };
  return { ...code, co_filename: filename(code.co_filename), co_consts: code.co_consts.map(mapConstant) };
}
