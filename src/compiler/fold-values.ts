// Python arithmetic on constants, for compile-time folding (`1 + 2` is
// compiled as the constant 3). Each operation returns the result CPython 3.13
// computes, or `undefined` where CPython would not fold: the operation raises
// (1 / 0), or its result would be too large to be worth storing (CPython's
// limits: 128-bit ints, 4096-character strings, 256-item tuples). Folding never
// changes behaviour: an unfolded expression runs at run time.

import type { Operator, UnaryOperator } from "../../grammar/ast.js";
import { isComplexConstant, isTupleConstant, type CodeConstant } from "./code.js";
import { constantIsTrue } from "./consts.js";

const MAX_INT_SIZE = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

type Num = { kind: "int"; v: bigint } | { kind: "float"; v: number } | { kind: "complex"; re: number; im: number };

/** A constant as a number (bools are ints), or null if it is not one. */
function asNumber(c: CodeConstant): Num | null {
  if (typeof c === "boolean") return { kind: "int", v: c ? 1n : 0n };
  if (typeof c === "bigint") return { kind: "int", v: c };
  if (typeof c === "number") return { kind: "float", v: c };
  if (isComplexConstant(c)) return { kind: "complex", re: c.complex[0], im: c.complex[1] };
  if (typeof c === "object" && c !== null && "imag" in c && !(c instanceof Uint8Array)) {
    return { kind: "complex", re: 0, im: (c as { imag: number }).imag };
  }
  return null;
}

function numBits(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length - (v === 0n ? 1 : 0);
}

function toFloat(n: Num): number {
  return n.kind === "int" ? Number(n.v) : n.kind === "float" ? n.v : NaN;
}

function fromComplex(re: number, im: number): CodeConstant {
  return re === 0 && !Object.is(re, -0) ? { imag: im } : { complex: [re, im] };
}

// ---------------------------------------------------------------------------
// Floats, with Python's floor division and modulo

function floatMod(vx: number, wx: number): number | undefined {
  if (wx === 0) return undefined;
  let mod = vx % wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else {
    mod = Math.sign(wx) < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  return mod;
}

function floatFloorDiv(vx: number, wx: number): number | undefined {
  if (wx === 0) return undefined;
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0 && wx < 0 !== mod < 0) {
    mod += wx;
    div -= 1;
  }
  if (div !== 0) {
    let floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
    return floordiv;
  }
  return vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
}

function floatPow(x: number, y: number): number | undefined {
  if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) return undefined; // complex result
  if (x === 0 && y < 0) return undefined; // ZeroDivisionError
  const r = Math.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) return undefined; // OverflowError
  return r;
}

// ---------------------------------------------------------------------------
// Ints

