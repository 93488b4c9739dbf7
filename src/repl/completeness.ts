// Whether the lines typed at the prompt make a statement to run yet, the
// question CPython's codeop answers:
//
//   - only blank lines and comments: nothing to run;
//   - a compound statement (if, for, def, class, a decorator, ...): it goes
//     on until an empty line, unless a line already makes it wrong (as
//     `if x = 1:`), which is reported at once, as CPython does;
//   - otherwise it runs as soon as it parses; a parse that fails only
//     because the input stopped early (an open bracket or triple-quoted
//     string, a trailing backslash) asks for more lines;
//   - any other syntax error is reported at once.

import { PySyntaxError } from "../../grammar/errors.js";
import { compile } from "../compiler/index.js";

export type Verdict = { kind: "empty" } | { kind: "more" } | { kind: "complete" } | { kind: "error"; error: PySyntaxError };

const COMPOUND = /^(if|while|for|try|with|def|class|async|match|@)\b|^@/;

/** Messages of errors that more input could fix. */
const UNFINISHED = /was never closed|unterminated triple-quoted|unexpected EOF|incomplete input|expected an indented block|expected 'except' or 'finally' block/;

export function verdict(lines: string[]): Verdict {
  const meaningful = lines.filter((l) => l.trim() !== "" && !l.trim().startsWith("#"));
  if (meaningful.length === 0) return { kind: "empty" };
  const source = lines.join("\n");
  const compound = COMPOUND.test(meaningful[0]!.trimStart());
  // A compound statement ends with an empty line; until then only an error
  // that more lines could not mend is reported.
  if (compound && lines.at(-1)!.trim() !== "") {
    const error = syntaxErrorOf(source);
    return error === null || couldContinue(error, lines) ? { kind: "more" } : { kind: "error", error: asTyped(error) };
  }
  try {
    compile(`${source}\n`, "<stdin>", "single");
    return { kind: "complete" };
  } catch (err) {
    if (!(err instanceof PySyntaxError)) throw err;
    if (UNFINISHED.test(err.msg) && lines.at(-1)!.trim() !== "" || source.endsWith("\\")) return { kind: "more" };
    return { kind: "error", error: err };
  }
}

function syntaxErrorOf(source: string): PySyntaxError | null {
  try {
    compile(`${source}\n`, "<stdin>", "single");
    return null;
  } catch (err) {
    if (!(err instanceof PySyntaxError)) throw err;
    return err;
  }
}

/** Whether the block's error is only that its input stopped: at the very end, or of the unfinished kind. */
function couldContinue(error: PySyntaxError, lines: string[]): boolean {
  if (UNFINISHED.test(error.msg)) return true;
  const last = lines.at(-1)!;
  const atEnd = error.lineno > lines.length
    || (error.lineno === lines.length && (error.offset === 0 || error.offset > last.trimEnd().length));
  return error.msg === "invalid syntax" && atEnd;
}

/**
 * A statement typed after a block without the empty line that ends it: the
 * compiler's "single" mode calls that "multiple statements", but CPython's
 * prompt, reading line by line, finds the new line's first token invalid.
 */
function asTyped(error: PySyntaxError): PySyntaxError {
  if (!error.msg.startsWith("multiple statements found")) return error;
  return new PySyntaxError({ ...error, msg: "invalid syntax" });
}
