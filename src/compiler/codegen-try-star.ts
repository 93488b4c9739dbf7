// try/except* (PEP 654), in CPython 3.13's bytecode shape.
//
// The handler block keeps three values under the one being matched: the
// exception caught (`orig`), a list of what the clauses raised, and the part
// of `orig` no clause has matched yet (`rest`, at first `orig` itself):
//
//     prev_exc, orig, raised, rest
//
// Each clause runs CHECK_EG_MATCH on `rest` and its type, which leaves the
// unmatched part and the matching sub-group (None when nothing matches; a
// naked exception that matches comes wrapped in a group). The clause's body
// runs with the match as the handled exception; whatever escapes it is
// appended to `raised` and the next clause goes on. After the last clause the
// final rest is appended too, and INTRINSIC_PREP_RERAISE_STAR(orig, raised)
// combines them: the re-raised parts regrouped as they were in `orig`, the
// newly raised ones beside them in a new group. None means nothing escapes.
//
// `return`, `break` and `continue` cannot leave an except* body: the
// exceptionGroupHandler frame block makes unwinding through it an error.

import type * as ast from "../../grammar/ast.js";
import { INTRINSIC2, Op } from "../vm/opcodes.js";
import { visitExpr } from "./codegen-expr.js";
import { visitStmts } from "./codegen-stmt.js";
import type { Compiler } from "./codegen.js";
import { NO_LOCATION, locationOf, type Label } from "./instructions.js";

export function compileTryStarExcept(c: Compiler, s: ast.Try): void {
  const loc = locationOf(s);
  const body = c.newLabel();
  const except = c.newLabel();
  const orelse = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  const reraiseStar = c.newLabel();
  c.addopJump(Op.SETUP_FINALLY, except, loc);
  c.useLabel(body);
  c.pushFblock(loc, "tryExcept", body, null);
  visitStmts(c, s.body);
  c.popFblock();
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addopJump(Op.JUMP, orelse, NO_LOCATION);
  c.useLabel(except);
  c.addopJump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFblock(loc, "exceptionGroupHandler", null, null);
  s.handlers.forEach((handler, i) => {
    compileStarHandler(c, handler, i === 0, i === s.handlers.length - 1, reraiseStar);
  });
  c.popFblock();
  const reraise = c.newLabel();
  c.useLabel(reraiseStar);
  c.addopI(Op.CALL_INTRINSIC_2, INTRINSIC2.PREP_RERAISE_STAR, NO_LOCATION);
  c.addopI(Op.COPY, 1, NO_LOCATION);
  c.addopJump(Op.POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
  // Nothing to re-raise.
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addopJump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  c.useLabel(reraise);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addopI(Op.SWAP, 2, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addopI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  c.addopI(Op.COPY, 3, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addopI(Op.RERAISE, 1, NO_LOCATION);
  c.useLabel(orelse);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

/** One `except* T [as name]:` clause; the stack is `prev_exc, orig, [raised, rest]` on entry. */
function compileStarHandler(c: Compiler, handler: ast.ExceptHandler, first: boolean, last: boolean, reraiseStar: Label): void {
  const loc = locationOf(handler);
  const name = handler.name;
  const except = c.newLabel();
  const exceptWithError = c.newLabel();
  const noMatch = c.newLabel();
  const cleanupEnd = c.newLabel();
  const cleanupBody = c.newLabel();
  if (first) {
    // The list of what the clauses raise, and the first rest: orig itself.
    c.addopI(Op.BUILD_LIST, 0, loc);
    c.addopI(Op.COPY, 2, loc);
  }
  if (handler.exc_type !== null) {
    visitExpr(c, handler.exc_type);
    c.addop(Op.CHECK_EG_MATCH, loc);
    c.addopI(Op.COPY, 1, loc);
    c.addopJump(Op.POP_JUMP_IF_NONE, noMatch, loc);
  }
  if (name !== null) c.nameop(name, "Store", loc);
  else c.addop(Op.POP_TOP, loc);
  // As for `except T as name:`, the body runs in a try whose cleanup unbinds the name.
  c.addopJump(Op.SETUP_CLEANUP, cleanupEnd, loc);
  c.useLabel(cleanupBody);
  c.pushFblock(loc, "handlerCleanup", cleanupBody, null, name);
  visitStmts(c, handler.body);
  c.popFblock();
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  if (name !== null) unbind(c, name);
  c.addopJump(Op.JUMP, except, NO_LOCATION);
  // What the body raised joins the list (under it: rest, lasti).
  c.useLabel(cleanupEnd);
  if (name !== null) unbind(c, name);
  c.addopI(Op.LIST_APPEND, 3, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addopJump(Op.JUMP, exceptWithError, NO_LOCATION);
  c.useLabel(except);
  c.addop(Op.NOP, NO_LOCATION);
  c.addopJump(Op.JUMP, exceptWithError, NO_LOCATION);
  c.useLabel(noMatch);
  c.addop(Op.POP_TOP, loc);
  c.useLabel(exceptWithError);
  if (last) {
    // What no clause matched (None when everything was) joins the list too.
    c.addopI(Op.LIST_APPEND, 1, NO_LOCATION);
    c.addopJump(Op.JUMP, reraiseStar, NO_LOCATION);
  }
}

/** `name = None; del name`, as the end of a handler that bound it. */
function unbind(c: Compiler, name: string): void {
  c.loadConst(null, NO_LOCATION);
  c.nameop(name, "Store", NO_LOCATION);
  c.nameop(name, "Del", NO_LOCATION);
}
