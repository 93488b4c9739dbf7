// The match statement (PEP 634), compiled as CPython 3.13's compiler_match
// and compiler_pattern_* functions compile it.
//
// The subject is evaluated once; each case but the last works on a COPY of
// it. A pattern consumes the value on top of the stack and either falls
// through (it matched) or jumps to a "fail pop" label. Values a pattern
// captures are not stored as they are found: each is rotated down beneath
// whatever the pattern still has on the stack (`onTop` items) and the
// captures before it, and the names are stored together once the whole
// pattern has matched. So a failed match leaves no name bound, and the fail
// pop labels, one per stack depth, pop exactly what had been pushed:
// failPop[n] pops n items and falls into failPop[n - 1], ..., failPop[0].

import type * as ast from "../../grammar/ast.js";
import { Op } from "../vm/opcodes.js";
import { addCompare, binaryOperator, jumpIf, visitExpr } from "./codegen-expr.js";
import type { Compiler } from "./codegen.js";
import { visitStmts } from "./codegen-stmt.js";
import { NO_LOCATION, locationOf, type Label, type Location } from "./instructions.js";
import { mappingKeyRepr } from "./match-keys.js";

interface PatternContext {
  /** Names captured so far, in the order their values lie on the stack. */
  stores: string[];
  /** Whether an irrefutable pattern is allowed here. */
  allowIrrefutable: boolean;
  /** failPop[n]: where a failure with n items to pop jumps. */
  failPop: Label[];
  /** Items the pattern has pushed above the captures. */
  onTop: number;
}

function newContext(): PatternContext {
  return { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
}

const isWildcard = (p: ast.Pattern): boolean => p.type === "MatchAs" && p.pattern === null && p.name === null;
const isStarWildcard = (p: ast.Pattern): boolean => p.type === "MatchStar" && p.name === null;

export function compileMatch(c: Compiler, s: ast.Match): void {
  const pc = newContext();
  visitExpr(c, s.subject);
  const end = c.newLabel();
  const cases = s.cases.length;
  const last = s.cases[cases - 1]!;
  const hasDefault = isWildcard(last.pattern) && cases > 1 ? 1 : 0;
  for (let i = 0; i < cases - hasDefault; i++) {
    const m = s.cases[i]!;
    const loc = locationOf(m.pattern);
    // Only the last case consumes the subject itself.
    const copies = i !== cases - hasDefault - 1;
    if (copies) c.addopI(Op.COPY, 1, loc);
    pc.stores = [];
    // An irrefutable case must be guarded, or the last one.
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    compilePattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(name, "Store", loc);
    if (m.guard !== null) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0]!, false);
    }
    if (copies) c.addop(Op.POP_TOP, loc);
    visitStmts(c, m.body);
    c.addopJump(Op.JUMP, end, NO_LOCATION);
    // A failed match's clean-up belongs to the pattern's line, not the body's last.
    emitAndResetFailPop(c, pc, loc);
  }
  if (hasDefault) {
    // A trailing `case _:` needs no pattern code at all.
    const loc = locationOf(last.pattern);
    c.addop(cases === 1 ? Op.POP_TOP : Op.NOP, loc);
    if (last.guard !== null) jumpIf(c, last.guard, end, false);
    visitStmts(c, last.body);
  }
  c.useLabel(end);
}

// ---------------------------------------------------------------------------
// The fail pop labels and captures

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newLabel());
}

/** Jumps (with `op`) to the label that pops everything the pattern has pushed. */
function jumpToFailPop(c: Compiler, pc: PatternContext, op: number, loc: Location): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJump(op, pc.failPop[pops]!, loc);
}

function emitAndResetFailPop(c: Compiler, pc: PatternContext, loc: Location): void {
  if (pc.failPop.length === 0) return;
  for (let n = pc.failPop.length - 1; n > 0; n--) {
    c.useLabel(pc.failPop[n]!);
    c.addop(Op.POP_TOP, loc);
  }
  c.useLabel(pc.failPop[0]!);
  pc.failPop = [];
}

/** Moves the top of the stack `count - 1` places down. */
function rotate(c: Compiler, count: number, loc: Location): void {
  while (count > 1) c.addopI(Op.SWAP, count--, loc);
}

