// Thread states, the switch interval and the eval breaker on one thread:
// everything that needs no contention (the workers' tests cover that).

import { describe, expect, it } from "vitest";
import { collect, createHeap, verifyHeap } from "../../src/heap/index.js";
import { createEmptyHeap } from "../../src/heap/heap.js";
import { newStr, strValue } from "../../src/objects/str.js";
import {
  attach, detach, dropGil, evalBreakerCheck, exitThread, getSwitchInterval, gilHolder, gilSwitchNumber,
  setGilEnabled, setSwitchInterval, takeGil,
} from "../../src/threads/gil.js";
import {
  requestKeyboardInterrupt, scheduleCollection, setAsyncException, sleepInterruptibly, takeAsyncException,
  takeCollectionRequest, takeKeyboardInterrupt,
} from "../../src/threads/interrupts.js";
import {
  ASYNC_EXCEPTION, GC_SCHEDULED, GIL_DROP_REQUEST, SIGNALS_PENDING, STATUS_ATTACHED, STATUS_DETACHED, STATUS_FINISHED,
  TS_EVAL_BREAKER,
} from "../../src/threads/layout.js";
import {
  allThreadStates, createThreadState, findThreadState, finishThreadState, isGilHolder, setVmSlot, threadName,
  threadStateAddresses, threadStats, threadStatus, vmSlot,
} from "../../src/threads/thread-state.js";

const smallHeap = () => createEmptyHeap({ initialBytes: 1 << 18, maxBytes: 1 << 22 });

