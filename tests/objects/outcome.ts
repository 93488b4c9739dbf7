// Runs a native operation and describes its result the way the CPython
// oracle scripts (scripts/gen-*.py) describe CPython's: {int}, {float},
// {tuple}, {str}, {bool} or {error: "Type: message"}.

import { PyError } from "../../src/heap/errors.js";
import type { Heap } from "../../src/heap/heap.js";
import { floatRepr } from "../../src/objects/float-repr.js";
import { floatValue, isFloat } from "../../src/objects/float.js";
import { intFromBigInt, intToBigInt } from "../../src/objects/int.js";

export type Outcome =
  | { int: string } | { float: string } | { tuple: string[] } | { str: string } | { bool: boolean }
  | { error: string } | { length: number; head: string };

export function outcomeOf(run: () => Outcome): Outcome {
  try {
    return run();
  } catch (e) {
    if (e instanceof PyError) return { error: `${e.typeName}: ${e.text}` };
    throw e;
  }
}

/** A heap int or float value described as the oracle does. */
export function numberOutcome(heap: Heap, v: number): Outcome {
  if (isFloat(heap, v)) return { float: floatRepr(floatValue(heap, v)) };
  return { int: intToBigInt(heap, v).toString() };
}

/** An int value from the oracle's decimal text. */
export function intValue(heap: Heap, text: string): number {
  return intFromBigInt(heap, BigInt(text));
}

/** A bigint from Python's hex() text (which may start with "-"). */
export function fromPythonHex(text: string): bigint {
  return text.startsWith("-") ? -BigInt(text.slice(1)) : BigInt(text);
}
