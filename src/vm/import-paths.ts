// Where modules come from: the directories of sys.path and how a module's
// file is found in them, as CPython's PathFinder and FileFinder do it.
//
// For one name and a list of directories (sys.path for a top-level module,
// the parent package's __path__ for a submodule), each directory in turn is
// asked for NAME/__init__.py (a package), then NAME.py (a module). A plain
// directory NAME with neither is remembered as a portion of a namespace
// package, used only when no directory holds a real module or package.
// Paths are joined as os.path.join does (no normalisation), so __file__
// shows the directory exactly as sys.path names it, made absolute for
// relative entries ('' is the working directory).

import { realpathSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

/** What was found for a module name. */
export type ModuleLocation =
  | { kind: "module"; file: string }
  | { kind: "package"; file: string; dir: string }
  | { kind: "namespace"; dirs: string[] };

/** The directory of the standard modules written in Python (src/lib), from here or from dist/'s copy of here. */
export function libDirectory(): string {
  // src/vm/*.ts, dist/src/vm/*.js, or a script of the bundle in dist/bundle/*.cjs.
  const url = import.meta.url;
  const relative = url.endsWith(".ts") ? "../lib" : url.endsWith(".cjs") ? "../../src/lib" : "../../../src/lib";
  return fileURLToPath(new URL(relative, url));
}

/** sys.path[0] for a program: the script's directory, '' for -c and stdin, the working directory for -m. */
export function firstPathEntry(filename: string, runsModule: boolean): string {
  if (runsModule) return process.cwd();
  if (filename === "<string>" || filename === "<stdin>") return "";
  // CPython follows a symlinked script to the directory of its target.
  try {
    return dirname(realpathSync(filename));
  } catch {
    return dirname(filename);
  }
}

/** The initial sys.path: sys.path[0], PYTHONPATH's entries, then src/lib. */
export function initialSysPath(first: string): string[] {
  const fromEnv = (process.env.PYTHONPATH ?? "").split(":").filter((entry) => entry !== "");
  return [first, ...fromEnv, libDirectory()];
}

/** `dir/name` as os.path.join writes it, with relative directories taken from the working directory. */
export function joinPath(dir: string, name: string): string {
  if (dir === "") return joinPath(process.cwd(), name);
  if (!dir.startsWith("/")) dir = joinPath(process.cwd(), dir);
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Finds the module `name` (one component, no dots) in `dirs`; null when it is nowhere. */
export function findModule(name: string, dirs: readonly string[]): ModuleLocation | null {
  const portions: string[] = [];
  for (const dir of dirs) {
    const base = joinPath(dir, name);
    const isDir = isDirectory(base);
    if (isDir) {
      const init = joinPath(base, "__init__.py");
      if (isFile(init)) return { kind: "package", file: init, dir: base };
    }
    const file = `${base}.py`;
    if (isFile(file)) return { kind: "module", file };
    if (isDir) portions.push(base);
  }
  return portions.length > 0 ? { kind: "namespace", dirs: portions } : null;
}
