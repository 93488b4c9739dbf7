// The instruction set: every opcode defined once.
//
// pygil's bytecode follows CPython 3.13's instruction set, names and numeric
// values, without the parts that exist only for CPython's specialising
// interpreter (no CACHE entries, no specialised or instrumented variants, no
// EXTENDED_ARG). The compiler (src/compiler), the disassembler
// (src/compiler/dis.ts) and the interpreter loop all read this table.
//
// Encoding. A code object's `co_code` is an Int32Array of (opcode, argument)
// pairs, two words per instruction; an opcode without an argument has 0 there.
// The disassembler shows offsets as CPython does, 2 × the instruction index.
//
// Jumps are relative, in instructions, exactly as CPython's are in code units:
// a forward jump (JUMP_FORWARD, POP_JUMP_IF_*, FOR_ITER, SEND) at index i goes
// to i + 1 + A; a backward jump (JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT) to
// i + 1 - A.
//
// The stack. `effect` is an instruction's net effect on the value stack when it
// falls through to the next instruction; `jumpEffect` is the effect when it
// jumps (the compiler's stack-depth analysis uses both). The meaning lines write
// a stack as `a, b -> c`, the top of the stack on the right. NULL is the "no
// value" word (0): PUSH_NULL, LOAD_GLOBAL and LOAD_ATTR push it in the slot that
// CALL reads as `self_or_null`.
//
// The eval breaker (GIL drop requests, signals, stop-the-world) is checked at
// RESUME (function entry) and JUMP_BACKWARD (each loop iteration), where
// CPython 3.13 checks it (CPython also checks as a call returns). No other
// instruction lets another thread in, so `counter += 1` (LOAD_GLOBAL,
// LOAD_CONST, BINARY_OP, STORE_GLOBAL) is never split by a GIL switch.
//
// Pseudo-instructions (numbered from 256) exist only inside the compiler: they
// mark exception-handler ranges or are rewritten into real opcodes before a
// code object is built, and never appear in `co_code`.

/** How the disassembler turns an instruction's argument into its `(…)` text. */
export type ArgKind =
  | "none" /** no argument */
  | "raw" /** a plain number, shown without a `(…)` part */
  | "const" /** co_consts[A] */
  | "name" /** co_names[A] */
  | "global" /** co_names[A >> 1]; A & 1: also push NULL */
  | "attr" /** co_names[A >> 1]; A & 1: method form, push NULL|self too */
  | "superAttr" /** co_names[A >> 2]; A & 1: method form; A & 2: two-argument super */
  | "local" /** the frame slot A (co_localsplusnames[A]) */
  | "localPair" /** two frame slots, A >> 4 and A & 15 */
  | "free" /** the cell or free-variable slot A (co_localsplusnames[A]) */
  | "jump" /** a relative jump target */
  | "handler" /** an exception handler (pseudo-instructions only) */
  | "compare" /** COMPARE_OP: comparison A >> 5; A & 16: result converted to bool */
  | "binaryOp" /** BINARY_OP: one of the NB_* operators */
  | "intrinsic1" /** CALL_INTRINSIC_1: one of the INTRINSIC_* functions */
  | "intrinsic2" /** CALL_INTRINSIC_2: one of the INTRINSIC_* functions of two arguments */
  | "convert" /** CONVERT_VALUE: 1 str, 2 repr, 3 ascii */
  | "functionAttr"; /** SET_FUNCTION_ATTRIBUTE: one of the MAKE_FUNCTION_* flags */

export type StackEffect = number | ((arg: number) => number);

export interface OpcodeSpec {
  /** CPython 3.13's numeric value (pseudo-instructions: 256 and up). */
  readonly code: number;
  readonly arg: ArgKind;
  /** Net stack effect when execution falls through. */
  readonly effect: StackEffect;
  /** Net stack effect when the instruction jumps (jumps and handler set-ups only). */
  readonly jumpEffect?: StackEffect;
  /** A: the argument. The stack before and after, top on the right. */
  readonly meaning: string;
}

// ---------------------------------------------------------------------------
// The table

