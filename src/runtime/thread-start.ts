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
 * Asks the supervisor to boot its warm workers now (src/runtime/pool.ts), for
 * a program that is about to start threads: booting takes a hundred
 * milliseconds or more, which then overlaps what the program does before
 * its first thread starts.
 */
export function requestWarmPool(): void {
  const message: WorkerReport = { kind: "warm-pool" };
  parentPort?.postMessage(message);
}
