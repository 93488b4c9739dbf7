// The built-in types: their ids, names, bases and instance layouts.
//
// Every built-in type has a TypeId, its index in the heap's type table
// (G_TYPES); `heap.i32[G_TYPES + TypeId.list]` is the list type, in every
// worker. This table is the one place that says, for each built-in type, how
// its instances are laid out (layout.ts has the word offsets) and so how the
// collector traces them. The bootstrap (bootstrap.ts) builds the type objects
// from it, in this order, so a type's base always comes before it.

import {
  BUILTIN_REF_COUNT, BUILTIN_WORDS, BYTEARRAY_WORDS, CELL_WORDS, CODE_REF_COUNT, CODE_WORDS, COMPLEX_WORDS,
  DICT_WORDS, DICTITER_WORDS, EXC_DICT, EXC_REF_COUNT, EXC_WORDS, FLOAT_WORDS, FRAME_REF_COUNT, FRAME_WORDS,
  AWAITABLE_WORDS, FUNC_DICT, FUNC_REF_COUNT, FUNC_WORDS, GEN_REF_COUNT, GEN_WORDS, WRAPPER_WORDS, LIST_WORDS, LOCK_WORDS, LOCAL_WORDS, MEMBER_WORDS, EXCGROUP_WORDS, LONGRANGEITER_WORDS, METHOD_WORDS, MODULE_DICT,
  MODULE_WORDS, PAIR_SECOND, PAIR_WORDS, PROPERTY_WORDS, RANGE_WORDS, RANGEITER_WORDS, SEQITER_WORDS, SET_WORDS,
  SETITER_WORDS, SLICE_WORDS, SUPER_WORDS, TF_BASETYPE, TF_BYTES_SUBCLASS, TF_DICT_SUBCLASS, TF_EXCEPTION_SUBCLASS,
  TF_FLOAT_SUBCLASS, TF_IMMUTABLE, TF_INT_SUBCLASS, TF_LIST_SUBCLASS, TF_MAPPING, TF_MATCH_SELF, TF_METATYPE, TF_SEQUENCE, TF_SET_SUBCLASS, TF_THREAD_LOCAL,
  TF_STR_SUBCLASS, TF_TUPLE_SUBCLASS, TRACE_FIXED, TRACE_TUPLE, TRACEBACK_WORDS, TYPE_DICT, TYPE_REF_COUNT,
  TYPE_WORDS, TF_WEAKREFABLE as W, WEAKREF_REF_COUNT, WEAKREF_WORDS,
} from "../heap/layout.js";

/** How instances of a type are laid out. */
export interface InstanceLayout {
  /** TRACE_FIXED or TRACE_TUPLE. */
  trace: number;
  /** TRACE_FIXED: reference words from word 2. */
  refWords: number;
  /** Words of an instance, header included (the fixed part, for variable-size objects). */
  words: number;
  /** Where instances keep their __dict__: a word, 0 for none, -1 for the block's last word. */
  dictOffset: number;
}

function fixed(refWords: number, words: number, dictOffset = 0): InstanceLayout {
  return { trace: TRACE_FIXED, refWords, words, dictOffset };
}

const NO_PAYLOAD = fixed(0, 2);
const SEQUENCE_ITERATOR = fixed(1, SEQITER_WORDS);
const DICT_ITERATOR = fixed(1, DICTITER_WORDS);
const PAIR = fixed(2, PAIR_WORDS);
const DESCRIPTOR = fixed(BUILTIN_REF_COUNT, BUILTIN_WORDS);
const EXCEPTION = fixed(EXC_REF_COUNT, EXC_WORDS, EXC_DICT);

export interface BuiltinTypeSpec {
  name: string;
  /** The base's TypeId; -1 for object. */
  base: number;
  layout: InstanceLayout;
  /** TF_* flags of its own (the base's inheritable flags are added). */
  flags: number;
}

