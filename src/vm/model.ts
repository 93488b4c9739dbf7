// The VM's view of the object model: type tests, the built-in types, and the
// objects the interpreter itself makes (cells, functions, methods, tracebacks,
// exceptions, generators, instances), over the layouts of src/heap/layout.ts
// and the object files of src/objects/.
//
// Everything here works on values (heap words) and leaves nothing outside the
// heap; the only JavaScript-side state is the heap's own caches.

import { allocate } from "../heap/alloc.js";
import {
  BLOCK_VALUES, BUILTIN_INDEX, BUILTIN_NAME, BUILTIN_QUALNAME, BUILTIN_SELF, BUILTIN_WORDS, CELL_CONTENTS, CELL_WORDS,
  CODE_LOCALSPLUSKINDS, CODE_LOCALSPLUSNAMES, EXC_ARGS, EXC_WORDS, FRAME_CODE, FRAME_GLOBALS, FRAME_LASTI,
  FRAME_WORDS, G_TYPES, GEN_CODE, GEN_FRAME, GEN_NAME, GEN_QUALNAME, GEN_WORDS, IMMUTABLE_BIT, METHOD_FUNC, METHOD_SELF,
  METHOD_WORDS, TRACEBACK_FRAME, TRACEBACK_LASTI, TRACEBACK_LINENO, TRACEBACK_NEXT, TRACEBACK_WORDS, TUPLE_ITEMS,
  TUPLE_LENGTH, TYPE_DICT, TYPE_DICT_OFFSET, TYPE_FLAGS, TYPE_ID, TYPE_INSTANCE_WORDS, TYPE_MRO, TYPE_NAME, TYPE_QUALNAME, TYPE_WORD,
  TF_EXCEPTION_SUBCLASS, TF_THREAD_LOCAL, BYTES_DATA, CODE_POSITIONS, HEADER_WORDS, BUILTIN_REF_COUNT, MODULE_DICT, TRUE,
} from "../heap/layout.js";
import { sysModules } from "./vm-roots.js";
import { TypeId, typeIdOf } from "../objects/type-ids.js";
import { newStr, strValue, strEquals as heapStrEquals, isStrInstance } from "../objects/str.js";
import { internString } from "../objects/intern.js";
import { tupleOf } from "../objects/tuple.js";
import { newEmptyDict, dictLookupStr, dictStoreStr, dictRemoveStr, dictEntries, dictSetItem as dictSetAny } from "./dicts.js";
import { F_CODE, F_GLOBALS } from "./frame.js";
import type { Thread } from "./thread.js";

// ---------------------------------------------------------------------------
// Types

/** The built-in type with this TypeId. */
export function typeById(th: Thread, id: number): number {
  return th.heap.i32[G_TYPES + id]!;
}

/** The built-in type called `name` (a key of TypeId). */
export function builtinType(th: Thread, name: string): number {
  const id = typeIdOf(name);
  if (id < 0) throw new RangeError(`no built-in type ${name}`);
  return th.heap.i32[G_TYPES + id]!;
}

/** type(v). */
export function typeOfValue(th: Thread, v: number): number {
  if (v & 1) return th.heap.i32[G_TYPES + TypeId.int]!;
  return th.heap.i32[v + TYPE_WORD]!;
}

/** The TypeId of the built-in type whose layout `v` has: the nearest built-in type along its class's MRO. */
export function typeIdOfValue(th: Thread, v: number): number {
  if (v & 1) return TypeId.int;
  return builtinBaseId(th, th.heap.i32[v + TYPE_WORD]!);
}

/** The TypeId of a type, or of its nearest built-in base for a class. */
export function builtinBaseId(th: Thread, type: number): number {
  const i32 = th.heap.i32;
  const id = i32[type + TYPE_ID]!;
  if (id >= 0) return id;
  const mro = i32[type + TYPE_MRO]!;
  const n = i32[mro + TUPLE_LENGTH]!;
  for (let k = 1; k < n; k++) {
    const baseId = i32[i32[mro + TUPLE_ITEMS + k]! + TYPE_ID]!;
    if (baseId >= 0) return baseId;
  }
  return TypeId.object;
}

