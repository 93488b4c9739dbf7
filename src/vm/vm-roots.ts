// The VM's global roots: values every thread reaches through the heap's
// global root slots (G_ROOTS), so they survive collections and every worker
// finds the same ones.

import { globalRoot, setGlobalRoot } from "../heap/heap.js";
import type { Thread } from "./thread.js";

/** Root slot indices. */
export const ROOT_SYS_MODULES = 0;
export const ROOT_BUILTINS_DICT = 1;
export const ROOT_BUILTINS_MODULE = 2;
export const ROOT_SYS_MODULE = 3;
export const ROOT_MAIN_MODULE = 4;

export function sysModules(th: Thread): number {
  return globalRoot(th.heap, ROOT_SYS_MODULES);
}

export function builtinsDict(th: Thread): number {
  return globalRoot(th.heap, ROOT_BUILTINS_DICT);
}

export function setRoot(th: Thread, index: number, value: number): void {
  setGlobalRoot(th.heap, index, value);
}

export function getRoot(th: Thread, index: number): number {
  return globalRoot(th.heap, index);
}
