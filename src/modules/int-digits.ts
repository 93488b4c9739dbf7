// sys.get_int_max_str_digits / sys.set_int_max_str_digits: the limit lives in the heap.

import { intMaxStrDigits, setIntMaxStrDigits } from "../objects/int-str.js";
import type { Thread } from "../vm/thread.js";
import { raiseException } from "../vm/exceptions.js";

export function getIntMaxStrDigits(th: Thread): number {
  return intMaxStrDigits(th.heap);
}

export function setIntMaxStrDigitsValue(th: Thread, n: number): void {
  if (n !== 0 && n < 640) raiseException(th, "ValueError", "maxdigits must be >= 640 or 0 for unlimited");
  setIntMaxStrDigits(th.heap, n);
}
