// The layout of the heap: the fixed area, the object header, and the words of
// every built-in object, all in one place.
//
// Offsets are in 32-bit words. The heap is one SharedArrayBuffer; word 0 is its
// first word. It starts with the FIXED AREA (global words, the built-in type
// table, the allocator's free lists), then the immortal singletons at fixed
// offsets, then ordinary blocks up to `top`.
//
// Every block starts with a two-word HEADER:
//
//   word 0  type   even: a value pointing at the object's type object
//                  odd:  an internal block (items of a list, a dict's table):
//                        the block kind is `type >> 1` (BLOCK_* below)
//                  0:    a free block
//   word 1  flags  bits 0-1  the object's lock (free-threaded mode)
//                  bit  2    the collector's mark
//                  bit  3    immutable (str, int, float, tuple, frozenset...)
//                  bit  4    watched: dropping a reference should collect
//                  bits 5-31 the block's size in 8-byte units (header included)
//
// So the size of every block, live or free, is in its own header: the
// collector sweeps by walking the heap from HEAP_START to `top` block by block.
// Blocks are a multiple of 8 bytes and at least 16 bytes (a free block needs a
// third word for its free-list link). Payload words start at word 2, which is
// 8-byte aligned, so a float64 payload at word 2 is aligned too.
//
// A Python object's payload is described by its type (TYPE_* words below):
// TRACE_FIXED objects hold `refWords` value words from word 2, then raw
// words; TRACE_TUPLE objects hold a length then that many values. A type
// whose instances carry a `__dict__` says where (TYPE_DICT_OFFSET): at a fixed
// word, or (-1) in the last word of the block, for variable-size objects.

// ---------------------------------------------------------------------------
// Header

export const HEADER_WORDS = 2;
export const TYPE_WORD = 0;
export const FLAGS_WORD = 1;

export const LOCK_MASK = 0b11;
/** The lock is held. */
export const LOCK_HELD = 0b01;
/** The lock is held and someone waits for it (the holder must notify). */
export const LOCK_CONTENDED = 0b10;
export const MARK_BIT = 1 << 2;
export const IMMUTABLE_BIT = 1 << 3;
/**
 * Dropping a reference to the object should collect at once, because its end
 * is observable: it is listed for finalization and its __del__ has not run
 * (src/vm/finalizers.ts), or a weak reference points at it (src/vm/weakrefs.ts).
 */
export const WATCHED_BIT = 1 << 4;
export const SIZE_SHIFT = 5;

/** The smallest block: header, free-list link, padding. */
export const MIN_BLOCK_WORDS = 4;
/** The largest block a header can describe: 2**27 units of 8 bytes. */
export const MAX_BLOCK_WORDS = 2 ** 28 - 2;

// Internal blocks: their type word is a tag, `kind << 1 | 1`.
/** Every payload word is a value (the items of a list, the intern table). */
export const BLOCK_VALUES = (1 << 1) | 1;
/** No payload word is a value (instructions, the bytes of a bytearray). */
export const BLOCK_RAW = (2 << 1) | 1;
/** A dict's hash index and entries (DICT_KEYS_* below). */
export const BLOCK_DICT_KEYS = (3 << 1) | 1;
/** A set's open-addressing table (SET_ENTRY_* below). */
export const BLOCK_SET_TABLE = (4 << 1) | 1;
/** Word 2 counts the raw words that follow it; every word after those is a value. */
export const BLOCK_MIXED = (5 << 1) | 1;
/** The word of a MIXED block that counts its raw words. */
export const MIXED_RAW_COUNT = 2;

// How the collector finds the references inside instances of a type (TYPE_TRACE_KIND).
/** `refWords` values from word 2, then raw words; the size comes from the header. */
export const TRACE_FIXED = 0;
/** Word 2: the length n; words 3 .. 3+n: values. */
export const TRACE_TUPLE = 1;

// ---------------------------------------------------------------------------
// The fixed area (global words)

