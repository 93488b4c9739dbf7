// The worker of Python's main thread, which the `pygil` command may start
// before anything else.
//
// A worker takes tens of milliseconds to boot Node and load the interpreter,
// and nothing in that needs the program: so the bundled command
// (src/boot/cli.ts) starts it first thing, before its own code is even
// loaded, whenever the command line looks like it runs a program, and leaves
// it here for the supervisor (pool.ts) to take. The worker learns its heap,
// options and program from its first message (protocol.ts), so it can start
// before they exist. Until it is taken it does not keep the process alive: a
// command that turns out to run nothing (a usage error) just exits.

import { Worker } from "node:worker_threads";
import type { WorkerData } from "./protocol.js";

/** Where the early worker waits: a global, because the command's stub and its body are separate scripts. */
const EARLY_WORKER = Symbol.for("pygil.earlyMainWorker");

type Holder = { [EARLY_WORKER]?: Worker };

/** A new worker for Python's main thread, running the worker script at `path`. */
export function spawnMainWorker(path: string): Worker {
  const workerData: WorkerData = { role: "main" };
  return new Worker(path, { workerData, stdout: false, stderr: false });
}

/** Starts the main thread's worker ahead of need, for takeEarlyMainWorker. */
export function startMainWorkerEarly(path: string): void {
  const worker = spawnMainWorker(path);
  worker.unref();
  (globalThis as Holder)[EARLY_WORKER] = worker;
}

/** The worker startMainWorkerEarly started, once; null when there is none. */
export function takeEarlyMainWorker(): Worker | null {
  const holder = globalThis as Holder;
  const worker = holder[EARLY_WORKER] ?? null;
  delete holder[EARLY_WORKER];
  return worker;
}
