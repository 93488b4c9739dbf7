// Stopping the world: running threads park at their next safepoint, detached
// ones may not attach until the world resumes.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATUS_DETACHED, STATUS_SUSPENDED } from "../../src/threads/layout.js";
import { compileThreadModules, makeWorld, removeCompiledModules, runWorkers } from "./workers.js";

let modules: URL;
beforeAll(() => { modules = compileThreadModules(); });
afterAll(() => removeCompiledModules(modules));

interface StopperResult {
  statuses: number[];
  statusesBeforeResume: number[];
  first: number[];
  second: number[];
  third: number[];
  requestedAt: number;
  stoppedAt: number;
  resumedAt: number;
  lateTried: boolean;
}

describe("stop-the-world", () => {
  it("parks every running thread at a safepoint and holds back a detached one until it resumes", async () => {
    const world = makeWorld({ gil: false });
    const [stopper, , , late] = await runWorkers(modules, world, [
      { scenario: "stopper", params: { slots: 2, stoppedMs: 40, lateAttacher: true } },
      { scenario: "count", params: { slot: 0 } },
      { scenario: "count", params: { slot: 1 } },
      { scenario: "lateAttacher" },
    ]);
    const r = stopper!.result as unknown as StopperResult;
    expect(r.statuses).toEqual([STATUS_SUSPENDED, STATUS_SUSPENDED, STATUS_SUSPENDED]);
    expect(r.statusesBeforeResume).toEqual([STATUS_SUSPENDED, STATUS_SUSPENDED, STATUS_SUSPENDED]);
    // Nothing counted while the world was stopped; both counters moved before and after.
    expect(r.second).toEqual(r.first);
    for (const k of [0, 1]) {
      expect(r.first[k]).toBeGreaterThan(0);
      expect(r.third[k]).toBeGreaterThan(r.second[k]!);
    }
    // The detached thread tried to attach while the world was stopped, and got in only after it resumed.
    expect(r.lateTried).toBe(true);
    const { attachFrom, attachAt } = late!.result as Record<string, number>;
    expect(attachFrom).toBeGreaterThanOrEqual(r.stoppedAt);
    expect(attachFrom).toBeLessThan(r.resumedAt);
    expect(attachAt).toBeGreaterThanOrEqual(r.resumedAt);
  }, 20000);

  it("takes back the request of a thread asked to stop that was then parked detached", async () => {
    const world = makeWorld({ gil: false });
    const [driver] = await runWorkers(modules, world, [{ scenario: "staleRequest" }, { scenario: "bystander" }]);
    const r = driver!.result as { parked: number; requestLeft: boolean; statusAfter: number };
    expect(r.parked).toBe(STATUS_SUSPENDED);
    expect(r.statusAfter).toBe(STATUS_DETACHED);
    expect(r.requestLeft).toBe(false);
  }, 20000);

  it("with the GIL, parks the threads waiting for it without waiting for them", async () => {
    const world = makeWorld({ gil: true });
    const [stopper] = await runWorkers(modules, world, [
      { scenario: "stopper", params: { slots: 0, stoppedMs: 20 } },
      { scenario: "spin", params: { durationMs: 150, work: 1000 } },
    ]);
    const r = stopper!.result as unknown as StopperResult;
    // The spinner, waiting for the GIL the stopper holds, is detached: parked on
    // the spot (had the stopper waited for it to reach a safepoint, it would wait forever).
    expect(r.statuses).toEqual([STATUS_SUSPENDED]);
    expect(r.stoppedAt).toBeGreaterThanOrEqual(r.requestedAt);
  }, 20000);
});