/** Identifies a pygil heap ("PYGL"). */
export const HEAP_MAGIC = 0x5059474c;
export const HEAP_LAYOUT_VERSION = 1;

export const G_MAGIC = 0;
export const G_LAYOUT_VERSION = 1;
/** The allocator's lock word (see lock.ts). */
export const G_ALLOC_LOCK = 2;
/** Incremented by every collection; caches keyed by heap address check it. */
export const G_EPOCH = 3;
/** Reserved for the GIL. */
export const G_GIL = 4;
/** Reserved: a value pointing at the thread table. A root. */
export const G_THREAD_TABLE = 5;
/** End of the formatted heap: every word in [HEAP_START, top) belongs to a block. */
export const G_TOP = 6;
/** End of the memory the allocator may use (<= the buffer's length). */
export const G_LIMIT = 7;
/** The bump-allocation region [bump, bumpEnd), inside [HEAP_START, top). */
export const G_BUMP = 8;
export const G_BUMP_END = 9;
/** Words handed out since the last collection (a hint for the VM's trigger). */
export const G_ALLOCATED_SINCE_GC = 10;
/** Words live after the last collection. */
export const G_LIVE_AFTER_GC = 11;
export const G_COLLECTIONS = 12;
/** Non-zero when threads run without the GIL: the allocator then takes its lock. */
export const G_FREE_THREADED = 13;
/** A value pointing at the intern table (a VALUES block). A root. */
export const G_INTERN_TABLE = 14;
export const G_INTERN_COUNT = 15;
export const G_INTERN_LOCK = 16;
/** sys.get_int_max_str_digits(): 4300 by default, 0 for no limit. */
export const G_INT_MAX_STR_DIGITS = 17;
/** Source of fresh type version tags. */
export const G_NEXT_TYPE_VERSION = 18;
/** Peak of `top`, in words. */
export const G_PEAK_TOP = 19;

/** Values the heap itself keeps (roots): */
export const G_CONSTANTS = 20;
/** The empty tuple, (), shared by everyone. */
export const G_EMPTY_TUPLE = 20;
/** The empty str. */
export const G_EMPTY_STR = 21;
/** A MemoryError made in advance: raising it when the heap is full needs no allocation. */
export const G_MEMORY_ERROR = 22;
/**
 * 1 while gc.disable() holds automatic collections off, else 0: a small
 * number, never a pointer, so the marker passes over it.
 */
export const G_GC_DISABLED = 31;
export const G_CONSTANTS_END = 32;

/** General root slots for the VM (sys.modules, builtins, ...): values. */
export const G_ROOTS = 32;
export const G_ROOT_COUNT = 96;
/** The built-in type table: one value per TypeId (src/objects/type-ids.ts). */
export const G_TYPES = 128;
export const G_TYPE_COUNT = 256;
/** Heads of the free lists of small blocks, indexed by size in 8-byte units. */
export const G_SMALL_FREE = 384;
/** Blocks up to this many words have an exact-size free list. */
export const SMALL_MAX_WORDS = 256;
/** Heads of the free lists of large blocks, indexed by floor(log2(words)). */
export const G_LARGE_BINS = G_SMALL_FREE + SMALL_MAX_WORDS / 2 + 1;
export const LARGE_BIN_COUNT = 32;

/** The GIL and the thread table (src/threads/): raw words, none of them a value. */
export const G_THREADS = 560;
export const G_THREADS_END = 576;

/**
 * Objects whose class has a __del__ (src/vm/finalizers.ts): a raw word
 * pointing at the registry, a BLOCK_RAW block that the collector keeps alive
 * without tracing what it lists; the registry's lock; a word set once any
 * class has defined __del__, so instance creation looks for one only then.
 */
export const G_FINALIZERS = 576;
export const G_FINALIZERS_LOCK = 577;
export const G_DEL_DEFINED = 578;

/**
 * Weak references (src/vm/weakrefs.ts): a raw word pointing at the table of
 * weakly referenced objects (a BLOCK_RAW block the collector keeps without
 * tracing it); the table's lock; a raw word pointing at the first weak
 * reference whose callback waits to run (linked through WEAKREF_NEXT); the
 * source of the table's serial numbers.
 */