function duplicateStore(c: Compiler, name: string, loc: Location): never {
  return c.error(`multiple assignments to name '${name}' in pattern`, loc);
}

/** Captures the value on top of the stack as `name` (or drops it, for `_`). */
function storeName(c: Compiler, name: string | null, pc: PatternContext, loc: Location): void {
  if (name === null) {
    c.addop(Op.POP_TOP, loc);
    return;
  }
  if (pc.stores.includes(name)) duplicateStore(c, name, loc);
  // Rotate this object underneath any items we need to preserve.
  rotate(c, pc.onTop + pc.stores.length + 1, loc);
  pc.stores.push(name);
}

// ---------------------------------------------------------------------------
// Patterns

function compilePattern(c: Compiler, p: ast.Pattern, pc: PatternContext): void {
  const loc = locationOf(p);
  switch (p.type) {
    case "MatchValue":
      return compileValue(c, p, pc, loc);
    case "MatchSingleton":
      c.loadConst(p.value, loc);
      c.addopI(Op.IS_OP, 0, loc);
      return jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE, loc);
    case "MatchSequence":
      return compileSequence(c, p, pc, loc);
    case "MatchMapping":
      return compileMapping(c, p, pc, loc);
    case "MatchClass":
      return compileClassPattern(c, p, pc, loc);
    case "MatchStar":
      return storeName(c, p.name, pc, loc);
    case "MatchAs":
      return compileAs(c, p, pc, loc);
    case "MatchOr":
      return compileOr(c, p, pc, loc);
  }
}

/** A pattern inside another, which may be irrefutable whatever its parent may be. */
function compileSubpattern(c: Compiler, p: ast.Pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function compileValue(c: Compiler, p: ast.MatchValue, pc: PatternContext, loc: Location): void {
  if (p.value.type !== "Constant" && p.value.type !== "Attribute") {
    c.error("patterns may only match literals and attribute lookups", loc);
  }
  visitExpr(c, p.value);
  addCompare(c, "Eq", loc);
  c.addop(Op.TO_BOOL, loc);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE, loc);
}

function compileAs(c: Compiler, p: ast.MatchAs, pc: PatternContext, loc: Location): void {
  if (p.pattern === null) {
    // A capture or the wildcard: it always matches.
    if (!pc.allowIrrefutable) {
      if (p.name === null) c.error("wildcard makes remaining patterns unreachable", loc);
      c.error(`name capture '${p.name}' makes remaining patterns unreachable`, loc);
    }
    return storeName(c, p.name, pc, loc);
  }
  // The subpattern needs its own copy of the subject, which the capture then takes.
  pc.onTop++;
  c.addopI(Op.COPY, 1, loc);
  compilePattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc, loc);
}

// ---------------------------------------------------------------------------
// Sequences

function compileSequence(c: Compiler, p: ast.MatchSequence, pc: PatternContext, loc: Location): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  patterns.forEach((sub, i) => {
    if (sub.type === "MatchStar") {
      if (star >= 0) c.error("multiple starred names in sequence pattern", loc);
      starWildcard = isStarWildcard(sub);
      star = i;
    }
    onlyWildcard &&= isWildcard(sub) || isStarWildcard(sub);
  });
  // The subject stays on top through the sequence and length checks.
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE, loc);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE, loc);
  if (star < 0) {
    // No star: len(subject) == size.
    c.addop(Op.GET_LEN, loc);
    c.loadConst(BigInt(size), loc);
    addCompare(c, "Eq", loc);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE, loc);
  } else if (size > 1) {
    // Star: len(subject) >= size - 1.
    c.addop(Op.GET_LEN, loc);
    c.loadConst(BigInt(size - 1), loc);
    addCompare(c, "GtE", loc);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE, loc);
  }
  // Whatever comes next consumes the subject.
  pc.onTop--;
  if (onlyWildcard) {
    c.addop(Op.POP_TOP, loc);
  } else if (starWildcard) {
    sequenceSubscripts(c, patterns, star, pc, loc);
  } else {
    sequenceUnpack(c, patterns, star, pc, loc);
  }
}

