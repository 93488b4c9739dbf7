// The build fills the bundle's code caches from a warm-up run in which each
// script writes its cache when its thread exits (src/boot/cached-script.ts).
// The worker of Python's main thread does not get to exit: the command ends
// the process as soon as the program has ended (src/cli/main.ts). So that
// worker writes its cache here, when the program ends, with all that a
// start-up compiles by then. In any other run there is nothing to do.
//
// The loader and the code it runs are separate scripts, with separate copies
// of this module: they meet on a global.

const CODE_CACHE_CHECKPOINT = Symbol.for("pygil.codeCacheCheckpoint");

type CheckpointHolder = { [CODE_CACHE_CHECKPOINT]?: () => void };

/** For the loader, in the warm-up run: how to write this thread's code cache. */
export function setCodeCacheCheckpoint(write: () => void): void {
  (globalThis as CheckpointHolder)[CODE_CACHE_CHECKPOINT] = write;
}

/** In the build's warm-up run, writes this thread's code cache now. */
export function codeCacheCheckpoint(): void {
  (globalThis as CheckpointHolder)[CODE_CACHE_CHECKPOINT]?.();
}