export const G_WEAKREFS = 579;
export const G_WEAKREFS_LOCK = 580;
export const G_WEAKREF_PENDING = 581;
export const G_WEAKREF_SERIAL = 582;

export const FIXED_AREA_WORDS = 1024;

// ---------------------------------------------------------------------------
// Immortal singletons, allocated first at these offsets (4 words each)

/** The first block of the heap. */
export const HEAP_START = FIXED_AREA_WORDS;
export const NONE = HEAP_START;
export const FALSE = NONE + 4;
export const TRUE = NONE + 8;
export const ELLIPSIS = NONE + 12;
export const NOT_IMPLEMENTED = NONE + 16;
/** The key a set leaves where an entry was deleted. */
export const SET_DUMMY = NONE + 20;
/** The first word after the singletons. */
export const SINGLETONS_END = NONE + 24;

/** bool objects: the int value, 0 or 1. */
export const BOOL_VALUE = 2;

// ---------------------------------------------------------------------------
// Type objects (TRACE_FIXED, 7 reference words)

export const TYPE_NAME = 2; //         str
export const TYPE_QUALNAME = 3; //     str
export const TYPE_BASE = 4; //         type, or 0 for object
export const TYPE_BASES = 5; //        tuple of types
export const TYPE_MRO = 6; //          tuple of types, the type first
export const TYPE_DICT = 7; //         dict: the attributes
export const TYPE_SUBCLASSES = 8; //   list of the direct subclasses, or 0 before the first
export const TYPE_FLAGS = 9; //        TypeFlag bits (type.ts)
export const TYPE_SLOTS = 10; //       index into the native slot table (slots.ts)
export const TYPE_TRACE_KIND = 11; //  TRACE_* kind of instances
export const TYPE_REF_WORDS = 12; //   FIXED instances: reference words from word 2
export const TYPE_INSTANCE_WORDS = 13; // words of a fixed-size instance (header included)
export const TYPE_DICT_OFFSET = 14; // instances' __dict__ word; 0: none; -1: last word
export const TYPE_VERSION = 15; //     changes when the type or a base changes
export const TYPE_ID = 16; //          TypeId of a built-in type, -1 for a class
export const TYPE_WORDS = 17;
export const TYPE_REF_COUNT = 7;

// TYPE_FLAGS bits
/** A class made by a class statement (or type(name, bases, dict)), not built in. */
export const TF_HEAPTYPE = 1 << 0;
/** The type may be subclassed. */
export const TF_BASETYPE = 1 << 1;
/** Instances are immutable: allocated with IMMUTABLE_BIT. */
export const TF_IMMUTABLE = 1 << 2;
/** The type is `type` or derives from it: its instances are type objects. */
export const TF_METATYPE = 1 << 3;
/** Fast subclass tests, as CPython's Py_TPFLAGS_*_SUBCLASS. */
export const TF_INT_SUBCLASS = 1 << 4;
export const TF_STR_SUBCLASS = 1 << 5;
export const TF_BYTES_SUBCLASS = 1 << 6;
export const TF_TUPLE_SUBCLASS = 1 << 7;
export const TF_LIST_SUBCLASS = 1 << 8;
export const TF_DICT_SUBCLASS = 1 << 9;
export const TF_EXCEPTION_SUBCLASS = 1 << 10;
export const TF_FLOAT_SUBCLASS = 1 << 11;
export const TF_SET_SUBCLASS = 1 << 12;
/** _thread._local or a subclass: the instance's __dict__ is the calling thread's (src/vm/thread-local.ts). */
export const TF_THREAD_LOCAL = 1 << 13;
/** Matched by sequence patterns (CPython's Py_TPFLAGS_SEQUENCE): list, tuple, range and their subclasses. */
export const TF_SEQUENCE = 1 << 14;
/** Matched by mapping patterns (Py_TPFLAGS_MAPPING): dict, mappingproxy and their subclasses. */
export const TF_MAPPING = 1 << 15;
/** A class pattern `C(x)` matches the subject itself (_Py_TPFLAGS_MATCH_SELF): the 11 built-in types of PEP 634. */
export const TF_MATCH_SELF = 1 << 16;
/** Instances may be weakly referenced (CPython's tp_weaklistoffset != 0). */
export const TF_WEAKREFABLE = 1 << 17;
/** The flags a class inherits from its bases. */
export const TF_INHERITED = TF_WEAKREFABLE | TF_METATYPE | TF_INT_SUBCLASS | TF_STR_SUBCLASS | TF_BYTES_SUBCLASS | TF_TUPLE_SUBCLASS
  | TF_LIST_SUBCLASS | TF_DICT_SUBCLASS | TF_EXCEPTION_SUBCLASS | TF_FLOAT_SUBCLASS | TF_SET_SUBCLASS | TF_IMMUTABLE | TF_THREAD_LOCAL
  | TF_SEQUENCE | TF_MAPPING | TF_MATCH_SELF;

