// Hash algorithms: Python's 64-bit hashes computed with 32-bit arithmetic.
//
// A Python hash is a signed 64-bit integer. JavaScript has no fast 64-bit
// integer, so a hash travels as two int32 words, `lo` and `hi`. Functions
// that compute a hash return its low word and leave both words in `hashOut`;
// dict and set tables store both words of every entry.
//
// Numbers hash as CPython hashes them (modulus 2**61 - 1), so that
// hash(1) == hash(1.0) == hash(True) and a set of numbers iterates in
// CPython's order. Tuples use CPython's xxHash-based algorithm. Strings and
// bytes use a hash of our own (CPython's is randomised per process anyway):
// FNV-1a over the UTF-16 units (bytes: over the bytes, so ASCII str and bytes
// agree), finished with MurmurHash3's mixer, sign-extended to 64 bits; "" and
// b"" hash to 0 as in CPython. Every worker computes the same values.

/** Where hash functions leave the two words of the hash they computed. */
export const hashOut = { lo: 0, hi: 0 };

/** 2**61 - 1, the modulus of numeric hashes. */
export const HASH_MODULUS = (1n << 61n) - 1n;
export const HASH_INF = 314159;

// ---------------------------------------------------------------------------
// Strings and bytes

function finishStringHash(h: number, length: number): number {
  if (length === 0) return setHash(0, 0);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  if (h === -1) h = -2;
  return setHash(h, h >> 31);
}

/** The hash of `count` UTF-16 units of `u16` from index `start`. */
export function hashUnits(u16: Uint16Array, start: number, count: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start, end = start + count; i < end; i++) h = Math.imul(h ^ u16[i]!, 0x01000193);
  return finishStringHash(h, count);
}

/** The hash a heap str holding the JavaScript string `s` has. */
export function hashJsString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return finishStringHash(h, s.length);
}

/** hashJsString of the `count` UTF-16 units of `u16` from index `start`. */
export function hashUnitRange(u16: Uint16Array, start: number, count: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start, end = start + count; i < end; i++) h = Math.imul(h ^ u16[i]!, 0x01000193);
  return finishStringHash(h, count);
}

/** The hash of `count` bytes of `u8` from index `start`. */
export function hashByteRange(u8: Uint8Array, start: number, count: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start, end = start + count; i < end; i++) h = Math.imul(h ^ u8[i]!, 0x01000193);
  return finishStringHash(h, count);
}

/** For a hash stored as one word (str, bytes): its high word. */
export function highWordOf(lo: number): number {
  return lo >> 31;
}

// ---------------------------------------------------------------------------
// Numbers

export function setHash(lo: number, hi: number): number {
  hashOut.lo = lo | 0;
  hashOut.hi = hi | 0;
  return hashOut.lo;
}

/** hash(n) for an integer `n` with |n| < 2**53 (a JavaScript number). */
export function hashSafeInteger(n: number): number {
  if (n === -1) return setHash(-2, -1);
  if (n >= -0x80000000 && n <= 0x7fffffff) return setHash(n, n < 0 ? -1 : 0);
  const hi = Math.floor(n / 4294967296);
  return setHash(n - hi * 4294967296, hi);
}

/** Stores the signed 64-bit hash `h` (a bigint in range) in hashOut. */
export function setHashBig(h: bigint): number {
  return setHash(Number(BigInt.asIntN(32, h)), Number(BigInt.asIntN(32, h >> 32n)));
}

/** The hash as a bigint, for `hash()` to return. */
export function hashToBigInt(lo: number, hi: number): bigint {
  return (BigInt(hi | 0) << 32n) | BigInt(lo >>> 0);
}

/** hash(x) for an int x: x mod (2**61 - 1) with x's sign, -1 becoming -2. */
export function hashBigInt(x: bigint): number {
  if (x >= -(2n ** 52n) && x <= 2n ** 52n) return hashSafeInteger(Number(x));
  const negative = x < 0n;
  let h = (negative ? -x : x) % HASH_MODULUS;
  if (negative) h = -h;
  if (h === -1n) h = -2n;
  return setHashBig(h);
}