/** Unpacks the subject and matches each item against its subpattern. */
function sequenceUnpack(c: Compiler, patterns: ast.Pattern[], star: number, pc: PatternContext, loc: Location): void {
  const size = patterns.length;
  if (star < 0) {
    c.addopI(Op.UNPACK_SEQUENCE, size, loc);
  } else {
    const after = size - star - 1;
    if (star >= 1 << 8) c.error("too many expressions in star-unpacking sequence pattern", loc);
    c.addopI(Op.UNPACK_EX, star + (after << 8), loc);
  }
  // The items lie on the stack with the first on top.
  pc.onTop += size;
  for (const sub of patterns) {
    pc.onTop--;
    compileSubpattern(c, sub, pc);
  }
}

/**
 * With a `*_` that needs no list, indexes the subject instead of unpacking
 * it: `subject[i]` before the star, `subject[len(subject) - k]` after it.
 */
function sequenceSubscripts(c: Compiler, patterns: ast.Pattern[], star: number, pc: PatternContext, loc: Location): void {
  // The subject stays on the stack while its items are matched.
  pc.onTop++;
  const size = patterns.length;
  patterns.forEach((sub, i) => {
    if (isWildcard(sub) || i === star) return;
    c.addopI(Op.COPY, 1, loc);
    if (i < star) {
      c.loadConst(BigInt(i), loc);
    } else {
      c.addop(Op.GET_LEN, loc);
      c.loadConst(BigInt(size - i), loc);
      c.addopI(Op.BINARY_OP, binaryOperator("Sub"), loc);
    }
    c.addop(Op.BINARY_SUBSCR, loc);
    compileSubpattern(c, sub, pc);
  });
  // Pop the subject, we're done with it.
  pc.onTop--;
  c.addop(Op.POP_TOP, loc);
}

// ---------------------------------------------------------------------------
// Mappings

function compileMapping(c: Compiler, p: ast.MatchMapping, pc: PatternContext, loc: Location): void {
  const { keys, patterns } = p;
  const size = keys.length;
  // The subject stays on top through the mapping and length checks.
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING, loc);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE, loc);
  if (size === 0 && p.rest === null) {
    // {} matches any mapping.
    pc.onTop--;
    c.addop(Op.POP_TOP, loc);
    return;
  }
  if (size > 0) {
    // len(subject) >= len(keys)
    c.addop(Op.GET_LEN, loc);
    c.loadConst(BigInt(size), loc);
    addCompare(c, "GtE", loc);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE, loc);
  }
  mappingKeys(c, keys, loc);
  // subject, keys -> subject, keys, values (or None): MATCH_KEYS pushes one more.
  c.addop(Op.MATCH_KEYS, loc);
  pc.onTop += 2;
  c.addopI(Op.COPY, 1, loc);
  c.loadConst(null, loc);
  c.addopI(Op.IS_OP, 1, loc);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE, loc);
  // The values tuple: match each value against its subpattern.
  c.addopI(Op.UNPACK_SEQUENCE, size, loc);
  pc.onTop += size - 1;
  for (const sub of patterns) {
    pc.onTop--;
    compileSubpattern(c, sub, pc);
  }
  // Left on the stack: subject, keys.
  pc.onTop -= 2;
  if (p.rest !== null) {
    // rest = dict(subject) without the keys: built as {**subject}, then a del per key.
    c.addopI(Op.BUILD_MAP, 0, loc); // subject, keys, empty
    c.addopI(Op.SWAP, 3, loc); // empty, keys, subject
    c.addopI(Op.DICT_UPDATE, 2, loc); // copy, keys
    c.addopI(Op.UNPACK_SEQUENCE, size, loc); // copy, keys...
    for (let n = size; n > 0; n--) {
      c.addopI(Op.COPY, 1 + n, loc); // copy, keys..., copy
      c.addopI(Op.SWAP, 2, loc); // copy, keys..., copy, key
      c.addop(Op.DELETE_SUBSCR, loc); // copy, keys...
    }
    storeName(c, p.rest, pc, loc);
  } else {
    c.addop(Op.POP_TOP, loc); // Tuple of keys.
    c.addop(Op.POP_TOP, loc); // Subject.
  }
}

