// The codecs bytes and bytearray use without a codec registry: UTF-8, ASCII
// and Latin-1, strict errors only, with CPython's messages. Anything else is
// a LookupError, as an unknown encoding is in CPython.

import type { Thread } from "../vm/thread.js";
import { raiseException } from "../vm/exceptions.js";

type Codec = "utf-8" | "ascii" | "latin-1";

/** CPython's normalised name of a supported encoding, else LookupError. */
function codecOf(th: Thread, encoding: string): Codec {
  const name = encoding.toLowerCase().replace(/[-_ ]/g, "");
  if (name === "utf8") return "utf-8";
  if (name === "ascii" || name === "usascii") return "ascii";
  if (name === "latin1" || name === "iso88591" || name === "l1" || name === "latin") return "latin-1";
  return raiseException(th, "LookupError", `unknown encoding: ${encoding}`);
}

/** `text` encoded with `encoding`. */
export function encodeText(th: Thread, text: string, encoding: string): Uint8Array {
  const codec = codecOf(th, encoding);
  if (codec === "utf-8") {
    const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(text);
    if (lone !== null) {
      const position = Array.from(text.slice(0, lone.index)).length;
      raiseException(th, "UnicodeEncodeError",
        `'utf-8' codec can't encode character '\\u${lone[0].charCodeAt(0).toString(16)}' in position ${position}: surrogates not allowed`);
    }
    return new TextEncoder().encode(text);
  }
  const limit = codec === "ascii" ? 0x80 : 0x100;
  const chars = Array.from(text);
  const out = new Uint8Array(chars.length);
  chars.forEach((c, k) => {
    const code = c.codePointAt(0)!;
    if (code >= limit) {
      const escaped = code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : code <= 0xffff
        ? `\\u${code.toString(16).padStart(4, "0")}` : `\\U${code.toString(16).padStart(8, "0")}`;
      raiseException(th, "UnicodeEncodeError",
        `'${codec === "ascii" ? "ascii" : "latin-1"}' codec can't encode character '${escaped}' in position ${k}: ordinal not in range(${limit})`);
    }
    out[k] = code;
  });
  return out;
}

/** Where UTF-8 decoding of `data` first fails, and why; null when it is valid. */
function utf8Fault(data: Uint8Array): { start: number; end: number; reason: string } | null {
  let k = 0;
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

/** `data` decoded with `encoding`. */
export function decodeBytes(th: Thread, data: Uint8Array, encoding: string): string {
  const codec = codecOf(th, encoding);
  if (codec === "latin-1") return Array.from(data, (b) => String.fromCharCode(b)).join("");
  if (codec === "ascii") {
    const bad = data.findIndex((b) => b >= 0x80);
    if (bad >= 0) {
      raiseException(th, "UnicodeDecodeError",
        `'ascii' codec can't decode byte 0x${data[bad]!.toString(16)} in position ${bad}: ordinal not in range(128)`);
    }
    return Array.from(data, (b) => String.fromCharCode(b)).join("");
  }
  const fault = utf8Fault(data);
  if (fault !== null) {
    const where = fault.end - fault.start > 1 ? `bytes in position ${fault.start}-${fault.end - 1}` : `byte 0x${data[fault.start]!.toString(16).padStart(2, "0")} in position ${fault.start}`;
    raiseException(th, "UnicodeDecodeError", `'utf-8' codec can't decode ${where}: ${fault.reason}`);
  }
  return new TextDecoder("utf-8").decode(data);
}
