// repr() and str() of every value, as JavaScript strings.
//
// Built-in values are rendered here as CPython renders them; a class's
// __repr__/__str__ is called when it has one. Containers that contain
// themselves print `[...]`/`{...}`: the containers being rendered on this
// thread are kept on a list, as CPython's Py_ReprEnter does.

import { groupStr, isGroup } from "./exception-groups.js";
import { memberName, memberOwner } from "./descriptors.js";
import {
  BUILTIN_NAME, BUILTIN_QUALNAME, BUILTIN_SELF, BYTES_DATA, BYTES_LENGTH, ELLIPSIS, EXC_ARGS, FALSE, FUNC_QUALNAME, GEN_QUALNAME,
  METHOD_FUNC, METHOD_SELF, MODULE_NAME, NONE, NOT_IMPLEMENTED, RANGE_START, RANGE_STEP, RANGE_STOP, SLICE_START,
  SLICE_STEP, SLICE_STOP, TRUE, CELL_CONTENTS, TYPE_DICT, PROPERTY_FGET,
} from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { isSlotWrapper } from "../objects/slot-wrappers.js";
import { floatRepr } from "../objects/float-repr.js";
import { intToString } from "../objects/int-str.js";
import { reprString } from "../objects/str.js";
import type { Thread } from "./thread.js";
import {
  dictGetStr, internStr, isStr, isUserClass, jsString, typeIdOfValue, typeName, typeOfValue, isType, typeById, builtinBaseId,
  typeQualname,
} from "./model.js";
import { lookupType } from "./attributes.js";
import { callObject } from "./calls.js";
import { raiseException } from "./exceptions.js";
import { dictPairs, listItemsArray, setItemsArray } from "./containers.js";
import { floatOf } from "./int-values.js";
import { complexRepr } from "./complex.js";
import { isExceptionInstance, tupleItems } from "./model.js";
import { lockHolder } from "../objects/lock.js";
import { CODE_FILENAME, CODE_FIRSTLINENO, CODE_NAME, LOCK_COUNT, PAIR_FIRST } from "../heap/layout.js";
import { syntaxErrorStr } from "./syntax-error.js";
import { byteArrayCopy } from "../objects/bytearray.js";
import { osErrorStr } from "./os-error.js";
import { unicodeErrorStr } from "./unicode-error.js";
import { weakrefRepr } from "./weakref-ops.js";

const rendering: number[] = [];

/** The address repr() shows for an object (what id() returns, in hex). */
export function address(v: number): string {
  return `0x${(v * 4 + 0x7f0000000000).toString(16)}`;
}

function withRecursionGuard(v: number, recursive: string, render: () => string): string {
  if (rendering.includes(v)) return recursive;
  rendering.push(v);
  try {
    return render();
  } finally {
    rendering.pop();
  }
}

function callStringMethod(th: Thread, v: number, method: number, name: string): string {
  const r = callObject(th, method, [v]);
  if (!isStr(th, r)) {
    raiseException(th, "TypeError", `${name} returned non-string (type ${typeName(th, typeOfValue(th, r))})`);
  }
  return jsString(th, r);
}

/** repr(v). */
export function reprOf(th: Thread, v: number): string {
  if (v & 1) return String(v >> 1);
  const type = typeOfValue(th, v);
  if (isUserClass(th, type)) {
    const method = lookupType(th, type, internStr(th, "__repr__"));
    if (method !== 0 && !isNativeObjectMethod(th, type, method, "__repr__")) return callStringMethod(th, v, method, "__repr__");
  }
  return builtinRepr(th, v, typeIdOfValue(th, v));
}

