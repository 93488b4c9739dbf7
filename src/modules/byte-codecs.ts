// The codecs bytes and bytearray use without a codec registry: UTF-8, ASCII
// and Latin-1, strict errors only, with CPython's messages. Anything else is
// a LookupError, as an unknown encoding is in CPython.

import type { Thread } from "../vm/thread.js";
import { raiseException } from "../vm/exceptions.js";
import { CodecError } from "../heap/errors.js";

type Codec = "utf-8" | "ascii" | "latin-1";

/** CPython's normalised name of a supported encoding, else LookupError. */
function codecOf(th: Thread, encoding: string): Codec {
  const name = encoding.toLowerCase().replace(/[-_ ]/g, "");
  if (name === "utf8") return "utf-8";
  if (name === "ascii" || name === "usascii") return "ascii";
  if (name === "latin1" || name === "iso88591" || name === "l1" || name === "latin") return "latin-1";
  return raiseException(th, "LookupError", `unknown encoding: ${encoding}`);
}

/** `text` as UTF-16 or UTF-32 code units, little- or big-endian, with a BOM when `bom`. */
function encodeWide(text: string, unit: 2 | 4, littleEndian: boolean, bom: boolean): Uint8Array {
  const units: number[] = bom ? [0xfeff] : [];
  if (unit === 2) for (let k = 0; k < text.length; k++) units.push(text.charCodeAt(k));
  else for (const c of text) units.push(c.codePointAt(0)!);
  const out = new DataView(new ArrayBuffer(units.length * unit));
  units.forEach((u, k) => (unit === 2 ? out.setUint16(k * 2, u, littleEndian) : out.setUint32(k * 4, u, littleEndian)));
  return new Uint8Array(out.buffer);
}

/** The unicode_escape codec: printable ASCII as it is, the rest as Python escapes. */
function unicodeEscape(text: string, raw: boolean): Uint8Array {
  let out = "";
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (raw) out += code < 0x100 ? c : code <= 0xffff ? `\\u${code.toString(16).padStart(4, "0")}` : `\\U${code.toString(16).padStart(8, "0")}`;
    else if (c === "\\") out += "\\\\";
    else if (c === "\t") out += "\\t";
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (code >= 0x20 && code < 0x7f) out += c;
    else if (code < 0x100) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += `\\U${code.toString(16).padStart(8, "0")}`;
  }
  return Uint8Array.from(out, (ch) => ch.charCodeAt(0));
}

/** The codecs only str.encode knows (UTF-16, UTF-32, unicode_escape); null for the others. */
function encodeOther(text: string, encoding: string): Uint8Array | null {
  switch (encoding.toLowerCase().replace(/[-_ ]/g, "")) {
    case "utf16": return encodeWide(text, 2, true, true);
    case "utf16le": return encodeWide(text, 2, true, false);
    case "utf16be": return encodeWide(text, 2, false, false);
    case "utf32": return encodeWide(text, 4, true, true);
    case "utf32le": return encodeWide(text, 4, true, false);
    case "utf32be": return encodeWide(text, 4, false, false);
    case "unicodeescape": return unicodeEscape(text, false);
    case "rawunicodeescape": return unicodeEscape(text, true);
    default: return null;
  }
}

/**
 * `text` encoded with `encoding`; for what ASCII and Latin-1 cannot encode,
 * `errors` 'ignore' drops it, 'replace' writes '?', 'xmlcharrefreplace' `&#N;`
 * and 'backslashreplace' its escape.
 */
export function encodeText(th: Thread, text: string, encoding: string, errors = "strict"): Uint8Array {
  const other = encodeOther(text, encoding);
  if (other !== null) return other;
  const codec = codecOf(th, encoding);
  if (codec === "utf-8") {
    const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(text);
    if (lone !== null) {
      const position = Array.from(text.slice(0, lone.index)).length;
      throw new CodecError("UnicodeEncodeError",
        `'utf-8' codec can't encode character '\\u${lone[0].charCodeAt(0).toString(16)}' in position ${position}: surrogates not allowed`,
        "utf-8", text, position, position + 1, "surrogates not allowed");
    }
    return new TextEncoder().encode(text);
  }
  const limit = codec === "ascii" ? 0x80 : 0x100;
  const chars = Array.from(text);
  const out: number[] = [];
  chars.forEach((c, k) => {
    const code = c.codePointAt(0)!;
    if (code < limit) {
      out.push(code);
      return;
    }
    const escaped = code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : code <= 0xffff
      ? `\\u${code.toString(16).padStart(4, "0")}` : `\\U${code.toString(16).padStart(8, "0")}`;
    const replacement = encodeErrorReplacement(code, escaped, errors);
    if (replacement !== null) {
      for (const ch of replacement) out.push(ch.charCodeAt(0));
      return;
    }
    const name = codec === "ascii" ? "ascii" : "latin-1";
    const reason = `ordinal not in range(${limit})`;
    throw new CodecError("UnicodeEncodeError", `'${name}' codec can't encode character '${escaped}' in position ${k}: ${reason}`,
      name, text, k, k + 1, reason);
  });
  return Uint8Array.from(out);
}

