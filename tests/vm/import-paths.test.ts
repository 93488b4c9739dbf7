// Finding modules on a search path (src/vm/import-paths.ts), run from the
// sources: the src/lib directory, packages before modules, namespace
// portions only when nothing else matches, paths joined as os.path.join.

import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findModule, firstPathEntry, initialSysPath, joinPath, libDirectory } from "../../src/vm/import-paths.js";

let dir = "";

function touch(path: string): void {
  mkdirSync(join(dir, path, ".."), { recursive: true });
  writeFileSync(join(dir, path), "");
}

beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "pygil-paths-")));
  touch("a/both/__init__.py");
  touch("a/both.py");
  touch("a/plain.py");
  touch("a/ns/x.py");
  touch("b/ns.py");
  touch("b/ns2/y.py");
  touch("c/ns2/z.py");
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("module search", () => {
  it("finds src/lib from the sources", () => {
    expect(libDirectory().endsWith(join("src", "lib"))).toBe(true);
    expect(existsSync(join(libDirectory(), "json", "__init__.py"))).toBe(true);
    expect(initialSysPath("/x").at(-1)).toBe(libDirectory());
  });

  it("prefers a package to a module of the same name", () => {
    expect(findModule("both", [join(dir, "a")])).toEqual({ kind: "package", file: join(dir, "a/both/__init__.py"), dir: join(dir, "a/both") });
    expect(findModule("plain", [join(dir, "a")])).toEqual({ kind: "module", file: join(dir, "a/plain.py") });
    expect(findModule("missing", [join(dir, "a")])).toBeNull();
  });

  it("uses a directory without __init__.py only when no entry has a module", () => {
    expect(findModule("ns", [join(dir, "a"), join(dir, "b")])).toEqual({ kind: "module", file: join(dir, "b/ns.py") });
    expect(findModule("ns2", [join(dir, "b"), join(dir, "c")])).toEqual({ kind: "namespace", dirs: [join(dir, "b/ns2"), join(dir, "c/ns2")] });
  });

  it("joins paths without normalising them, relative entries from the working directory", () => {
    expect(joinPath("/a/b/", "c")).toBe("/a/b/c");
    expect(joinPath("/a/../b", "c")).toBe("/a/../b/c");
    expect(joinPath("", "m.py")).toBe(`${process.cwd()}/m.py`);
  });

  it("starts sys.path as CPython does for each kind of program", () => {
    expect(firstPathEntry("<string>", false)).toBe("");
    expect(firstPathEntry("<stdin>", false)).toBe("");
    expect(firstPathEntry(join(dir, "a/plain.py"), false)).toBe(join(dir, "a"));
    expect(firstPathEntry(join(dir, "a/plain.py"), true)).toBe(process.cwd());
  });
});
