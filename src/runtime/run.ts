// Running a program: the supervisor's side.
//
// The supervisor (the JavaScript main thread) creates the heap and starts the
// worker that will run Python's main thread (worker.ts) at once, so that the
// worker loads the interpreter while the supervisor compiles the program;
// then it loads the code object into the heap and sends its address. The
// worker touches the heap only after that message, so the two never allocate
// at the same time. The supervisor then only waits for events (the worker's
// exit report): it never blocks in Atomics.wait.

import { Worker } from "node:worker_threads";
import type { RunOptions } from "../cli/options.js";
import { createHeap } from "../heap/index.js";
import { codeToHeap } from "../objects/code.js";
import { writeText, STDERR } from "./output.js";
import { workerPath } from "./worker-path.js";
import type { MainThreadData, ProgramMessage, WorkerReport } from "./protocol.js";

/** Initial heap size: small, so that startup stays fast; it grows as needed. */
const INITIAL_HEAP_BYTES = 8 * 2 ** 20;

/**
 * Runs `source` as the program `filename` with `argv` as sys.argv; resolves
 * to the exit status. Syntax errors are thrown as PySyntaxError.
 */
export async function runProgram(source: { text: string; filename: string }, argv: string[], options: RunOptions): Promise<number> {
  const heap = createHeap({ initialBytes: Math.min(INITIAL_HEAP_BYTES, options.maxHeap), maxBytes: options.maxHeap });
  const data: MainThreadData = { buffer: heap.buffer, filename: source.filename, argv, options };
  const worker = new Worker(workerPath(), { workerData: data, stdout: false, stderr: false });
  const finished = new Promise<number>((resolve) => {
    let status: number | null = null;
    worker.on("message", (report: WorkerReport) => {
      if (report.kind === "exit") status = report.status;
    });
    worker.on("error", (err) => {
      writeText(STDERR, `pygil: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      status = 70;
    });
    worker.on("exit", (code) => resolve(status ?? (code === 0 ? 0 : code)));
  });
  let code: number;
  try {
    const { compile } = await import("../compiler/index.js");
    code = codeToHeap(heap, compile(source.text, source.filename, "exec"));
  } catch (err) {
    await worker.terminate();
    throw err;
  }
  const program: ProgramMessage = { kind: "program", code, source: source.text };
  worker.postMessage(program);
  return finished;
}
