// The worker script as the bundle ships it (dist/bundle/worker.cjs, which
// src/runtime/worker-path.ts names): runs the worker's bundled code
// (worker-body.cjs, built from src/runtime/worker.ts) with its code cache.
// It is CommonJS, because a worker whose script is an ES module also starts
// Node's ES module loader, which costs each worker several milliseconds.

import { fileURLToPath } from "node:url";
import { runCachedScript } from "./cached-script.js";

runCachedScript(fileURLToPath(new URL("./worker-body.cjs", import.meta.url)));
