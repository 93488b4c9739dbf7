// The interactive prompt, on the supervisor: reads lines, shows `>>> ` and
// `... `, decides when a statement is complete (completeness.ts), reports
// syntax errors itself, and hands each complete statement to Python's main
// thread to run. Line editing and history come from node:readline when the
// input is a terminal; with piped input, the prompts go to stderr, as
// CPython's do.
//
// Ctrl-C while typing drops the lines typed so far; while a statement runs,
// it raises KeyboardInterrupt in the main thread (`interrupt`). Ctrl-D (end
// of input) leaves.

import { createInterface } from "node:readline";
import { formatSyntaxError } from "../../grammar/errors.js";
import { writeText, STDERR, STDOUT } from "../runtime/output.js";
import { verdict } from "./completeness.js";

export interface SessionHooks {
  /** Runs a statement in the main thread; resolves with an exit status when the program ended (SystemExit), else null. */
  run(source: string): Promise<number | null>;
  /** Ctrl-C while a statement runs. */
  interrupt(): void;
}

const PS1 = ">>> ";
const PS2 = "... ";

/** Runs the prompt until end of input or SystemExit; resolves with the exit status. */
export async function interactiveSession(hooks: SessionHooks, banner: string | null): Promise<number> {
  const terminal = process.stdin.isTTY === true;
  const promptFd = terminal ? STDOUT : STDERR;
  const rl = createInterface({ input: process.stdin, output: terminal ? process.stdout : undefined, terminal, historySize: 1000 });
  if (banner !== null) writeText(STDERR, banner);
  let lines: string[] = [];
  let running = false;
  const prompt = () => {
    const text = lines.length === 0 ? PS1 : PS2;
    if (terminal) {
      rl.setPrompt(text);
      rl.prompt();
    } else {
      writeText(promptFd, text);
    }
  };
  rl.on("SIGINT", () => {
    if (running) return hooks.interrupt();
    lines = [];
    // Drops what was typed on the current line too (readline's Ctrl-U).
    rl.write(null, { ctrl: true, name: "u" });
    writeText(promptFd, "\nKeyboardInterrupt\n");
    prompt();
  });
  prompt();
  try {
    for await (const line of rl) {
      lines.push(line);
      const v = verdict(lines);
      if (v.kind === "more") {
        prompt();
        continue;
      }
      const source = lines.join("\n");
      lines = [];
      if (v.kind === "error") writeText(STDERR, formatSyntaxError(v.error));
      if (v.kind === "complete") {
        running = true;
        const status = await hooks.run(source);
        running = false;
        if (status !== null) return status;
      }
      prompt();
    }
    writeText(promptFd, "\n");
    return 0;
  } finally {
    rl.close();
  }
}
