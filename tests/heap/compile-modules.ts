// Workers cannot import TypeScript, so tests that start workers first compile
// the heap's modules (and what they import) to JavaScript in a temporary
// directory, once per test file, with TypeScript's own transpiler.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Compiles the heap's modules (and what they import) to JavaScript in a temporary directory, for a worker to import. */
export function compileHeapModules(): URL {
  const out = join(tmpdir(), `pygil-heap-${process.pid}-${Date.now()}`);
  const files = ["src/heap", "src/objects"].flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith(".ts")).map((f) => join(root, dir, f)));
  files.push(join(root, "src/compiler/code.ts"), join(root, "grammar/ast.ts"));
  for (const file of files) {
    const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
    });
    const target = join(out, relative(root, file)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  return pathToFileURL(out + "/");
}


/** Removes a directory compileHeapModules made. */
export function removeCompiledModules(modules: URL): void {
  rmSync(fileURLToPath(modules), { recursive: true, force: true });
}
