// Attributes of built-in objects that live in their layout rather than in a
// dict: `f.__name__`, `exc.args`, `cls.__mro__`, `r.start`, `x.__class__`...

import { newMappingProxy } from "./mappingproxy.js";
import { groupMessage, isGroup } from "./exception-groups.js";
import { CODE_NFREEVARS, EXCGROUP_EXCEPTIONS, PAIR_FIRST, TUPLE_LENGTH } from "../heap/layout.js";
import { memberName, memberOwner } from "./descriptors.js";
import {
  BUILTIN_NAME, BUILTIN_SELF, EXC_ARGS, EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS_CONTEXT,
  EXC_TRACEBACK, FALSE, FUNC_ANNOTATIONS, FUNC_CLOSURE, FUNC_CODE, FUNC_DEFAULTS, FUNC_DOC, FUNC_GLOBALS,
  FUNC_KWDEFAULTS, FUNC_MODULE, FUNC_NAME, FUNC_QUALNAME, FUNC_TYPE_PARAMS, GEN_NAME, GEN_QUALNAME, GEN_STATE, METHOD_FUNC,
  METHOD_SELF, MODULE_DICT, MODULE_NAME, NONE, PROPERTY_FDEL, PROPERTY_FGET, PROPERTY_FSET, RANGE_START,
  RANGE_STEP, RANGE_STOP, SLICE_START, SLICE_STEP, SLICE_STOP, TRUE, TYPE_BASE, TYPE_BASES, TYPE_DICT, TYPE_MRO,
  TYPE_NAME, TYPE_QUALNAME, CODE_NAME, CODE_FILENAME, CODE_FIRSTLINENO, CODE_ARGCOUNT, CODE_QUALNAME,
  PROPERTY_DOC, TRACEBACK_NEXT, TRACEBACK_LINENO, TRACEBACK_FRAME, TRACEBACK_LASTI, TF_WEAKREFABLE, TYPE_FLAGS,
  WEAKREF_CALLBACK,
} from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import type { Thread } from "./thread.js";
import {
  builtinQualname, dictGetStr, ensureInstanceDict, instanceDictOf, internStr, isExceptionInstance, isType, newDict, newString,
  newTuple, typeIdOfValue, typeOfValue, tupleItems, builtinBaseId, dictWordOf, isUserClass, isThreadLocal, jsString, isTuple,
} from "./model.js";
import { bigOf, floatOf, fromNumber, newFloat, newIntFromBig } from "./int-values.js";
import { codeAttribute, generatorAttribute } from "./special-attributes-code.js";
import { raiseException } from "./exceptions.js";
import { complexParts } from "./complex.js";
import { frameAttribute } from "./frame-objects.js";
import { firstWeakref, referentOf } from "./weakrefs.js";

function orNone(v: number): number {
  return v === 0 ? NONE : v;
}

