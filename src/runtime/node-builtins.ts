// Node's own modules that only some programs need, loaded on first use.
//
// A module named in an `import` statement is loaded when the importing
// script starts, and Node compiles several of its own modules (crypto, v8,
// tty) from source the first time any thread asks: a few milliseconds each,
// paid at every start of the worker that runs Python's main thread, for a
// hash of a library module's source, a `hashlib` digest or an `isatty()`
// that most programs never reach. Asking for them here, when they are first
// used, keeps that cost out of the start-up of programs that do not.

import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

let crypto: typeof import("node:crypto") | undefined;
let v8: typeof import("node:v8") | undefined;
let tty: typeof import("node:tty") | undefined;

export function nodeCrypto(): typeof import("node:crypto") {
  return (crypto ??= load("node:crypto") as typeof import("node:crypto"));
}

export function nodeV8(): typeof import("node:v8") {
  return (v8 ??= load("node:v8") as typeof import("node:v8"));
}

export function nodeTty(): typeof import("node:tty") {
  return (tty ??= load("node:tty") as typeof import("node:tty"));
}