const float64 = new Float64Array(1);
const float64Words = new Uint32Array(float64.buffer);

/**
 * hash(x) for a finite or infinite float (NaN hashes by identity: the caller
 * handles it). Integral values hash as the equal int; others as CPython's
 * _Py_HashDouble, the fraction m / 2**k reduced modulo 2**61 - 1.
 */
export function hashFloat(x: number): number {
  if (Number.isInteger(x) && Math.abs(x) <= 2 ** 52) return hashSafeInteger(x);
  if (x === Infinity) return setHash(HASH_INF, 0);
  if (x === -Infinity) return setHash(-HASH_INF, -1);
  float64[0] = Math.abs(x);
  const high = float64Words[1]!;
  const low = float64Words[0]!;
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  let exponent: number;
  if (biased === 0) {
    exponent = -1074;
  } else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  // 2**61 = 1 (mod 2**61 - 1), so the power of two reduces modulo 61.
  const shift = ((exponent % 61) + 61) % 61;
  let h = ((mantissa % HASH_MODULUS) << BigInt(shift)) % HASH_MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return setHashBig(h);
}

/** hash(complex(real, imag)): hash(real) + 1000003 * hash(imag), in unsigned 64-bit arithmetic. */
export function hashComplex(real: number, imag: number): number {
  const r = hashToBigInt(hashFloat(real), hashOut.hi);
  const i = hashToBigInt(hashFloat(imag), hashOut.hi);
  let h = BigInt.asIntN(64, r + 1000003n * i);
  if (h === -1n) h = -2n;
  return setHashBig(h);
}

// ---------------------------------------------------------------------------
// 64-bit arithmetic on (lo, hi) pairs

/** The high 32 bits of the unsigned product of two unsigned 32-bit numbers. */
function mulHigh32(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const middle1 = a1 * b0;
  const middle2 = a0 * b1;
  const carry = (((a0 * b0) >>> 16) + (middle1 & 0xffff) + (middle2 & 0xffff)) >>> 16;
  return (a1 * b1 + (middle1 >>> 16) + (middle2 >>> 16) + carry) | 0;
}

/** A 64-bit accumulator for hash mixing, modulo 2**64. */
export class Hash64 {
  lo = 0;
  hi = 0;

  set(lo: number, hi: number): this {
    this.lo = lo | 0;
    this.hi = hi | 0;
    return this;
  }

  add(lo: number, hi: number): this {
    const sum = (this.lo >>> 0) + (lo >>> 0);
    this.hi = (this.hi + hi + (sum > 0xffffffff ? 1 : 0)) | 0;
    this.lo = sum | 0;
    return this;
  }

  multiply(lo: number, hi: number): this {
    const newHi = (mulHigh32(this.lo >>> 0, lo >>> 0) + Math.imul(this.lo, hi) + Math.imul(this.hi, lo)) | 0;
    this.lo = Math.imul(this.lo, lo);
    this.hi = newHi;
    return this;
  }

  xor(lo: number, hi: number): this {
    this.lo ^= lo;
    this.hi ^= hi;
    return this;
  }

  /** Rotates left by 31 bits (CPython's _PyHASH_XXROTATE). */
  rotateLeft31(): this {
    const lo = this.lo;
    const hi = this.hi;
    this.hi = (hi << 31) | (lo >>> 1);
    this.lo = (lo << 31) | (hi >>> 1);
    return this;
  }

  /** Logical right shift by `n` bits, 0 < n < 32. */
  shiftRight(n: number): this {
    this.lo = (this.lo >>> n) | (this.hi << (32 - n));
    this.hi = this.hi >>> n;
    return this;
  }

  isMinusOne(): boolean {
    return this.lo === -1 && this.hi === -1;
  }
}

