// The standard modules written in Python (src/lib) and their test programs
// (tests/lib/<module>/*.py with CPython's output in NAME.out). Running the
// programs and comparing outputs needs CPython (scripts/check-lib.sh) or the
// VM; here we check, without either, that every module and program is there
// and compiles with pygil's own front end.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadCompile } from "../helpers/front-end.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const libRoot = join(root, "src", "lib");

/** The modules the runtime expects to import from src/lib. */
const EXPECTED_MODULES = [
  "threading.py",
  "_threading_local.py",
  "queue.py",
  "concurrent/__init__.py",
  "concurrent/futures/__init__.py",
  "concurrent/futures/_base.py",
  "concurrent/futures/thread.py",
  "concurrent/futures/process.py",
  "functools.py",
  "itertools.py",
  "operator.py",
  "string.py",
  "collections/__init__.py",
  "collections/_deque.py",
  "collections/_namedtuple.py",
  "json/__init__.py",
  "json/decoder.py",
  "json/encoder.py",
  "dataclasses.py",
  "random.py",
  "contextlib.py",
];

function pythonFilesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...pythonFilesUnder(path));
    else if (entry.endsWith(".py")) found.push(path);
  }
  return found;
}

// Compiling a few thousand lines on a cold start takes seconds.
const COMPILE_TIMEOUT_MS = 60_000;

const modules = pythonFilesUnder(libRoot);
const programs = pythonFilesUnder(here);

describe("src/lib", () => {
  it("holds every expected module", () => {
    const present = modules.map((path) => relative(libRoot, path).split("\\").join("/"));
    const missing = EXPECTED_MODULES.filter((name) => !present.includes(name));
    expect(missing).toEqual([]);
  });

  it("opens every module with a header docstring saying what it provides", () => {
    for (const path of modules) {
      const source = readFileSync(path, "utf8");
      expect(source.startsWith('"""'), relative(root, path)).toBe(true);
    }
  });

  it("compiles every module with pygil's front end", async () => {
    const compile = await loadCompile();
    for (const path of modules) {
      const name = relative(root, path);
      expect(() => compile(readFileSync(path, "utf8"), name), name).not.toThrow();
    }
  }, COMPILE_TIMEOUT_MS);

  it("imports only src/lib modules and the natives the runtime provides", () => {
    const natives = new Set(["_thread", "_imp", "sys", "time", "math", "os", "_jsre", "gc", "_hashlib", "_struct", "_buffer", "_unicodedata", "_weakref", "_io"]);
    const libNames = new Set(
      readdirSync(libRoot).map((entry) => entry.replace(/\.py$/, "")),
    );
    for (const path of modules) {
      const source = readFileSync(path, "utf8");
      for (const match of source.matchAll(/^\s*(?:from\s+([\w.]+)\s+import|import\s+([\w.]+))/gm)) {
        const name = match[1] ?? match[2]!;
        // A relative import (`from . import events`) stays inside its package in src/lib.
        if (name.startsWith(".")) continue;
        const top = name.split(".")[0]!;
        expect(natives.has(top) || libNames.has(top), `${relative(root, path)} imports ${top}`).toBe(true);
      }
    }
  });
});

describe("tests/lib programs", () => {
  it("cover every top-level module", () => {
    const tested = new Set(readdirSync(here).filter((entry) => statSync(join(here, entry)).isDirectory()));
    for (const module of ["threading", "queue", "futures", "functools", "itertools", "operator",
      "string", "collections", "json", "dataclasses", "random", "contextlib"]) {
      expect(tested.has(module), module).toBe(true);
    }
  });

  it("each have CPython's recorded output beside them", () => {
    const missing = programs.filter((path) => !existsSync(path.replace(/\.py$/, ".out")));
    expect(missing.map((path) => relative(root, path))).toEqual([]);
    for (const path of programs) {
      const out = readFileSync(path.replace(/\.py$/, ".out"), "utf8");
      expect(out.length, relative(root, path)).toBeGreaterThan(0);
    }
  });

  it("compile with pygil's front end", async () => {
    const compile = await loadCompile();
    for (const path of programs) {
      const name = relative(root, path);
      expect(() => compile(readFileSync(path, "utf8"), name), name).not.toThrow();
    }
  }, COMPILE_TIMEOUT_MS);
});
