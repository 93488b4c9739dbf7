// The on-disk cache of compiled standard modules (src/compiler/code-cache.ts):
// what is read back is the code the compiler made, for that source and that
// build only, with the filenames of the place it is read from.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compile } from "../../src/compiler/index.js";
import { cacheFile, readCachedCode, writeCachedCode } from "../../src/compiler/code-cache.js";

const dir = mkdtempSync(join(tmpdir(), "pygil-code-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SOURCE = `
x = ...
big = 2 ** 100
values = (1.5, -0.0, float("nan"), b"raw", 3j, frozenset({1, 2}) if x else None)
def f(a, *args, **kw):
    def inner():
        return a, ..., 10 ** 30
    return inner
class C:
    "doc"
    def m(self):
        yield from range(3)
`;

describe("the compiled-module cache", () => {
  const libA = join(dir, "a", "lib");
  const libB = join(dir, "b", "lib");
  const cacheDir = join(dir, "cache");

  it("gives back the code the compiler made, filenames moved to where it is read", () => {
    const code = compile(SOURCE, join(libA, "pkg", "mod.py"), "exec");
    const path = cacheFile(cacheDir, libA, join(libA, "pkg", "mod.py"));
    writeCachedCode(path, "build-1", SOURCE, code, libA);
    const back = readCachedCode(cacheFile(cacheDir, libB, join(libB, "pkg", "mod.py")), "build-1", SOURCE, libB);
    expect(back).toEqual(compile(SOURCE, join(libB, "pkg", "mod.py"), "exec"));
  });

  it("gives nothing for another source, another build or no entry", () => {
    const path = cacheFile(cacheDir, libA, join(libA, "pkg", "mod.py"));
    expect(readCachedCode(path, "build-1", `${SOURCE}\ny = 1\n`, libA)).toBeNull();
    expect(readCachedCode(path, "build-2", SOURCE, libA)).toBeNull();
    expect(readCachedCode(join(cacheDir, "missing.py.code"), "build-1", SOURCE, libA)).toBeNull();
  });
});

describe("the build", () => {
  it("compiled every standard module under src/lib into dist/lib-cache", async () => {
    const { readdirSync, existsSync, readFileSync } = await import("node:fs");
    const root = new URL("../..", import.meta.url).pathname;
    const lib = join(root, "src/lib");
    const files = (readdirSync(lib, { recursive: true }) as string[]).filter((f) => f.endsWith(".py"));
    const build = readFileSync(join(root, "dist/lib-cache/BUILD"), "utf8");
    for (const file of files) {
      const source = readFileSync(join(lib, file), "utf8");
      expect(readCachedCode(join(root, "dist/lib-cache", `${file}.code`), build, source, lib), file).not.toBeNull();
      expect(existsSync(join(lib, file))).toBe(true);
    }
    expect(files.length).toBeGreaterThan(40);
  });
});