export const OPCODES = {
  // --- frames and no-ops
  NOP: { code: 30, arg: "none", effect: 0, meaning: "do nothing (keeps a line number alive)" },
  RESUME: { code: 149, arg: "raw", effect: 0, meaning: "A: 0 function start, 1 after yield, 2 after yield from, 3 after await (| 4: inside one handler); checks the eval breaker" },
  MAKE_CELL: { code: 94, arg: "free", effect: 0, meaning: "A: slot A := new cell holding slot A's value (or empty)" },
  COPY_FREE_VARS: { code: 62, arg: "raw", effect: 0, meaning: "A: copy the function's A closure cells into the last A slots" },
  RETURN_GENERATOR: { code: 35, arg: "none", effect: 1, meaning: "make a generator/coroutine owning this frame, return it to the caller; resumed: push None" },

  // --- constants, locals, cells
  LOAD_CONST: { code: 83, arg: "const", effect: 1, meaning: "A: -> co_consts[A]" },
  LOAD_FAST: { code: 85, arg: "local", effect: 1, meaning: "A: -> slot[A] (known to be bound)" },
  LOAD_FAST_CHECK: { code: 87, arg: "local", effect: 1, meaning: "A: -> slot[A]; UnboundLocalError if empty" },
  LOAD_FAST_AND_CLEAR: { code: 86, arg: "local", effect: 1, meaning: "A: -> slot[A] (maybe NULL); slot[A] := NULL" },
  LOAD_FAST_LOAD_FAST: { code: 88, arg: "localPair", effect: 2, meaning: "A: -> slot[A >> 4], slot[A & 15]" },
  STORE_FAST: { code: 110, arg: "local", effect: -1, meaning: "A: v -> ; slot[A] := v" },
  STORE_FAST_LOAD_FAST: { code: 111, arg: "localPair", effect: 0, meaning: "A: v -> slot[A & 15]; slot[A >> 4] := v first" },
  STORE_FAST_STORE_FAST: { code: 112, arg: "localPair", effect: -2, meaning: "A: v2, v1 -> ; slot[A >> 4] := v1, then slot[A & 15] := v2" },
  DELETE_FAST: { code: 65, arg: "local", effect: 0, meaning: "A: slot[A] := NULL; UnboundLocalError if already empty" },
  LOAD_DEREF: { code: 84, arg: "free", effect: 1, meaning: "A: -> contents of the cell in slot[A]; NameError/UnboundLocalError if empty" },
  STORE_DEREF: { code: 109, arg: "free", effect: -1, meaning: "A: v -> ; cell in slot[A] := v" },
  DELETE_DEREF: { code: 64, arg: "free", effect: 0, meaning: "A: empty the cell in slot[A]" },
  LOAD_FROM_DICT_OR_DEREF: { code: 89, arg: "free", effect: 0, meaning: "A: mapping -> mapping[name of slot A] if present, else the cell's contents (class bodies)" },

  // --- globals and names
  LOAD_NAME: { code: 92, arg: "name", effect: 1, meaning: "A: -> co_names[A] looked up in locals, globals, builtins" },
  STORE_NAME: { code: 114, arg: "name", effect: -1, meaning: "A: v -> ; locals[co_names[A]] := v" },
  DELETE_NAME: { code: 67, arg: "name", effect: 0, meaning: "A: del locals[co_names[A]]" },
  LOAD_GLOBAL: { code: 91, arg: "global", effect: (a) => 1 + (a & 1), meaning: "A: -> globals-or-builtins[co_names[A >> 1]] (, NULL if A & 1)" },
  STORE_GLOBAL: { code: 113, arg: "name", effect: -1, meaning: "A: v -> ; globals[co_names[A]] := v" },
  DELETE_GLOBAL: { code: 66, arg: "name", effect: 0, meaning: "A: del globals[co_names[A]]" },
  LOAD_FROM_DICT_OR_GLOBALS: { code: 90, arg: "name", effect: 0, meaning: "A: mapping -> mapping[co_names[A]] if present, else as LOAD_GLOBAL" },
  LOAD_LOCALS: { code: 25, arg: "none", effect: 1, meaning: "-> the frame's locals mapping" },
  LOAD_BUILD_CLASS: { code: 24, arg: "none", effect: 1, meaning: "-> builtins.__build_class__" },
  LOAD_ASSERTION_ERROR: { code: 23, arg: "none", effect: 1, meaning: "-> AssertionError" },
  SETUP_ANNOTATIONS: { code: 37, arg: "none", effect: 0, meaning: "locals['__annotations__'] := {} unless present" },

  // --- attributes and subscripts
  LOAD_ATTR: { code: 82, arg: "attr", effect: (a) => a & 1, meaning: "A: obj -> obj.name; A & 1: obj -> method, self (or attr, NULL)" },
  STORE_ATTR: { code: 108, arg: "name", effect: -2, meaning: "A: v, obj -> ; obj.co_names[A] := v" },
  DELETE_ATTR: { code: 63, arg: "name", effect: -1, meaning: "A: obj -> ; del obj.co_names[A]" },
  LOAD_SUPER_ATTR: { code: 93, arg: "superAttr", effect: (a) => -2 + (a & 1), meaning: "A: super, class, self -> super(class, self).name (A & 1: method, self_or_NULL)" },
  BINARY_SUBSCR: { code: 5, arg: "none", effect: -1, meaning: "container, key -> container[key]" },
  STORE_SUBSCR: { code: 39, arg: "none", effect: -3, meaning: "v, container, key -> ; container[key] := v" },
  DELETE_SUBSCR: { code: 9, arg: "none", effect: -2, meaning: "container, key -> ; del container[key]" },
  BINARY_SLICE: { code: 4, arg: "none", effect: -2, meaning: "container, start, stop -> container[start:stop]" },
  STORE_SLICE: { code: 38, arg: "none", effect: -4, meaning: "v, container, start, stop -> ; container[start:stop] := v" },

  // --- the stack
  POP_TOP: { code: 32, arg: "none", effect: -1, meaning: "v -> " },
  PUSH_NULL: { code: 34, arg: "none", effect: 1, meaning: "-> NULL" },
  COPY: { code: 61, arg: "raw", effect: 1, meaning: "A: push the A-th item from the top again (COPY 1 duplicates the top)" },
  SWAP: { code: 115, arg: "raw", effect: 0, meaning: "A: exchange the top with the A-th item from the top" },

  // --- operators
  UNARY_NEGATIVE: { code: 42, arg: "none", effect: 0, meaning: "v -> -v" },
  UNARY_NOT: { code: 43, arg: "none", effect: 0, meaning: "b -> not b (b is a bool)" },
  UNARY_INVERT: { code: 41, arg: "none", effect: 0, meaning: "v -> ~v" },
  TO_BOOL: { code: 40, arg: "none", effect: 0, meaning: "v -> bool(v)" },
  BINARY_OP: { code: 45, arg: "binaryOp", effect: -1, meaning: "A: lhs, rhs -> lhs (op A) rhs; A >= 13: in-place form (+= ...)" },
  COMPARE_OP: { code: 58, arg: "compare", effect: -1, meaning: "A: lhs, rhs -> lhs (cmp A >> 5) rhs; A & 16: bool() of the result" },
  IS_OP: { code: 76, arg: "raw", effect: -1, meaning: "A: lhs, rhs -> lhs is rhs (A = 1: is not)" },
  CONTAINS_OP: { code: 59, arg: "raw", effect: -1, meaning: "A: item, container -> item in container (A = 1: not in)" },
  CALL_INTRINSIC_1: { code: 55, arg: "intrinsic1", effect: 0, meaning: "A: v -> intrinsic A (v)" },
  CALL_INTRINSIC_2: { code: 56, arg: "intrinsic2", effect: -1, meaning: "A: v1, v2 -> intrinsic A (v1, v2)" },

  // --- building values
  BUILD_TUPLE: { code: 52, arg: "raw", effect: (a) => 1 - a, meaning: "A: v1 ... vA -> (v1, ..., vA)" },
  BUILD_LIST: { code: 47, arg: "raw", effect: (a) => 1 - a, meaning: "A: v1 ... vA -> [v1, ..., vA]" },
  BUILD_SET: { code: 49, arg: "raw", effect: (a) => 1 - a, meaning: "A: v1 ... vA -> {v1, ..., vA}" },
  BUILD_MAP: { code: 48, arg: "raw", effect: (a) => 1 - 2 * a, meaning: "A: k1, v1 ... kA, vA -> {k1: v1, ...}" },
  BUILD_CONST_KEY_MAP: { code: 46, arg: "raw", effect: (a) => 0 - a, meaning: "A: v1 ... vA, keys -> dict(zip(keys, values)); keys is a constant tuple" },
  BUILD_STRING: { code: 51, arg: "raw", effect: (a) => 1 - a, meaning: "A: s1 ... sA -> s1 + ... + sA" },
  BUILD_SLICE: { code: 50, arg: "raw", effect: (a) => (a === 3 ? -2 : -1), meaning: "A: start, stop (, step if A = 3) -> slice" },
  LIST_APPEND: { code: 80, arg: "raw", effect: -1, meaning: "A: v -> ; the list A items down (after the pop) gets v appended" },
  LIST_EXTEND: { code: 81, arg: "raw", effect: -1, meaning: "A: iterable -> ; the list A items down extended with it" },
  SET_ADD: { code: 105, arg: "raw", effect: -1, meaning: "A: v -> ; the set A items down gets v" },
  SET_UPDATE: { code: 107, arg: "raw", effect: -1, meaning: "A: iterable -> ; the set A items down updated with it" },
  MAP_ADD: { code: 95, arg: "raw", effect: -2, meaning: "A: k, v -> ; the dict A items down gets k: v" },
  DICT_UPDATE: { code: 69, arg: "raw", effect: -1, meaning: "A: mapping -> ; the dict A items down updated with it ({**m})" },
  DICT_MERGE: { code: 68, arg: "raw", effect: -1, meaning: "A: mapping -> ; as DICT_UPDATE but a repeated key is a TypeError (f(**m))" },
  UNPACK_SEQUENCE: { code: 117, arg: "raw", effect: (a) => a - 1, meaning: "A: seq -> vA ... v1 (v1 on top); ValueError unless exactly A items" },
  UNPACK_EX: { code: 116, arg: "raw", effect: (a) => (a & 0xff) + (a >> 8), meaning: "A: seq -> after ..., [rest], before ... (A & 255 before the star, A >> 8 after it)" },

  // --- pattern matching (match statements)
  GET_LEN: { code: 20, arg: "none", effect: 1, meaning: "v -> v, len(v)" },
  MATCH_SEQUENCE: { code: 29, arg: "none", effect: 1, meaning: "v -> v, whether type(v) is a sequence for matching (not str, bytes or bytearray)" },
  MATCH_MAPPING: { code: 28, arg: "none", effect: 1, meaning: "v -> v, whether type(v) is a mapping for matching" },
  MATCH_KEYS: { code: 27, arg: "none", effect: 1, meaning: "subject, keys -> subject, keys, tuple of subject.get(k) for each key (None if one is missing)" },
  MATCH_CLASS: { code: 96, arg: "raw", effect: -2, meaning: "A: subject, cls, names -> tuple of A positional and len(names) keyword attributes, or None" },

  // --- strings
  FORMAT_SIMPLE: { code: 14, arg: "none", effect: 0, meaning: "v -> format(v, '')" },
  FORMAT_WITH_SPEC: { code: 15, arg: "none", effect: -1, meaning: "v, spec -> format(v, spec)" },
  CONVERT_VALUE: { code: 60, arg: "convert", effect: 0, meaning: "A: v -> str(v) (1), repr(v) (2), ascii(v) (3)" },

  // --- calls and functions
  CALL: { code: 53, arg: "raw", effect: (a) => -1 - a, meaning: "A: callable, self_or_null, a1 ... aA -> result (self_or_null, when not NULL, is the first argument)" },
  CALL_KW: { code: 57, arg: "raw", effect: (a) => -2 - a, meaning: "A: callable, self_or_null, a1 ... aA, names -> result; the last len(names) arguments are keywords" },
  CALL_FUNCTION_EX: { code: 54, arg: "raw", effect: (a) => -2 - (a & 1), meaning: "A: callable, NULL, args_tuple (, kwargs_dict if A & 1) -> result" },
  MAKE_FUNCTION: { code: 26, arg: "none", effect: 0, meaning: "code -> function (globals and qualname from the frame and the code)" },
  SET_FUNCTION_ATTRIBUTE: { code: 106, arg: "functionAttr", effect: -1, meaning: "A: value, func -> func; A: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure" },
  RETURN_VALUE: { code: 36, arg: "none", effect: -1, meaning: "v -> ; return v to the caller" },
  RETURN_CONST: { code: 103, arg: "const", effect: 0, meaning: "A: return co_consts[A] to the caller" },

  // --- jumps
  JUMP_FORWARD: { code: 79, arg: "jump", effect: 0, jumpEffect: 0, meaning: "A: pc += A" },
  JUMP_BACKWARD: { code: 77, arg: "jump", effect: 0, jumpEffect: 0, meaning: "A: pc -= A; checks the eval breaker" },
  JUMP_BACKWARD_NO_INTERRUPT: { code: 78, arg: "jump", effect: 0, jumpEffect: 0, meaning: "A: pc -= A, without checking the eval breaker" },
  POP_JUMP_IF_FALSE: { code: 97, arg: "jump", effect: -1, jumpEffect: -1, meaning: "A: b -> ; if b is False: pc += A (b is a bool)" },
  POP_JUMP_IF_TRUE: { code: 100, arg: "jump", effect: -1, jumpEffect: -1, meaning: "A: b -> ; if b is True: pc += A (b is a bool)" },
  POP_JUMP_IF_NONE: { code: 98, arg: "jump", effect: -1, jumpEffect: -1, meaning: "A: v -> ; if v is None: pc += A" },
  POP_JUMP_IF_NOT_NONE: { code: 99, arg: "jump", effect: -1, jumpEffect: -1, meaning: "A: v -> ; if v is not None: pc += A" },

  // --- iteration
  GET_ITER: { code: 19, arg: "none", effect: 0, meaning: "v -> iter(v)" },
  FOR_ITER: { code: 72, arg: "jump", effect: 1, jumpEffect: 1, meaning: "A: it -> it, next(it); exhausted: pop it, pc += A + 2 (past the END_FOR, POP_TOP there)" },
  END_FOR: { code: 11, arg: "none", effect: -1, meaning: "v -> (the loop's exit; FOR_ITER jumps over it)" },

  // --- exceptions
  PUSH_EXC_INFO: { code: 33, arg: "none", effect: 1, meaning: "exc -> previous_exc_info, exc; exc becomes the handled exception" },
  POP_EXCEPT: { code: 31, arg: "none", effect: -1, meaning: "previous_exc_info -> ; restore the handled exception" },
  CHECK_EXC_MATCH: { code: 7, arg: "none", effect: 0, meaning: "exc, type -> exc, isinstance-match(exc, type)" },
  CHECK_EG_MATCH: { code: 6, arg: "none", effect: 0, meaning: "exc, type -> rest, match (match None: no match); a match becomes the handled exception (except*)" },
  RERAISE: { code: 102, arg: "raw", effect: -1, meaning: "A: v1 ... vA, exc -> v1 ... vA; raise exc again; A > 0: first restore the frame's lasti from v1" },
  RAISE_VARARGS: { code: 101, arg: "raw", effect: (a) => 0 - a, meaning: "A: 0 re-raise, 1: exc -> raise exc, 2: exc, cause -> raise exc from cause" },
  CLEANUP_THROW: { code: 8, arg: "none", effect: -1, meaning: "sub_iter, last_sent, exc -> None, value (StopIteration from throw() ends a yield from)" },
  WITH_EXCEPT_START: { code: 44, arg: "none", effect: 1, meaning: "exit, lasti, prev_exc, exc -> exit, lasti, prev_exc, exc, exit(type, exc, tb)" },
  BEFORE_WITH: { code: 2, arg: "none", effect: 1, meaning: "mgr -> bound mgr.__exit__, mgr.__enter__()" },

  // --- generators and coroutines
  YIELD_VALUE: { code: 118, arg: "raw", effect: 0, meaning: "A: v -> sent value; suspends the frame, v goes to the caller (A: 1 inside yield from / await, else 0)" },
  GET_YIELD_FROM_ITER: { code: 21, arg: "none", effect: 0, meaning: "v -> iter(v), or v itself if a generator or coroutine" },
  SEND: { code: 104, arg: "jump", effect: 0, jumpEffect: 0, meaning: "A: receiver, v -> receiver, receiver.send(v); on StopIteration: receiver, result and pc += A" },
  END_SEND: { code: 12, arg: "none", effect: -1, meaning: "receiver, v -> v" },
  GET_AWAITABLE: { code: 73, arg: "raw", effect: 0, meaning: "A: v -> awaitable iterator of v (A: 1 after __aenter__, 2 after __aexit__, for messages)" },
  GET_AITER: { code: 16, arg: "none", effect: 0, meaning: "v -> v.__aiter__()" },
  GET_ANEXT: { code: 18, arg: "none", effect: 1, meaning: "aiter -> aiter, awaitable of aiter.__anext__()" },
  END_ASYNC_FOR: { code: 10, arg: "none", effect: -2, meaning: "aiter, exc -> ; StopAsyncIteration ends the loop, anything else is re-raised" },
  BEFORE_ASYNC_WITH: { code: 1, arg: "none", effect: 1, meaning: "mgr -> bound mgr.__aexit__, awaitable of mgr.__aenter__()" },

  // --- imports
  IMPORT_NAME: { code: 75, arg: "name", effect: -1, meaning: "A: level, fromlist -> __import__(co_names[A], globals, None, fromlist, level)" },
  IMPORT_FROM: { code: 74, arg: "name", effect: 1, meaning: "A: module -> module, module.co_names[A] (or the submodule)" },

  // --- pseudo-instructions (compiler only)
  SETUP_FINALLY: { code: 265, arg: "handler", effect: 0, jumpEffect: 1, meaning: "A: handler for what follows, up to POP_BLOCK; it receives exc" },
  SETUP_CLEANUP: { code: 264, arg: "handler", effect: 0, jumpEffect: 2, meaning: "A: as SETUP_FINALLY, the handler receives lasti, exc" },
  SETUP_WITH: { code: 266, arg: "handler", effect: 0, jumpEffect: 1, meaning: "A: as SETUP_CLEANUP, one item is consumed by the with block's exit" },
  POP_BLOCK: { code: 263, arg: "none", effect: 0, meaning: "ends the range of the innermost SETUP_*" },
  JUMP: { code: 256, arg: "jump", effect: 0, jumpEffect: 0, meaning: "A: becomes JUMP_FORWARD or JUMP_BACKWARD" },
  JUMP_NO_INTERRUPT: { code: 257, arg: "jump", effect: 0, jumpEffect: 0, meaning: "A: becomes JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT" },
  LOAD_CLOSURE: { code: 258, arg: "local", effect: 1, meaning: "A: becomes LOAD_FAST: -> the cell object in slot A" },
  STORE_FAST_MAYBE_NULL: { code: 267, arg: "local", effect: -1, meaning: "A: becomes STORE_FAST; the value may be NULL" },
} as const satisfies Record<string, OpcodeSpec>;

