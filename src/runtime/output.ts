// Writing to the process's stdout and stderr from any thread.
//
// Every write is one `fs.writeSync` call per chunk the kernel accepts, so a
// line printed by one thread is never interleaved with another's. A pipe
// whose reader is slow makes `writeSync` fail with EAGAIN: the writer waits a
// moment and tries again, as often as needed, so no output is ever dropped.
// Workers wait with `Atomics.wait` on a private word; the supervisor must never
// block that way, so there the retry spins on the clock instead (it writes
// only its own short messages).

import { writeSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

const pauseWord = new Int32Array(new SharedArrayBuffer(4));
const RETRY_PAUSE_MS = 1;

function pause(): void {
  if (isMainThread) {
    const until = Date.now() + RETRY_PAUSE_MS;
    while (Date.now() < until) { /* the supervisor may not use Atomics.wait */ }
  } else {
    Atomics.wait(pauseWord, 0, 0, RETRY_PAUSE_MS);
  }
}

function isRetryable(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === "EAGAIN" || code === "EWOULDBLOCK";
}

/** Writes all of `bytes` to `fd`, retrying on EAGAIN. */
export function writeAllBytes(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (err) {
      if (!isRetryable(err)) throw err;
      pause();
    }
  }
}

const encoder = new TextEncoder();

/** Writes `text` as UTF-8 to `fd`; an empty string writes nothing. */
export function writeText(fd: number, text: string): void {
  if (text.length === 0) return;
  writeAllBytes(fd, encoder.encode(text));
}

export const STDOUT = 1;
export const STDERR = 2;
