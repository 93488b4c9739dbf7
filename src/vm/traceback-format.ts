// Formatting traceback entries exactly as CPython 3.13's traceback module
// does (StackSummary.format_frame_summary): the `File "x.py", line 7, in f`
// line, the source line, and the `^^^^`/`~~~^^^` marker line under the
// failing expression, with CPython's rules for when markers are shown (not
// when they would underline the whole line) and where the anchors go (the
// operator of a binary operation, the brackets of a subscript or call).
// Works on plain data; the parser needed for anchors is passed in.

import type { Expr, Mod, Stmt } from "../../grammar/ast.js";

export interface FrameEntry {
  filename: string;
  name: string;
  lineno: number;
  endLineno: number;
  /** Columns in UTF-16 units; -1 when unknown. */
  col: number;
  endCol: number;
}

export type Parse = (source: string) => Mod | null;

/** How many repetitions of one line are shown before "[Previous line repeated N more times]". */
const RECURSIVE_CUTOFF = 3;

function dedent(lines: string[]): string[] {
  let common: string | null = null;
  for (const line of lines) {
    if (line.trim() === "") continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (common === null) common = indent;
    else {
      let k = 0;
      while (k < common.length && k < indent.length && common[k] === indent[k]) k++;
      common = common.slice(0, k);
    }
  }
  const n = common?.length ?? 0;
  return lines.map((l) => (l.trim() === "" ? "" : l.slice(n)));
}

interface Anchors {
  leftEndLineno: number;
  leftEndOffset: number;
  rightStartLineno: number;
  rightStartOffset: number;
  primary: string;
  secondary: string;
}

function extractAnchors(segment: string, parse: Parse): Anchors | null {
  const tree = parse(`(\n${segment}\n)`);
  if (tree === null || tree.type !== "Module" || tree.body.length !== 1) return null;
  const lines = segment.split(/\r?\n/);
  const nextValid = (lineno: number, col: number): [number, number] => {
    while (lineno < lines.length && col >= lines[lineno]!.length) {
      col = 0;
      lineno++;
    }
    if (!(lineno < lines.length && col < lines[lineno]!.length)) throw new Error("no valid character");
    return [lineno, col];
  };
  const increment = (lineno: number, col: number) => nextValid(lineno, col + 1);
  const nextLine = (lineno: number) => nextValid(lineno + 1, 0);
  const incrementUntil = (lineno: number, col: number, stop: (ch: string) => boolean): [number, number] => {
    for (;;) {
      const ch = lines[lineno]![col]!;
      if (ch === "\\" || ch === "#") [lineno, col] = nextLine(lineno);
      else if (!stop(ch)) [lineno, col] = increment(lineno, col);
      else return [lineno, col];
    }
  };
  const setupPositions = (e: Expr, forceValid = true): [number, number] => {
    const lineno = e.end_lineno - 2;
    const col = e.end_col_offset;
    return forceValid ? nextValid(lineno, col) : [lineno, col];
  };
  const statement = tree.body[0]!;
  if (statement.type !== "Expr") return null;
  const expr = statement.value;
  const isSpace = (ch: string) => /\s/.test(ch);
  try {
    if (expr.type === "BinOp") {
      let [lineno, col] = setupPositions(expr.left);
      [lineno, col] = incrementUntil(lineno, col, (ch) => !isSpace(ch) && ch !== ")");
      let rightCol = col + 1;
      const right = expr.right;
      const line = lines[lineno]!;
      if (rightCol < line.length && (right.lineno - 2 > lineno || rightCol < right.col_offset)
        && !isSpace(line[rightCol]!) && !"\\#".includes(line[rightCol]!)) rightCol++;
      return { leftEndLineno: lineno, leftEndOffset: col, rightStartLineno: lineno, rightStartOffset: rightCol, primary: "~", secondary: "^" };
    }
    if (expr.type === "Subscript" || expr.type === "Call") {
      const inner = expr.type === "Subscript" ? expr.value : expr.func;
      const bracket = expr.type === "Subscript" ? "[" : "(";
      let [leftLineno, leftCol] = setupPositions(inner);
      [leftLineno, leftCol] = incrementUntil(leftLineno, leftCol, (ch) => ch === bracket);
      const [rightLineno, rightCol] = setupPositions(expr, false);
      return { leftEndLineno: leftLineno, leftEndOffset: leftCol, rightStartLineno: rightLineno, rightStartOffset: rightCol, primary: "~", secondary: "^" };
    }
  } catch {
    return null;
  }
  return null;
}

function shouldShowCarets(start: number, end: number, allLines: string[], anchors: Anchors | null, parse: Parse): boolean {
  const tree = parse(allLines.join("\n"));
  if (tree !== null && tree.type === "Module") {
    if (tree.body.length === 0) return false;
    const statement: Stmt = tree.body[0]!;
    let value: Expr | null = null;
    if (statement.type === "Return" && statement.value !== null && statement.value.type === "Call"
      && statement.value.func.type === "Name") value = statement.value;
    if (statement.type === "Assign" && statement.value.type === "Call" && statement.targets.length === 1
      && statement.targets[0]!.type === "Name") value = statement.value;
    if (value !== null && value.lineno === 1 && value.end_lineno === allLines.length
      && value.col_offset === start && value.end_col_offset === end) return false;
  }
  if (anchors !== null) return true;
  return allLines[0]!.slice(0, start).trim() !== "" || allLines[allLines.length - 1]!.slice(end).trim() !== "";
}

