// The GIL under real contention: workers that take it, are asked to drop it,
// block detached, or run without it. See workers.ts and fixtures/thread-worker.mjs.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attach, gilHolder, gilSwitchNumber, reclaimThread } from "../../src/threads/gil.js";
import { ASYNC_EXCEPTION, TS_ID } from "../../src/threads/layout.js";
import { createThreadState, findThreadState, threadStateAddresses } from "../../src/threads/thread-state.js";
import { gilReport } from "../../src/threads/stats.js";
import {
  acquisitionLog, compileThreadModules, COUNTER, makeWorld, removeCompiledModules, runWorkers, type WorkerResult,
} from "./workers.js";

let modules: URL;
beforeAll(() => { modules = compileThreadModules(); });
afterAll(() => removeCompiledModules(modules));

const sum = (results: WorkerResult[], pick: (r: WorkerResult) => number) => results.reduce((t, r) => t + pick(r), 0);

/** How long the spans [start, end] (ns) cover of the window [from, to]. */
function coverage(spans: [number, number][], from: number, to: number): number {
  return spans.reduce((t, [a, b]) => t + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0);
}

describe("the GIL", () => {
  it("lets one thread at a time into the code between safepoints, so plain increments are exact", async () => {
    const world = makeWorld({ gil: true, intervalSeconds: 0.0005 });
    const iterations = 4000;
    const increments = 3;
    const results = await runWorkers(modules, world, Array.from({ length: 8 }, () => ({
      scenario: "exclusive", params: { iterations, increments, work: 60 },
    })));
    expect(results.map((r) => r.result.violations)).toEqual(Array(8).fill(0));
    expect(results.map((r) => r.result.holderMismatches)).toEqual(Array(8).fill(0));
    expect(world.heap.i32[world.scratch + COUNTER]).toBe(8 * iterations * increments);
    // The GIL really changed hands on request, so exclusion was tested under switching.
    expect(sum(results, (r) => r.stats.forcedSwitches)).toBeGreaterThan(8);
    expect(sum(results, (r) => r.stats.dropRequests)).toBeGreaterThan(8);
    expect(gilSwitchNumber(world.heap)).toBe(sum(results, (r) => r.stats.gilAcquisitions));
    for (const r of results) expect(r.stats.status).toBe("finished");
  }, 20000);

  it("shares a CPU-bound pair about once per switch interval, both making progress", async () => {
    const world = makeWorld({ gil: true, intervalSeconds: 0.005 });
    const durationMs = 600;
    const results = await runWorkers(modules, world, [
      { scenario: "spin", params: { durationMs, work: 2000 } },
      { scenario: "spin", params: { durationMs, work: 2000 } },
    ]);
    const [a, b] = results.map((r) => r.result.chunks as number);
    expect(Math.min(a!, b!) / (a! + b!)).toBeGreaterThan(0.2);
    // Each switch costs a waiter a whole interval: about 600 / 5 = 120 of them,
    // never more, and fewer when waking up is slow. The bounds are loose: the
    // machine has two cores, possibly loaded by other tests.
    const switches = gilSwitchNumber(world.heap);
    expect(switches).toBeGreaterThan(durationMs / 5 / 10);
    expect(switches).toBeLessThan(durationMs / 5 * 1.5 + 4);
    const forced = sum(results, (r) => r.stats.forcedSwitches);
    expect(forced).toBeGreaterThan(switches / 2);
    const report = gilReport(world.heap);
    expect(report).toMatchObject({ gilEnabled: true, switchInterval: 0.005, switches });
    expect(report.threads.map((t) => [t.id, t.status, t.gilAcquisitions])).toEqual(results.map((r) => [r.id, "finished", r.stats.gilAcquisitions]));
    expect(report.totals.gilAcquisitions).toBe(switches);
    // The GIL was held nearly all the time, by both in turn, and each waited
    // for the other. (Loosely again: on a loaded machine a thread also waits
    // for a core, which is neither holding the GIL nor waiting for it.)
    expect(sum(results, (r) => r.stats.gilHoldNs)).toBeGreaterThan(durationMs * 1e6 * 0.5);
    for (const r of results) {
      expect(r.stats.gilHoldNs).toBeGreaterThan(durationMs * 1e6 * 0.1);
      expect(r.stats.gilWaitNs).toBeGreaterThan(durationMs * 1e6 * 0.02);
      expect(r.stats.instructions).toBe((r.result.chunks as number) * 100);
    }
  }, 20000);

  it("forces a switch: after a drop request the dropper never retakes the GIL before another thread", async () => {
    const world = makeWorld({ gil: true, intervalSeconds: 0.002 });
    const results = await runWorkers(modules, world, Array.from({ length: 3 }, () => ({
      scenario: "spin", params: { durationMs: 300, work: 1000 },
    })));
    const log = acquisitionLog(world);
    expect(log.length).toBeGreaterThan(20);
    const repeats = log.filter((id, i) => i > 0 && log[i - 1] === id);
    expect(repeats).toEqual([]);
    for (const r of results) expect(r.stats.forcedSwitches).toBeGreaterThan(0);
  }, 20000);

  it("runs other threads while one is blocked detached", async () => {
    const world = makeWorld({ gil: true, intervalSeconds: 0.005 });
    const [sleeper, runner] = await runWorkers(modules, world, [
      { scenario: "sleeper", params: { sleepMs: 200, waitForWaiter: true } },
      { scenario: "spin", params: { durationMs: 400, work: 2000 } },
    ]);
    const { detachAt, wokeAt, attachAt, interrupted } = sleeper!.result as Record<string, number>;
    expect(interrupted).toBe(false);
    expect(wokeAt! - detachAt!).toBeGreaterThanOrEqual(199e6);
    // The runner held the GIL for nearly all of the sleep.
    const covered = coverage(runner!.result.spans as [number, number][], detachAt!, wokeAt!);
    expect(covered / (wokeAt! - detachAt!)).toBeGreaterThan(0.8);
    // Waking up, the sleeper waited about one interval for the runner to drop the GIL, not for the runner to end.
    expect(attachAt! - wokeAt!).toBeLessThan(100e6);
    expect(runner!.stats.forcedSwitches).toBeGreaterThanOrEqual(1);
  }, 20000);

  it("wakes a detached sleeper at once for a KeyboardInterrupt sent by the supervisor", async () => {
    const world = makeWorld({ gil: true });
    const { requestKeyboardInterrupt } = await import("../../src/threads/interrupts.js");
    const [sleeper] = await runWorkers(modules, world, [{ scenario: "sleeper", params: { sleepMs: 5000, announce: true } }],
      (note, state) => { if (note === "sleeping") setTimeout(() => requestKeyboardInterrupt(state), 20); });
    const { detachAt, wokeAt, interrupted, keyboardInterrupt } = sleeper!.result as Record<string, number | boolean>;
    expect(interrupted).toBe(true);
    expect(keyboardInterrupt).toBe(true);
    expect((wokeAt as number) - (detachAt as number)).toBeLessThan(2000e6);
  }, 20000);

  it("lets the supervisor free the GIL of a thread whose worker died holding it", async () => {
    const world = makeWorld({ gil: true });
    const dead = createThreadState(world.heap);
    attach(dead);
    let reclaimedAt = 0;
    const [waiter] = await runWorkers(modules, world, [{ scenario: "spin", params: { durationMs: 20, work: 1000, announce: true } }],
      (note) => {
        if (note === "attaching") setTimeout(() => { reclaimedAt = Number(process.hrtime.bigint()); reclaimThread(world.heap, dead.addr); }, 30);
      });
    const spans = waiter!.result.spans as [number, number][];
    expect(reclaimedAt).toBeGreaterThan(0);
    expect(spans[0]![0]).toBeGreaterThanOrEqual(reclaimedAt);
    expect(gilReport(world.heap).threads.map((t) => t.status)).toEqual(["finished", "finished"]);
    expect(gilHolder(world.heap)).toBe(0);
  }, 20000);
});

