// The worker that runs Python's main thread: loads the interpreter, waits for
// the program's code object, then attaches to the heap the supervisor
// created, boots the interpreter (builtins, sys, __main__), runs the module
// and reports the exit status.

import { parentPort, workerData } from "node:worker_threads";
import { attachHeap } from "../heap/heap.js";
import type { MainThreadData, ProgramMessage, WorkerReport } from "./protocol.js";
import { runMainModule } from "./main-thread.js";

const data = workerData as MainThreadData;
const program = await new Promise<ProgramMessage>((resolve) => parentPort!.once("message", resolve));
const heap = attachHeap(data.buffer);
const status = await runMainModule(heap, data, program);
const report: WorkerReport = { kind: "exit", status };
parentPort!.postMessage(report);
