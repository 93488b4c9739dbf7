// A worker's cache of the JavaScript strings of heap strs, by heap address.
//
// Direct-mapped: each address has one place, and a newer string evicts an
// older one there. A miss only costs a decode from the heap, while an
// unbounded map would grow with every string a program makes (a loop that
// builds 200 000 strings spent most of its time growing one) and keep them
// all alive for JavaScript's collector until the next heap collection.

/** Places in the cache; a power of two. */
const CAPACITY = 1 << 14;

export class StringCache {
  private readonly keys = new Int32Array(CAPACITY);
  private readonly values: (string | undefined)[] = new Array<string | undefined>(CAPACITY).fill(undefined);

  get(address: number): string | undefined {
    const at = (address >>> 1) & (CAPACITY - 1);
    return this.keys[at] === address ? this.values[at] : undefined;
  }

  set(address: number, s: string): void {
    const at = (address >>> 1) & (CAPACITY - 1);
    this.keys[at] = address;
    this.values[at] = s;
  }

  /** Forgets everything (address 0 never holds a str). */
  clear(): void {
    this.keys.fill(0);
    this.values.fill(undefined);
  }
}
