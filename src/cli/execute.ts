// Carries out what the command line asked for and returns the exit status.
// The compiler is imported lazily so that `--help` and `--version` stay
// instant.

import { writeSync } from "node:fs";
import type { Invocation, RunTarget } from "./program.js";
import type { RunOptions } from "./options.js";
import { findMainModule } from "./module-target.js";
import { readScript, readStdin, SourceUnreadable, type Source } from "./source.js";

export async function execute(invocation: Invocation): Promise<number> {
  switch (invocation.kind) {
    case "done":
      return invocation.exitCode;
    case "dis":
      return disassembleTarget(invocation.target);
    case "compare": {
      const { compare } = await import("./compare.js");
      return compare(invocation.file, invocation.args, { runs: invocation.runs, json: invocation.json }, writeOut);
    }
    case "timeline": {
      const { timeline } = await import("./timeline-command.js");
      return timeline(invocation.file, invocation.args, invocation.runFlags, invocation.width);
    }
    case "run":
      return runTarget(invocation.target, invocation.argv, invocation.options);
  }
}

function loadSource(target: RunTarget): Source | null {
  switch (target.kind) {
    case "file":
      return readScript(target.path);
    case "code":
      return { text: target.code, filename: "<string>" };
    case "stdin":
      return readStdin();
    default:
      return null;
  }
}

async function disassembleTarget(target: RunTarget): Promise<number> {
  return withSource(target, async (source) => {
    const { compile } = await import("../compiler/index.js");
    const { disassemble } = await import("../compiler/dis.js");
    writeOut(disassemble(compile(source.text, source.filename, "exec")));
    return 0;
  });
}

async function runTarget(target: RunTarget, argv: string[], options: RunOptions): Promise<number> {
  if (target.kind === "module") return runModule(target.name, argv, options);
  if (target.kind === "repl") {
    // Like python: with no program, a terminal gets the prompt, and piped input runs as a script (unless -i).
    if (process.stdin.isTTY !== true && !options.inspect) return runTarget({ kind: "stdin" }, argv, options);
    const { runProgram } = await import("../runtime/run.js");
    return runProgram({ text: "", filename: "<stdin>" }, argv, { ...options, inspect: true });
  }
  return withSource(target, async (source) => {
    const { runProgram } = await import("../runtime/run.js");
    return runProgram(source, argv, options);
  });
}

/** `-m name`: the module's file runs as __main__, with its full path as sys.argv[0], as `python -m` does. */
async function runModule(name: string, argv: string[], options: RunOptions): Promise<number> {
  const found = findMainModule(name);
  if (found.kind === "error") {
    writeErr(`pygil: ${found.message}\n`);
    return 1;
  }
  return withSource({ kind: "file", path: found.file }, async (source) => {
    const { runProgram } = await import("../runtime/run.js");
    return runProgram(source, [found.file, ...argv.slice(1)], { ...options, mainModule: found.moduleName });
  });
}

/** Reads the target's source and runs `body`, turning syntax errors and unreadable files into CPython's messages. */
async function withSource(target: RunTarget, body: (source: Source) => Promise<number>): Promise<number> {
  try {
    const source = loadSource(target);
    if (source === null) return 2;
    return await body(source);
  } catch (err) {
    if (err instanceof SourceUnreadable) {
      writeErr(`pygil: ${err.message}\n`);
      return 2;
    }
    const { PySyntaxError, formatSyntaxError } = await import("../../grammar/errors.js");
    if (err instanceof PySyntaxError) {
      writeErr(formatSyntaxError(err));
      return 1;
    }
    throw err;
  }
}

function writeOut(text: string): void {
  writeSync(1, text);
}

function writeErr(text: string): void {
  writeSync(2, text);
}