/** str(v). */
export function strOf(th: Thread, v: number): string {
  if (v & 1) return String(v >> 1);
  const type = typeOfValue(th, v);
  if (isUserClass(th, type)) {
    const method = lookupType(th, type, internStr(th, "__str__"));
    if (method !== 0 && !isNativeObjectMethod(th, type, method, "__str__")) return callStringMethod(th, v, method, "__str__");
    // bytes and bytearray have a str of their own (their repr), which a subclass's __repr__ does not change.
    const base = builtinBaseId(th, type);
    if (base === TypeId.bytes || base === TypeId.bytearray) return builtinRepr(th, v, base);
    // str and BaseException define __str__ too, so a subclass's __repr__ leaves str() alone.
    if (base === TypeId.str) return jsString(th, v);
    if (isExceptionId(th, v)) return exceptionStr(th, v);
    const repr = lookupType(th, type, internStr(th, "__repr__"));
    if (repr !== 0 && !isNativeObjectMethod(th, type, repr, "__repr__")) return callStringMethod(th, v, repr, "__repr__");
  }
  const id = typeIdOfValue(th, v);
  if (id === TypeId.str) return jsString(th, v);
  if (isExceptionId(th, v)) return exceptionStr(th, v);
  // A mappingproxy's str is its mapping's.
  if (id === TypeId.mappingproxy) return strOf(th, th.heap.i32[v + PAIR_FIRST]!);
  return builtinRepr(th, v, id);
}

/**
 * Whether a method found on a class is the one its built-in base provides
 * (object.__repr__ and the like), which builtinRepr does faster. A native
 * method that the class itself defines (a file type's __repr__) is called.
 */
function isNativeObjectMethod(th: Thread, type: number, method: number, name: string): boolean {
  if (typeIdOfValue(th, method) !== TypeId.builtin_function_or_method) return false;
  return lookupType(th, typeById(th, builtinBaseId(th, type)), internStr(th, name)) === method;
}

function isExceptionId(th: Thread, v: number): boolean {
  return isExceptionInstance(th, v);
}

/** str(exc): its single argument's str, or str(args) for several. */
export function exceptionStr(th: Thread, exc: number): string {
  if (isGroup(th, exc)) return groupStr(th, exc);
  const args = tupleItems(th, th.heap.i32[exc + EXC_ARGS]!);
  if (typeIdOfValue(th, exc) === TypeId.KeyError && args.length === 1) return reprOf(th, args[0]!);
  const syntax = syntaxErrorStr(th, exc);
  if (syntax !== null) return syntax;
  const unicode = unicodeErrorStr(th, exc);
  if (unicode !== null) return unicode;
  const os = osErrorStr(th, exc, (v) => strOf(th, v), (v) => reprOf(th, v));
  if (os !== null) return os;
  if (args.length === 0) return "";
  if (args.length === 1) return strOf(th, args[0]!);
  return tupleRepr(th, args);
}

function exceptionRepr(th: Thread, exc: number): string {
  const args = tupleItems(th, th.heap.i32[exc + EXC_ARGS]!);
  const name = typeName(th, typeOfValue(th, exc));
  if (args.length === 1) return `${name}(${reprOf(th, args[0]!)})`;
  return `${name}${tupleRepr(th, args)}`;
}

function tupleRepr(th: Thread, items: number[]): string {
  if (items.length === 1) return `(${reprOf(th, items[0]!)},)`;
  return `(${items.map((x) => reprOf(th, x)).join(", ")})`;
}

function moduleOf(th: Thread, type: number): string {
  const dict = th.heap.i32[type + TYPE_DICT]!;
  const m = dict === 0 ? 0 : dictGetStr(th, dict, internStr(th, "__module__"));
  return m !== 0 && isStr(th, m) ? jsString(th, m) : "builtins";
}

function qualnameOfType(th: Thread, type: number): string {
  return typeQualname(th, type);
}

/**
 * As CPython's set_repr: `{1, 2}` for an exact set, `Name({1, 2})` for a
 * frozenset or a subclass, `Name()` when empty, `Name(...)` when reached again
 * while being printed.
 */
function setRepr(th: Thread, v: number, id: number): string {
  const name = typeName(th, typeOfValue(th, v));
  const items = setItemsArray(th, v);
  if (items.length === 0) return `${name}()`;
  return withRecursionGuard(v, `${name}(...)`, () => {
    const body = `{${items.map((x) => reprOf(th, x)).join(", ")}}`;
    return id === TypeId.set && name === "set" && typeOfValue(th, v) === typeById(th, TypeId.set) ? body : `${name}(${body})`;
  });
}

