// Compiles every standard module under src/lib into dist/lib-cache/ (see
// src/compiler/code-cache.ts), so importing one needs no parsing or
// compiling. Run by the build after tsc; a module that does not compile is
// left out (its import then reports the error as usual).
//
//   node scripts/precompile-lib.mjs

import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compile } from "../dist/src/compiler/index.js";
import { cacheFile, writeCachedCode } from "../dist/src/compiler/code-cache.js";

const root = new URL("..", import.meta.url).pathname;
const libDir = join(root, "src/lib");
const cacheDir = join(root, "dist/lib-cache");

function pythonFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pythonFiles(path);
    return entry.name.endsWith(".py") ? [path] : [];
  });
}

rmSync(cacheDir, { recursive: true, force: true });
mkdirSync(cacheDir, { recursive: true });
const build = randomUUID();
let written = 0;
for (const file of pythonFiles(libDir)) {
  const source = readFileSync(file, "utf8").replace(/^\ufeff/, "");
  try {
    writeCachedCode(cacheFile(cacheDir, libDir, file), build, source, compile(source, file, "exec"), libDir);
    written++;
  } catch (err) {
    process.stderr.write(`precompile-lib: ${file} left out: ${err.message}\n`);
  }
}
writeFileSync(join(cacheDir, "BUILD"), build);
process.stdout.write(`precompile-lib: ${written} modules compiled into dist/lib-cache\n`);