/** The special attribute `name` of `obj`, or 0 when it has none of that name. */
export function specialAttribute(th: Thread, obj: number, name: string): number {
  if (name === "__class__") return typeOfValue(th, obj);
  if (name === "__weakref__") return weakrefAttribute(th, obj);
  const i32 = th.heap.i32;
  if (isType(th, obj)) return typeAttribute(th, obj, name);
  if (isExceptionInstance(th, obj)) {
    const v = exceptionAttribute(th, obj, name);
    if (v !== 0) return v;
  }
  switch (typeIdOfValue(th, obj)) {
    case TypeId.function:
      switch (name) {
        case "__name__": return i32[obj + FUNC_NAME]!;
        case "__qualname__": return i32[obj + FUNC_QUALNAME]!;
        case "__doc__": return orNone(i32[obj + FUNC_DOC]!);
        case "__defaults__": return orNone(i32[obj + FUNC_DEFAULTS]!);
        case "__kwdefaults__": return orNone(i32[obj + FUNC_KWDEFAULTS]!);
        case "__code__": return i32[obj + FUNC_CODE]!;
        case "__globals__": return i32[obj + FUNC_GLOBALS]!;
        case "__closure__": return orNone(i32[obj + FUNC_CLOSURE]!);
        case "__module__": return orNone(i32[obj + FUNC_MODULE]!);
        case "__type_params__": return i32[obj + FUNC_TYPE_PARAMS] || newTuple(th, []);
        case "__annotations__": {
          if (i32[obj + FUNC_ANNOTATIONS] === 0 || typeIdOfValue(th, i32[obj + FUNC_ANNOTATIONS]!) !== TypeId.dict) {
            const d = newDict(th);
            th.heap.i32[obj + FUNC_ANNOTATIONS] = d;
          }
          return th.heap.i32[obj + FUNC_ANNOTATIONS]!;
        }
        case "__dict__": return ensureInstanceDict(th, obj);
        default: return 0;
      }
    case TypeId.builtin_function_or_method:
      switch (name) {
        case "__name__": return i32[obj + BUILTIN_NAME]!;
        case "__qualname__": return builtinQualname(th, obj);
        case "__self__": return orNone(i32[obj + BUILTIN_SELF]!);
        case "__doc__": return NONE;
        default: return 0;
      }
    case TypeId.method:
      switch (name) {
        case "__func__": return i32[obj + METHOD_FUNC]!;
        case "__self__": return i32[obj + METHOD_SELF]!;
        default: return specialAttribute(th, i32[obj + METHOD_FUNC]!, name);
      }
    case TypeId.module:
      if (name === "__name__") return i32[obj + MODULE_NAME]!;
      if (name === "__dict__") return i32[obj + MODULE_DICT]!;
      return 0;
    case TypeId.generator:
    case TypeId.coroutine:
    case TypeId.async_generator:
      return generatorAttribute(th, obj, name);
    case TypeId.frame:
      return frameAttribute(th, obj, name);
    case TypeId.cell:
      if (name === "cell_contents") {
        const c = i32[obj + 2]!;
        if (c === 0) raiseException(th, "ValueError", "Cell is empty");
        return c;
      }
      return 0;
    case TypeId.int:
    case TypeId.bool:
      if (name === "real" || name === "numerator") return newIntFromBig(th, bigOf(th, obj));
      if (name === "imag") return 1;
      if (name === "denominator") return 3;
      return 0;
    case TypeId.complex: {
      const [re, im] = complexParts(th, obj)!;
      if (name === "real") return newFloat(th, re);
      if (name === "imag") return newFloat(th, im);
      return 0;
    }
    case TypeId.float:
      if (name === "real") return newFloat(th, floatOf(th, obj));
      if (name === "imag") return newFloat(th, 0);
      return 0;
    case TypeId.dict_keys:
    case TypeId.dict_values:
    case TypeId.dict_items:
      // view.mapping: a read-only proxy of the dict the view shows.
      return name === "mapping" ? newMappingProxy(th, i32[obj + PAIR_FIRST]!) : 0;
    case TypeId.range:
      if (name === "start") return i32[obj + RANGE_START]!;
      if (name === "stop") return i32[obj + RANGE_STOP]!;
      if (name === "step") return i32[obj + RANGE_STEP]!;
      return 0;
    case TypeId.slice:
      if (name === "start") return i32[obj + SLICE_START]!;
      if (name === "stop") return i32[obj + SLICE_STOP]!;
      if (name === "step") return i32[obj + SLICE_STEP]!;
      return 0;
    case TypeId.member_descriptor:
      if (name === "__name__" || name === "__qualname__") return internStr(th, memberName(th, obj));
      if (name === "__objclass__") return memberOwner(th, obj);
      if (name === "__doc__") return NONE;
      return 0;
    case TypeId.property:
      if (name === "fget") return orNone(i32[obj + PROPERTY_FGET]!);
      if (name === "fset") return orNone(i32[obj + PROPERTY_FSET]!);
      if (name === "fdel") return orNone(i32[obj + PROPERTY_FDEL]!);
      if (name === "__doc__") return orNone(i32[obj + PROPERTY_DOC]!);
      return 0;
    case TypeId.code:
      if (name === "co_name") return i32[obj + CODE_NAME]!;
      if (name === "co_qualname") return i32[obj + CODE_QUALNAME]!;
      if (name === "co_filename") return i32[obj + CODE_FILENAME]!;
      if (name === "co_firstlineno") return fromNumber(th, i32[obj + CODE_FIRSTLINENO]!);
      if (name === "co_argcount") return fromNumber(th, i32[obj + CODE_ARGCOUNT]!);
      return codeAttribute(th, obj, name);
    case TypeId.ReferenceType:
      // The callback is forgotten once the referent is gone, as CPython's.
      if (name === "__callback__") return referentOf(i32, obj) === 0 ? NONE : orNone(i32[obj + WEAKREF_CALLBACK]!);
      // A subclass's instances may have a __dict__.
      if (name === "__dict__" && dictWordOf(th, obj) >= 0) return ensureInstanceDict(th, obj);
      return 0;
    case TypeId.traceback:
      if (name === "tb_next") return orNone(i32[obj + TRACEBACK_NEXT]!);
      if (name === "tb_lineno") return fromNumber(th, i32[obj + TRACEBACK_LINENO]!);
      if (name === "tb_frame") return i32[obj + TRACEBACK_FRAME]!;
      if (name === "tb_lasti") return fromNumber(th, i32[obj + TRACEBACK_LASTI]! * 2);
      return 0;
    default:
      if (name === "__dict__" && (dictWordOf(th, obj) >= 0 || isThreadLocal(th, obj))) return ensureInstanceDict(th, obj);
      return 0;
  }
}