export function builtinRepr(th: Thread, v: number, id: number): string {
  const i32 = th.heap.i32;
  if (v === NONE) return "None";
  if (v === TRUE) return "True";
  if (v === FALSE) return "False";
  if (v === ELLIPSIS) return "Ellipsis";
  if (v === NOT_IMPLEMENTED) return "NotImplemented";
  switch (id) {
    case TypeId.int:
      return intToString(th.heap, v);
    case TypeId.bool:
      return i32[v + 2] ? "True" : "False";
    case TypeId.float:
      return floatRepr(floatOf(th, v));
    case TypeId.complex:
      return complexRepr(th, v);
    case TypeId.str:
      return reprString(jsString(th, v));
    case TypeId.tuple:
      return withRecursionGuard(v, "(...)", () => tupleRepr(th, tupleItems(th, v)));
    case TypeId.list:
      return withRecursionGuard(v, "[...]", () => `[${listItemsArray(th, v).map((x) => reprOf(th, x)).join(", ")}]`);
    case TypeId.dict:
      return withRecursionGuard(v, "{...}", () =>
        `{${dictPairs(th, v).map(([k, x]) => `${reprOf(th, k)}: ${reprOf(th, x)}`).join(", ")}}`);
    case TypeId.set:
    case TypeId.frozenset:
      return setRepr(th, v, id);
    case TypeId.mappingproxy:
      return `mappingproxy(${reprOf(th, i32[v + PAIR_FIRST]!)})`;
    case TypeId.dict_keys:
    case TypeId.dict_values:
    case TypeId.dict_items:
      return dictViewRepr(th, v, id);
    case TypeId.range: {
      const step = i32[v + RANGE_STEP]!;
      const base = `range(${reprOf(th, i32[v + RANGE_START]!)}, ${reprOf(th, i32[v + RANGE_STOP]!)}`;
      return step === 3 ? `${base})` : `${base}, ${reprOf(th, step)})`;
    }
    case TypeId.slice:
      return `slice(${reprOf(th, i32[v + SLICE_START]!)}, ${reprOf(th, i32[v + SLICE_STOP]!)}, ${reprOf(th, i32[v + SLICE_STEP]!)})`;
    case TypeId.bytes:
      return bytesRepr(th, v);
    case TypeId.bytearray:
      return byteArrayRepr(th, v);
    case TypeId.type:
      return typeRepr(th, v);
    case TypeId.function:
      return `<function ${jsString(th, i32[v + FUNC_QUALNAME]!)} at ${address(v)}>`;
    case TypeId.builtin_function_or_method: {
      const self = i32[v + BUILTIN_SELF]!;
      const name = jsString(th, i32[v + BUILTIN_NAME]!);
      const owner = i32[v + BUILTIN_QUALNAME]!;
      if (self === 0 && isType(th, owner)) return methodDescriptorRepr(name, typeName(th, owner));
      if (self === 0 || typeIdOfValue(th, self) === TypeId.module) return `<built-in function ${name}>`;
      return `<built-in method ${name} of ${typeName(th, typeOfValue(th, self))} object at ${address(self)}>`;
    }
    case TypeId.method: {
      const func = i32[v + METHOD_FUNC]!;
      const fname = typeIdOfValue(th, func) === TypeId.function ? jsString(th, i32[func + FUNC_QUALNAME]!) : "?";
      return `<bound method ${fname} of ${reprOf(th, i32[v + METHOD_SELF]!)}>`;
    }
    case TypeId.module:
      return `<module '${jsString(th, i32[v + MODULE_NAME]!)}' (built-in)>`;
    case TypeId.generator:
      return `<generator object ${jsString(th, i32[v + GEN_QUALNAME]!)} at ${address(v)}>`;
    case TypeId.coroutine:
      return `<coroutine object ${jsString(th, i32[v + GEN_QUALNAME]!)} at ${address(v)}>`;
    case TypeId.async_generator:
      return `<async_generator object ${jsString(th, i32[v + GEN_QUALNAME]!)} at ${address(v)}>`;
    case TypeId.cell: {
      const c = i32[v + CELL_CONTENTS]!;
      return c === 0 ? `<cell at ${address(v)}: empty>` : `<cell at ${address(v)}: ${typeName(th, typeOfValue(th, c))} object at ${address(c)}>`;
    }
    case TypeId.property:
      return `<property object at ${address(v)}>`;
    case TypeId.member_descriptor:
      return `<member '${memberName(th, v)}' of '${typeName(th, memberOwner(th, v))}' objects>`;
    case TypeId.lock:
    case TypeId.RLock:
      return lockRepr(th, v, id);
    case TypeId.ReferenceType:
      return weakrefRepr(th, v);
    case TypeId.code:
      return `<code object ${jsString(th, i32[v + CODE_NAME]!)} at ${address(v)}, file "${jsString(th, i32[v + CODE_FILENAME]!)}", line ${i32[v + CODE_FIRSTLINENO]}>`;
    default:
      if (isType(th, v)) return typeRepr(th, v);
      if (isExceptionId(th, v)) return exceptionRepr(th, v);
      return `<${qualifiedName(th, typeOfValue(th, v))} object at ${address(v)}>`;
  }
}