export type OpcodeName = keyof typeof OPCODES;

/** Every opcode by name: `Op.LOAD_FAST` is 85. */
export const Op: { readonly [K in OpcodeName]: (typeof OPCODES)[K]["code"] } = Object.freeze(
  Object.fromEntries(Object.entries(OPCODES).map(([name, spec]) => [name, spec.code])),
) as never;

/**
 * The same numbers as a const enum, which TypeScript inlines: a switch over
 * `Opcode.X` cases has literal case values, which V8 compiles to a jump table
 * (a switch over `Op.X` property loads is a chain of comparisons, one per
 * case, on every instruction). `OpcodeEnumAgrees` below keeps it in step with
 * OPCODES at compile time.
 */
export const enum Opcode {
  NOP = 30,
  RESUME = 149,
  MAKE_CELL = 94,
  COPY_FREE_VARS = 62,
  RETURN_GENERATOR = 35,
  LOAD_CONST = 83,
  LOAD_FAST = 85,
  LOAD_FAST_CHECK = 87,
  LOAD_FAST_AND_CLEAR = 86,
  LOAD_FAST_LOAD_FAST = 88,
  STORE_FAST = 110,
  STORE_FAST_LOAD_FAST = 111,
  STORE_FAST_STORE_FAST = 112,
  DELETE_FAST = 65,
  LOAD_DEREF = 84,
  STORE_DEREF = 109,
  DELETE_DEREF = 64,
  LOAD_FROM_DICT_OR_DEREF = 89,
  LOAD_NAME = 92,
  STORE_NAME = 114,
  DELETE_NAME = 67,
  LOAD_GLOBAL = 91,
  STORE_GLOBAL = 113,
  DELETE_GLOBAL = 66,
  LOAD_FROM_DICT_OR_GLOBALS = 90,
  LOAD_LOCALS = 25,
  LOAD_BUILD_CLASS = 24,
  LOAD_ASSERTION_ERROR = 23,
  SETUP_ANNOTATIONS = 37,
  LOAD_ATTR = 82,
  STORE_ATTR = 108,
  DELETE_ATTR = 63,
  LOAD_SUPER_ATTR = 93,
  BINARY_SUBSCR = 5,
  STORE_SUBSCR = 39,
  DELETE_SUBSCR = 9,
  BINARY_SLICE = 4,
  STORE_SLICE = 38,
  POP_TOP = 32,
  PUSH_NULL = 34,
  COPY = 61,
  SWAP = 115,
  UNARY_NEGATIVE = 42,
  UNARY_NOT = 43,
  UNARY_INVERT = 41,
  TO_BOOL = 40,
  BINARY_OP = 45,
  COMPARE_OP = 58,
  IS_OP = 76,
  CONTAINS_OP = 59,
  CALL_INTRINSIC_1 = 55,
  CALL_INTRINSIC_2 = 56,
  BUILD_TUPLE = 52,
  BUILD_LIST = 47,
  BUILD_SET = 49,
  BUILD_MAP = 48,
  BUILD_CONST_KEY_MAP = 46,
  BUILD_STRING = 51,
  BUILD_SLICE = 50,
  LIST_APPEND = 80,
  LIST_EXTEND = 81,
  SET_ADD = 105,
  SET_UPDATE = 107,
  MAP_ADD = 95,
  DICT_UPDATE = 69,
  DICT_MERGE = 68,
  UNPACK_SEQUENCE = 117,
  UNPACK_EX = 116,
  GET_LEN = 20,
  MATCH_SEQUENCE = 29,
  MATCH_MAPPING = 28,
  MATCH_KEYS = 27,
  MATCH_CLASS = 96,
  FORMAT_SIMPLE = 14,
  FORMAT_WITH_SPEC = 15,
  CONVERT_VALUE = 60,
  CALL = 53,
  CALL_KW = 57,
  CALL_FUNCTION_EX = 54,
  MAKE_FUNCTION = 26,
  SET_FUNCTION_ATTRIBUTE = 106,
  RETURN_VALUE = 36,
  RETURN_CONST = 103,
  JUMP_FORWARD = 79,
  JUMP_BACKWARD = 77,
  JUMP_BACKWARD_NO_INTERRUPT = 78,
  POP_JUMP_IF_FALSE = 97,
  POP_JUMP_IF_TRUE = 100,
  POP_JUMP_IF_NONE = 98,
  POP_JUMP_IF_NOT_NONE = 99,
  GET_ITER = 19,
  FOR_ITER = 72,
  END_FOR = 11,
  PUSH_EXC_INFO = 33,
  POP_EXCEPT = 31,
  CHECK_EXC_MATCH = 7,
  CHECK_EG_MATCH = 6,
  RERAISE = 102,
  RAISE_VARARGS = 101,
  CLEANUP_THROW = 8,
  WITH_EXCEPT_START = 44,
  BEFORE_WITH = 2,
  YIELD_VALUE = 118,
  GET_YIELD_FROM_ITER = 21,
  SEND = 104,
  END_SEND = 12,
  GET_AWAITABLE = 73,
  GET_AITER = 16,
  GET_ANEXT = 18,
  END_ASYNC_FOR = 10,
  BEFORE_ASYNC_WITH = 1,
  IMPORT_NAME = 75,
  IMPORT_FROM = 74,
  SETUP_FINALLY = 265,
  SETUP_CLEANUP = 264,
  SETUP_WITH = 266,
  POP_BLOCK = 263,
  JUMP = 256,
  JUMP_NO_INTERRUPT = 257,
  LOAD_CLOSURE = 258,
  STORE_FAST_MAYBE_NULL = 267,
}

