// Printing an uncaught exception as CPython 3.13 does: the chain of causes
// and contexts oldest first, each with its traceback and its
// `Type: message` line.

import {
  CODE_FILENAME, CODE_NAME, CODE_POSITIONS, EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS_CONTEXT, EXC_TRACEBACK,
  FRAME_CODE, HEADER_WORDS, NONE, TRACEBACK_FRAME, TRACEBACK_LASTI, TRACEBACK_NEXT, TYPE_DICT, EXC_ARGS, EXC_DICT,
  TUPLE_ITEMS, TUPLE_LENGTH, CODE_LOCALSPLUSNAMES, FRAME_GLOBALS,
} from "../heap/layout.js";
import type { Thread } from "./thread.js";
import {
  builtinType, dictGetStr, dictItems, internStr, isList, isStr, isSubtype, jsString, tupleItems, typeName, typeOfValue, typeQualname,
} from "./model.js";
import { closestName } from "./suggestions.js";
import { builtinsDict } from "./vm-roots.js";
import { listItemsArray } from "./containers.js";
import { formatStack, type FrameEntry, type Parse } from "./traceback-format.js";
import { PyRaise } from "./exceptions.js";
import { callObject } from "./calls.js";
import { strOf } from "./repr.js";
import { syntaxErrorLocation } from "./syntax-error.js";
import { readFileSync } from "node:fs";
import { groupExceptions, isGroup } from "./exception-groups.js";

/** Source text by file name, for the lines tracebacks show. */
export const sourceFiles = new Map<string, string[]>();

export function registerSource(filename: string, text: string): void {
  sourceFiles.set(filename, text.split(/\r\n|\r|\n/));
}

/**
 * The lines of `filename`: registered, or read from disk on first use and
 * kept, as linecache does, so that any worker can show the lines of any
 * module. Null for names that are not files (`<string>`).
 */