export function isUserClass(th: Thread, type: number): boolean {
  return th.heap.i32[type + TYPE_ID]! < 0;
}

/** Whether `type` is `base` or has it in its MRO. */
export function isSubtype(th: Thread, type: number, base: number): boolean {
  if (type === base) return true;
  const i32 = th.heap.i32;
  const mro = i32[type + TYPE_MRO]!;
  if (mro === 0) return false;
  const n = i32[mro + TUPLE_LENGTH]!;
  for (let k = 0; k < n; k++) if (i32[mro + TUPLE_ITEMS + k] === base) return true;
  return false;
}

export function isInstanceOf(th: Thread, v: number, type: number): boolean {
  return isSubtype(th, typeOfValue(th, v), type);
}

export function typeName(th: Thread, type: number): string {
  return strValue(th.heap, th.heap.i32[type + TYPE_NAME]!);
}

/**
 * A type's __qualname__: one assigned later lives in its dict; the one
 * type.__new__ took out of the class namespace is in TYPE_QUALNAME.
 */
export function typeQualname(th: Thread, type: number): string {
  const dict = th.heap.i32[type + TYPE_DICT]!;
  const assigned = dict === 0 ? 0 : dictGetStr(th, dict, internStr(th, "__qualname__"));
  if (assigned !== 0 && isStr(th, assigned)) return jsString(th, assigned);
  const made = th.heap.i32[type + TYPE_QUALNAME]!;
  return made !== 0 && isStr(th, made) ? jsString(th, made) : typeName(th, type);
}

export function typeNameOf(th: Thread, v: number): string {
  return typeName(th, typeOfValue(th, v));
}

function hasType(th: Thread, v: number, id: number): boolean {
  return (v & 1) === 0 && v !== 0 && th.heap.i32[v + TYPE_WORD] === th.heap.i32[G_TYPES + id];
}

export function isType(th: Thread, v: number): boolean {
  if ((v & 1) === 1 || v === 0) return false;
  return isSubtype(th, th.heap.i32[v + TYPE_WORD]!, th.heap.i32[G_TYPES + TypeId.type]!);
}
export const isFunction = (th: Thread, v: number): boolean => hasType(th, v, TypeId.function);
export const isMethod = (th: Thread, v: number): boolean => hasType(th, v, TypeId.method);
export const isBuiltin = (th: Thread, v: number): boolean => hasType(th, v, TypeId.builtin_function_or_method);
export const isModule = (th: Thread, v: number): boolean => hasType(th, v, TypeId.module);
export const isTuple = (th: Thread, v: number): boolean => hasType(th, v, TypeId.tuple);
export const isList = (th: Thread, v: number): boolean => hasType(th, v, TypeId.list);
export const isDict = (th: Thread, v: number): boolean => hasType(th, v, TypeId.dict);
export const isGenerator = (th: Thread, v: number): boolean => hasType(th, v, TypeId.generator);
export const isCoroutine = (th: Thread, v: number): boolean => hasType(th, v, TypeId.coroutine);
export const isAsyncGenerator = (th: Thread, v: number): boolean => hasType(th, v, TypeId.async_generator);
export const isProperty = (th: Thread, v: number): boolean => (v & 1) === 0 && v !== 0 && typeIdOfValue(th, v) === TypeId.property;
export const isClassMethod = (th: Thread, v: number): boolean => hasType(th, v, TypeId.classmethod);
export const isStaticMethod = (th: Thread, v: number): boolean => hasType(th, v, TypeId.staticmethod);
export const isCode = (th: Thread, v: number): boolean => hasType(th, v, TypeId.code);
export const isFloat = (th: Thread, v: number): boolean => hasType(th, v, TypeId.float);

export function isStr(th: Thread, v: number): boolean {
  return isStrInstance(th.heap, v);
}

