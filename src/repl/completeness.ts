// Whether the lines typed at the prompt make a statement to run yet, the
// question CPython's codeop answers:
//
//   - only blank lines and comments: nothing to run;
//   - a compound statement (if, for, def, class, a decorator, ...): it goes
//     on until an empty line;
//   - otherwise it runs as soon as it parses; a parse that fails only
//     because the input stopped early (an open bracket or triple-quoted
//     string, a trailing backslash) asks for more lines;
//   - any other syntax error is reported at once.

import { PySyntaxError } from "../../grammar/errors.js";
import { compile } from "../compiler/index.js";

export type Verdict = { kind: "empty" } | { kind: "more" } | { kind: "complete" } | { kind: "error"; error: PySyntaxError };

const COMPOUND = /^(if|while|for|try|with|def|class|async|match|@)\b|^@/;

/** Messages of errors that more input could fix. */
const UNFINISHED = /was never closed|unterminated triple-quoted|unexpected EOF|incomplete input|expected an indented block/;

export function verdict(lines: string[]): Verdict {
  const meaningful = lines.filter((l) => l.trim() !== "" && !l.trim().startsWith("#"));
  if (meaningful.length === 0) return { kind: "empty" };
  const source = lines.join("\n");
  const compound = COMPOUND.test(meaningful[0]!.trimStart());
  // A compound statement (or anything after a blank-terminated block) ends with an empty line.
  if (compound && lines.at(-1)!.trim() !== "") return { kind: "more" };
  try {
    compile(`${source}\n`, "<stdin>", "single");
    return { kind: "complete" };
  } catch (err) {
    if (!(err instanceof PySyntaxError)) throw err;
    if (UNFINISHED.test(err.msg) && lines.at(-1)!.trim() !== "" || source.endsWith("\\")) return { kind: "more" };
    return { kind: "error", error: err };
  }
}