/** The names whose Opcode member differs from OPCODES (never, when they agree). */
type OpcodeMismatch = {
  [K in OpcodeName]: `${(typeof Opcode)[K]}` extends `${(typeof OPCODES)[K]["code"]}` ? never : K;
}[OpcodeName];
/** Fails to compile when some Opcode member and its OPCODES entry differ, or a name is missing. */
export type OpcodeEnumAgrees = [OpcodeMismatch] extends [never] ? (keyof typeof Opcode extends OpcodeName ? true : never) : never;
const opcodeEnumAgrees: OpcodeEnumAgrees = true;
void opcodeEnumAgrees;

/** The number of opcode values, pseudo-instructions included. */
export const OPCODE_LIMIT = 268;

/** Names and specs indexed by numeric value; undefined where no opcode has that value. */
export const opcodeNames: readonly (OpcodeName | undefined)[] = buildNameIndex();
export const opcodeSpecs: readonly (OpcodeSpec | undefined)[] = opcodeNames.map((n) =>
  n === undefined ? undefined : OPCODES[n],
);

function buildNameIndex(): (OpcodeName | undefined)[] {
  const names: (OpcodeName | undefined)[] = new Array(OPCODE_LIMIT).fill(undefined);
  for (const name of Object.keys(OPCODES) as OpcodeName[]) {
    const code = OPCODES[name].code;
    if (names[code] !== undefined) throw new Error(`opcode ${code} defined twice`);
    names[code] = name;
  }
  return names;
}