describe("requests to other threads", () => {
  it("delivers an asynchronous exception from the supervisor to a running thread at a safepoint", async () => {
    const world = makeWorld({ gil: true });
    const { setAsyncException } = await import("../../src/threads/interrupts.js");
    const exception = 2 * 21 + 1; // any value word: a small int here
    const [target] = await runWorkers(modules, world, [{ scenario: "untilAsyncException" }],
      (note, state) => { if (note === "running") setTimeout(() => setAsyncException(state, exception), 20); });
    expect(target!.result.exception).toBe(exception);
    expect(target!.result.bits).toBe(ASYNC_EXCEPTION);
    expect(target!.result.safepoints).toBeGreaterThan(1);
  }, 20000);
});

describe("the free-threaded mode", () => {
  it("lets threads make thread states at the same time, each with its own id and table slot", async () => {
    const world = makeWorld({ gil: false });
    const count = 60;
    const results = await runWorkers(modules, world, Array.from({ length: 4 }, () => ({ scenario: "createStates", params: { count } })));
    const made = results.flatMap((r) => r.result.made as [number, number][]);
    expect(new Set(made.map(([id]) => id)).size).toBe(4 * count);
    expect(new Set(made.map(([, addr]) => addr)).size).toBe(4 * count);
    const listed = threadStateAddresses(world.heap);
    expect(listed.length).toBe(4 + 4 * count);
    expect(new Set(listed)).toEqual(new Set([...results.map((r) => findThreadState(world.heap, r.id)!.addr), ...made.map(([, addr]) => addr)]));
    expect(listed.map((addr) => world.heap.i32[addr + TS_ID]).sort((a, b) => a! - b!)).toEqual(Array.from({ length: listed.length }, (_, i) => i + 1));
  }, 20000);

  it("runs two threads at once, with no GIL activity at all", async () => {
    const world = makeWorld({ gil: false });
    const results = await runWorkers(modules, world, [
      { scenario: "exclusive", params: { increments: 3, work: 60, untilOverlapMs: 5000 } },
      { scenario: "exclusive", params: { increments: 3, work: 60, untilOverlapMs: 5000 } },
    ]);
    // One found the other inside the section: what the GIL prevents.
    expect(sum(results, (r) => r.result.violations as number)).toBeGreaterThan(0);
    expect(gilSwitchNumber(world.heap)).toBe(0);
    expect(gilReport(world.heap)).toMatchObject({ gilEnabled: false, switches: 0, totals: { gilAcquisitions: 0, gilHoldNs: 0 } });
    for (const r of results) {
      expect([r.stats.gilAcquisitions, r.stats.dropRequests, r.stats.forcedSwitches, r.stats.gilWaitNs, r.stats.gilHoldNs])
        .toEqual([0, 0, 0, 0, 0]);
    }
  }, 20000);
});
