// `pygil timeline`: draws a trace (--trace's Chrome trace-event JSON) in the
// terminal: one row per thread, one column per slice of time, a character
// for what the thread did for most of that slice:
//
//   █  holding the GIL (without the GIL: running)
//   ░  waiting for the GIL
//   ·  blocked (sleep, a lock, I/O)
//      not running Python (not started, finished, or between intervals)
//
// With colours when the output is a terminal (and NO_COLOR is not set), so a
// learner sees the GIL pass from row to row, the convoy of an I/O thread
// beside a CPU thread, and the parallel rows of the free-threaded mode.

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  tid: number;
  ts?: number;
  dur?: number;
  args?: { name?: string };
}

interface TraceFile {
  traceEvents: TraceEvent[];
  otherData?: { gil?: boolean };
}

type State = "running" | "waiting" | "blocked";

const SYMBOLS: Record<State | "idle", string> = { running: "█", waiting: "░", blocked: "·", idle: " " };
const COLOURS: Record<State, string> = { running: "\x1b[32m", waiting: "\x1b[31m", blocked: "\x1b[34m" };
const RESET = "\x1b[0m";
/** When two states cover a slice equally, the more telling one wins. */
const PRIORITY: State[] = ["running", "waiting", "blocked"];

export interface TimelineOptions {
  /** Characters per line in all. */
  width: number;
  colour: boolean;
}

/** The drawing of `trace`, ending with a newline. */
export function renderTimeline(trace: TraceFile, options: TimelineOptions): string {
  const names = new Map<number, string>();
  const intervals: { tid: number; state: State; start: number; end: number }[] = [];
  for (const e of trace.traceEvents) {
    if (e.ph === "M" && e.name === "thread_name") names.set(e.tid, e.args?.name ?? `Thread ${e.tid}`);
    if (e.ph === "X" && e.ts !== undefined && e.dur !== undefined) {
      intervals.push({ tid: e.tid, state: stateOf(e), start: e.ts, end: e.ts + e.dur });
    }
  }
  const tids = [...new Set([...intervals.map((i) => i.tid)])].sort((a, b) => a - b);
  if (tids.length === 0) return "the trace holds no intervals\n";
  const start = Math.min(...intervals.map((i) => i.start));
  const end = Math.max(...intervals.map((i) => i.end));
  const label = (tid: number) => names.get(tid) ?? `Thread ${tid}`;
  const labelWidth = Math.min(24, Math.max(...tids.map((t) => label(t).length)));
  const columns = Math.max(10, options.width - labelWidth - 3);
  const slice = (end - start) / columns || 1;
  const lines = [header(trace, end - start, columns, slice)];
  for (const tid of tids) {
    const cells = rowStates(intervals.filter((i) => i.tid === tid), start, slice, columns);
    const drawn = cells.map((s) => (s === "idle" ? " " : paint(s, options.colour))).join("");
    lines.push(`${label(tid).slice(0, labelWidth).padEnd(labelWidth)} |${drawn}|`);
  }
  lines.push(`${" ".repeat(labelWidth)}  ${axis(end - start, columns)}`);
  lines.push(legend(trace, options.colour));
  return `${lines.join("\n")}\n`;
}

function stateOf(e: TraceEvent): State {
  if (e.cat === "running" || e.name === "holding the GIL" || e.name === "running") return "running";
  if (e.cat === "waiting" || e.name === "waiting for the GIL") return "waiting";
  return "blocked";
}

/** For each column, the state that covers most of its slice of time. */
function rowStates(row: { state: State; start: number; end: number }[], origin: number, slice: number, columns: number): (State | "idle")[] {
  const cover = Array.from({ length: columns }, () => ({ running: 0, waiting: 0, blocked: 0 }));
  for (const { state, start, end } of row) {
    const first = Math.max(0, Math.floor((start - origin) / slice));
    const last = Math.min(columns - 1, Math.floor((end - origin) / slice));
    for (let c = first; c <= last; c++) {
      const from = Math.max(start, origin + c * slice);
      const to = Math.min(end, origin + (c + 1) * slice);
      if (to > from) cover[c]![state] += to - from;
    }
  }
  return cover.map((c) => {
    let best: State | "idle" = "idle";
    let most = 0;
    for (const s of PRIORITY) {
      if (c[s] > most) {
        best = s;
        most = c[s];
      }
    }
    return best;
  });
}

function paint(state: State, colour: boolean): string {
  return colour ? `${COLOURS[state]}${SYMBOLS[state]}${RESET}` : SYMBOLS[state];
}

function header(trace: TraceFile, spanUs: number, columns: number, slice: number): string {
  const mode = trace.otherData?.gil === false ? "free-threaded (no GIL)" : "with the GIL";
  return `timeline ${mode}: ${formatMs(spanUs)} in ${columns} columns of ${formatMs(slice)}`;
}

/** A ruler under the rows: 0 at the left, the total at the right. */
function axis(spanUs: number, columns: number): string {
  const left = "0 ms";
  const right = formatMs(spanUs);
  return left + right.padStart(columns + 2 - left.length);
}

function legend(trace: TraceFile, colour: boolean): string {
  const running = trace.otherData?.gil === false ? "running" : "holding the GIL";
  return `${paint("running", colour)} ${running}   ${paint("waiting", colour)} waiting for the GIL   ${paint("blocked", colour)} blocked (sleep, lock, I/O)`;
}

function formatMs(us: number): string {
  const ms = us / 1000;
  return ms >= 100 ? `${Math.round(ms)} ms` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(3)} ms`;
}