function intFloorDiv(a: bigint, b: bigint): bigint | undefined {
  if (b === 0n) return undefined;
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function intMod(a: bigint, b: bigint): bigint | undefined {
  if (b === 0n) return undefined;
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

const SAFE_INT = 2n ** 53n;

/** int / int, correctly rounded as Python's is. */
function intTrueDiv(a: bigint, b: bigint): number | undefined {
  if (b === 0n) return undefined;
  if (a < SAFE_INT && a > -SAFE_INT && b < SAFE_INT && b > -SAFE_INT) return Number(a) / Number(b);
  const negative = (a < 0n) !== (b < 0n);
  const x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  if (x === 0n) return negative ? -0 : 0;
  // A 55-bit quotient with a sticky bit rounds to 53 bits exactly once.
  const shift = 55 - (numBits(x) - numBits(y));
  const num = shift >= 0 ? x << BigInt(shift) : x;
  const den = shift >= 0 ? y : y << BigInt(-shift);
  let q = num / den;
  if (num % den !== 0n) q |= 1n;
  let result = Number(q);
  let e = -shift;
  while (e > 0 && Number.isFinite(result)) {
    const step = Math.min(e, 1000);
    result *= 2 ** step;
    e -= step;
  }
  while (e < 0 && result !== 0) {
    const step = Math.max(e, -1000);
    result *= 2 ** step;
    e -= step;
  }
  if (!Number.isFinite(result)) return undefined;
  return negative ? -result : result;
}

function intPow(a: bigint, b: bigint): CodeConstant | undefined {
  if (b < 0n) {
    if (a === 0n) return undefined;
    return floatPow(Number(a), Number(b));
  }
  if (a !== 0n && b > 0n && numBits(a) > Math.floor(MAX_INT_SIZE / Number(b))) return undefined;
  return a ** b;
}

function intLshift(a: bigint, b: bigint): bigint | undefined {
  if (b < 0n) return undefined;
  if (a !== 0n && b !== 0n && (b > BigInt(MAX_INT_SIZE) || numBits(a) > MAX_INT_SIZE - Number(b))) return undefined;
  return a << b;
}

function intRshift(a: bigint, b: bigint): bigint | undefined {
  if (b < 0n) return undefined;
  return a >> b;
}

function intBinop(op: Operator, a: bigint, b: bigint): CodeConstant | undefined {
  switch (op) {
    case "Add":
      return a + b;
    case "Sub":
      return a - b;
    case "Mult":
      if (a !== 0n && b !== 0n && numBits(a) + numBits(b) > MAX_INT_SIZE) return undefined;
      return a * b;
    case "Div":
      return intTrueDiv(a, b);
    case "FloorDiv":
      return intFloorDiv(a, b);
    case "Mod":
      return intMod(a, b);
    case "Pow":
      return intPow(a, b);
    case "LShift":
      return intLshift(a, b);
    case "RShift":
      return intRshift(a, b);
    case "BitOr":
      return a | b;
    case "BitXor":
      return a ^ b;
    case "BitAnd":
      return a & b;
    default:
      return undefined;
  }
}

function floatBinop(op: Operator, x: number, y: number): number | undefined {
  switch (op) {
    case "Add":
      return x + y;
    case "Sub":
      return x - y;
    case "Mult":
      return x * y;
    case "Div":
      return y === 0 ? undefined : x / y;
    case "FloorDiv":
      return floatFloorDiv(x, y);
    case "Mod":
      return floatMod(x, y);
    case "Pow":
      return floatPow(x, y);
    default:
      return undefined;
  }
}

type Complex = [number, number];

function cProd(a: Complex, b: Complex): Complex {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** CPython's _Py_c_quot (Smith's algorithm); undefined for division by zero. */
function cQuot(a: Complex, b: Complex): Complex | undefined {
  const absReal = Math.abs(b[0]);
  const absImag = Math.abs(b[1]);
  if (absReal >= absImag) {
    if (absReal === 0) return undefined;
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absImag >= absReal) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

/** Integer powers by repeated squaring, as CPython's c_powi. */
function cPowi(x: Complex, n: number): Complex | undefined {
  const powu = (m: number): Complex => {
    let r: Complex = [1, 0];
    let p = x;
    for (let mask = 1; mask > 0 && m >= mask; mask *= 2) {
      if (Math.floor(m / mask) % 2 === 1) r = cProd(r, p);
      p = cProd(p, p);
    }
    return r;
  };
  return n > 0 ? powu(n) : cQuot([1, 0], powu(-n));
}

/** CPython's _Py_c_pow, through polar form. */
function cPow(a: Complex, b: Complex): Complex | undefined {
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) return b[1] !== 0 || b[0] < 0 ? undefined : [0, 0];
  const vabs = Math.hypot(a[0], a[1]);
  let len = Math.pow(vabs, b[0]);
  const at = Math.atan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= Math.exp(at * b[1]);
    phase += b[1] * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

function complexPow(a: Complex, b: Complex): CodeConstant | undefined {
  const small = b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100;
  const r = small ? cPowi(a, b[0]) : cPow(a, b);
  if (r === undefined || !Number.isFinite(r[0]) || !Number.isFinite(r[1])) return undefined;
  return fromComplex(r[0], r[1]);
}

function complexBinop(op: Operator, a: Num, b: Num): CodeConstant | undefined {
  const x: Complex = a.kind === "complex" ? [a.re, a.im] : [toFloat(a), 0];
  const y: Complex = b.kind === "complex" ? [b.re, b.im] : [toFloat(b), 0];
  switch (op) {
    case "Add":
      return fromComplex(x[0] + y[0], x[1] + y[1]);
    case "Sub":
      return fromComplex(x[0] - y[0], x[1] - y[1]);
    case "Mult": {
      const r = cProd(x, y);
      return fromComplex(r[0], r[1]);
    }
    case "Div": {
      const r = cQuot(x, y);
      return r === undefined ? undefined : fromComplex(r[0], r[1]);
    }
    case "Pow":
      return complexPow(x, y);
    default:
      return undefined;
  }
}

function numericBinop(op: Operator, a: Num, b: Num): CodeConstant | undefined {
  if (a.kind === "complex" || b.kind === "complex") return complexBinop(op, a, b);
  // A negative base to a fractional power is complex.
  if (op === "Pow" && (a.kind === "float" || b.kind === "float")) {
    const x = toFloat(a);
    const y = toFloat(b);
    if (x < 0 && Number.isFinite(y) && y !== Math.floor(y)) return complexPow([x, 0], [y, 0]);
  }
  if (a.kind === "int" && b.kind === "int") return intBinop(op, a.v, b.v);
  return floatBinop(op, toFloat(a), toFloat(b));
}

// ---------------------------------------------------------------------------
// Sequences

type Sequence = { kind: "str"; v: string } | { kind: "bytes"; v: Uint8Array } | { kind: "tuple"; v: CodeConstant[] };

function asSequence(c: CodeConstant): Sequence | null {
  if (typeof c === "string") return { kind: "str", v: c };
  if (c instanceof Uint8Array) return { kind: "bytes", v: c };
  if (isTupleConstant(c)) return { kind: "tuple", v: c.tuple };
  return null;
}

function seqLength(s: Sequence): number {
  return s.kind === "str" ? [...s.v].length : s.v.length;
}

function totalItems(items: CodeConstant[], limit: number): number {
  limit -= items.length;
  for (const item of items) {
    if (limit < 0) return limit;
    if (isTupleConstant(item)) limit = totalItems(item.tuple, limit);
  }
  return limit;
}

function repeatSequence(s: Sequence, count: bigint): CodeConstant | undefined {
  const size = seqLength(s);
  if (size === 0) return s.kind === "tuple" ? { tuple: [] } : s.kind === "str" ? "" : new Uint8Array(0);
  const n = Number(count);
  if (count < 0n) return undefined;
  if (s.kind === "tuple") {
    if (n > MAX_COLLECTION_SIZE / size) return undefined;
    if (n > 0 && totalItems(s.v, Math.floor(MAX_TOTAL_ITEMS / n)) < 0) return undefined;
    return { tuple: Array.from({ length: n }, () => s.v).flat() };
  }
  if (n > MAX_STR_SIZE / size) return undefined;
  if (s.kind === "str") return s.v.repeat(n);
  const out = new Uint8Array(s.v.length * n);
  for (let i = 0; i < n; i++) out.set(s.v, i * s.v.length);
  return out;
}

function concatSequences(a: Sequence, b: Sequence): CodeConstant | undefined {
  if (a.kind !== b.kind) return undefined;
  if (a.kind === "str") return a.v + (b.v as string);
  if (a.kind === "tuple") return { tuple: [...a.v, ...(b.v as CodeConstant[])] };
  const out = new Uint8Array(a.v.length + b.v.length);
  out.set(a.v);
  out.set(b.v as Uint8Array, a.v.length);
  return out;
}

// ---------------------------------------------------------------------------
// The folding entry points

export function foldBinop(op: Operator, left: CodeConstant, right: CodeConstant): CodeConstant | undefined {
  const a = asNumber(left);
  const b = asNumber(right);
  if (a !== null && b !== null) {
    // bool & bool, bool | bool and bool ^ bool stay bools.
    if (typeof left === "boolean" && typeof right === "boolean") {
      if (op === "BitAnd") return left && right;
      if (op === "BitOr") return left || right;
      if (op === "BitXor") return left !== right;
    }
    return numericBinop(op, a, b);
  }
  const sa = asSequence(left);
  const sb = asSequence(right);
  if (op === "Add" && sa !== null && sb !== null) return concatSequences(sa, sb);
  if (op === "Mult") {
    if (sa !== null && b?.kind === "int") return repeatSequence(sa, b.v);
    if (sb !== null && a?.kind === "int") return repeatSequence(sb, a.v);
  }
  return undefined;
}

export function foldUnaryop(op: UnaryOperator, operand: CodeConstant): CodeConstant | undefined {
  if (op === "Not") return !constantIsTrue(operand);
  const n = asNumber(operand);
  if (n === null) return undefined;
  switch (op) {
    case "USub":
      if (n.kind === "int") return -n.v;
      if (n.kind === "float") return -n.v;
      return fromComplex(-n.re, -n.im);
    case "UAdd":
      if (n.kind === "int") return n.v;
      if (n.kind === "float") return n.v;
      return fromComplex(n.re, n.im);
    case "Invert":
      return n.kind === "int" ? ~n.v : undefined;
  }
  return undefined;
}

/** `"abc"[1]`, `(1, 2)[-1]`, `b"ab"[0]`: constant indexing by an int. */
export function foldSubscript(container: CodeConstant, index: CodeConstant): CodeConstant | undefined {
  const seq = asSequence(container);
  const i = asNumber(index);
  if (seq === null || i === null || i.kind !== "int") return undefined;
  const items: CodeConstant[] | string[] = seq.kind === "str" ? [...seq.v] : seq.kind === "tuple" ? seq.v : [];
  const length = seq.kind === "bytes" ? seq.v.length : items.length;
  let k = Number(i.v);
  if (k < 0) k += length;
  if (k < 0 || k >= length) return undefined;
  if (seq.kind === "bytes") return BigInt(seq.v[k]!);
  return items[k]!;
}