/** What the error handler `errors` writes (in ASCII) for a code point the codec cannot encode; null for 'strict'. */
function encodeErrorReplacement(code: number, escaped: string, errors: string): string | null {
  switch (errors) {
    case "ignore": return "";
    case "replace": return "?";
    case "xmlcharrefreplace": return `&#${code};`;
    case "backslashreplace": return escaped;
    default: return null;
  }
}

/** Where UTF-8 decoding of `data` first fails, and why; null when it is valid. */
function utf8Fault(data: Uint8Array, from = 0): { start: number; end: number; reason: string } | null {
  let k = from;
  while (k < data.length) {
    const b = data[k]!;
    if (b < 0x80) { k++; continue; }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return { start: k, end: k + 1, reason: "invalid start byte" };
    // The second byte's range depends on the first (no overlongs, no surrogates, nothing past U+10FFFF).
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let j = 1; j <= need; j++) {
      if (k + j >= data.length) return { start: k, end: data.length, reason: "unexpected end of data" };
      const c = data[k + j]!;
      const ok = j === 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xbf;
      if (!ok) return { start: k, end: k + j, reason: "invalid continuation byte" };
    }
    k += need + 1;
  }
  return null;
}

/** The first undecodable stretch of `data` from `from` under an 8-bit codec, or null. */
function asciiFault(data: Uint8Array, from: number): { start: number; end: number; reason: string } | null {
  for (let k = from; k < data.length; k++) if (data[k]! >= 0x80) return { start: k, end: k + 1, reason: "ordinal not in range(128)" };
  return null;
}

const FAULT_FINDERS = { ascii: asciiFault, "utf-8": utf8Fault } as const;
const DECODERS = {
  ascii: (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join(""),
  "utf-8": (bytes: Uint8Array) => new TextDecoder("utf-8").decode(bytes),
} as const;

/**
 * `data` decoded with `encoding`; what it cannot decode is handled as
 * `errors` says: strict (UnicodeDecodeError), ignore, replace (U+FFFD),
 * backslashreplace (\xNN) or surrogateescape (U+DC80 + byte), as CPython.
 */
export function decodeBytes(th: Thread, data: Uint8Array, encoding: string, errors = "strict"): string {
  const codec = codecOf(th, encoding);
  if (codec === "latin-1") return Array.from(data, (b) => String.fromCharCode(b)).join("");
  const findFault = FAULT_FINDERS[codec];
  const decode = DECODERS[codec];
  let out = "";
  let from = 0;
  for (let fault = findFault(data, 0); fault !== null; fault = findFault(data, from)) {
    out += decode(data.subarray(from, fault.start));
    out += decodingFault(th, codec, data, fault, errors);
    from = fault.end;
  }
  return out + decode(data.subarray(from));
}

/** What `errors` puts in place of data[fault.start..fault.end), or the UnicodeDecodeError it raises. */
function decodingFault(th: Thread, codec: string, data: Uint8Array, fault: { start: number; end: number; reason: string }, errors: string): string {
  const bytes = Array.from(data.subarray(fault.start, fault.end));
  switch (errors) {
    case "ignore":
      return "";
    case "replace":
      return "\ufffd";
    case "backslashreplace":
      return bytes.map((b) => `\\x${b.toString(16).padStart(2, "0")}`).join("");
    case "surrogateescape":
      if (bytes.every((b) => b >= 0x80)) return bytes.map((b) => String.fromCharCode(0xdc00 + b)).join("");
      break;
    case "strict":
      break;
    default:
      return raiseException(th, "LookupError", `unknown error handler name '${errors}'`);
  }
  const where = fault.end - fault.start > 1
    ? `bytes in position ${fault.start}-${fault.end - 1}`
    : `byte 0x${data[fault.start]!.toString(16).padStart(2, "0")} in position ${fault.start}`;
  throw new CodecError("UnicodeDecodeError", `'${codec}' codec can't decode ${where}: ${fault.reason}`, codec, data,
    fault.start, fault.end, fault.reason);
}
