// Correctly rounded decimal text of floats, as CPython's formatting does:
// from the exact binary value, halves rounded to even. (JavaScript's toFixed
// and toExponential round halves away from zero, so `format(0.125, '.2f')`
// would say 0.13 where CPython says 0.12.)

/** The exact decimal expansion of a finite non-negative double. */
export function exactDecimal(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & ((1n << 52n) - 1n);
  let e: number;
  if (exponent === 0) e = -1074;
  else {
    mantissa |= 1n << 52n;
    e = exponent - 1075;
  }
  if (e >= 0) return (mantissa << BigInt(e)).toString();
  const scale = -e;
  const digits = (mantissa * 5n ** BigInt(scale)).toString().padStart(scale + 1, "0");
  return `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
}

/** `head` rounded by the digits that follow it (`rest`), halves to even; may grow by one digit. */
function roundDigits(head: string, rest: string): string {
  const first = rest[0] ?? "0";
  let up = false;
  if (first > "5") up = true;
  else if (first === "5") up = /[1-9]/.test(rest.slice(1)) || Number(head[head.length - 1] ?? "0") % 2 === 1;
  if (!up) return head;
  return (BigInt(head === "" ? "0" : head) + 1n).toString().padStart(head.length, "0");
}

/** |x| with `digits` decimals (x finite). */
export function toFixedExact(x: number, digits: number): string {
  const [intPart, fracPart = ""] = exactDecimal(Math.abs(x)).split(".");
  const frac = fracPart.padEnd(digits, "0");
  const rounded = roundDigits(intPart! + frac.slice(0, digits), frac.slice(digits));
  const whole = rounded.slice(0, rounded.length - digits) || "0";
  return digits > 0 ? `${whole}.${rounded.slice(rounded.length - digits)}` : whole;
}

/** |x| as d.ddd and its decimal exponent, with `digits` digits after the point (x finite). */
export function toExponentialExact(x: number, digits: number): [string, number] {
  const abs = Math.abs(x);
  if (abs === 0) return [digits > 0 ? `0.${"0".repeat(digits)}` : "0", 0];
  const [intPart, fracPart = ""] = exactDecimal(abs).split(".");
  const all = (intPart! + fracPart).replace(/^0+/, "");
  let exponent = intPart === "0" ? -(fracPart.length - fracPart.replace(/^0+/, "").length) - 1 : intPart!.length - 1;
  let rounded = roundDigits(all.slice(0, digits + 1).padEnd(digits + 1, "0"), all.slice(digits + 1));
  if (rounded.length > digits + 1) {
    exponent++;
    rounded = rounded.slice(0, digits + 1);
  }
  const mantissa = digits > 0 ? `${rounded[0]}.${rounded.slice(1)}` : rounded[0]!;
  return [mantissa, exponent];
}