export function isExceptionType(th: Thread, v: number): boolean {
  return isType(th, v) && (th.heap.i32[v + TYPE_FLAGS]! & TF_EXCEPTION_SUBCLASS) !== 0;
}

export function isExceptionInstance(th: Thread, v: number): boolean {
  if ((v & 1) === 1 || v === 0) return false;
  return (th.heap.i32[th.heap.i32[v + TYPE_WORD]! + TYPE_FLAGS]! & TF_EXCEPTION_SUBCLASS) !== 0;
}

// ---------------------------------------------------------------------------
// Strings

export function jsString(th: Thread, v: number): string {
  return strValue(th.heap, v);
}

export function newString(th: Thread, s: string): number {
  return newStr(th.heap, s);
}

/** The interned str for an identifier. */
export function internStr(th: Thread, s: string): number {
  let v = th.interned.get(s);
  if (v === undefined) {
    v = internString(th.heap, s);
    th.interned.set(s, v);
  }
  return v;
}

export function strEquals(th: Thread, a: number, b: number): boolean {
  return a === b || heapStrEquals(th.heap, a, b);
}

// ---------------------------------------------------------------------------
// Tuples and dicts (str-keyed access; generic keys are in dicts.ts)

export function newTuple(th: Thread, items: readonly number[]): number {
  return tupleOf(th.heap, items);
}

export function tupleItems(th: Thread, tuple: number): number[] {
  const i32 = th.heap.i32;
  const n = i32[tuple + TUPLE_LENGTH]!;
  const out: number[] = new Array(n);
  for (let k = 0; k < n; k++) out[k] = i32[tuple + TUPLE_ITEMS + k]!;
  return out;
}

export function newDict(th: Thread): number {
  return newEmptyDict(th);
}

/** The value of str key `key` in dict `dict`, or 0. */
export function dictGetStr(th: Thread, dict: number, key: number): number {
  return dictLookupStr(th, dict, key);
}

export function dictSetStr(th: Thread, dict: number, key: number, value: number): void {
  dictStoreStr(th, dict, key, value);
}

/** Removes str key `key`; whether it was there. */
export function dictDelStr(th: Thread, dict: number, key: number): boolean {
  return dictRemoveStr(th, dict, key);
}

/** d[key] = value for a key of any type. */
export function dictSetItem(th: Thread, dict: number, key: number, value: number): void {
  dictSetAny(th, dict, key, value);
}

/** The (key, value) pairs in insertion order. */
export function dictItems(th: Thread, dict: number): [number, number][] {
  return dictEntries(th, dict);
}

// ---------------------------------------------------------------------------
// Objects the VM makes

export function newCell(th: Thread, contents: number): number {
  const cell = allocate(th.heap, CELL_WORDS, typeById(th, TypeId.cell));
  th.heap.i32[cell + CELL_CONTENTS] = contents;
  return cell;
}

/** The CO_FAST_* kind of slot `slot` of `code`. */
export function cellKindOf(th: Thread, code: number, slot: number): number {
  const kinds = th.heap.i32[code + CODE_LOCALSPLUSKINDS]!;
  return th.heap.u8[(kinds + BYTES_DATA) * 4 + slot]!;
}

export function slotName(th: Thread, code: number, slot: number): number {
  return th.heap.i32[th.heap.i32[code + CODE_LOCALSPLUSNAMES]! + TUPLE_ITEMS + slot]!;
}

export function newMethod(th: Thread, func: number, self: number): number {
  const m = allocate(th.heap, METHOD_WORDS, typeById(th, TypeId.method));
  th.heap.i32[m + METHOD_FUNC] = func;
  th.heap.i32[m + METHOD_SELF] = self;
  return m;
}

/** A builtin_function_or_method for native function `index`, bound to `self` (0 for none). */
export function newBuiltin(th: Thread, name: string, qualname: string, index: number, self = 0): number {
  return builtinObject(th, name, internStr(th, qualname), index, self);
}

/**
 * A method of the built-in type `owner`. Its qualified name ("list.append")
 * is made from the two when asked for (builtinQualname): start-up makes
 * over a thousand of these, and interning a name for each was most of what
 * that cost.
 */