/** `<locked _thread.lock object at 0x...>`; an RLock adds its owner and depth. */
function lockRepr(th: Thread, lock: number, id: number): string {
  const i32 = th.heap.i32;
  const holder = lockHolder(i32, lock);
  const state = holder !== 0 ? "locked" : "unlocked";
  const name = qualifiedName(th, typeOfValue(th, lock));
  if (id === TypeId.lock) return `<${state} ${name} object at ${address(lock)}>`;
  return `<${state} ${name} object owner=${holder} count=${i32[lock + LOCK_COUNT]} at ${address(lock)}>`;
}

function qualifiedName(th: Thread, type: number): string {
  const module = moduleOf(th, type);
  const name = qualnameOfType(th, type);
  return module === "builtins" ? name : `${module}.${name}`;
}

function typeRepr(th: Thread, type: number): string {
  return `<class '${qualifiedName(th, type)}'>`;
}

function dictViewRepr(th: Thread, view: number, id: number): string {
  const dict = th.heap.i32[view + 2]!;
  const pairs = dictPairs(th, dict);
  if (id === TypeId.dict_keys) return `dict_keys([${pairs.map(([k]) => reprOf(th, k)).join(", ")}])`;
  if (id === TypeId.dict_values) return `dict_values([${pairs.map(([, x]) => reprOf(th, x)).join(", ")}])`;
  return `dict_items([${pairs.map(([k, x]) => `(${reprOf(th, k)}, ${reprOf(th, x)})`).join(", ")}])`;
}

/**
 * The repr of a bytearray: its class name around the bytes' repr. CPython's
 * bytearray escapes every single quote, even inside double quotes
 * (bytearray(b"a\'b")), unlike bytes.
 */
function byteArrayRepr(th: Thread, v: number): string {
  const data = byteArrayCopy(th.heap, v);
  const quote = data.includes(0x27) && !data.includes(0x22) ? '"' : "'";
  let out = "b" + quote;
  for (const c of data) {
    if (c === 0x5c || c === 0x27) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return `${typeName(th, typeOfValue(th, v))}(${out}${quote})`;
}

/** The repr of a bytes object: b'...' with CPython's escapes and quote choice. */
export function bytesRepr(th: Thread, v: number): string {
  const n = th.heap.i32[v + BYTES_LENGTH]!;
  const start = (v + BYTES_DATA) * 4;
  const u8 = th.heap.u8;
  let hasSingle = false;
  let hasDouble = false;
  for (let k = 0; k < n; k++) {
    if (u8[start + k] === 0x27) hasSingle = true;
    if (u8[start + k] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = "b" + quote;
  for (let k = 0; k < n; k++) {
    const c = u8[start + k]!;
    if (c === 0x5c) out += "\\\\";
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c === quote.charCodeAt(0)) out += "\\" + quote;
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/** A built-in type's method, unbound: `<method 'append' of 'list' objects>` or `<slot wrapper '__add__' of 'int' objects>`. */
function methodDescriptorRepr(name: string, owner: string): string {
  return `<${isSlotWrapper(owner, name) ? "slot wrapper" : "method"} '${name}' of '${owner}' objects>`;
}