// ---------------------------------------------------------------------------
// Numbers

/** int (when it does not fit a small int): signed digit count, then 32-bit digits, least significant first. */
export const INT_SIZE = 2;
export const INT_DIGITS = 3;
/** float: a float64 at words 2-3. */
export const FLOAT_VALUE = 2;
export const FLOAT_WORDS = 4;
/** complex: real at words 2-3, imaginary at 4-5. */
export const COMPLEX_REAL = 2;
export const COMPLEX_IMAG = 4;
export const COMPLEX_WORDS = 6;

// ---------------------------------------------------------------------------
// Strings and bytes

/** str: UTF-16 units, hash, code points, flags, then the units from word 6. */
export const STR_UNITS = 2;
export const STR_HASH = 3;
export const STR_LENGTH = 4; //   in code points, what len() says
export const STR_FLAGS = 5;
export const STR_DATA = 6;
export const STR_INTERNED = 1;
export const STR_ASCII = 2;
/** bytes: length, hash, then the bytes from word 4. */
export const BYTES_LENGTH = 2;
export const BYTES_HASH = 3;
export const BYTES_DATA = 4;
/** bytearray: a RAW block of bytes, the length, the capacity, how many memoryviews export it. */
export const BYTEARRAY_DATA = 2;
export const BYTEARRAY_LENGTH = 3;
export const BYTEARRAY_CAPACITY = 4;
export const BYTEARRAY_EXPORTS = 5;
export const BYTEARRAY_WORDS = 6;

// ---------------------------------------------------------------------------
// Thread locks (_thread.lock and _thread.RLock)

/** The lock word, changed only with Atomics: 0 when free; lock: 1 when held; RLock: the owner's thread id. */
export const LOCK_STATE = 2;
/** RLock: how many times the owner acquired it. */
export const LOCK_COUNT = 3;
export const LOCK_WORDS = 4;

// ---------------------------------------------------------------------------
// Containers

/** tuple (TRACE_TUPLE): the length, then the items. */
export const TUPLE_LENGTH = 2;
export const TUPLE_ITEMS = 3;
/** list: a VALUES block of items (0 when empty), the size, the capacity. */
export const LIST_ITEMS = 2;
export const LIST_SIZE = 3;
export const LIST_CAPACITY = 4;
export const LIST_WORDS = 5;
/** dict: a DICT_KEYS block, the number of items, the version tag. */
export const DICT_KEYS = 2;
export const DICT_USED = 3;
export const DICT_VERSION = 4;
export const DICT_WORDS = 5;
/** DICT_KEYS blocks: log2 of the index size, entries still usable, entries used, then the index (one word per slot), then the entries. */
export const DICT_KEYS_LOG2 = 2;
export const DICT_KEYS_USABLE = 3;
export const DICT_KEYS_NENTRIES = 4;
export const DICT_KEYS_INDEX = 6;
/** A dict entry: hash low word, hash high word, key, value. */
export const DICT_ENTRY_WORDS = 4;
/** set and frozenset: a SET_TABLE block, fill, used, mask, finger, cached hash (frozenset). */
export const SET_TABLE = 2;
export const SET_FILL = 3;
export const SET_USED = 4;
export const SET_MASK = 5;
export const SET_FINGER = 6;
export const SET_HASH_LO = 7;
export const SET_HASH_HI = 8;
/** Non-zero once SET_HASH_* hold the frozenset's hash. */
export const SET_HASHED = 9;
export const SET_WORDS = 10;
/** A set entry: hash low word, hash high word, key (0: empty; SET_DUMMY: deleted). */
export const SET_ENTRY_WORDS = 3;

