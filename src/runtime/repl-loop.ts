// The interactive prompt's other half, in Python's main thread: waits
// (detached, so other threads run) for each statement the supervisor read
// (src/repl/session.ts), compiles it in "single" mode, so that expression
// statements print their value, and runs it in __main__. An exception
// prints its traceback and the prompt goes on; SystemExit ends the program.

import { codeToHeap } from "../objects/code.js";
import { attach, detach } from "../threads/index.js";
import { flushInstructionCount } from "../vm/blocking.js";
import { PyRaise, toPyException } from "../vm/exceptions.js";
import { builtinType, isSubtype, typeOfValue } from "../vm/model.js";
import { runCode } from "../vm/run-code.js";
import type { Thread } from "../vm/thread.js";
import { registerSource } from "../vm/traceback.js";
import { builtinsDict } from "../vm/vm-roots.js";
import type { ReplMessage } from "./protocol.js";
import { frontend } from "./frontend.js";
import { issueCodeWarnings } from "../vm/compile-warnings.js";

export interface PromptChannel {
  /** Tells the supervisor the prompt may be shown. */
  ready(): void;
  /** The next statement, or the end of input. */
  next(): Promise<ReplMessage>;
  /** Prints an uncaught exception; returns the exit status it means. */
  report(err: unknown): Promise<number>;
}

/** Runs statements until the end of input (null) or SystemExit (its exit status). */
export async function interactiveLoop(th: Thread, globals: number, channel: PromptChannel): Promise<number | null> {
  const { compileWithWarnings } = frontend();
  for (;;) {
    flushInstructionCount(th);
    detach(th.ts);
    channel.ready();
    const message = await channel.next();
    attach(th.ts);
    if (message.kind === "repl-end") return null;
    registerSource("<stdin>", message.source);
    try {
      const compiled = compileWithWarnings(`${message.source}\n`, "<stdin>", "single");
      const code = issueCodeWarnings(th, codeToHeap(th.heap, compiled.code), "<stdin>", compiled.warnings);
      runCode(th, code, globals, builtinsDict(th), globals);
    } catch (err) {
      const exc = (err instanceof PyRaise ? err : toPyException(th, err)).exc;
      const status = await channel.report(new PyRaise(exc));
      if (isSubtype(th, typeOfValue(th, exc), builtinType(th, "SystemExit"))) return status;
    }
  }
}