/** obj.__weakref__ on instances of classes with a __weakref__ slot: the first weak reference, or None. */
function weakrefAttribute(th: Thread, obj: number): number {
  if (isType(th, obj)) return 0;
  const type = typeOfValue(th, obj);
  if (!isUserClass(th, type) || (th.heap.i32[type + TYPE_FLAGS]! & TF_WEAKREFABLE) === 0) return 0;
  return firstWeakref(th, obj);
}

function typeAttribute(th: Thread, type: number, name: string): number {
  const i32 = th.heap.i32;
  switch (name) {
    case "__name__": return i32[type + TYPE_NAME]!;
    case "__qualname__": {
      const dict = i32[type + TYPE_DICT]!;
      const q = dict === 0 ? 0 : dictGetStr(th, dict, internStr(th, "__qualname__"));
      return q !== 0 ? q : orNone(i32[type + TYPE_QUALNAME]!) === NONE ? i32[type + TYPE_NAME]! : i32[type + TYPE_QUALNAME]!;
    }
    case "__mro__": return i32[type + TYPE_MRO]!;
    case "__bases__": return i32[type + TYPE_BASES]!;
    case "__base__": return orNone(i32[type + TYPE_BASE]!);
    case "__dict__": return i32[type + TYPE_DICT] === 0 ? 0 : newMappingProxy(th, i32[type + TYPE_DICT]!);
    case "__module__": {
      const dict = i32[type + TYPE_DICT]!;
      const m = dict === 0 ? 0 : dictGetStr(th, dict, internStr(th, "__module__"));
      return m !== 0 ? m : internStr(th, "builtins");
    }
    case "__doc__": return NONE;
    default: return 0;
  }
}

