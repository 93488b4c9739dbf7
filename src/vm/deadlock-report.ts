// The report of a deadlock: every thread waits, without a timeout, for a
// lock that only another waiting thread could release (src/threads/waiting.ts
// finds it). CPython would hang; pygil prints each thread's Python stack, the
// way faulthandler does, and exits with status 3.
//
// The reporting thread is detached, but every other thread is blocked for
// good, so nothing changes the heap while the stacks are read; nothing here
// allocates.

import { writeText, STDERR } from "../runtime/output.js";
import { CODE_FILENAME, CODE_NAME, CODE_POSITIONS, HEADER_WORDS } from "../heap/layout.js";
import { STATUS_FINISHED, threadStateAddresses } from "../threads/index.js";
import { TS_ID, TS_NAME, TS_STATUS, TS_VM_SLOTS } from "../threads/layout.js";
import { F_CODE, F_PC, F_PREVIOUS, untagged } from "./frame.js";
import { isStr, jsString } from "./model.js";
import { SLOT_SEGMENT } from "./safepoint.js";
import { Thread } from "./thread.js";

/** The exit status of a program stopped by a deadlock. */
export const DEADLOCK_STATUS = 3;

/** Hooks the runtime sets: how to end the process from this worker. */
export const deadlockHooks = { exit: (_status: number): void => {} };

export function reportDeadlock(th: Thread): void {
  let text = "Fatal: deadlock, all threads are blocked\n";
  for (const addr of threadStateAddresses(th.heap)) {
    const i32 = th.heap.i32;
    if (Atomics.load(i32, addr + TS_STATUS) === STATUS_FINISHED) continue;
    const segment = i32[addr + TS_VM_SLOTS + SLOT_SEGMENT]!;
    if (segment === 0) continue;
    text += `\n${threadTitle(th, addr)} (most recent call first):\n`;
    text += stackLines(th, new Thread(th.heap, segment));
  }
  writeText(STDERR, text);
  deadlockHooks.exit(DEADLOCK_STATUS);
}

function threadTitle(th: Thread, addr: number): string {
  const i32 = th.heap.i32;
  const name = i32[addr + TS_NAME]!;
  const label = name !== 0 && isStr(th, name) ? ` "${jsString(th, name)}"` : "";
  return `Thread ${i32[addr + TS_ID]}${label}`;
}

function stackLines(th: Thread, view: Thread): string {
  const i32 = th.heap.i32;
  let lines = "";
  for (let f = view.topFrame; f !== 0; f = untagged(i32[f + F_PREVIOUS]!)) {
    const code = i32[f + F_CODE]!;
    const lasti = Math.max(untagged(i32[f + F_PC]!) - 1, 0);
    const line = i32[i32[code + CODE_POSITIONS]! + HEADER_WORDS + 4 * lasti]!;
    lines += `  File "${jsString(th, i32[code + CODE_FILENAME]!)}", line ${line} in ${jsString(th, i32[code + CODE_NAME]!)}\n`;
  }
  return lines;
}