/** range: start, stop, step, length, all int values. */
export const RANGE_START = 2;
export const RANGE_STOP = 3;
export const RANGE_STEP = 4;
export const RANGE_LENGTH = 5;
export const RANGE_WORDS = 6;
/** slice: start, stop, step (any values). */
export const SLICE_START = 2;
export const SLICE_STOP = 3;
export const SLICE_STEP = 4;
export const SLICE_WORDS = 5;

// ---------------------------------------------------------------------------
// Functions, code, modules

/** cell: its contents (0 when empty). */
export const CELL_CONTENTS = 2;
export const CELL_WORDS = 3;
/** module: name, dict. */
export const MODULE_NAME = 2;
export const MODULE_DICT = 3;
export const MODULE_WORDS = 4;
/** function (13 reference words, then raw words). */
export const FUNC_CODE = 2;
export const FUNC_GLOBALS = 3;
export const FUNC_BUILTINS = 4;
export const FUNC_NAME = 5;
export const FUNC_QUALNAME = 6;
export const FUNC_DEFAULTS = 7; //    tuple or 0
export const FUNC_KWDEFAULTS = 8; //  dict or 0
export const FUNC_CLOSURE = 9; //     tuple of cells or 0
export const FUNC_ANNOTATIONS = 10; // dict or 0
export const FUNC_DICT = 11; //       dict or 0 (created on first use)
export const FUNC_DOC = 12;
export const FUNC_MODULE = 13;
export const FUNC_TYPE_PARAMS = 14;
export const FUNC_VERSION = 15; //   raw: changes when code/defaults change
export const FUNC_WORDS = 16;
export const FUNC_REF_COUNT = 13;
/** method (bound): function, self. */
export const METHOD_FUNC = 2;
export const METHOD_SELF = 3;
export const METHOD_WORDS = 4;
/** builtin_function_or_method: name, qualname, self (or the module), then the native function's index. */
export const BUILTIN_NAME = 2;
export const BUILTIN_QUALNAME = 3;
export const BUILTIN_SELF = 4;
export const BUILTIN_INDEX = 5;
export const BUILTIN_WORDS = 6;
export const BUILTIN_REF_COUNT = 3;
/** code: 11 reference words then raw words (see src/objects/code.ts). */
export const CODE_NAME = 2;
export const CODE_QUALNAME = 3;
export const CODE_FILENAME = 4;
export const CODE_CONSTS = 5; //        tuple
export const CODE_NAMES = 6; //         tuple of str
export const CODE_LOCALSPLUSNAMES = 7; // tuple of str
export const CODE_LOCALSPLUSKINDS = 8; // bytes
export const CODE_INSTRUCTIONS = 9; //  RAW block: (opcode, argument) pairs
export const CODE_POSITIONS = 10; //    RAW block: 4 words per instruction
export const CODE_EXCEPTION_TABLE = 11; // RAW block: 4 words per entry
export const CODE_DOC = 12; //         str or None
export const CODE_FIRSTLINENO = 13;
export const CODE_ARGCOUNT = 14;
export const CODE_POSONLYARGCOUNT = 15;
export const CODE_KWONLYARGCOUNT = 16;
export const CODE_FLAGS = 17;
export const CODE_NLOCALS = 18;
export const CODE_NCELLVARS = 19;
export const CODE_NFREEVARS = 20;
export const CODE_STACKSIZE = 21;
export const CODE_NINSTRUCTIONS = 22;
export const CODE_NEXCEPTION_ENTRIES = 23;
export const CODE_NLOCALSPLUS = 24;
export const CODE_WORDS = 26;
export const CODE_REF_COUNT = 11;

