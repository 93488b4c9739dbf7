#!/usr/bin/env node
// The `pygil` command: read the command line, then run what it asks for.
// No top-level await: the bundle runs this as a CommonJS script (see
// src/boot/cached-script.ts).

import { parseCommandLine } from "./program.js";
import { execute } from "./execute.js";

const invocation = parseCommandLine(process.argv.slice(2));
void execute(invocation).then((status) => {
  // A program writes all its output synchronously (runtime/output.ts), so
  // once it has ended nothing is left but Node taking down the worker of its
  // main thread and then this thread, one after the other, which only
  // delays the exit: process.exit stops them at once.
  if (invocation.kind === "run") process.exit(status);
  process.exitCode = status;
});