describe("the thread table", () => {
  it("gives every thread state a fresh id and lists them in creation order, growing as needed", () => {
    const heap = smallHeap();
    const states = Array.from({ length: 40 }, () => createThreadState(heap));
    expect(states.map((s) => s.id)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(threadStateAddresses(heap)).toEqual(states.map((s) => s.addr));
    expect(allThreadStates(heap).map((s) => s.id)).toEqual(states.map((s) => s.id));
    expect(findThreadState(heap, 33)?.addr).toBe(states[32]!.addr);
    expect(findThreadState(heap, 41)).toBeUndefined();
    expect(new Set(states.map((s) => s.addr)).size).toBe(40);
    expect(threadStatus(states[0]!)).toBe(STATUS_DETACHED);
    expect(threadStats(states[0]!)).toEqual({
      id: 1, nativeId: -1, status: "detached", instructions: 0, gilAcquisitions: 0, dropRequests: 0,
      forcedSwitches: 0, gilWaitNs: 0, gilHoldNs: 0,
    });
  });

  it("keeps thread states, their names and pending exceptions alive across a collection", () => {
    const heap = createHeap({ initialBytes: 1 << 20, maxBytes: 1 << 24 });
    const states = Array.from({ length: 20 }, (_, i) => createThreadState(heap, newStr(heap, `Thread-${i + 1}`)));
    setAsyncException(states[3]!, newStr(heap, "pending"));
    setVmSlot(states[5]!, 2, newStr(heap, "kept by the interpreter"));
    newStr(heap, "garbage");
    const stats = collect(heap);
    expect(stats.freedBytes).toBeGreaterThan(0);
    expect(verifyHeap(heap)).toEqual([]);
    expect(threadStateAddresses(heap)).toEqual(states.map((s) => s.addr));
    expect(states.map((s) => strValue(heap, threadName(s)))).toEqual(states.map((_, i) => `Thread-${i + 1}`));
    expect(strValue(heap, vmSlot(states[5]!, 2))).toBe("kept by the interpreter");
    expect(strValue(heap, takeAsyncException(states[3]!))).toBe("pending");
    expect(() => vmSlot(states[0]!, 6)).toThrow(RangeError);
  });
});

describe("the switch interval", () => {
  it("defaults to 5 ms and keeps whole microseconds, as CPython does", () => {
    const heap = smallHeap();
    expect(getSwitchInterval(heap)).toBe(0.005);
    setSwitchInterval(heap, 0.001);
    expect(getSwitchInterval(heap)).toBe(0.001);
    // CPython 3.13 prints 0.0012339999999999999 and 0.0 for these.
    setSwitchInterval(heap, 0.0012345678);
    expect(getSwitchInterval(heap)).toBe(0.0012339999999999999);
    setSwitchInterval(heap, 1e-7);
    expect(getSwitchInterval(heap)).toBe(0);
    expect(() => setSwitchInterval(heap, 0)).toThrow("switch interval must be strictly positive");
    expect(() => setSwitchInterval(heap, Number.NaN)).toThrow(RangeError);
  });
});

describe("one thread and the GIL", () => {
  it("takes and drops an uncontended GIL, counting the acquisition and the time held", () => {
    const heap = smallHeap();
    const ts = createThreadState(heap);
    attach(ts);
    expect(threadStatus(ts)).toBe(STATUS_ATTACHED);
    expect(gilHolder(heap)).toBe(ts.id);
    expect(isGilHolder(ts)).toBe(true);
    const started = process.hrtime.bigint();
    while (process.hrtime.bigint() - started < 2_000_000n);
    detach(ts);
    expect(threadStatus(ts)).toBe(STATUS_DETACHED);
    expect(gilHolder(heap)).toBe(0);
    const stats = threadStats(ts);
    expect(stats.gilAcquisitions).toBe(1);
    expect(stats.gilHoldNs).toBeGreaterThanOrEqual(2e6);
    expect(gilSwitchNumber(heap)).toBe(1);
    expect(() => detach(ts)).toThrow("detaches without being attached");
    expect(() => dropGil(ts)).toThrow("does not hold");
    takeGil(ts);
    expect(() => takeGil(ts)).toThrow("already holds");
  });

  it("answers a safepoint with one load when nothing is pending, and hands the interpreter its own bits", () => {
    const heap = smallHeap();
    const ts = createThreadState(heap);
    attach(ts);
    expect(evalBreakerCheck(ts)).toBe(0);
    requestKeyboardInterrupt(ts);
    setAsyncException(ts, 7);
    scheduleCollection(ts);
    expect(evalBreakerCheck(ts)).toBe(SIGNALS_PENDING | ASYNC_EXCEPTION | GC_SCHEDULED);
    expect(takeKeyboardInterrupt(ts)).toBe(true);
    expect(takeKeyboardInterrupt(ts)).toBe(false);
    expect(takeAsyncException(ts)).toBe(7);
    expect(takeAsyncException(ts)).toBe(0);
    expect(takeCollectionRequest(ts)).toBe(true);
    expect(evalBreakerCheck(ts)).toBe(0);
  });

  it("drops and retakes the GIL for a drop request, without waiting when nobody wants it", () => {
    const heap = smallHeap();
    const ts = createThreadState(heap);
    attach(ts);
    Atomics.or(heap.i32, ts.addr + TS_EVAL_BREAKER, GIL_DROP_REQUEST);
    expect(evalBreakerCheck(ts)).toBe(0);
    expect(heap.i32[ts.addr + TS_EVAL_BREAKER]).toBe(0);
    expect(isGilHolder(ts)).toBe(true);
    expect(threadStatus(ts)).toBe(STATUS_ATTACHED);
    expect(threadStats(ts)).toMatchObject({ gilAcquisitions: 2, forcedSwitches: 1 });
    expect(gilSwitchNumber(heap)).toBe(2);
  });

  it("finishes only detached threads", () => {
    const heap = smallHeap();
    const ts = createThreadState(heap);
    attach(ts);
    expect(() => finishThreadState(ts)).toThrow("must detach");
    exitThread(ts);
    expect(threadStatus(ts)).toBe(STATUS_FINISHED);
    expect(threadStats(ts).status).toBe("finished");
    expect(gilHolder(heap)).toBe(0);
  });

  it("sleeps the whole time when nothing interrupts, and not at all when an interrupt is already pending", () => {
    const heap = smallHeap();
    const ts = createThreadState(heap);
    const started = process.hrtime.bigint();
    expect(sleepInterruptibly(ts, 0.02)).toBe(false);
    expect(Number(process.hrtime.bigint() - started)).toBeGreaterThanOrEqual(19.9e6);
    requestKeyboardInterrupt(ts);
    expect(sleepInterruptibly(ts, 10)).toBe(true);
  });
});

describe("the free-threaded switch", () => {
  it("makes attach and detach change only the status, with no GIL activity", () => {
    const heap = smallHeap();
    setGilEnabled(heap, false);
    const ts = createThreadState(heap);
    attach(ts);
    expect(threadStatus(ts)).toBe(STATUS_ATTACHED);
    expect(gilHolder(heap)).toBe(0);
    detach(ts);
    expect(gilSwitchNumber(heap)).toBe(0);
    expect(threadStats(ts)).toMatchObject({ gilAcquisitions: 0, gilHoldNs: 0, gilWaitNs: 0 });
  });
});