/** TypeIds of the built-in types. */
export const TypeId = {
  object: 0, type: 1, NoneType: 2, NotImplementedType: 3, ellipsis: 4, int: 5, bool: 6, float: 7, complex: 8,
  str: 9, bytes: 10, bytearray: 11, tuple: 12, list: 13, dict: 14, set: 15, frozenset: 16, range: 17, slice: 18,
  function: 19, builtin_function_or_method: 20, method: 21, cell: 22, module: 23, code: 24, frame: 25,
  generator: 26, coroutine: 27, async_generator: 28, traceback: 29, property: 30, staticmethod: 31,
  classmethod: 32, super: 33, mappingproxy: 34, dict_keys: 35, dict_values: 36, dict_items: 37,
  list_iterator: 38, list_reverseiterator: 39, tuple_iterator: 40, str_ascii_iterator: 41, str_iterator: 42,
  bytes_iterator: 43, bytearray_iterator: 44, iterator: 45, reversed: 46, range_iterator: 47,
  longrange_iterator: 48, dict_keyiterator: 49, dict_valueiterator: 50, dict_itemiterator: 51,
  dict_reversekeyiterator: 52, dict_reversevalueiterator: 53, dict_reverseitemiterator: 54, set_iterator: 55,
  callable_iterator: 56, enumerate: 57, map: 58, filter: 59, zip: 60, method_descriptor: 61,
  classmethod_descriptor: 62, wrapper_descriptor: 63, method_wrapper: 64, getset_descriptor: 65,
  BaseException: 66, SystemExit: 67, KeyboardInterrupt: 68, GeneratorExit: 69, Exception: 70,
  StopIteration: 71, StopAsyncIteration: 72, ArithmeticError: 73, FloatingPointError: 74, OverflowError: 75,
  ZeroDivisionError: 76, AssertionError: 77, AttributeError: 78, BufferError: 79, EOFError: 80,
  ImportError: 81, ModuleNotFoundError: 82, LookupError: 83, IndexError: 84, KeyError: 85, MemoryError: 86,
  NameError: 87, UnboundLocalError: 88, OSError: 89, BlockingIOError: 90, ChildProcessError: 91,
  ConnectionError: 92, BrokenPipeError: 93, ConnectionAbortedError: 94, ConnectionRefusedError: 95,
  ConnectionResetError: 96, FileExistsError: 97, FileNotFoundError: 98, InterruptedError: 99,
  IsADirectoryError: 100, NotADirectoryError: 101, PermissionError: 102, ProcessLookupError: 103,
  TimeoutError: 104, ReferenceError: 105, RuntimeError: 106, NotImplementedError: 107, RecursionError: 108,
  PythonFinalizationError: 109, SyntaxError: 110, IndentationError: 111, TabError: 112, SystemError: 113,
  TypeError: 114, ValueError: 115, UnicodeError: 116, UnicodeDecodeError: 117, UnicodeEncodeError: 118,
  UnicodeTranslateError: 119, Warning: 120, UserWarning: 121, DeprecationWarning: 122,
  PendingDeprecationWarning: 123, SyntaxWarning: 124, RuntimeWarning: 125, FutureWarning: 126,
  ImportWarning: 127, UnicodeWarning: 128, BytesWarning: 129, ResourceWarning: 130, EncodingWarning: 131,
  lock: 132, RLock: 133, member_descriptor: 134, BaseExceptionGroup: 135, ExceptionGroup: 136,
  _local: 137, async_generator_asend: 138, async_generator_athrow: 139, async_generator_wrapped_value: 140,
  coroutine_wrapper: 141, anext_awaitable: 142, ReferenceType: 143,
} as const;

export type TypeIdName = keyof typeof TypeId;

const T = TypeId;
const EXCEPTION_FLAGS = TF_BASETYPE | TF_EXCEPTION_SUBCLASS;

function spec(name: string, base: number, layout: InstanceLayout, flags: number): BuiltinTypeSpec {
  return { name, base, layout, flags };
}

function exception(name: string, base: number): BuiltinTypeSpec {
  return spec(name, base, EXCEPTION, EXCEPTION_FLAGS);
}

