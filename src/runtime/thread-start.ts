// Asking the supervisor for a worker to run a new Python thread. Workers
// post, never wait: the supervisor answers by handing the thread state to a
// pooled worker (src/runtime/pool.ts).

import { parentPort } from "node:worker_threads";
import type { WorkerReport } from "./protocol.js";

export function requestThreadStart(addr: number): void {
  const message: WorkerReport = { kind: "start-thread", addr };
  parentPort!.postMessage(message);
}
