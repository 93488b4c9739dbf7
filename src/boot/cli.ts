#!/usr/bin/env node
// The `pygil` command as the bundle ships it (dist/bundle/cli.cjs, the
// package's bin). It does two things:
//   - when the command line looks like it runs a program, it starts the
//     worker of Python's main thread at once (src/runtime/main-worker.ts),
//     so that Node boots that thread while this one loads the command and
//     compiles the program;
//   - it runs the command's bundled code (cli-body.cjs, built from
//     src/cli/main.ts) with its code cache (cached-script.ts).
// The guess only decides when that worker starts, never what runs: a worker
// started for a command that runs nothing is left unused and ends with the
// process, and a program whose worker was not started here gets one later.

import { fileURLToPath } from "node:url";
import { runCachedScript } from "./cached-script.js";
import { startMainWorkerEarly } from "../runtime/main-worker.js";

/** The subcommands of src/cli/program.ts, none of which runs a program in this process. */
const SUBCOMMANDS = new Set(["dis", "timeline", "compare"]);

/** Options that print something and exit. */
const PRINT_AND_EXIT = new Set(["-h", "--help", "-V", "--version"]);

/** Whether `pygil ARGS` probably runs a program (or the interactive prompt) here. */
function runsProgram(args: string[]): boolean {
  if (args.length > 0 && SUBCOMMANDS.has(args[0]!)) return false;
  return !args.some((arg) => PRINT_AND_EXIT.has(arg));
}

if (runsProgram(process.argv.slice(2))) startMainWorkerEarly(fileURLToPath(new URL("./worker.cjs", import.meta.url)));
runCachedScript(fileURLToPath(new URL("./cli-body.cjs", import.meta.url)));
