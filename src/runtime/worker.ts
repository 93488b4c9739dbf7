// A worker that runs Python threads. The first worker runs Python's main
// thread: it loads the interpreter, waits for the program (its code object,
// with the heap and the run's options, which may not have existed when the
// worker started: see main-worker.ts), runs the module and reports the exit
// status. The others form the pool (pool.ts): each runs the threads it is
// handed, one after the other.

import { parentPort, workerData } from "node:worker_threads";
import { attachHeap } from "../heap/heap.js";
import type { RunOptions } from "../cli/options.js";
import type { ProgramMessage, ReplMessage, ThreadMessage, WorkerData, WorkerReport } from "./protocol.js";
import { runMainModule } from "./main-thread.js";
import { runThread } from "./thread-runner.js";
import { deadlockHooks } from "../vm/deadlock-report.js";
import { flushTrace, traceSink, traceState } from "../threads/index.js";
import { codeCacheCheckpoint } from "./code-cache-checkpoint.js";

const data = workerData as WorkerData;

/** With --trace, this thread's intervals go to the supervisor. */
function sendTrace(options: RunOptions): void {
  if (options.trace === null) return;
  traceState.enabled = true;
  traceSink.send = (intervals) => report({ kind: "trace", intervals });
}

// A deadlock report ends the program: the supervisor exits, and this thread
// waits for it without running anything more.
deadlockHooks.exit = (status) => {
  report({ kind: "fatal", status });
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
};

/** Messages from the supervisor, taken one at a time. */
class Inbox<T> {
  private readonly queue: T[] = [];
  private waiting: ((message: T) => void) | null = null;
  private readonly listener = (message: T) => {
    if (this.waiting === null) this.queue.push(message);
    else {
      const waiting = this.waiting;
      this.waiting = null;
      waiting(message);
    }
  };

  constructor() {
    parentPort!.on("message", this.listener);
  }

  /** Stops listening, so that the worker can end. */
  close(): void {
    parentPort!.off("message", this.listener);
  }

  next(): Promise<T> {
    if (this.queue.length > 0) return Promise.resolve(this.queue.shift()!);
    return new Promise((resolve) => (this.waiting = resolve));
  }
}

function report(message: WorkerReport): void {
  parentPort!.postMessage(message);
}

// No top-level await in this module or in any module it loads: Node 20
// aborts the whole process (a V8 check, not an exception) when a worker is
// terminated, as at the program's exit, while a module with top-level await
// is still being evaluated. The roles run as ordinary async functions.
if (data.role === "main") runAsMain().catch(crash);
else runAsPoolWorker(data).catch(crash);

async function runAsMain(): Promise<void> {
  const inbox = new Inbox<ProgramMessage | ReplMessage>();
  const program = await inbox.next() as ProgramMessage;
  sendTrace(program.options);
  const heap = attachHeap(program.buffer);
  const status = await runMainModule(heap, program, {
    ready: () => report({ kind: "repl-ready" }),
    next: () => inbox.next() as Promise<ReplMessage>,
  });
  inbox.close();
  flushTrace();
  codeCacheCheckpoint();
  report({ kind: "exit", status });
}

async function runAsPoolWorker(data: Extract<WorkerData, { role: "pool" }>): Promise<void> {
  sendTrace(data.options);
  const heap = attachHeap(data.buffer);
  parentPort!.on("message", (message: ThreadMessage) => {
    runThread(heap, message.addr, data.options);
    flushTrace();
    report({ kind: "thread-done", addr: message.addr });
  });
  report({ kind: "ready" });
}

/** An error inside the worker itself is a bug: raise it where the supervisor sees it. */
function crash(err: unknown): void {
  setImmediate(() => {
    throw err;
  });
}
