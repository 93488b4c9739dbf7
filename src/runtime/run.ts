// Running a program: the supervisor's side.
//
// The supervisor (the JavaScript main thread) creates the heap and starts the
// worker that will run Python's main thread (worker.ts) at once, so that the
// worker loads the interpreter while the supervisor compiles the program;
// then it loads the code object into the heap and sends its address. The
// worker touches the heap only after that message, so the two never allocate
// at the same time. From then on the supervisor only reacts to events: the
// workers' requests for threads (pool.ts), Ctrl-C, and the end. It never
// blocks in Atomics.wait.

import type { RunOptions } from "../cli/options.js";
import { createHeap } from "../heap/index.js";
import { codeToHeap } from "../objects/code.js";
import { findThreadState, gilReport, requestKeyboardInterrupt, setGilEnabled, setSwitchInterval } from "../threads/index.js";
import { writeFileSync } from "node:fs";
import type { RunReport } from "../cli/compare.js";
import { formatGilStats } from "./gil-stats.js";
import { TraceCollector } from "./trace-file.js";
import { writeText, STDERR } from "./output.js";
import type { Heap } from "../heap/heap.js";
import { WorkerPool } from "./pool.js";
import type { ProgramMessage, ReplMessage } from "./protocol.js";
import { PYTHON_VERSION, VERSION } from "../cli/version.js";
import { formatSyntaxWarning, type CompileWarning } from "../../grammar/syntax-warnings.js";

/** Initial heap size: small, so that startup stays fast; it grows as needed. */
const INITIAL_HEAP_BYTES = 8 * 2 ** 20;

/** The id of Python's main thread: it creates the first thread state. */
const MAIN_THREAD_ID = 1;

/**
 * Runs `source` as the program `filename` with `argv` as sys.argv; resolves
 * to the exit status. Syntax errors are thrown as PySyntaxError.
 */
export async function runProgram(source: { text: string; filename: string }, argv: string[], options: RunOptions): Promise<number> {
  const heap = createHeap({ initialBytes: Math.min(INITIAL_HEAP_BYTES, options.maxHeap), maxBytes: options.maxHeap });
  setGilEnabled(heap, options.gil);
  setSwitchInterval(heap, options.switchInterval);
  let finish!: (status: number) => void;
  const finished = new Promise<number>((resolve) => (finish = resolve));
  let ended = false;
  const trace = new TraceCollector();
  const prompt = new PromptLink();
  const pool = new WorkerPool(heap, options, {
    exit(status) {
      if (ended) return;
      ended = true;
      prompt.ended(status);
      if (options.gilStats) writeText(STDERR, formatGilStats(heap));
      if (options.runReport !== null) writeRunReport(options.runReport, heap);
      if (options.trace === null) finish(status);
      // Threads that ended just before the main thread may still be sending their last intervals.
      else setTimeout(() => finish(writeTrace(trace, options.trace!, heap, status)), TRACE_GRACE_MS);
    },
    trace(intervals) {
      trace.add(intervals);
    },
    replReady() {
      prompt.ready();
    },
    fatal(status) {
      // A thread may be blocked for good: end the process without waiting for anyone.
      process.exit(status);
    },
  });
  const main = pool.startMain();
  let code: number;
  try {
    const { compileWithWarnings } = await import("../compiler/index.js");
    const compiled = compileWithWarnings(source.text, source.filename, "exec");
    code = codeToHeap(heap, compiled.code);
    showSyntaxWarnings(compiled.warnings, source);
  } catch (err) {
    ended = true;
    await pool.terminateAll();
    throw err;
  }
  const program: ProgramMessage = {
    kind: "program", buffer: heap.buffer, options, filename: source.filename, argv, code, source: source.text,
  };
  main.postMessage(program);
  const stopInterrupts = forwardInterrupts(heap);
  try {
    if (options.inspect && await prompt.next() === null) {
      const { interactiveSession } = await import("../repl/session.js");
      const status = await interactiveSession({
        run: (text) => {
          const message: ReplMessage = { kind: "repl-input", source: text };
          main.postMessage(message);
          return prompt.next();
        },
        interrupt: () => interruptMain(heap),
      }, source.text === "" && source.filename === "<stdin>" ? banner(options) : null);
      if (status === 0 && !ended) main.postMessage({ kind: "repl-end" } satisfies ReplMessage);
    }
    return await finished;
  } finally {
    stopInterrupts();
  }
}

