// Running the threads' stress scenarios on real workers.
//
// Workers cannot import TypeScript, so each test file first compiles the
// heap's and the threads' modules to JavaScript in a temporary directory with
// TypeScript's own transpiler (fresh from the sources, so a stale build can
// never be what is tested). Every worker runs fixtures/thread-worker.mjs on
// one thread state; all of them wait on a "go" word so they start together.
// The supervisor side (this file, on the test's main thread) never waits
// with Atomics.wait: it learns of progress from messages.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import ts from "typescript";
import { allocate } from "../../src/heap/alloc.js";
import { createEmptyHeap, type Heap } from "../../src/heap/heap.js";
import { BLOCK_RAW, HEADER_WORDS } from "../../src/heap/layout.js";
import { setGilEnabled, setSwitchInterval } from "../../src/threads/gil.js";
import { createThreadState, type ThreadState, type ThreadStats } from "../../src/threads/thread-state.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

// Scratch words the scenarios share (offsets from the scratch block's first
// payload word); fixtures/thread-worker.mjs declares the same numbers.
export const GO = 0;
export const INSIDE = 1;
export const COUNTER = 2;
export const STOP = 3;
export const LOG_LENGTH = 4;
export const OVERLAP = 5;
export const STOPPED = 6;
export const ATTACHING = 7;
export const COUNTERS = 8;
export const LATE_READY = 31;
export const LOG = 32;
export const LOG_CAPACITY = 8192;

/** Compiles src/heap and src/threads to JavaScript in a temporary directory; returns its URL. */
export function compileThreadModules(): URL {
  const out = join(tmpdir(), `pygil-threads-${process.pid}-${Date.now()}`);
  for (const dir of ["src/heap", "src/threads"]) {
    for (const name of readdirSync(join(root, dir)).filter((f) => f.endsWith(".ts"))) {
      const { outputText } = ts.transpileModule(readFileSync(join(root, dir, name), "utf8"), {
        compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
      });
      const target = join(out, dir, name.replace(/\.ts$/, ".js"));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, outputText);
    }
  }
  return pathToFileURL(out + "/");
}

export function removeCompiledModules(modules: URL): void {
  rmSync(fileURLToPath(modules), { recursive: true, force: true });
}

export interface World {
  heap: Heap;
  /** Word index of the scratch area's first word. */
  scratch: number;
}

/** A heap with the GIL on or off, the given switch interval, and a zeroed scratch area. */
export function makeWorld(options: { gil: boolean; intervalSeconds?: number }): World {
  const heap = createEmptyHeap({ initialBytes: 1 << 20, maxBytes: 1 << 22 });
  setGilEnabled(heap, options.gil);
  if (options.intervalSeconds !== undefined) setSwitchInterval(heap, options.intervalSeconds);
  const scratch = allocate(heap, HEADER_WORDS + LOG + LOG_CAPACITY, BLOCK_RAW) + HEADER_WORDS;
  return { heap, scratch };
}

export interface WorkerSpec {
  scenario: string;
  params?: Record<string, unknown>;
}

export interface WorkerResult {
  id: number;
  result: Record<string, unknown>;
  stats: ThreadStats;
  /** Messages the worker posted while it ran, in order. */
  notes: unknown[];
}

/**
 * Starts one worker per spec, each on a new thread state, releases them
 * together, and resolves with their results in spec order. `onNote` sees the
 * notes workers post while running (the supervisor's chance to act).
 */
export async function runWorkers(
  modules: URL, world: World, specs: WorkerSpec[], onNote?: (note: unknown, state: ThreadState) => void,
): Promise<WorkerResult[]> {
  const states = specs.map(() => createThreadState(world.heap));
  const workers = specs.map((spec, i) => new Worker(new URL("./fixtures/thread-worker.mjs", import.meta.url), {
    workerData: {
      modules: modules.href, buffer: world.heap.buffer, tsAddr: states[i]!.addr, scratch: world.scratch,
      scenario: spec.scenario, params: spec.params ?? {}, threadAddrs: states.map((s) => s.addr),
    },
  }));
  try {
    let ready = 0;
    const allReady = new Promise<void>((resolve) => {
      for (const worker of workers) worker.once("message", () => { if (++ready === workers.length) resolve(); });
    });
    const results = workers.map((worker, i) => new Promise<WorkerResult>((resolve, reject) => {
      const notes: unknown[] = [];
      worker.on("message", (message: { done?: boolean; note?: unknown; result?: Record<string, unknown>; stats?: ThreadStats }) => {
        if (message.note !== undefined) {
          notes.push(message.note);
          onNote?.(message.note, states[i]!);
        } else if (message.done) {
          resolve({ id: states[i]!.id, result: message.result!, stats: message.stats!, notes });
        }
      });
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`worker ${i} exited with ${code} before it was done`)));
    }));
    await allReady;
    Atomics.store(world.heap.i32, world.scratch + GO, 1);
    Atomics.notify(world.heap.i32, world.scratch + GO);
    return await Promise.all(results);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The acquisition log the scenarios append to: thread ids in the order they took the GIL. */
export function acquisitionLog(world: World): number[] {
  const i32 = world.heap.i32;
  const length = Math.min(i32[world.scratch + LOG_LENGTH]!, LOG_CAPACITY);
  return Array.from(i32.subarray(world.scratch + LOG, world.scratch + LOG + length));
}
