// The time module's basics: time, monotonic, perf_counter, sleep.
//
// Monotonic clocks read process.hrtime, which has one origin for every
// worker, so the times of different threads can be compared.

import { NONE } from "../heap/layout.js";
import type { Thread } from "../vm/thread.js";
import { newDict, newString, newTuple } from "../vm/model.js";
import { newFloat, floatOf, fromNumber } from "../vm/int-values.js";
import { raiseException } from "../vm/exceptions.js";
import { installModuleFunctions, moduleFunction } from "./registry.js";
import { newModule } from "./builtins.js";
import { registerNativeModule } from "../vm/imports.js";
import { isNumber } from "../vm/numbers.js";
import { typeNameOf } from "../vm/model.js";
import { withoutGil } from "../vm/blocking.js";
import { sleepInterruptibly, takeKeyboardInterrupt } from "../threads/index.js";

const TIME = "time";

function seconds(): number {
  return Number(process.hrtime.bigint()) / 1e9;
}

moduleFunction(TIME, "time", (th) => newFloat(th, Date.now() / 1000));
moduleFunction(TIME, "time_ns", (th) => fromNumber(th, Date.now() * 1e6));
moduleFunction(TIME, "monotonic", (th) => newFloat(th, seconds()));
moduleFunction(TIME, "perf_counter", (th) => newFloat(th, seconds()));
moduleFunction(TIME, "process_time", (th) => newFloat(th, process.cpuUsage().user / 1e6));
moduleFunction(TIME, "perf_counter_ns", (th) => fromNumber(th, Number(process.hrtime.bigint())));
moduleFunction(TIME, "monotonic_ns", (th) => fromNumber(th, Number(process.hrtime.bigint())));
// time._local_offset(t): the local time zone's UTC offset in seconds, and its
// abbreviation, at POSIX time t (datetime's local times rest on it).
moduleFunction(TIME, "_local_offset", (th, args) => {
  const t = floatOf(th, args[0]!);
  const when = new Date(t * 1000);
  const offset = -when.getTimezoneOffset() * 60;
  const zone = when.toLocaleTimeString("en-US", { timeZoneName: "short" }).split(" ").pop() ?? "UTC";
  return newTuple(th, [fromNumber(th, offset), newString(th, zone)]);
});
moduleFunction(TIME, "sleep", (th, args) => {
  const v = args[0]!;
  if (!isNumber(th, v)) raiseException(th, "TypeError", `'${typeNameOf(th, v)}' object cannot be interpreted as an integer`);
  const s = floatOf(th, v);
  if (s < 0) raiseException(th, "ValueError", "sleep length must be non-negative");
  sleep(th, s);
  return NONE;
});

/**
 * time.sleep: the thread detaches (another takes the GIL) and sleeps on its
 * eval breaker, so that Ctrl-C wakes it at once and raises KeyboardInterrupt.
 * sleep(0) still drops the GIL, which lets a waiting thread run.
 */
function sleep(th: Thread, seconds: number): void {
  const interrupted = withoutGil(th, () => sleepInterruptibly(th.ts, seconds), "sleep");
  if (interrupted && takeKeyboardInterrupt(th.ts)) raiseException(th, "KeyboardInterrupt", "");
}

registerNativeModule(TIME, (th: Thread) => {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    const module = newModule(th, TIME, dict);
    th.pushRoot(module);
    installModuleFunctions(th, TIME, dict, module);
    th.popRoots(1);
    return module;
  } finally {
    th.popRoots(1);
  }
});
