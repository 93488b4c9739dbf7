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

/** Where the frontend script finds the modules it takes from its host. */
export const HOST_MODULES = Symbol.for("pygil.hostModules");

type Host = { [HOST_MODULES]?: Record<string, unknown> };

let loaded: Frontend | null = null;

export function frontend(): Frontend {
  if (loaded === null) {
    (globalThis as Host)[HOST_MODULES] = { "grammar/errors": errors };
    const script = runCachedScript(fileURLToPath(new URL("./frontend-body.cjs", import.meta.url))) as { frontend(): Frontend };
    loaded = script.frontend();
  }
  return loaded;
}
