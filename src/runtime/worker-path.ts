// Where the worker script is: next to this file in dist/, or dist/'s copy
// when running from sources (the tests import src/ directly).

import { fileURLToPath } from "node:url";

/** The compiled worker script that runs Python threads. */
export function workerPath(): string {
  const here = new URL(import.meta.url);
  if (here.pathname.endsWith(".ts")) return fileURLToPath(new URL("../../dist/src/runtime/worker.js", import.meta.url));
  return fileURLToPath(new URL("./worker.js", import.meta.url));
}
