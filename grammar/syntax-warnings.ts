// The SyntaxWarnings of compiling: CPython's parser and compiler warn, and
// go on, about code that is valid but almost certainly not what was meant:
// an invalid escape sequence in a literal ("\d" where a raw string was
// meant), `is` with a literal, an assertion on a parenthesized tuple.
//
// Parsing and compiling run synchronously, so the warnings of one
// compilation are gathered here while it runs (collectSyntaxWarnings) and
// handed to the caller, who shows them as CPython does: through the
// warnings module when a program compiles code (import, exec, compile()),
// straight to stderr for the program itself. Parser warnings come first,
// in source order, then the compiler's, as CPython reports them.

export interface CompileWarning {
  line: number;
  message: string;
}

let sink: CompileWarning[] | null = null;
/** Where each warning was raised, so that a literal decoded twice (a parser retrying) warns once. */
let seen: Set<string> | null = null;

/** Runs `compile` gathering the warnings it raises. */
export function collectSyntaxWarnings<T>(compile: () => T): { result: T; warnings: CompileWarning[] } {
  const outerSink = sink;
  const outerSeen = seen;
  const warnings: CompileWarning[] = [];
  sink = warnings;
  seen = new Set();
  try {
    return { result: compile(), warnings };
  } finally {
    sink = outerSink;
    seen = outerSeen;
  }
}

/**
 * Records a warning at `line`. A parser warning names the literal it is
 * about (`where`), so that decoding it again does not repeat it; the
 * compiler's warn each time they are raised, as CPython's do.
 */
export function warnSyntax(line: number, message: string, where?: string): void {
  if (sink === null) return;
  if (where !== undefined) {
    const key = `${where}:${message}`;
    if (seen!.has(key)) return;
    seen!.add(key);
  }
  sink.push({ line, message });
}

/** A warning as the warnings module prints it: `file:line: SyntaxWarning: message`, then the line. */
export function formatSyntaxWarning(filename: string, warning: CompileWarning, source: string | null): string {
  let text = `${filename}:${warning.line}: SyntaxWarning: ${warning.message}\n`;
  const line = source?.split(/\r\n|\r|\n/)[warning.line - 1]?.trim();
  if (line) text += `  ${line}\n`;
  return text;
}