// ---------------------------------------------------------------------------
// Exceptions, instances, iterators and other small objects

/** BaseException and subclasses: args, __cause__, __context__, __traceback__, __dict__, then __suppress_context__ (raw). */
export const EXC_ARGS = 2;
export const EXC_CAUSE = 3;
export const EXC_CONTEXT = 4;
export const EXC_TRACEBACK = 5;
export const EXC_DICT = 6;
export const EXC_SUPPRESS_CONTEXT = 7;
export const EXC_WORDS = 8;
export const EXC_REF_COUNT = 5;
/** Instances of classes deriving from object: the __dict__. */
export const INSTANCE_DICT = 2;
export const INSTANCE_WORDS = 3;
/** Sequence iterators (list, tuple, str, bytes, reversed...): the sequence, then the index. */
export const SEQITER_SEQ = 2;
export const SEQITER_INDEX = 3;
export const SEQITER_WORDS = 4;
/** range_iterator: next value, step, items left (small ints only; big ranges use longrange_iterator). */
export const RANGEITER_NEXT = 2;
export const RANGEITER_STEP = 3;
export const RANGEITER_LEFT = 4;
export const RANGEITER_WORDS = 5;
/** longrange_iterator: next value, step, items left (int values). */
export const LONGRANGEITER_NEXT = 2;
export const LONGRANGEITER_STEP = 3;
export const LONGRANGEITER_LEFT = 4;
export const LONGRANGEITER_WORDS = 5;
/** Dict iterators: the dict, then the entry position, the size when made, items left. */
export const DICTITER_DICT = 2;
export const DICTITER_POS = 3;
export const DICTITER_USED = 4;
export const DICTITER_LEFT = 5;
export const DICTITER_WORDS = 6;
/** set_iterator: the set, then the table position, the size when made, items left. */
export const SETITER_SET = 2;
export const SETITER_POS = 3;
export const SETITER_USED = 4;
export const SETITER_LEFT = 5;
export const SETITER_WORDS = 6;
/** Two-reference objects: enumerate (iterator, count), map (function, iterators), filter (function, iterator), zip (iterators, strict flag), callable_iterator (callable, sentinel), dict views (dict), staticmethod/classmethod (callable, dict). */
export const PAIR_FIRST = 2;
export const PAIR_SECOND = 3;
export const PAIR_WORDS = 4;
/** property: fget, fset, fdel, doc, name. */
export const PROPERTY_FGET = 2;
export const PROPERTY_FSET = 3;
export const PROPERTY_FDEL = 4;
export const PROPERTY_DOC = 5;
export const PROPERTY_NAME = 6;
export const PROPERTY_WORDS = 7;
/** member_descriptor (a __slots__ entry): its name, the class, the instance word it reads (a small int). */
export const MEMBER_NAME = 2;
export const MEMBER_OWNER = 3;
export const MEMBER_OFFSET = 4;
export const MEMBER_WORDS = 5;
/** _thread._local: its per-thread dicts (thread ident -> dict), the constructor's args and kwargs (a dict or 0). */
export const LOCAL_DICTS = 2;
export const LOCAL_ARGS = 3;
export const LOCAL_KWARGS = 4;
export const LOCAL_WORDS = 5;
/** BaseExceptionGroup: the exception words, then the message and the tuple of exceptions. */
export const EXCGROUP_MESSAGE = 8;
export const EXCGROUP_EXCEPTIONS = 9;
export const EXCGROUP_WORDS = 10;
/** super: the class, the object, the object's type. */
export const SUPER_TYPE = 2;
export const SUPER_OBJ = 3;
export const SUPER_OBJTYPE = 4;
export const SUPER_WORDS = 5;
/** traceback: tb_next, tb_frame, then tb_lasti, tb_lineno (raw). */
export const TRACEBACK_NEXT = 2;
export const TRACEBACK_FRAME = 3;
export const TRACEBACK_LASTI = 4;
export const TRACEBACK_LINENO = 5;
export const TRACEBACK_WORDS = 6;
/**
 * frame: code, globals, builtins, locals (a dict or 0), back, slots (a MIXED
 * block: locals, cells, free variables, then the value stack), the generator
 * that owns it (or 0), then the instruction index and the stack depth (raw).
 * A provisional layout the interpreter may rearrange.
 */