/** Pushes the keys as a tuple: a constant one when they are all literals. */
function mappingKeys(c: Compiler, keys: ast.Expr[], loc: Location): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (key.type === "Constant") {
      const repr = mappingKeyRepr(key);
      if (seen.has(repr.identity)) c.error(`mapping pattern checks duplicate key (${repr.text})`, loc);
      seen.add(repr.identity);
    } else if (key.type !== "Attribute") {
      c.error("mapping pattern keys may only match literals and attribute lookups", loc);
    }
    visitExpr(c, key);
  }
  c.addopI(Op.BUILD_TUPLE, keys.length, loc);
}

// ---------------------------------------------------------------------------
// Classes

function compileClassPattern(c: Compiler, p: ast.MatchClass, pc: PatternContext, loc: Location): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  visitExpr(c, p.cls);
  p.kwd_attrs.forEach((attr, i) => {
    if (p.kwd_attrs.indexOf(attr) !== i) {
      c.error(`attribute name repeated in class pattern: ${attr}`, locationOf(p.kwd_patterns[i]!));
    }
  });
  c.loadConst({ tuple: [...p.kwd_attrs] }, loc);
  c.addopI(Op.MATCH_CLASS, nargs, loc);
  c.addopI(Op.COPY, 1, loc);
  c.loadConst(null, loc);
  c.addopI(Op.IS_OP, 1, loc);
  // TOS is now a tuple of (nargs + nattrs) attributes (or None):
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE, loc);
  c.addopI(Op.UNPACK_SEQUENCE, nargs + nattrs, loc);
  pc.onTop += nargs + nattrs - 1;
  for (const sub of [...p.patterns, ...p.kwd_patterns]) {
    pc.onTop--;
    if (isWildcard(sub)) {
      c.addop(Op.POP_TOP, loc);
      continue;
    }
    compileSubpattern(c, sub, pc);
  }
  // Success! Pop the tuple of attributes.
}

// ---------------------------------------------------------------------------
// Alternatives

function compileOr(c: Compiler, p: ast.MatchOr, pc: PatternContext, loc: Location): void {
  const end = c.newLabel();
  const old = { ...pc };
  // The names the first alternative binds: the others must bind the same, and are reordered to match.
  let control: string[] | null = null;
  p.patterns.forEach((alt, i) => {
    const altLoc = locationOf(alt);
    pc.stores = [];
    // An irrefutable alternative must be the last, if it is allowed at all.
    pc.allowIrrefutable = i === p.patterns.length - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addopI(Op.COPY, 1, altLoc);
    compilePattern(c, alt, pc);
    if (control === null) {
      control = [...pc.stores];
    } else if (pc.stores.length !== control.length) {
      c.error("alternative patterns bind different names", loc);
    } else {
      reorderStores(c, control, pc, altLoc, loc);
    }
    c.addopJump(Op.JUMP, end, altLoc);
    emitAndResetFailPop(c, pc, altLoc);
  });
  Object.assign(pc, old);
  // No alternative matched: pop the remaining copy of the subject and fail.
  c.addop(Op.POP_TOP, loc);
  jumpToFailPop(c, pc, Op.JUMP, loc);
  c.useLabel(end);
  const names = control ?? [];
  const rotations = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    // Rotate this capture to its proper place on the stack.
    rotate(c, rotations, loc);
    if (pc.stores.includes(name)) duplicateStore(c, name, loc);
    pc.stores.push(name);
  }
  // Pop the copy of the subject.
  c.addop(Op.POP_TOP, loc);
}

/** Puts an alternative's captures in the order the first alternative left them. */
function reorderStores(c: Compiler, control: string[], pc: PatternContext, altLoc: Location, loc: Location): void {
  for (let icontrol = control.length - 1; icontrol >= 0; icontrol--) {
    const istores = pc.stores.indexOf(control[icontrol]!);
    if (istores < 0) c.error("alternative patterns bind different names", loc);
    if (icontrol === istores) continue;
    const rotations = istores + 1;
    const rotated = pc.stores.splice(0, rotations);
    pc.stores.splice(icontrol - istores, 0, ...rotated);
    for (let r = 0; r < rotations; r++) rotate(c, icontrol + 1, altLoc);
  }
}
