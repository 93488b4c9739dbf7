// The supervisor's workers: the one that runs Python's main thread, and a
// pool that runs the threads Python starts.
//
// Any worker may ask for a thread to be started ("start-thread", with the
// new thread's state already in the heap). The thread waits in a queue until
// a worker is free: an idle one, or one that reports "ready" after booting,
// or one that reports "thread-done". Workers are started only for threads
// that wait, at most a few booting at a time: booting costs far more than
// reusing, so a program that starts many short threads gets a handful of
// workers, not one per thread. One spare worker is kept booting or idle
// ahead of need, so that starting a thread rarely waits for a worker to boot.
// Without the GIL, no spare boots once as many threads run as there are
// cores: a boot takes a core for a few hundred milliseconds, which threads
// running in parallel (two CPU-bound threads on two cores) would lose. With
// the GIL only one thread runs, and the spare boots on a core it leaves idle.
//
// The supervisor never blocks: it only reacts to messages. If a worker dies
// while running a thread, the thread is reclaimed (finished, the GIL freed
// if it held it), so the others do not wait for it forever.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Heap } from "../heap/heap.js";
import { finishLiveThread, reclaimThread, type TraceInterval } from "../threads/index.js";
import type { RunOptions } from "../cli/options.js";
import { writeText, STDERR } from "./output.js";
import type { ThreadMessage, WorkerData, WorkerReport } from "./protocol.js";
import { workerPath } from "./worker-path.js";
import { spawnMainWorker, takeEarlyMainWorker } from "./main-worker.js";

/** Workers booted ahead of need (warm()): one per core, so that threads started together run together. */
const WARM_WORKERS = Math.min(8, Math.max(2, availableParallelism()));

/** Workers booting at once: each boot keeps a core busy for a while. */
const MAX_BOOTING = Math.max(2, availableParallelism());

/** Without the GIL, pooled threads running at once past which no spare worker boots ahead of need. */
const SPARE_RUNNING_LIMIT = availableParallelism();

export interface PoolEvents {
  /** The main thread ended: the process exits with `status` once the main worker is gone. */
  exit(status: number): void;
  /** The program cannot go on: exit with `status` at once. */
  fatal(status: number): void;
  /** The main thread is ready for the next statement typed at the prompt. */
  replReady(): void;
  /** A worker sent intervals for --trace. */
  trace(intervals: TraceInterval[]): void;
}

export class WorkerPool {
  /** Booted workers with nothing to run. */
  private readonly idle: Worker[] = [];
  /** Workers still booting. */
  private readonly booting: Worker[] = [];
  /** Thread states waiting for a worker, oldest first. */
  private readonly pending: number[] = [];
  /** Thread-state addresses by the worker running them. */
  private readonly running = new Map<Worker, number>();
  private readonly workers = new Set<Worker>();
  /** Whether the warm workers were booted (warm()). */
  private warmed = false;

  constructor(private readonly heap: Heap, private readonly options: RunOptions, private readonly events: PoolEvents) {}

  /** The worker of Python's main thread: the one started early if there is one (main-worker.ts), else a new one. */
  startMain(): Worker {
    const worker = takeEarlyMainWorker() ?? spawnMainWorker(workerPath());
    // The process lives as long as Python's main thread.
    worker.ref();
    this.watch(worker, "main");
    return worker;
  }

  /** Runs the thread whose state is at `addr` on a pooled worker. */
  runThread(addr: number): void {
    this.pending.push(addr);
    if (!this.warmed) this.warm();
    this.dispatch();
  }

  /**
   * Boots workers until WARM_WORKERS are idle or booting: when the program
   * imports threading (src/vm/import-load.ts asks), or at its first thread
   * start. A program that starts one thread usually starts more at once,
   * and starting one on a booted worker takes a fraction of a millisecond,
   * against a worker's boot of a hundred or more: threads started together
   * then really run together. Not when _thread is imported: functools,
   * collections and other modules import it for its locks, and a program
   * that never starts a thread would pay for the boots.
   */
  warm(): void {
    this.warmed = true;
    while (this.idle.length + this.booting.length < WARM_WORKERS) this.booting.push(this.spawnPooled());
  }

  /** Hands waiting threads to idle workers, and boots workers for the rest. */
  private dispatch(): void {
    while (this.pending.length > 0 && this.idle.length > 0) {
      const worker = this.idle.pop()!;
      const addr = this.pending.shift()!;
      this.running.set(worker, addr);
      const message: ThreadMessage = { kind: "thread", addr };
      worker.postMessage(message);
    }
    const coresFree = this.options.gil || this.running.size < SPARE_RUNNING_LIMIT;
    const spare = this.idle.length === 0 && coresFree ? 1 : 0;
    const wanted = Math.max(this.pending.length, spare);
    while (this.booting.length < Math.min(wanted, MAX_BOOTING)) this.booting.push(this.spawnPooled());
  }

  /** Stops every worker (daemon threads die with the process, as in CPython). */
  async terminateAll(): Promise<void> {
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }

  private spawnPooled(): Worker {
    const workerData: WorkerData = { role: "pool", buffer: this.heap.buffer, options: this.options };
    const worker = new Worker(workerPath(), { workerData, stdout: false, stderr: false });
    // Pooled workers never keep the process alive: it ends with the main thread.
    worker.unref();
    this.watch(worker, "pool");
    return worker;
  }

  /** Listens to a worker of this pool. */
  private watch(worker: Worker, role: WorkerData["role"]): void {
    this.workers.add(worker);
    worker.on("message", (report: WorkerReport) => this.onReport(worker, report));
    worker.on("error", (err) => {
      writeText(STDERR, `pygil: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      if (role === "main") this.events.exit(70);
    });
    worker.on("exit", () => this.onExit(worker, role));
  }

  private onReport(worker: Worker, report: WorkerReport): void {
    switch (report.kind) {
      case "start-thread":
        this.runThread(report.addr);
        break;
      case "ready": {
        const index = this.booting.indexOf(worker);
        if (index >= 0) this.booting.splice(index, 1);
        this.idle.push(worker);
        this.dispatch();
        break;
      }
      case "warm-pool":
        this.warm();
        break;
      case "thread-done":
        this.running.delete(worker);
        this.idle.push(worker);
        this.dispatch();
        break;
      case "exit":
        this.events.exit(report.status);
        break;
      case "fatal":
        this.events.fatal(report.status);
        break;
      case "trace":
        this.events.trace(report.intervals);
        break;
      case "repl-ready":
        this.events.replReady();
        break;
    }
  }

  private onExit(worker: Worker, role: WorkerData["role"]): void {
    this.workers.delete(worker);
    const addr = this.running.get(worker);
    if (addr !== undefined) {
      this.running.delete(worker);
      reclaimThread(this.heap, addr);
      finishLiveThread(this.heap);
    }
    for (const list of [this.idle, this.booting]) {
      const index = list.indexOf(worker);
      if (index >= 0) list.splice(index, 1);
    }
    if (role === "main") this.events.exit(70);
  }
}
