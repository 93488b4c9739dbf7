// The inline caches of LOAD_GLOBAL and LOAD_NAME.
//
// A global or builtin read searches a chain of dicts by string: a module or
// class body's locals (LOAD_NAME only), the globals, the builtins. Each
// worker keeps a small direct-mapped table, indexed by the heap address of
// the instruction, of what the instruction found last: which dict of the
// chain held the name, at which entry, the value, and every dict's address
// and version tag.
//
// Two ways to a hit, both vouched for by the heap:
//   - every dict and every version unchanged (every insertion, deletion and
//     replacement bumps a dict's version): the value is still the answer;
//   - otherwise, as long as the dicts are the same: if the entry where the
//     name was found still holds that very key (a dict holds a key at most
//     once, and a deleted entry holds none), its value is the answer, once
//     the dicts before it in the chain are checked not to hold the name.
//     That keeps the cache useful in a module body, whose every assignment
//     changes the globals' version.
// Entries also carry the collection epoch: a collection may free a code
// object or a dict and hand its address to another. So the cache holds no
// state another worker needs.

import { DICT_VERSION, G_EPOCH, G_TYPES, TYPE_WORD } from "../heap/layout.js";
import { TypeId } from "../objects/type-ids.js";
import { dictIndexStr, dictValueAtIfKey } from "../objects/dict.js";
import type { Thread } from "./thread.js";
import { loadGlobal, loadName } from "./names.js";
import { F_BUILTINS, F_GLOBALS, F_LOCALS } from "./frame.js";

const ENTRIES = 4096;
const STRIDE = 12;
const TAG = 0;
const EPOCH = 1;
const LOCALS = 2;
const LOCALS_VERSION = 3;
const GLOBALS = 4;
const GLOBALS_VERSION = 5;
const BUILTINS = 6;
const BUILTINS_VERSION = 7;
const VALUE = 8;
/** 0 locals, 1 globals, 2 builtins. */
const FOUND_IN = 9;
const FOUND_AT = 10;

/** This worker's entries; tag 0 (no instruction lives at word 0) marks an empty one. */
const entries = new Int32Array(ENTRIES * STRIDE);

/** LOAD_GLOBAL of `name` for the instruction at heap word `at`: globals, then builtins, else NameError. */
export function loadGlobalCached(th: Thread, at: number, globals: number, builtins: number, name: number): number {
  const v = cachedLookup(th, at, 0, globals, builtins, name);
  return v !== 0 ? v : fill(th, at, 0, globals, builtins, name, loadGlobal(th, globals, builtins, name));
}

/** LOAD_NAME of `name` in frame `f` (a module or class body), for the instruction at heap word `at`. */
export function loadNameCached(th: Thread, at: number, f: number, name: number): number {
  const i32 = th.heap.i32;
  const locals = i32[f + F_LOCALS]!;
  const globals = i32[f + F_GLOBALS]!;
  const builtins = i32[f + F_BUILTINS]!;
  // Only a real dict has the entries and version tag the cache relies on.
  if (locals === 0 || i32[locals + TYPE_WORD] !== i32[G_TYPES + TypeId.dict]) return loadName(th, f, name);
  const v = cachedLookup(th, at, locals, globals, builtins, name);
  return v !== 0 ? v : fill(th, at, locals, globals, builtins, name, loadName(th, f, name));
}

/** The cached answer, or 0 on a miss. */
function cachedLookup(th: Thread, at: number, locals: number, globals: number, builtins: number, name: number): number {
  const i32 = th.heap.i32;
  const e = slotOf(at);
  if (entries[e + TAG] !== at || entries[e + EPOCH] !== i32[G_EPOCH] || entries[e + LOCALS] !== locals
    || entries[e + GLOBALS] !== globals || entries[e + BUILTINS] !== builtins) return 0;
  if ((locals === 0 || entries[e + LOCALS_VERSION] === i32[locals + DICT_VERSION])
    && entries[e + GLOBALS_VERSION] === i32[globals + DICT_VERSION]
    && entries[e + BUILTINS_VERSION] === i32[builtins + DICT_VERSION]) {
    return entries[e + VALUE]!;
  }
  const foundIn = entries[e + FOUND_IN]!;
  const dict = foundIn === 0 ? locals : foundIn === 1 ? globals : builtins;
  const ix = entries[e + FOUND_AT]!;
  const heap = th.heap;
  const value = dictValueAtIfKey(heap, dict, ix, name);
  if (value === 0) return 0;
  if (foundIn >= 1 && locals !== 0 && dictIndexStr(heap, locals, name) >= 0) return 0;
  // A module body's locals are its globals: one look is enough.
  if (foundIn === 2 && globals !== locals && dictIndexStr(heap, globals, name) >= 0) return 0;
  remember(th, e, locals, globals, builtins, value, foundIn, ix);
  return value;
}

/** Records where `name` was found (a lookup just gave `value`); returns `value`. */
function fill(th: Thread, at: number, locals: number, globals: number, builtins: number, name: number, value: number): number {
  const heap = th.heap;
  let foundIn = 0;
  let ix = locals === 0 ? -1 : dictIndexStr(heap, locals, name);
  if (ix < 0) {
    foundIn = 1;
    ix = dictIndexStr(heap, globals, name);
  }
  if (ix < 0) {
    foundIn = 2;
    ix = dictIndexStr(heap, builtins, name);
  }
  if (ix < 0) return value;
  const e = slotOf(at);
  entries[e + TAG] = at;
  entries[e + EPOCH] = heap.i32[G_EPOCH]!;
  remember(th, e, locals, globals, builtins, value, foundIn, ix);
  return value;
}

function remember(th: Thread, e: number, locals: number, globals: number, builtins: number, value: number, foundIn: number, ix: number): void {
  const i32 = th.heap.i32;
  entries[e + LOCALS] = locals;
  entries[e + LOCALS_VERSION] = locals === 0 ? 0 : i32[locals + DICT_VERSION]!;
  entries[e + GLOBALS] = globals;
  entries[e + GLOBALS_VERSION] = i32[globals + DICT_VERSION]!;
  entries[e + BUILTINS] = builtins;
  entries[e + BUILTINS_VERSION] = i32[builtins + DICT_VERSION]!;
  entries[e + VALUE] = value;
  entries[e + FOUND_IN] = foundIn;
  entries[e + FOUND_AT] = ix;
}

function slotOf(at: number): number {
  return ((at >> 1) & (ENTRIES - 1)) * STRIDE;
}