export function opcodeName(op: number): string {
  return opcodeNames[op] ?? `<${op}>`;
}

export function hasArg(op: number): boolean {
  return opcodeSpecs[op]!.arg !== "none";
}

export function isPseudo(op: number): boolean {
  return op >= 256;
}

/** Net stack effect of an instruction; `jump` selects the effect when it branches. */
export function stackEffect(op: number, arg: number, jump: boolean): number {
  const spec = opcodeSpecs[op]!;
  const effect = jump && spec.jumpEffect !== undefined ? spec.jumpEffect : spec.effect;
  return typeof effect === "number" ? effect : effect(arg);
}

// ---------------------------------------------------------------------------
// Families of instructions the compiler and the interpreter treat alike

const set = (...names: OpcodeName[]): ReadonlySet<number> => new Set(names.map((n) => OPCODES[n].code));

/** One byte of family bits per opcode, for the checks the compiler makes per instruction. */
const FAMILY_JUMP = 1;
const FAMILY_UNCONDITIONAL = 2;
const FAMILY_SCOPE_EXIT = 4;
const FAMILY_HANDLER_SETUP = 8;
const families = new Uint8Array(OPCODE_LIMIT);

/** Instructions whose argument is a jump target. */
export const JUMPS = set(
  "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "POP_JUMP_IF_FALSE",
  "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE", "FOR_ITER", "SEND", "JUMP",
  "JUMP_NO_INTERRUPT",
);
/** Jumps that always jump. */
export const UNCONDITIONAL_JUMPS = set(
  "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "JUMP", "JUMP_NO_INTERRUPT",
);
export const BACKWARD_JUMPS = set("JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT");
/** Instructions that leave the frame or raise: nothing after them runs. */
export const SCOPE_EXITS = set("RETURN_VALUE", "RETURN_CONST", "RAISE_VARARGS", "RERAISE");
/** Pseudo-instructions that open an exception-handler range. */
export const HANDLER_SETUPS = set("SETUP_FINALLY", "SETUP_CLEANUP", "SETUP_WITH");

