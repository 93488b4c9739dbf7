// `pygil -m NAME`: finding the module's file on the initial sys.path (the
// working directory, PYTHONPATH, src/lib) as runpy does before running it
// as __main__. A package runs its __main__ submodule. The messages for a
// module that cannot be run are CPython's, after "pygil: ".

import { findModule, initialSysPath, type ModuleLocation } from "../vm/import-paths.js";

export type ModuleTarget =
  | { kind: "found"; file: string; moduleName: string }
  | { kind: "error"; message: string };

/** Where `-m name` finds its code: a file and the name it runs under (`pkg.__main__` for a package). */
export function findMainModule(name: string): ModuleTarget {
  if (name === "" || name.startsWith(".")) return { kind: "error", message: "Relative module names not supported" };
  const location = locate(name);
  if (typeof location === "string") return { kind: "error", message: location };
  if (location === null) return { kind: "error", message: `No module named ${name}` };
  if (location.kind === "module") return { kind: "found", file: location.file, moduleName: name };
  const mainName = `${name}.__main__`;
  const main = location.kind === "package" ? findModule("__main__", [location.dir]) : findModule("__main__", location.dirs);
  if (main === null || main.kind !== "module") {
    return { kind: "error", message: `No module named ${mainName}; '${name}' is a package and cannot be directly executed` };
  }
  return { kind: "found", file: main.file, moduleName: mainName };
}

/** The dotted name's location, a message when a parent is not a package, or null when it is missing. */
function locate(name: string): ModuleLocation | string | null {
  const parts = name.split(".");
  let dirs = initialSysPath(process.cwd());
  let found: ModuleLocation | null = null;
  for (const [k, part] of parts.entries()) {
    if (found !== null) {
      if (found.kind === "module") {
        const parent = parts.slice(0, k).join(".");
        return `Error while finding module specification for '${name}' (ModuleNotFoundError: __path__ attribute not found on '${parent}' while trying to find '${name}')`;
      }
      dirs = found.kind === "package" ? [found.dir] : found.dirs;
    }
    found = findModule(part, dirs);
    if (found === null) return null;
  }
  return found;
}
