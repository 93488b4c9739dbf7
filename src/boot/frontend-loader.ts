// The bundled worker's src/runtime/frontend.ts: loads the parser and the
// compiler from dist/bundle/frontend-body.cjs, with its code cache, the
// first time a thread needs them (see frontend.ts for why).
//
// The two scripts each hold their own copy of the modules they share, which
// is harmless for functions and constants but not for a class that one
// throws and the other catches: the frontend script takes grammar/errors.js
// (PySyntaxError) from this one, through HOST_MODULES, as scripts/bundle.mjs
// arranges. The Ellipsis constant is a registered symbol for the same reason.

import { fileURLToPath } from "node:url";
import * as errors from "../../grammar/errors.js";
import type { Frontend } from "../runtime/frontend.js";
import { runCachedScript } from "./cached-script.js";

/** The registered symbol under which the frontend script finds the modules it takes from its host. */
const HOST_MODULES_KEY = "pygil.hostModules";
const HOST_MODULES = Symbol.for(HOST_MODULES_KEY);

/** The modules the frontend script takes from its host, by the name scripts/bundle.mjs gives them. */
const hostModules: Record<string, unknown> = { "grammar/errors": errors };

type Host = { [HOST_MODULES]?: Record<string, unknown> };

/** The frontend script's source for the host module `name` (scripts/bundle.mjs puts it in place of that module). */
export function hostModuleSource(name: string): string {
  return `module.exports = globalThis[Symbol.for(${JSON.stringify(HOST_MODULES_KEY)})][${JSON.stringify(name)}];`;
}

/** Runs the frontend script at `path` (with its code cache) and returns its frontend. */
export function loadFrontend(path: string): Frontend {
  (globalThis as Host)[HOST_MODULES] = hostModules;
  const script = runCachedScript(path) as { frontend(): Frontend };
  return script.frontend();
}

let loaded: Frontend | null = null;

export function frontend(): Frontend {
  loaded ??= loadFrontend(fileURLToPath(new URL("./frontend-body.cjs", import.meta.url)));
  return loaded;
}