const XXPRIME_1_LO = 0x85ebca87 | 0;
const XXPRIME_1_HI = 0x9e3779b1 | 0;
const XXPRIME_2_LO = 0x27d4eb4f | 0;
const XXPRIME_2_HI = 0xc2b2ae3d | 0;
const XXPRIME_5_LO = 0x165667c5 | 0;
const XXPRIME_5_HI = 0x27d4eb2f | 0;

/**
 * CPython's tuple hash over `length` items whose hashes `itemHash(i)`
 * produces (it returns the low word and leaves both words in hashOut).
 * Slices hash their three parts the same way but without mixing in the
 * length (`mixLength` false), as CPython's slice_hash.
 */
export function hashTupleItems(length: number, itemHash: (index: number) => void, mixLength = true): number {
  const acc = new Hash64().set(XXPRIME_5_LO, XXPRIME_5_HI);
  const lane = new Hash64();
  for (let i = 0; i < length; i++) {
    itemHash(i);
    lane.set(hashOut.lo, hashOut.hi).multiply(XXPRIME_2_LO, XXPRIME_2_HI);
    acc.add(lane.lo, lane.hi).rotateLeft31().multiply(XXPRIME_1_LO, XXPRIME_1_HI);
  }
  if (mixLength) acc.add(length ^ XXPRIME_5_LO ^ 3527539, XXPRIME_5_HI);
  if (acc.isMinusOne()) return setHash(1546275796, 0);
  return setHash(acc.lo, acc.hi);
}

/** CPython's _shuffle_bits for frozenset hashes, into `out`. */
function shuffleBits(out: Hash64, lo: number, hi: number): Hash64 {
  // ((h ^ 89869747) ^ (h << 16)) * 3644798167
  const shiftedHi = (hi << 16) | (lo >>> 16);
  const shiftedLo = lo << 16;
  return out.set(lo ^ 89869747 ^ shiftedLo, hi ^ shiftedHi).multiply(3644798167 | 0, 0);
}

/**
 * CPython's frozenset hash. `entryHash(i)` gives the stored hash of table
 * entry i (0 for an empty slot, -1 for a dummy), for i in [0, tableSize).
 */
export function hashFrozensetTable(tableSize: number, fill: number, used: number, entryHash: (index: number) => void): number {
  const acc = new Hash64();
  const shuffled = new Hash64();
  for (let i = 0; i < tableSize; i++) {
    entryHash(i);
    shuffleBits(shuffled, hashOut.lo, hashOut.hi);
    acc.xor(shuffled.lo, shuffled.hi);
  }
  if (((tableSize - fill) & 1) !== 0) {
    shuffleBits(shuffled, 0, 0);
    acc.xor(shuffled.lo, shuffled.hi);
  }
  if (((fill - used) & 1) !== 0) {
    shuffleBits(shuffled, -1, -1);
    acc.xor(shuffled.lo, shuffled.hi);
  }
  const count = new Hash64().set(used + 1, 0).multiply(1927868237, 0);
  acc.xor(count.lo, count.hi);
  const s11 = new Hash64().set(acc.lo, acc.hi).shiftRight(11);
  const s25 = new Hash64().set(acc.lo, acc.hi).shiftRight(25);
  acc.xor(s11.lo ^ s25.lo, s11.hi ^ s25.hi);
  acc.multiply(69069, 0).add(907133923, 0);
  if (acc.isMinusOne()) return setHash(590923713, 0);
  return setHash(acc.lo, acc.hi);
}

/** The hash of an object hashed by identity: its address. */
export function hashIdentity(obj: number): number {
  return setHash(obj, 0);
}

/** The hash (lo, hi) of the result of a user `__hash__` returning the int `x`, as CPython reduces it. */
export function hashFromInt(x: bigint): number {
  if (x >= -(2n ** 63n) && x < 2n ** 63n) {
    const h = x === -1n ? -2n : x;
    return setHashBig(h);
  }
  return hashBigInt(x);
}