export function newMethodBuiltin(th: Thread, name: string, owner: number, index: number): number {
  return builtinObject(th, name, owner, index, 0);
}

/** A builtin_function_or_method; `qualname` is a str, or the owner type for builtinQualname to name. */
function builtinObject(th: Thread, name: string, qualname: number, index: number, self: number): number {
  const nameStr = internStr(th, name);
  const b = allocate(th.heap, BUILTIN_WORDS, typeById(th, TypeId.builtin_function_or_method));
  const i32 = th.heap.i32;
  i32[b + BUILTIN_NAME] = nameStr;
  i32[b + BUILTIN_QUALNAME] = qualname;
  i32[b + BUILTIN_SELF] = self;
  i32[b + BUILTIN_INDEX] = index;
  return b;
}

/** A built-in's __qualname__: stored, or its owner type's name and its own (newMethodBuiltin). */
export function builtinQualname(th: Thread, b: number): number {
  const i32 = th.heap.i32;
  const stored = i32[b + BUILTIN_QUALNAME]!;
  if (!isType(th, stored)) return stored;
  return newString(th, `${typeName(th, stored)}.${jsString(th, i32[b + BUILTIN_NAME]!)}`);
}

/** A method descriptor bound to an instance: the same native function with BUILTIN_SELF set. */
export function newBoundBuiltin(th: Thread, descriptor: number, self: number): number {
  const b = allocate(th.heap, BUILTIN_WORDS, typeById(th, TypeId.builtin_function_or_method));
  const i32 = th.heap.i32;
  for (let w = 2; w < 2 + BUILTIN_REF_COUNT; w++) i32[b + w] = i32[descriptor + w]!;
  i32[b + BUILTIN_SELF] = self;
  i32[b + BUILTIN_INDEX] = i32[descriptor + BUILTIN_INDEX]!;
  return b;
}

/** A VALUES block of `words` payload words, all 0. */
export function allocateValues(th: Thread, words: number): number {
  return allocate(th.heap, words + HEADER_WORDS, BLOCK_VALUES);
}

/** A generator, coroutine or async generator (`kind`, a TypeId) owning the frame in `frameBlock`. */
export function newGeneratorObject(th: Thread, kind: number, frameBlock: number, name: number, qualname: number, code: number): number {
  const gen = allocate(th.heap, GEN_WORDS, typeById(th, kind));
  const i32 = th.heap.i32;
  i32[gen + GEN_FRAME] = frameBlock;
  i32[gen + GEN_NAME] = name;
  i32[gen + GEN_QUALNAME] = qualname;
  i32[gen + GEN_CODE] = code;
  return gen;
}

/** A traceback entry for the stack frame at `frame`, stopped at instruction `lasti`. */
export function newTraceback(th: Thread, next: number, frame: number, lasti: number): number {
  const heap = th.heap;
  const code = heap.i32[frame + F_CODE]!;
  const globals = heap.i32[frame + F_GLOBALS]!;
  const frameObj = allocate(heap, FRAME_WORDS, typeById(th, TypeId.frame));
  heap.i32[frameObj + FRAME_CODE] = code;
  heap.i32[frameObj + FRAME_GLOBALS] = globals;
  heap.i32[frameObj + FRAME_LASTI] = lasti;
  const tb = allocate(heap, TRACEBACK_WORDS, typeById(th, TypeId.traceback));
  const i32 = heap.i32;
  i32[tb + TRACEBACK_NEXT] = next;
  i32[tb + TRACEBACK_FRAME] = frameObj;
  i32[tb + TRACEBACK_LASTI] = lasti;
  const positions = i32[code + CODE_POSITIONS]!;
  i32[tb + TRACEBACK_LINENO] = positions === 0 || lasti < 0 ? -1 : i32[positions + HEADER_WORDS + 4 * lasti]!;
  return tb;
}

