// The `pygil` command line, shaped like `python`'s:
//
//   pygil [option] ... [-c cmd | -m mod | file | -] [arg] ...
//   pygil dis [file | -c cmd]
//
// Options before the program choose how it runs; everything after the
// program (file, -c cmd, -m mod or -) is left untouched for sys.argv, as
// CPython does. Usage errors print one line and exit with status 2.

import { Command, CommanderError, Option } from "commander";
import { resolve } from "node:path";
import { PYTHON_VERSION, VERSION } from "./version.js";
import {
  gilSetting, parseSize, parseSwitchInterval, UsageError, type RunOptions,
} from "./options.js";

interface ProgramFlags {
  c?: string;
  m?: string;
  i?: boolean;
  X?: string[];
  disableGil?: boolean;
  switchInterval?: string;
  maxHeap?: string;
  gcStress?: boolean;
  verifyHeap?: boolean;
  gilStats?: boolean;
  trace?: string;
  runReport?: string;
}

/** What the command line asks for, decided before anything runs. */
export type Invocation =
  | { kind: "run"; target: RunTarget; argv: string[]; options: RunOptions }
  | { kind: "dis"; target: RunTarget }
  | { kind: "timeline"; file: string; args: string[]; runFlags: string[]; width: number | null }
  | { kind: "compare"; file: string; args: string[]; runs: number; json: boolean }
  | { kind: "done"; exitCode: number };

export type RunTarget =
  | { kind: "file"; path: string }
  | { kind: "code"; code: string }
  | { kind: "module"; name: string }
  | { kind: "stdin" }
  | { kind: "repl" };

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function buildProgram(found: (inv: Invocation) => void): Command {
  const program = new Command("pygil")
    .usage("[option] ... [-c cmd | -m mod | file | -] [arg] ...")
    .description(`A Python ${PYTHON_VERSION} interpreter on Node.js threads, with and without the GIL.`)
    .version(`pygil ${VERSION} (Python ${PYTHON_VERSION} subset)`, "-V, --version", "print the version and exit")
    .helpOption("-h, --help", "print this help and exit")
    .option("-c <cmd>", "program passed in as string (terminates option list)")
    .option("-m <mod>", "run library module as a script (terminates option list)")
    .option("-i", "inspect interactively after running script")
    .option("-X <opt>", "implementation-specific option: gil=0 or gil=1", collect)
    .option("--disable-gil", "run free-threaded: threads run in parallel, without the GIL")
    .option("--switch-interval <ms>", "the GIL's switch interval in milliseconds (default 5)")
    .option("--max-heap <size>", "the most memory the heap may use, e.g. 512M (default 2G)")
    .option("--gil-stats", "at exit, print each thread's GIL statistics on stderr")
    .option("--trace <file>", "write a timeline of the threads as Chrome trace-event JSON (Perfetto opens it)")
    .addOption(new Option("--run-report <file>", "write the run's CPU time and GIL totals as JSON").hideHelp())
    .addOption(new Option("--gc-stress", "collect garbage at every safepoint").hideHelp())
    .addOption(new Option("--verify-heap", "check the heap after every collection").hideHelp())
    .argument("[file]", "program read from script file ('-' for stdin)")
    .argument("[arg...]", "arguments passed to the program in sys.argv[1:]")
    .passThroughOptions()
    .enablePositionalOptions()
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .action((file: string | undefined, args: string[], flags: ProgramFlags) => {
      found(runInvocation(file, args, flags));
    });

  program
    .command("dis")
    .description("disassemble a program's bytecode, like python -m dis")
    .usage("[file | -c cmd]")
    .argument("[file]", "the program to disassemble ('-' for stdin)")
    .option("-c <cmd>", "program passed in as string")
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .action((file: string | undefined, flags: { c?: string }) => {
      found({ kind: "dis", target: disTarget(file, flags.c) });
    });

  program
    .command("timeline")
    .description("draw a program's threads over time: run FILE.py with --trace, or read a FILE.json trace")
    .usage("[options] FILE.py [arg...] | FILE.json")
    .argument("<file>", "a Python program to run, or a trace file written by --trace")
    .argument("[arg...]", "arguments passed to the program")
    .option("--width <columns>", "characters per line (default: the terminal's width, else 100)")
    .option("--disable-gil", "run the program free-threaded")
    .option("-X <opt>", "implementation-specific option: gil=0 or gil=1", collect)
    .option("--switch-interval <ms>", "the GIL's switch interval in milliseconds")
    .passThroughOptions()
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .action((file: string, args: string[], flags: { width?: string; disableGil?: boolean; X?: string[]; switchInterval?: string }) => {
      found({ kind: "timeline", file, args, runFlags: timelineRunFlags(flags), width: timelineWidth(flags.width) });
    });

  program
    .command("compare")
    .description("run a program with and without the GIL, several times, and compare times, GIL activity and outputs")
    .usage("FILE [--runs N] [--json] [-- arg...]")
    .argument("<file>", "the Python program")
    .argument("[arg...]", "arguments passed to the program (after --)")
    .option("--runs <n>", "runs in each mode (default 5)")
    .option("--json", "print the comparison as JSON")
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .action((file: string, args: string[], flags: { runs?: string; json?: boolean }) => {
      found({ kind: "compare", file, args, runs: runCount(flags.runs), json: flags.json === true });
    });
  return program;
}