/** The built-in types, indexed by TypeId. */
export const BUILTIN_TYPES: readonly BuiltinTypeSpec[] = [
  spec("object", -1, NO_PAYLOAD, TF_BASETYPE),
  spec("type", T.object, fixed(TYPE_REF_COUNT, TYPE_WORDS, TYPE_DICT), TF_BASETYPE | TF_METATYPE | W),
  spec("NoneType", T.object, NO_PAYLOAD, TF_IMMUTABLE),
  spec("NotImplementedType", T.object, NO_PAYLOAD, TF_IMMUTABLE),
  spec("ellipsis", T.object, NO_PAYLOAD, TF_IMMUTABLE),
  spec("int", T.object, fixed(0, 3), TF_BASETYPE | TF_INT_SUBCLASS | TF_IMMUTABLE | TF_MATCH_SELF),
  spec("bool", T.int, fixed(0, 3), TF_IMMUTABLE | TF_MATCH_SELF),
  spec("float", T.object, fixed(0, FLOAT_WORDS), TF_BASETYPE | TF_FLOAT_SUBCLASS | TF_IMMUTABLE | TF_MATCH_SELF),
  spec("complex", T.object, fixed(0, COMPLEX_WORDS), TF_BASETYPE | TF_IMMUTABLE),
  spec("str", T.object, fixed(0, 6), TF_BASETYPE | TF_STR_SUBCLASS | TF_IMMUTABLE | TF_MATCH_SELF),
  spec("bytes", T.object, fixed(0, 4), TF_BASETYPE | TF_BYTES_SUBCLASS | TF_IMMUTABLE | TF_MATCH_SELF),
  spec("bytearray", T.object, fixed(1, BYTEARRAY_WORDS), TF_BASETYPE | TF_MATCH_SELF),
  spec("tuple", T.object, { trace: TRACE_TUPLE, refWords: 0, words: 3, dictOffset: 0 }, TF_BASETYPE | TF_TUPLE_SUBCLASS | TF_IMMUTABLE | TF_SEQUENCE | TF_MATCH_SELF),
  spec("list", T.object, fixed(1, LIST_WORDS), TF_BASETYPE | TF_LIST_SUBCLASS | TF_SEQUENCE | TF_MATCH_SELF),
  spec("dict", T.object, fixed(1, DICT_WORDS), TF_BASETYPE | TF_DICT_SUBCLASS | TF_MAPPING | TF_MATCH_SELF),
  spec("set", T.object, fixed(1, SET_WORDS), TF_BASETYPE | TF_SET_SUBCLASS | TF_MATCH_SELF | W),
  spec("frozenset", T.object, fixed(1, SET_WORDS), TF_BASETYPE | TF_SET_SUBCLASS | TF_IMMUTABLE | TF_MATCH_SELF | W),
  spec("range", T.object, fixed(4, RANGE_WORDS), TF_IMMUTABLE | TF_SEQUENCE),
  spec("slice", T.object, fixed(3, SLICE_WORDS), TF_IMMUTABLE),
  spec("function", T.object, fixed(FUNC_REF_COUNT, FUNC_WORDS, FUNC_DICT), W),
  spec("builtin_function_or_method", T.object, DESCRIPTOR, W),
  spec("method", T.object, fixed(2, METHOD_WORDS), W),
  spec("cell", T.object, fixed(1, CELL_WORDS), 0),
  spec("module", T.object, fixed(2, MODULE_WORDS, MODULE_DICT), TF_BASETYPE | W),
  spec("code", T.object, fixed(CODE_REF_COUNT, CODE_WORDS), TF_IMMUTABLE | W),
  spec("frame", T.object, fixed(FRAME_REF_COUNT, FRAME_WORDS), 0),
  spec("generator", T.object, fixed(GEN_REF_COUNT, GEN_WORDS), W),
  spec("coroutine", T.object, fixed(GEN_REF_COUNT, GEN_WORDS), W),
  spec("async_generator", T.object, fixed(GEN_REF_COUNT, GEN_WORDS), W),
  spec("traceback", T.object, fixed(2, TRACEBACK_WORDS), 0),
  spec("property", T.object, fixed(5, PROPERTY_WORDS), TF_BASETYPE),
  spec("staticmethod", T.object, fixed(2, PAIR_WORDS, PAIR_SECOND), TF_BASETYPE),
  spec("classmethod", T.object, fixed(2, PAIR_WORDS, PAIR_SECOND), TF_BASETYPE),
  spec("super", T.object, fixed(3, SUPER_WORDS), TF_BASETYPE),
  spec("mappingproxy", T.object, PAIR, TF_MAPPING),
  spec("dict_keys", T.object, PAIR, 0),
  spec("dict_values", T.object, PAIR, 0),
  spec("dict_items", T.object, PAIR, 0),
  spec("list_iterator", T.object, SEQUENCE_ITERATOR, 0),
  spec("list_reverseiterator", T.object, SEQUENCE_ITERATOR, 0),
  spec("tuple_iterator", T.object, SEQUENCE_ITERATOR, 0),
  spec("str_ascii_iterator", T.object, SEQUENCE_ITERATOR, 0),
  spec("str_iterator", T.object, SEQUENCE_ITERATOR, 0),
  spec("bytes_iterator", T.object, SEQUENCE_ITERATOR, 0),
  spec("bytearray_iterator", T.object, SEQUENCE_ITERATOR, 0),
  spec("iterator", T.object, SEQUENCE_ITERATOR, 0),
  spec("reversed", T.object, SEQUENCE_ITERATOR, TF_BASETYPE),
  spec("range_iterator", T.object, fixed(0, RANGEITER_WORDS), 0),
  spec("longrange_iterator", T.object, fixed(3, LONGRANGEITER_WORDS), 0),
  spec("dict_keyiterator", T.object, DICT_ITERATOR, 0),
  spec("dict_valueiterator", T.object, DICT_ITERATOR, 0),
  spec("dict_itemiterator", T.object, DICT_ITERATOR, 0),
  spec("dict_reversekeyiterator", T.object, DICT_ITERATOR, 0),
  spec("dict_reversevalueiterator", T.object, DICT_ITERATOR, 0),
  spec("dict_reverseitemiterator", T.object, DICT_ITERATOR, 0),
  spec("set_iterator", T.object, fixed(1, SETITER_WORDS), 0),
  spec("callable_iterator", T.object, PAIR, 0),
  spec("enumerate", T.object, PAIR, TF_BASETYPE),
  spec("map", T.object, PAIR, TF_BASETYPE),
  spec("filter", T.object, PAIR, TF_BASETYPE),
  spec("zip", T.object, PAIR, TF_BASETYPE),
  spec("method_descriptor", T.object, DESCRIPTOR, 0),
  spec("classmethod_descriptor", T.object, DESCRIPTOR, 0),
  spec("wrapper_descriptor", T.object, DESCRIPTOR, 0),
  spec("method-wrapper", T.object, DESCRIPTOR, 0),
  spec("getset_descriptor", T.object, DESCRIPTOR, 0),
  exception("BaseException", T.object),
  exception("SystemExit", T.BaseException),
  exception("KeyboardInterrupt", T.BaseException),
  exception("GeneratorExit", T.BaseException),
  exception("Exception", T.BaseException),
  exception("StopIteration", T.Exception),
  exception("StopAsyncIteration", T.Exception),
  exception("ArithmeticError", T.Exception),
  exception("FloatingPointError", T.ArithmeticError),
  exception("OverflowError", T.ArithmeticError),
  exception("ZeroDivisionError", T.ArithmeticError),
  exception("AssertionError", T.Exception),
  exception("AttributeError", T.Exception),
  exception("BufferError", T.Exception),
  exception("EOFError", T.Exception),
  exception("ImportError", T.Exception),
  exception("ModuleNotFoundError", T.ImportError),
  exception("LookupError", T.Exception),
  exception("IndexError", T.LookupError),
  exception("KeyError", T.LookupError),
  exception("MemoryError", T.Exception),
  exception("NameError", T.Exception),
  exception("UnboundLocalError", T.NameError),
  exception("OSError", T.Exception),
  exception("BlockingIOError", T.OSError),
  exception("ChildProcessError", T.OSError),
  exception("ConnectionError", T.OSError),
  exception("BrokenPipeError", T.ConnectionError),
  exception("ConnectionAbortedError", T.ConnectionError),
  exception("ConnectionRefusedError", T.ConnectionError),
  exception("ConnectionResetError", T.ConnectionError),
  exception("FileExistsError", T.OSError),
  exception("FileNotFoundError", T.OSError),
  exception("InterruptedError", T.OSError),
  exception("IsADirectoryError", T.OSError),
  exception("NotADirectoryError", T.OSError),
  exception("PermissionError", T.OSError),
  exception("ProcessLookupError", T.OSError),
  exception("TimeoutError", T.OSError),
  exception("ReferenceError", T.Exception),
  exception("RuntimeError", T.Exception),
  exception("NotImplementedError", T.RuntimeError),
  exception("RecursionError", T.RuntimeError),
  exception("PythonFinalizationError", T.RuntimeError),
  exception("SyntaxError", T.Exception),
  exception("IndentationError", T.SyntaxError),
  exception("TabError", T.IndentationError),
  exception("SystemError", T.Exception),
  exception("TypeError", T.Exception),
  exception("ValueError", T.Exception),
  exception("UnicodeError", T.ValueError),
  exception("UnicodeDecodeError", T.UnicodeError),
  exception("UnicodeEncodeError", T.UnicodeError),
  exception("UnicodeTranslateError", T.UnicodeError),
  exception("Warning", T.Exception),
  exception("UserWarning", T.Warning),
  exception("DeprecationWarning", T.Warning),
  exception("PendingDeprecationWarning", T.Warning),
  exception("SyntaxWarning", T.Warning),
  exception("RuntimeWarning", T.Warning),
  exception("FutureWarning", T.Warning),
  exception("ImportWarning", T.Warning),
  exception("UnicodeWarning", T.Warning),
  exception("BytesWarning", T.Warning),
  exception("ResourceWarning", T.Warning),
  exception("EncodingWarning", T.Warning),
  spec("lock", T.object, fixed(0, LOCK_WORDS), W),
  spec("RLock", T.object, fixed(0, LOCK_WORDS), TF_BASETYPE | W),
  spec("member_descriptor", T.object, fixed(3, MEMBER_WORDS), 0),
  // The group's words follow the exception's; its raw word (EXC_SUPPRESS_CONTEXT,
  // 0 or 1) reads as a value, so the reference words may run through it.
  spec("BaseExceptionGroup", T.BaseException, fixed(EXCGROUP_WORDS - 2, EXCGROUP_WORDS, EXC_DICT), EXCEPTION_FLAGS | W),
  // Its second base, Exception, is added by bootstrap.ts (exceptionGroupBases).
  spec("ExceptionGroup", T.BaseExceptionGroup, fixed(EXCGROUP_WORDS - 2, EXCGROUP_WORDS, EXC_DICT), EXCEPTION_FLAGS | W),
  // No __dict__ word: the instance dict is looked up per thread.
  spec("_local", T.object, fixed(3, LOCAL_WORDS), TF_BASETYPE | TF_THREAD_LOCAL | W),
  spec("async_generator_asend", T.object, fixed(2, AWAITABLE_WORDS), 0),
  spec("async_generator_athrow", T.object, fixed(2, AWAITABLE_WORDS), 0),
  spec("async_generator_wrapped_value", T.object, fixed(1, WRAPPER_WORDS), 0),
  spec("coroutine_wrapper", T.object, fixed(1, WRAPPER_WORDS), 0),
  // anext(aiterator, default): the awaitable of __anext__(), then the default.
  spec("anext_awaitable", T.object, PAIR, 0),
  // weakref.ref: its referent and chain words read as small ints, so the collector passes over them.
  spec("ReferenceType", T.object, fixed(WEAKREF_REF_COUNT, WEAKREF_WORDS), TF_BASETYPE),
];

const idsByName = new Map<string, number>(BUILTIN_TYPES.map((t, id) => [t.name, id]));

/** The TypeId of the built-in type called `name` (its __name__), or -1. */
export function typeIdOf(name: string): number {
  return idsByName.get(name) ?? -1;
}