/**
 * Waits for the main thread at the prompt: `next()` resolves with null when
 * it is ready for a statement, or with the exit status when the program ended.
 */
class PromptLink {
  private waiting: ((status: number | null) => void) | null = null;
  private readyEarly = false;
  private exitStatus: number | null = null;

  next(): Promise<number | null> {
    if (this.exitStatus !== null) return Promise.resolve(this.exitStatus);
    if (this.readyEarly) {
      this.readyEarly = false;
      return Promise.resolve(null);
    }
    return new Promise((resolve) => (this.waiting = resolve));
  }

  ready(): void {
    if (this.waiting === null) this.readyEarly = true;
    else this.settle(null);
  }

  ended(status: number): void {
    this.exitStatus = status;
    this.settle(status);
  }

  private settle(value: number | null): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.(value);
  }
}

/** The interactive banner: the version, and which mode runs. */
function banner(options: RunOptions): string {
  const mode = options.gil ? "the GIL is on (pygil --disable-gil runs free-threaded)" : "free-threaded: the GIL is off";
  return `pygil ${VERSION} (Python ${PYTHON_VERSION} subset) on Node.js ${process.version}; ${mode}\n`
    + "Type exit() or Ctrl-D to leave.\n";
}

/** How long the supervisor waits for workers' last trace intervals after the main thread ended. */
const TRACE_GRACE_MS = 50;

/** Writes the --trace file; a file that cannot be written is reported, as CPython reports an unwritable output. */
function writeTrace(trace: TraceCollector, path: string, heap: Heap, status: number): number {
  try {
    trace.write(path, heap);
    return status;
  } catch (err) {
    writeText(STDERR, `pygil: cannot write the trace to ${path}: ${(err as Error).message}\n`);
    return status === 0 ? 1 : status;
  }
}

/** For `pygil compare`: the process's CPU time (all threads) and the GIL totals. */
function writeRunReport(path: string, heap: Heap): void {
  const usage = process.cpuUsage();
  const totals = gilReport(heap).totals;
  const report: RunReport = {
    cpuSeconds: (usage.user + usage.system) / 1e6,
    gilAcquisitions: totals.gilAcquisitions,
    forcedSwitches: totals.forcedSwitches,
    dropRequests: totals.dropRequests,
    gilWaitSeconds: totals.gilWaitNs / 1e9,
  };
  writeFileSync(path, JSON.stringify(report));
}

function interruptMain(heap: Heap): void {
  const main = findThreadState(heap, MAIN_THREAD_ID);
  if (main !== undefined) requestKeyboardInterrupt(main);
}

/**
 * The program's own SyntaxWarnings, which CPython shows while compiling it,
 * before it runs: no filter can be set yet, so they go straight to stderr
 * (PYTHONWARNINGS=ignore silences them, as it does CPython's).
 */
function showSyntaxWarnings(warnings: readonly CompileWarning[], source: { text: string; filename: string }): void {
  if (warnings.length === 0 || /(^|,)ignore(::|$)/.test(process.env.PYTHONWARNINGS ?? "")) return;
  const text = source.filename.startsWith("<") ? null : source.text;
  writeText(STDERR, warnings.map((w) => formatSyntaxWarning(source.filename, w, text)).join(""));
}

/** Ctrl-C raises KeyboardInterrupt in Python's main thread, as CPython's signal handler does. */
function forwardInterrupts(heap: Heap): () => void {
  const onSigint = () => interruptMain(heap);
  process.on("SIGINT", onSigint);
  return () => process.off("SIGINT", onSigint);
}