function runCount(text: string | undefined): number {
  if (text === undefined) return 5;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`invalid number of runs: '${text}' (a whole number, at least 1)`);
  return n;
}

function timelineRunFlags(flags: { disableGil?: boolean; X?: string[]; switchInterval?: string }): string[] {
  const out: string[] = [];
  if (flags.disableGil === true) out.push("--disable-gil");
  for (const x of flags.X ?? []) out.push("-X", x);
  if (flags.switchInterval !== undefined) out.push("--switch-interval", String(parseSwitchInterval(flags.switchInterval) * 1000));
  return out;
}

function timelineWidth(text: string | undefined): number | null {
  if (text === undefined) return null;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 20) throw new UsageError(`invalid width: '${text}' (a whole number of columns, at least 20)`);
  return n;
}

function runInvocation(file: string | undefined, args: string[], flags: ProgramFlags): Invocation {
  const rest = file === undefined ? args : [file, ...args];
  let target: RunTarget;
  let argv: string[];
  if (flags.c !== undefined) {
    target = { kind: "code", code: flags.c };
    argv = ["-c", ...rest];
  } else if (flags.m !== undefined) {
    target = { kind: "module", name: flags.m };
    argv = [flags.m, ...rest];
  } else if (file === undefined) {
    target = { kind: "repl" };
    argv = [""];
  } else if (file === "-") {
    target = { kind: "stdin" };
    argv = ["-", ...args];
  } else {
    target = { kind: "file", path: file };
    argv = [file, ...args];
  }
  return { kind: "run", target, argv, options: runOptions(flags) };
}

function runOptions(flags: ProgramFlags): RunOptions {
  return {
    gil: gilSetting(flags.X ?? [], process.env, flags.disableGil === true),
    switchInterval: flags.switchInterval === undefined ? 0.005 : parseSwitchInterval(flags.switchInterval),
    maxHeap: flags.maxHeap === undefined ? 2 * 2 ** 30 : parseSize(flags.maxHeap),
    gcStress: flags.gcStress === true,
    verifyHeap: flags.verifyHeap === true,
    inspect: flags.i === true,
    gilStats: flags.gilStats === true,
    trace: flags.trace === undefined ? null : resolve(flags.trace),
    runReport: flags.runReport === undefined ? null : resolve(flags.runReport),
    mainModule: null,
  };
}

function disTarget(file: string | undefined, code: string | undefined): RunTarget {
  if (code !== undefined) return { kind: "code", code };
  if (file === undefined || file === "-") return { kind: "stdin" };
  return { kind: "file", path: file };
}

/**
 * Reads the command line. Help and version are printed here; a usage error
 * prints one line on stderr and yields exit status 2.
 */
export function parseCommandLine(argv: string[]): Invocation {
  let invocation: Invocation = { kind: "done", exitCode: 0 };
  const program = buildProgram((inv) => { invocation = inv; });
  try {
    program.parse(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) return commanderOutcome(err);
    if (err instanceof UsageError) return usageError(err.message);
    throw err;
  }
  return invocation;
}

function commanderOutcome(err: CommanderError): Invocation {
  if (err.exitCode === 0) return { kind: "done", exitCode: 0 };
  return usageError(err.message.replace(/^error: /, ""));
}

function usageError(message: string): Invocation {
  process.stderr.write(`pygil: ${message} (try 'pygil --help')\n`);
  return { kind: "done", exitCode: 2 };
}
