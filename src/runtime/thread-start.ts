// Asking the supervisor for a worker to run a new Python thread. Workers
// post, never wait: the supervisor answers by handing the thread state to a
// pooled worker (src/runtime/pool.ts).

import { parentPort } from "node:worker_threads";
import type { WorkerReport } from "./protocol.js";

export function requestThreadStart(addr: number): void {
  const message: WorkerReport = { kind: "start-thread", addr };
  parentPort!.postMessage(message);
}

/**
 * Asks for workers to be booted ahead of need: a program that imports
 * _thread is about to start threads, and starting one on a booted worker
 * takes a fraction of a millisecond, against a worker's boot of a hundred or
 * more. Threads started together then really run together.
 */
export function requestWarmPool(): void {
  const message: WorkerReport = { kind: "warm-pool" };
  parentPort?.postMessage(message);
}
