// What the supervisor and the workers say to each other.

import type { RunOptions } from "../cli/options.js";

/** The main thread's worker starts with the heap and how to run the program. */
export interface MainThreadData {
  buffer: SharedArrayBuffer;
  filename: string;
  argv: string[];
  options: RunOptions;
}

/** Then it gets the program: the module's code object (a heap value) and its text, for tracebacks. */
export interface ProgramMessage {
  kind: "program";
  code: number;
  source: string;
}

export type WorkerReport = { kind: "exit"; status: number };
