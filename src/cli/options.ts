// The options that shape a run, gathered from the command line, `-X` options
// and the environment, in CPython's order of precedence: `-X gil=…` wins over
// PYTHON_GIL, which wins over the default (the GIL on).

export interface RunOptions {
  /** false with --disable-gil, -X gil=0 or PYTHON_GIL=0. */
  gil: boolean;
  /** The GIL's switch interval in seconds (CPython's default is 5 ms). */
  switchInterval: number;
  /** The most bytes the heap may grow to. */
  maxHeap: number;
  /** Collect at every safepoint, to find missing roots. */
  gcStress: boolean;
  /** Check every object and reference after each collection. */
  verifyHeap: boolean;
  /** Enter the REPL after the program ends. */
  inspect: boolean;
  /** Print the GIL statistics of every thread at exit. */
  gilStats: boolean;
  /** Write a Chrome trace-event file of every thread's intervals here, or null. */
  trace: string | null;
  /** Write the run's CPU time and GIL totals here as JSON, for `pygil compare`, or null. */
  runReport: string | null;
  /** The module `-m` runs as __main__ (`pkg.__main__` for a package), else null. */
  mainModule: string | null;
}

export class UsageError extends Error {}

const SIZE_UNITS: Record<string, number> = { "": 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 };

/** `512M`, `2g`, `1048576` → bytes. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(text.trim());
  if (m === null) throw new UsageError(`invalid size: '${text}' (try 512M or 2G)`);
  return Math.floor(Number(m[1]) * SIZE_UNITS[m[2]!.toLowerCase()]!);
}

/** The GIL setting from `-X gil=…` options, else PYTHON_GIL, else on. */
export function gilSetting(xOptions: string[], env: NodeJS.ProcessEnv, disableGil: boolean): boolean {
  if (disableGil) return false;
  for (const x of xOptions.slice().reverse()) {
    if (x.startsWith("gil=")) return parseGilValue(x.slice(4), "-X gil");
  }
  const fromEnv = env.PYTHON_GIL;
  if (fromEnv !== undefined && fromEnv !== "") return parseGilValue(fromEnv, "PYTHON_GIL");
  return true;
}

function parseGilValue(value: string, where: string): boolean {
  if (value === "0") return false;
  if (value === "1") return true;
  throw new UsageError(`${where}=${value} is not valid: use 0 (off) or 1 (on)`);
}

export function parseSwitchInterval(ms: string): number {
  const n = Number(ms);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`invalid switch interval: '${ms}' (milliseconds, above 0)`);
  return n / 1000;
}