function exceptionAttribute(th: Thread, exc: number, name: string): number {
  const i32 = th.heap.i32;
  switch (name) {
    case "args": return i32[exc + EXC_ARGS]!;
    case "__cause__": return orNone(i32[exc + EXC_CAUSE]!);
    case "__context__": return orNone(i32[exc + EXC_CONTEXT]!);
    case "__traceback__": return orNone(i32[exc + EXC_TRACEBACK]!);
    case "__suppress_context__": return i32[exc + EXC_SUPPRESS_CONTEXT] ? TRUE : FALSE;
    case "__notes__": return 0;
    case "message": return isGroup(th, exc) ? groupMessage(th, exc) : 0;
    case "exceptions": return isGroup(th, exc) ? i32[exc + EXCGROUP_EXCEPTIONS]! : 0;
    case "value":
    case "code": {
      const id = builtinBaseIdOf(th, exc);
      if ((name === "value" && id === TypeId.StopIteration) || (name === "code" && id === TypeId.SystemExit)) {
        const args = tupleItems(th, i32[exc + EXC_ARGS]!);
        if (args.length === 0) return NONE;
        if (args.length === 1 || name === "value") return args[0]!;
        return i32[exc + EXC_ARGS]!;
      }
      return 0;
    }
    default: return 0;
  }
}

function builtinBaseIdOf(th: Thread, v: number): number {
  return builtinBaseId(th, typeOfValue(th, v));
}

/** Sets a special attribute; false when `name` is not one of `obj`'s. */
export function setSpecialAttribute(th: Thread, obj: number, name: string, value: number): boolean {
  const i32 = th.heap.i32;
  if (isExceptionInstance(th, obj)) {
    switch (name) {
      case "__cause__":
        i32[obj + EXC_CAUSE] = value === NONE ? NONE : value;
        i32[obj + EXC_SUPPRESS_CONTEXT] = 1;
        return true;
      case "__context__":
        i32[obj + EXC_CONTEXT] = value === NONE ? 0 : value;
        return true;
      case "__traceback__":
        i32[obj + EXC_TRACEBACK] = value === NONE ? 0 : value;
        return true;
      case "__suppress_context__":
        i32[obj + EXC_SUPPRESS_CONTEXT] = value === TRUE ? 1 : 0;
        return true;
      case "args":
        i32[obj + EXC_ARGS] = typeIdOfValue(th, value) === TypeId.tuple ? value : newTuple(th, [value]);
        return true;
      default:
        return false;
    }
  }
  if (typeIdOfValue(th, obj) === TypeId.function && !isUserClass(th, typeOfValue(th, obj))) {
    if (name === "__code__") {
      setFunctionCode(th, obj, value);
      return true;
    }
    const words: Record<string, number> = {
      __name__: FUNC_NAME, __qualname__: FUNC_QUALNAME, __doc__: FUNC_DOC, __defaults__: FUNC_DEFAULTS,
      __kwdefaults__: FUNC_KWDEFAULTS, __module__: FUNC_MODULE,
    };
    if (name === "__type_params__") {
      if (!isTuple(th, value)) raiseException(th, "TypeError", "__type_params__ must be set to a tuple");
      i32[obj + FUNC_TYPE_PARAMS] = value;
      return true;
    }
    const word = words[name];
    if (word === undefined) return false;
    i32[obj + word] = value === NONE && (name === "__defaults__" || name === "__kwdefaults__") ? 0 : value;
    return true;
  }
  return false;
}

/** `f.__code__ = code`: the code must take as many free variables as f's closure holds. */
function setFunctionCode(th: Thread, func: number, code: number): void {
  if ((code & 1) === 1 || typeIdOfValue(th, code) !== TypeId.code) {
    raiseException(th, "TypeError", "__code__ must be set to a code object");
  }
  const i32 = th.heap.i32;
  const closure = i32[func + FUNC_CLOSURE]!;
  const held = closure === 0 ? 0 : i32[closure + TUPLE_LENGTH]!;
  const free = i32[code + CODE_NFREEVARS]!;
  if (held !== free) {
    raiseException(th, "ValueError", `${jsString(th, i32[func + FUNC_NAME]!)}() requires a code object with ${held} free vars, not ${free}`);
  }
  i32[func + FUNC_CODE] = code;
}
