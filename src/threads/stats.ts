// What --gil-stats reports: the GIL's settings and switch count, and every
// thread's counters (thread-state.ts), read from the heap by any worker or by
// the supervisor at exit. Reading takes no lock: a running thread's counters
// may be a batch behind.

import type { Heap } from "../heap/heap.js";
import { getSwitchInterval, gilEnabled, gilSwitchNumber } from "./gil.js";
import { allThreadStats, type ThreadStats } from "./thread-state.js";

export interface GilReport {
  /** False in the free-threaded mode: then every GIL counter is 0. */
  gilEnabled: boolean;
  /** sys.getswitchinterval(), in seconds. */
  switchInterval: number;
  /** How many times the GIL was taken, by any thread. */
  switches: number;
  /** Every thread ever created, in creation order, finished ones included. */
  threads: ThreadStats[];
  /** Sums over the threads. */
  totals: Omit<ThreadStats, "id" | "nativeId" | "status">;
}

export function gilReport(heap: Heap): GilReport {
  const threads = allThreadStats(heap);
  const total = (pick: (t: ThreadStats) => number) => threads.reduce((sum, t) => sum + pick(t), 0);
  return {
    gilEnabled: gilEnabled(heap),
    switchInterval: getSwitchInterval(heap),
    switches: gilSwitchNumber(heap),
    threads,
    totals: {
      instructions: total((t) => t.instructions),
      gilAcquisitions: total((t) => t.gilAcquisitions),
      dropRequests: total((t) => t.dropRequests),
      forcedSwitches: total((t) => t.forcedSwitches),
      gilWaitNs: total((t) => t.gilWaitNs),
      gilHoldNs: total((t) => t.gilHoldNs),
    },
  };
}