/** The lines CPython prints for one frame (each ending in a newline). */
export function formatFrame(entry: FrameEntry, sourceLines: string[] | null, parse: Parse): string {
  let out = `  File "${entry.filename}", line ${entry.lineno}, in ${entry.name}\n`;
  if (sourceLines === null || entry.lineno < 1 || entry.lineno > sourceLines.length) return out;
  const endLineno = Math.max(entry.endLineno, entry.lineno);
  const original = sourceLines.slice(entry.lineno - 1, Math.min(endLineno, sourceLines.length));
  if (original.join("").trim() === "") return out;
  if (entry.col < 0 || entry.endCol < 0) {
    return out + `    ${original[0]!.trim()}\n`;
  }
  const dedented = dedent(original.map((l) => l.replace(/\r$/, "")));
  const allLines = dedented;
  const firstOriginal = original[0]!;
  const dedentChars = firstOriginal.length - firstOriginal.replace(/^[ \t]*/, "").length - (allLines[0]!.length - allLines[0]!.replace(/^[ \t]*/, "").length);
  const start = Math.max(0, entry.col - dedentChars);
  const end = Math.max(0, entry.endCol - dedentChars);
  const joined = allLines.join("\n");
  const segment = joined.slice(start, joined.length - (allLines[allLines.length - 1]!.length - end));
  let anchors: Anchors | null = null;
  try {
    anchors = extractAnchors(segment, parse);
  } catch {
    anchors = null;
  }
  const showCarets = shouldShowCarets(start, end, allLines, anchors, parse);
  const significant = new Set<number>([0, allLines.length - 1]);
  let leftEnd = 0;
  let rightStart = 0;
  if (anchors !== null) {
    leftEnd = anchors.leftEndOffset + (anchors.leftEndLineno === 0 ? start : 0);
    rightStart = anchors.rightStartOffset + (anchors.rightStartLineno === 0 ? start : 0);
    for (const l of [anchors.leftEndLineno - 1, anchors.leftEndLineno, anchors.leftEndLineno + 1,
      anchors.rightStartLineno - 1, anchors.rightStartLineno, anchors.rightStartLineno + 1]) significant.add(l);
  }
  significant.delete(-1);
  significant.delete(allLines.length);
  const result: string[] = [];
  const outputLine = (lineno: number) => {
    const line = allLines[lineno]!;
    result.push(line + "\n");
    if (!showCarets) return;
    const numSpaces = line.length - line.replace(/^\s+/, "").length;
    const numCarets = lineno === allLines.length - 1 ? end : line.length;
    let carets = "";
    for (let col = 0; col < numCarets; col++) {
      if (col < numSpaces || (lineno === 0 && col < start)) carets += " ";
      else if (anchors !== null
        && (lineno > anchors.leftEndLineno || (lineno === anchors.leftEndLineno && col >= leftEnd))
        && (lineno < anchors.rightStartLineno || (lineno === anchors.rightStartLineno && col < rightStart))) {
        carets += anchors.secondary;
      } else carets += anchors !== null ? anchors.primary : "^";
    }
    result.push(carets + "\n");
  };
  const sorted = [...significant].filter((l) => l >= 0 && l < allLines.length).sort((a, b) => a - b);
  sorted.forEach((lineno, i) => {
    if (i > 0) {
      const diff = lineno - sorted[i - 1]!;
      if (diff === 2) outputLine(lineno - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...\n`);
    }
    outputLine(lineno);
  });
  const block = dedent(result.join("").split("\n").slice(0, -1)).map((l) => `    ${l}\n`).join("");
  return out + block;
}

/** The frames of a traceback, with CPython's folding of repeated lines. */
export function formatStack(entries: FrameEntry[], sourceOf: (filename: string) => string[] | null, parse: Parse): string {
  let out = "";
  let lastFile: string | null = null;
  let lastLine: number | null = null;
  let lastName: string | null = null;
  let count = 0;
  const flushRepeats = () => {
    if (count > RECURSIVE_CUTOFF) {
      const more = count - RECURSIVE_CUTOFF;
      out += `  [Previous line repeated ${more} more time${more > 1 ? "s" : ""}]\n`;
    }
  };
  for (const entry of entries) {
    if (lastFile !== entry.filename || lastLine !== entry.lineno || lastName !== entry.name) {
      flushRepeats();
      lastFile = entry.filename;
      lastLine = entry.lineno;
      lastName = entry.name;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out += formatFrame(entry, sourceOf(entry.filename), parse);
  }
  flushRepeats();
  return out;
}