/** A new exception of the built-in type `typeName` with these arguments (strs given as JS strings). */
export function newException(th: Thread, typeName: string, args: (number | string)[]): number {
  const type = builtinType(th, typeName);
  return newExceptionOfType(th, type, args.map((a) => (typeof a === "string" ? newString(th, a) : a)));
}

export function newExceptionOfType(th: Thread, type: number, args: number[]): number {
  const argsTuple = newTuple(th, args);
  const words = Math.max(th.heap.i32[type + TYPE_INSTANCE_WORDS]!, EXC_WORDS);
  const exc = allocate(th.heap, words, type);
  th.heap.i32[exc + EXC_ARGS] = argsTuple;
  return exc;
}

// ---------------------------------------------------------------------------
// Instance dicts

/** The word of `obj` holding its __dict__, or -1 when its type gives it none. */
export function dictWordOf(th: Thread, obj: number): number {
  if ((obj & 1) === 1) return -1;
  const i32 = th.heap.i32;
  const type = i32[obj + TYPE_WORD]!;
  const offset = i32[type + TYPE_DICT_OFFSET]!;
  if (offset === 0) return -1;
  if (offset > 0) return obj + offset;
  return obj + (i32[obj + 1]! >>> 5) * 2 - 1;
}

/**
 * The type's name as CPython's messages give it (tp_name): a built-in type
 * defined outside builtins carries its module ('_thread._local'), and so
 * does a class of a library module that stands for one of CPython's C
 * modules (one that sets __traceback_hidden__: 'datetime.date').
 */
export function tpName(th: Thread, type: number): string {
  const name = typeName(th, type);
  const dict = th.heap.i32[type + TYPE_DICT]!;
  const module = dict === 0 ? 0 : dictGetStr(th, dict, internStr(th, "__module__"));
  if (module === 0 || !isStr(th, module)) return name;
  const m = jsString(th, module);
  if (isUserClass(th, type) && !standsForCModule(th, module)) return name;
  return m === "builtins" ? name : `${m}.${name}`;
}

function standsForCModule(th: Thread, moduleName: number): boolean {
  const module = dictGetStr(th, sysModules(th), moduleName);
  if (module === 0 || !hasType(th, module, TypeId.module)) return false;
  const flag = dictGetStr(th, th.heap.i32[module + MODULE_DICT]!, internStr(th, "__traceback_hidden__"));
  return flag === TRUE;
}

/** The calling thread's dict of a _thread._local (set by thread-local.ts). */
let threadLocalDict: (th: Thread, obj: number) => number = () => 0;

export function setThreadLocalDict(find: (th: Thread, obj: number) => number): void {
  threadLocalDict = find;
}

/** Whether `obj` is a _thread._local (or of a subclass): its __dict__ depends on the thread. */
export function isThreadLocal(th: Thread, obj: number): boolean {
  if ((obj & 1) === 1 || obj === 0) return false;
  return (th.heap.i32[th.heap.i32[obj + TYPE_WORD]! + TYPE_FLAGS]! & TF_THREAD_LOCAL) !== 0;
}

/** obj.__dict__ if it has one already, else 0. */
export function instanceDictOf(th: Thread, obj: number): number {
  const w = dictWordOf(th, obj);
  if (w >= 0) return th.heap.i32[w]!;
  return isThreadLocal(th, obj) ? threadLocalDict(th, obj) : 0;
}

/** obj.__dict__, made on first use; 0 when instances of its type have none. */
export function ensureInstanceDict(th: Thread, obj: number): number {
  const w = dictWordOf(th, obj);
  if (w < 0) return isThreadLocal(th, obj) ? threadLocalDict(th, obj) : 0;
  const dict = th.heap.i32[w]!;
  if (dict !== 0) return dict;
  const made = newDict(th);
  // Installed with compareExchange: without the GIL another thread may make
  // the object's first dict at the same moment, and both must use one.
  const i32 = th.heap.i32;
  const other = Atomics.compareExchange(i32, dictWordOf(th, obj), 0, made);
  return other === 0 ? made : other;
}