export const FRAME_CODE = 2;
export const FRAME_GLOBALS = 3;
export const FRAME_BUILTINS = 4;
export const FRAME_LOCALS = 5;
export const FRAME_BACK = 6;
export const FRAME_SLOTS = 7;
export const FRAME_OWNER = 8;
export const FRAME_LASTI = 9;
export const FRAME_STACKTOP = 10;
export const FRAME_WORDS = 11;
export const FRAME_REF_COUNT = 7;
/**
 * generator, coroutine, async_generator: frame, name, qualname, code, then the
 * state and, for an async generator, its AG_* flags (both raw). The code stays
 * after the frame is gone, for gi_code.
 */
export const GEN_FRAME = 2;
export const GEN_NAME = 3;
export const GEN_QUALNAME = 4;
export const GEN_CODE = 5;
export const GEN_STATE = 6;
export const GEN_FLAGS = 7;
export const GEN_WORDS = 8;
export const GEN_REF_COUNT = 4;
/** GEN_FLAGS of an async generator: an asend/athrow is running it; it was closed; the firstiter hook ran. */
export const AG_RUNNING_ASYNC = 1;
export const AG_CLOSED = 2;
export const AG_HOOKS_INITED = 4;
/**
 * async_generator_asend (the awaitable of __anext__/asend) and
 * async_generator_athrow (of athrow/aclose): the async generator, the value to
 * send (asend) or the exception arguments (athrow: a tuple, 0 for aclose),
 * then the AWAITABLE_* state (raw).
 */
export const AWAITABLE_GEN = 2;
export const AWAITABLE_ARG = 3;
export const AWAITABLE_STATE = 4;
export const AWAITABLE_WORDS = 5;
export const AWAITABLE_INIT = 0;
export const AWAITABLE_ITER = 1;
export const AWAITABLE_CLOSED = 2;
/**
 * weakref (weakref.ReferenceType and its subclasses): the callback (0: none),
 * then the referent and the next weak reference to the same referent, both
 * stored as `address | 1` so that they read as small ints and the collector
 * does not follow them (0 once the referent is gone, or at the chain's end),
 * then the referent's hash (an int; 0 until hash() asks for it). Every word
 * reads as a value, so subclasses may add __slots__.
 */
export const WEAKREF_CALLBACK = 2;
export const WEAKREF_REFERENT = 3;
export const WEAKREF_NEXT = 4;
export const WEAKREF_HASH = 5;
export const WEAKREF_WORDS = 6;
export const WEAKREF_REF_COUNT = 4;
/**
 * The table of weakly referenced objects (BLOCK_RAW): its capacity in slots
 * (a power of two), the slots in use, then the slots, WEAKREF_SLOT_WORDS
 * each: the referent (0: empty), the first weak reference to it, the serial
 * number of the slot (the order referents were first weakly referenced in).
 */
export const WEAKREF_TABLE_CAPACITY = 2;
export const WEAKREF_TABLE_USED = 3;
export const WEAKREF_TABLE_SLOTS = 4;
export const WEAKREF_SLOT_WORDS = 3;

/** One-reference wrappers: an async generator's yielded value (async_generator_wrapped_value), a coroutine's __await__() (coroutine_wrapper). */
export const WRAPPER_VALUE = 2;
export const WRAPPER_WORDS = 3;
