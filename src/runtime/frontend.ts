// The parser and the compiler as the interpreter's threads reach them: for
// exec(), eval() and compile(), for importing a module from its source, for
// the statements typed at the prompt, and for the markers under a traceback's
// lines. Everything else a worker runs is bytecode the supervisor or the
// build already compiled.
//
// This module hands them over directly. The bundled worker gets a stand-in
// (src/boot/frontend-loader.ts, put in its place by scripts/bundle.mjs) that
// loads them from a script of their own the first time they are asked for,
// because the parser, the compiler and chevrotain are two fifths of the
// worker's code, and reading, compiling and initializing them was a good
// part of every program's start-up, also of programs that never need them.

import { parse } from "../../grammar/index.js";
import { collectSyntaxWarnings } from "../../grammar/syntax-warnings.js";
import { compileAst, compileWithWarnings } from "../compiler/index.js";

export interface Frontend {
  parse: typeof parse;
  compileWithWarnings: typeof compileWithWarnings;
  compileAst: typeof compileAst;
  /** Gathers the warnings of parse and compileAst calls (the frontend's own collector: see syntax-warnings.ts). */
  collectSyntaxWarnings: typeof collectSyntaxWarnings;
}

const direct: Frontend = { parse, compileWithWarnings, compileAst, collectSyntaxWarnings };

export function frontend(): Frontend {
  return direct;
}