export function sourceLines(filename: string): string[] | null {
  const known = sourceFiles.get(filename);
  if (known !== undefined) return known;
  if (filename.startsWith("<") && filename.endsWith(">")) return null;
  try {
    const text = readFileSync(filename, "utf8");
    registerSource(filename, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return sourceFiles.get(filename)!;
  } catch {
    return null;
  }
}

function entriesOf(th: Thread, exc: number): FrameEntry[] {
  const entries: FrameEntry[] = [];
  let tb = th.heap.i32[exc + EXC_TRACEBACK]!;
  while (tb !== 0 && tb !== NONE) {
    const i32 = th.heap.i32;
    const frame = i32[tb + TRACEBACK_FRAME]!;
    const code = i32[frame + FRAME_CODE]!;
    const lasti = i32[tb + TRACEBACK_LASTI]!;
    const positions = i32[code + CODE_POSITIONS]! + HEADER_WORDS + 4 * lasti;
    entries.push({
      filename: jsString(th, i32[code + CODE_FILENAME]!),
      name: jsString(th, i32[code + CODE_NAME]!),
      lineno: i32[positions]!,
      endLineno: i32[positions + 1]!,
      col: i32[positions + 2]!,
      endCol: i32[positions + 3]!,
    });
    tb = i32[tb + TRACEBACK_NEXT]!;
  }
  return entries;
}

/** The last line: `Type: message`, with the module prefix CPython adds for classes outside builtins and __main__. */
export function exceptionLine(th: Thread, exc: number): string {
  const type = typeOfValue(th, exc);
  let name = typeQualname(th, type);
  const dict = th.heap.i32[type + TYPE_DICT]!;
  const module = dict === 0 ? 0 : dictGetStr(th, dict, internStr(th, "__module__"));
  if (module !== 0 && isStr(th, module)) {
    const m = jsString(th, module);
    if (m !== "__main__" && m !== "builtins") name = `${m}.${name}`;
  }
  let message: string;
  try {
    message = syntaxErrorLocation(th, exc)?.msg ?? strOf(th, exc);
  } catch (err) {
    if (!(err instanceof PyRaise)) throw err;
    message = "<exception str() failed>";
  }
  message += suggestionFor(th, exc);
  let line = message === "" ? `${name}\n` : `${name}: ${message}\n`;
  line += notesOf(th, exc);
  return line;
}

/** CPython's ". Did you mean: 'x'?" for an AttributeError or a NameError. */
function suggestionFor(th: Thread, exc: number): string {
  if (isSubtype(th, typeOfValue(th, exc), builtinType(th, "AttributeError"))) return attributeSuggestion(th, exc);
  return nameSuggestion(th, exc);
}

/**
 * The attribute of `exc.obj` closest to `exc.name`, from dir(obj) as
 * traceback._compute_suggestion_error does: names starting with an
 * underscore are left out unless the wrong name starts with one.
 */
function attributeSuggestion(th: Thread, exc: number): string {
  const dict = th.heap.i32[exc + EXC_DICT]!;
  if (dict === 0) return "";
  const obj = dictGetStr(th, dict, internStr(th, "obj"));
  const name = dictGetStr(th, dict, internStr(th, "name"));
  if (obj === 0 || name === 0 || !isStr(th, name)) return "";
  const wrong = jsString(th, name);
  let candidates: string[];
  try {
    const dir = dictGetStr(th, builtinsDict(th), internStr(th, "dir"));
    const names = callObject(th, dir, [obj]);
    candidates = listItemsArray(th, names).filter((n) => isStr(th, n)).map((n) => jsString(th, n));
  } catch (err) {
    if (err instanceof PyRaise || (err instanceof Error && err.name === "PyError")) return "";
    throw err;
  }
  if (!wrong.startsWith("_")) candidates = candidates.filter((n) => !n.startsWith("_"));
  const suggestion = closestName(candidates, wrong);
  return suggestion === null ? "" : `. Did you mean: '${suggestion}'?`;
}

/** The closest of the names visible where a NameError was raised. */
function nameSuggestion(th: Thread, exc: number): string {
  const type = typeOfValue(th, exc);
  if (!isSubtype(th, type, builtinType(th, "NameError")) || isSubtype(th, type, builtinType(th, "UnboundLocalError"))) return "";
  const args = th.heap.i32[exc + EXC_ARGS]!;
  if (th.heap.i32[args + TUPLE_LENGTH] !== 1) return "";
  const first = th.heap.i32[args + TUPLE_ITEMS]!;
  if (!isStr(th, first)) return "";
  const m = /^name '(.+)' is not defined$/.exec(jsString(th, first));
  if (m === null) return "";
  let tb = th.heap.i32[exc + EXC_TRACEBACK]!;
  if (tb === 0 || tb === NONE) return "";
  while (th.heap.i32[tb + TRACEBACK_NEXT] !== 0 && th.heap.i32[tb + TRACEBACK_NEXT] !== NONE) tb = th.heap.i32[tb + TRACEBACK_NEXT]!;
  const frame = th.heap.i32[tb + TRACEBACK_FRAME]!;
  const code = th.heap.i32[frame + FRAME_CODE]!;
  const candidates: string[] = [];
  const isModule = jsString(th, th.heap.i32[code + CODE_NAME]!) === "<module>";
  if (!isModule) candidates.push(...tupleItems(th, th.heap.i32[code + CODE_LOCALSPLUSNAMES]!).map((n) => jsString(th, n)));
  const globals = th.heap.i32[frame + FRAME_GLOBALS]!;
  for (const [k] of dictItems(th, globals)) if (isStr(th, k)) candidates.push(jsString(th, k));
  for (const [k] of dictItems(th, builtinsDict(th))) if (isStr(th, k)) candidates.push(jsString(th, k));
  const suggestion = closestName(candidates, m[1]!);
  return suggestion === null ? "" : `. Did you mean: '${suggestion}'?`;
}

/** The notes add_note() attached, one per line. */
function notesOf(th: Thread, exc: number): string {
  const dict = th.heap.i32[exc + EXC_DICT]!;
  if (dict === 0) return "";
  const notes = dictGetStr(th, dict, internStr(th, "__notes__"));
  if (notes === 0 || !isList(th, notes)) return "";
  return listItemsArray(th, notes).map((n) => `${isStr(th, n) ? jsString(th, n) : strOf(th, n)}\n`).join("");
}

const CAUSE_MESSAGE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE = "\nDuring handling of the above exception, another exception occurred:\n\n";

/**
 * How far into exception groups the report is (traceback.py's
 * _ExceptionPrintContext): each level indents by two spaces and a margin.
 */
interface PrintContext {
  seen: Set<number>;
  depth: number;
  needClose: boolean;
  parse: Parse;
  /** Whether source lines get their `^^^` markers (not in reports of ignored exceptions). */
  markers: boolean;
}

/** CPython's limits on how much of a group is shown. */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/**
 * The full report for an uncaught exception. Without `markers`, each source
 * line is shown alone, as CPython's default unraisablehook shows it (an
 * exception in __del__ or a weakref callback).
 */
export function formatException(th: Thread, exc: number, parse: Parse, markers = true): string {
  return formatChain(th, exc, { seen: new Set(), depth: 0, needClose: false, parse, markers });
}

/** `text`, every line prefixed by the context's indent and margin. */
function emit(ctx: PrintContext, text: string, margin = "|"): string {
  if (text === "") return "";
  let prefix = " ".repeat(2 * ctx.depth);
  if (ctx.depth > 0) prefix += `${margin} `;
  return text.split(/(?<=\n)/).map((line) => prefix + line).join("");
}

/** The chain of causes and contexts ending at `exc`, oldest first. */
function formatChain(th: Thread, exc: number, ctx: PrintContext): string {
  const chain: { exc: number; link: string }[] = [];
  let current = exc;
  let link = "";
  while (current !== 0 && current !== NONE && !ctx.seen.has(current)) {
    ctx.seen.add(current);
    chain.unshift({ exc: current, link });
    const i32 = th.heap.i32;
    const cause = i32[current + EXC_CAUSE]!;
    const context = i32[current + EXC_CONTEXT]!;
    if (cause !== 0 && cause !== NONE) {
      link = CAUSE_MESSAGE;
      current = cause;
    } else if (context !== 0 && context !== NONE && i32[current + EXC_SUPPRESS_CONTEXT] === 0) {
      link = CONTEXT_MESSAGE;
      current = context;
    } else {
      break;
    }
  }
  let out = "";
  for (const { exc: e, link: after } of chain) {
    out += isGroup(th, e) ? formatGroup(th, e, ctx) : formatOne(th, e, ctx, "Traceback (most recent call last):\n");
    out += emit(ctx, after);
  }
  return out;
}

/** One exception's traceback (under `heading`) and its `Type: message` line. */
function formatOne(th: Thread, exc: number, ctx: PrintContext, heading: string, margin = "|"): string {
  let out = "";
  let entries = entriesOf(th, exc);
  if (!ctx.markers) entries = entries.map((e) => ({ ...e, col: -1, endCol: -1 }));
  if (entries.length > 0) {
    out += emit(ctx, heading, margin);
    out += emit(ctx, formatStack(entries, sourceLines, ctx.parse));
  }
  out += emit(ctx, (syntaxErrorLocation(th, exc)?.block ?? "") + exceptionLine(th, exc));
  return out;
}

/** A group in CPython's boxed layout: its own report, then each member under a numbered rule. */
function formatGroup(th: Thread, group: number, ctx: PrintContext): string {
  if (ctx.depth > MAX_GROUP_DEPTH) return emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
  const topLevel = ctx.depth === 0;
  if (topLevel) ctx.depth += 1;
  let out = formatOne(th, group, ctx, "Exception Group Traceback (most recent call last):\n", topLevel ? "+" : "|");
  const members = groupExceptions(th, group);
  const shown = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < shown; i++) {
    const last = i === shown - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const title = truncated ? "..." : `${i + 1}`;
    out += `${" ".repeat(2 * ctx.depth)}${i === 0 ? "+-" : "  "}+---------------- ${title} ----------------\n`;
    ctx.depth += 1;
    if (!truncated) {
      out += formatChain(th, members[i]!, ctx);
    } else {
      const remaining = members.length - MAX_GROUP_WIDTH;
      out += emit(ctx, `and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
    }
    if (last && ctx.needClose) {
      out += `${" ".repeat(2 * ctx.depth)}+------------------------------------\n`;
      ctx.needClose = false;
    }
    ctx.depth -= 1;
  }
  if (topLevel) ctx.depth = 0;
  return out;
}

/** What SystemExit's code means for the exit status (printing a non-int code to stderr, as CPython). */
export function systemExitStatus(th: Thread, code: number, printMessage: (text: string) => void): number {
  if (code === NONE || code === 0) return 0;
  if (code & 1) return (code >> 1) & 0xff;
  const name = typeName(th, typeOfValue(th, code));
  if (name === "int" || name === "bool") return Number(strOf(th, code)) & 0xff;
  printMessage(strOf(th, code) + "\n");
  return 1;
}