for (const op of JUMPS) families[op] |= FAMILY_JUMP;
for (const op of UNCONDITIONAL_JUMPS) families[op] |= FAMILY_UNCONDITIONAL;
for (const op of SCOPE_EXITS) families[op] |= FAMILY_SCOPE_EXIT;
for (const op of HANDLER_SETUPS) families[op] |= FAMILY_HANDLER_SETUP;

export function isJump(op: number): boolean {
  return (families[op]! & FAMILY_JUMP) !== 0;
}
export function isUnconditionalJump(op: number): boolean {
  return (families[op]! & FAMILY_UNCONDITIONAL) !== 0;
}
export function isScopeExit(op: number): boolean {
  return (families[op]! & FAMILY_SCOPE_EXIT) !== 0;
}
export function isHandlerSetup(op: number): boolean {
  return (families[op]! & FAMILY_HANDLER_SETUP) !== 0;
}
/** The last instruction of a basic block: control never falls through it. */
export function isTerminator(op: number): boolean {
  return (families[op]! & (FAMILY_UNCONDITIONAL | FAMILY_SCOPE_EXIT)) !== 0;
}

// ---------------------------------------------------------------------------
// Argument vocabularies

/** BINARY_OP's argument, CPython's NB_* numbering, with the symbol dis prints. */
export const BINARY_OPERATORS: readonly string[] = [
  "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
  "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];
/** Added to a BINARY_OP argument for the in-place form (`+=` is NB_ADD + 13). */
export const NB_INPLACE_OFFSET = 13;

export const NB = {
  ADD: 0, AND: 1, FLOOR_DIVIDE: 2, LSHIFT: 3, MATRIX_MULTIPLY: 4, MULTIPLY: 5,
  REMAINDER: 6, OR: 7, POWER: 8, RSHIFT: 9, SUBTRACT: 10, TRUE_DIVIDE: 11, XOR: 12,
} as const;

/** COMPARE_OP's argument is `(index << 5) | mask`; mask | 16 converts the result to bool. */
export const COMPARE_OPERATORS: readonly string[] = ["<", "<=", "==", "!=", ">", ">="];
export const COMPARE_BOOL_FLAG = 16;
/**
 * The low four bits CPython 3.13 stores with each comparison (it specialises on
 * them): 1 unordered, 2 less, 4 greater, 8 equal, combined as the operator implies.
 */
export const COMPARE_MASKS: readonly number[] = [2, 2 | 8, 8, 1 | 2 | 4, 4, 4 | 8];

/** CALL_INTRINSIC_1's functions, CPython's numbering. */
export const INTRINSICS_1: readonly string[] = [
  "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
  "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE",
  "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC",
  "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS",
];
/** CALL_INTRINSIC_2's functions, CPython's numbering. */
export const INTRINSICS_2: readonly string[] = [
  "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
  "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS", "INTRINSIC_SET_TYPEPARAM_DEFAULT",
];
export const INTRINSIC2 = {
  PREP_RERAISE_STAR: 1, TYPEVAR_WITH_BOUND: 2, TYPEVAR_WITH_CONSTRAINTS: 3, SET_FUNCTION_TYPE_PARAMS: 4,
  SET_TYPEPARAM_DEFAULT: 5,
} as const;
/** CALL_INTRINSIC_1's functions for generics (PEP 695). */
export const INTRINSIC1_TYPES = {
  TYPEVAR: 7, PARAMSPEC: 8, TYPEVARTUPLE: 9, SUBSCRIPT_GENERIC: 10, TYPEALIAS: 11,
} as const;
export const INTRINSIC = {
  PRINT: 1, IMPORT_STAR: 2, STOPITERATION_ERROR: 3, ASYNC_GEN_WRAP: 4, UNARY_POSITIVE: 5,
  LIST_TO_TUPLE: 6,
} as const;

/** SET_FUNCTION_ATTRIBUTE's argument: one bit per attribute. */
export const FUNCTION_ATTRIBUTE = { DEFAULTS: 1, KWDEFAULTS: 2, ANNOTATIONS: 4, CLOSURE: 8 } as const;
export const FUNCTION_ATTRIBUTE_NAMES: readonly string[] = ["defaults", "kwdefaults", "annotations", "closure"];

/** CONVERT_VALUE's argument; index 0 is unused. */
export const CONVERSIONS: readonly string[] = ["", "str", "repr", "ascii"];

/** RESUME's argument. */
export const RESUME_AT_FUNC_START = 0;
export const RESUME_AFTER_YIELD = 1;
export const RESUME_AFTER_YIELD_FROM = 2;
export const RESUME_AFTER_AWAIT = 3;
/** Or'ed into RESUME's argument when the suspension point is inside one exception handler. */
export const RESUME_OPARG_DEPTH1_MASK = 4;
