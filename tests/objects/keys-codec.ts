// Numbers and tuples as the oracle scripts encode them (["i", "12"],
// ["f", "0.5"], ["t", [...]]), to and from heap values.

import type { Heap } from "../../src/heap/heap.js";
import { floatRepr } from "../../src/objects/float-repr.js";
import { floatValue, isFloat, newFloat } from "../../src/objects/float.js";
import { intFromBigInt, intToBigInt, isInt } from "../../src/objects/int.js";
import { isTuple, tupleItems, tupleOf } from "../../src/objects/tuple.js";

export type Encoded = ["i", string] | ["f", string] | ["t", Encoded[]];

export function decode(heap: Heap, e: Encoded): number {
  switch (e[0]) {
    case "i":
      return intFromBigInt(heap, BigInt(e[1]));
    case "f":
      return newFloat(heap, Number(e[1]));
    case "t":
      return tupleOf(heap, e[1].map((x) => decode(heap, x)));
  }
}

export function encode(heap: Heap, v: number): Encoded {
  if (isInt(heap, v)) return ["i", intToBigInt(heap, v).toString()];
  if (isFloat(heap, v)) return ["f", floatRepr(floatValue(heap, v))];
  if (isTuple(heap, v)) return ["t", tupleItems(heap, v).map((x) => encode(heap, x))];
  throw new Error(`cannot encode value ${v}`);
}
