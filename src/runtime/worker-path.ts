// Where the worker script is. This module runs in three places:
//   - in the bundle (dist/bundle/*-body.cjs, built by scripts/bundle.mjs),
//     whose files all sit in one folder: the worker is ./worker.cjs beside it
//     (which runs worker-body.cjs with its code cache);
//   - in dist/src/runtime/ (tsc's output): ./worker.js beside it;
//   - from the sources (the tests import src/ directly): dist/'s copy, since
//     a worker cannot run TypeScript.
// Each is built with its own extension, so the extension tells which one this is.

import { fileURLToPath } from "node:url";

/** The worker script that runs Python threads, built the same way as this module. */
export function workerPath(): string {
  const here = new URL(import.meta.url).pathname;
  if (here.endsWith(".cjs")) return fileURLToPath(new URL("./worker.cjs", import.meta.url));
  if (here.endsWith(".ts")) return fileURLToPath(new URL("../../dist/src/runtime/worker.js", import.meta.url));
  return fileURLToPath(new URL("./worker.js", import.meta.url));
}
