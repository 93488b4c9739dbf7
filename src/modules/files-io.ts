// The system calls behind file objects, run with the GIL released.
//
// Node has no lseek, so every read and write names its file offset; the
// offset itself lives in the file object in the heap, which lets a file
// opened by one thread be used by another. The callbacks given to
// withoutGil touch no heap memory: they take and return JavaScript values.

import { fstatSync, ftruncateSync, readSync, writeSync } from "node:fs";
import type { Thread } from "../vm/thread.js";
import { withoutGil } from "../vm/blocking.js";

const CHUNK = 64 * 1024;

/** Runs `work` detached when the thread has a thread state (always, except while the heap is being set up). */
function blocking<T>(th: Thread, work: () => T): T {
  return th.ts === undefined ? work() : withoutGil(th, work, "I/O");
}

/** Up to `length` bytes at `position`; fewer only at the end of the file. */
export function readAt(th: Thread, fd: number, length: number, position: number): Uint8Array {
  return blocking(th, () => {
    const data = new Uint8Array(length);
    let got = 0;
    while (got < length) {
      const n = readSync(fd, data, got, length - got, position + got);
      if (n === 0) break;
      got += n;
    }
    return data.subarray(0, got);
  });
}

/** Every byte from `position` to the end of the file. */
export function readToEnd(th: Thread, fd: number, position: number): Uint8Array {
  return blocking(th, () => {
    const chunks: Buffer[] = [];
    let at = position;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, at);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      at += n;
    }
    return new Uint8Array(Buffer.concat(chunks));
  });
}

/** Writes all of `data` at `position`, or at the end of the file when `position` is null (append mode). */
export function writeAt(th: Thread, fd: number, data: Uint8Array, position: number | null): void {
  blocking(th, () => {
    let done = 0;
    while (done < data.length) {
      done += writeSync(fd, data, done, data.length - done, position === null ? null : position + done);
    }
  });
}

/** The file's size in bytes. */
export function fileSize(fd: number): number {
  return fstatSync(fd).size;
}

/** Whether the open file is a directory (open(2) succeeds on one for reading; Python refuses it). */
export function isDirectory(fd: number): boolean {
  return fstatSync(fd).isDirectory();
}

/** Whether the file supports seeking: regular files and block devices do, pipes and terminals do not. */
export function isSeekable(fd: number): boolean {
  const st = fstatSync(fd);
  return st.isFile() || st.isBlockDevice() || st.isDirectory();
}

export function truncate(fd: number, size: number): void {
  ftruncateSync(fd, size);
}
