// Text files: turning bytes read from the file into str and back, as
// CPython's TextIOWrapper does for UTF-8 (and Latin-1, ASCII).
//
// Reads work on byte offsets: the file object keeps the byte position, and
// the helpers here say how many bytes a piece of text used, so that tell()
// and seek() stay plain byte offsets (CPython's cookie is the same number
// for these stateless codecs). UTF-8 never uses the bytes of "\r" and "\n"
// inside a multi-byte character, so line ends are found on the bytes.

/** The newline argument of open(): null for None (universal newlines, translated). */
export type Newline = string | null;

export type Codec = "utf-8" | "latin-1" | "ascii";

const CODEC_NAMES: Record<string, Codec> = {
  "utf-8": "utf-8", utf8: "utf-8", u8: "utf-8", utf: "utf-8", "utf-8-sig": "utf-8",
  "latin-1": "latin-1", latin1: "latin-1", "iso-8859-1": "latin-1", "iso8859-1": "latin-1", l1: "latin-1",
  ascii: "ascii", "us-ascii": "ascii",
};

/** The codec an encoding name stands for, or null for an unknown one. */
export function codecOf(encoding: string): Codec | null {
  return CODEC_NAMES[encoding.toLowerCase().replace(/_/g, "-").replace(/ /g, "-")] ?? null;
}

/** Why bytes could not be decoded: the message of CPython's UnicodeDecodeError. */
export class DecodeFailure extends Error {}

/** The number of bytes of the UTF-8 character that starts with `lead` (1 for a byte that cannot start one). */
function utf8Width(lead: number): number {
  if (lead < 0xc0) return 1;
  if (lead < 0xe0) return 2;
  if (lead < 0xf0) return 3;
  return lead < 0xf8 ? 4 : 1;
}

/** The first malformed UTF-8 sequence in `data`, in CPython's words, or null. */
function utf8Error(data: Uint8Array): string | null {
  for (let i = 0; i < data.length;) {
    const lead = data[i]!;
    const width = utf8Width(lead);
    if (lead >= 0x80 && (width === 1 || lead < 0xc2 || lead > 0xf4)) return byteError(lead, i, "invalid start byte");
    for (let k = 1; k < width; k++) {
      if (i + k >= data.length) return `'utf-8' codec can't decode byte 0x${hex(lead)} in position ${i}: unexpected end of data`;
      if ((data[i + k]! & 0xc0) !== 0x80) return byteError(lead, i, "invalid continuation byte");
    }
    i += width;
  }
  return null;
}

const hex = (b: number) => b.toString(16).padStart(2, "0");
const byteError = (b: number, i: number, why: string) => `'utf-8' codec can't decode byte 0x${hex(b)} in position ${i}: ${why}`;

const utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/** Decodes `data`; with errors="strict" malformed input throws DecodeFailure. */
export function decode(data: Uint8Array, codec: Codec, strict: boolean): string {
  if (codec === "latin-1") return Buffer.from(data).toString("latin1");
  if (codec === "ascii") {
    const bad = data.findIndex((b) => b >= 0x80);
    if (bad >= 0 && strict) throw new DecodeFailure(`'ascii' codec can't decode byte 0x${hex(data[bad]!)} in position ${bad}: ordinal not in range(128)`);
    return Buffer.from(data).toString("latin1").replace(/[\x80-\xff]/g, "\ufffd");
  }
  if (!strict) return utf8Lenient.decode(data);
  try {
    return utf8Strict.decode(data);
  } catch {
    throw new DecodeFailure(utf8Error(data) ?? "'utf-8' codec can't decode bytes");
  }
}

/** Encodes text for writing. */
export function encode(text: string, codec: Codec): Uint8Array {
  if (codec === "utf-8") return Buffer.from(text, "utf8");
  return Buffer.from(text, "latin1");
}

/** Universal newlines: "\r\n" and "\r" become "\n" (newline=None only). */
export function translateNewlines(text: string, newline: Newline): string {
  return newline === null ? text.replace(/\r\n?/g, "\n") : text;
}

/** How "\n" is written: as the newline argument says ("" and None keep it). */
export function translateForWrite(text: string, newline: Newline): string {
  return newline === null || newline === "" || newline === "\n" ? text : text.replace(/\n/g, newline);
}

/** The byte width of one character at `i` under `codec`. */
function charWidth(data: Uint8Array, i: number, codec: Codec): number {
  return codec === "utf-8" ? utf8Width(data[i]!) : 1;
}

/**
 * How many bytes of `data` hold the first `count` characters, counting
 * "\r\n" as one when newlines are translated. `data` must hold at least
 * 4*count + 1 bytes unless it reaches the end of the file.
 */
export function bytesForChars(data: Uint8Array, count: number, codec: Codec, newline: Newline): number {
  let i = 0;
  for (let chars = 0; chars < count && i < data.length; chars++) {
    if (newline === null && data[i] === 0x0d && data[i + 1] === 0x0a) i += 2;
    else i += charWidth(data, i, codec);
  }
  return Math.min(i, data.length);
}

/**
 * Where the first line of `data` ends (the byte offset just past its line
 * end), or -1 when `data` holds no complete line yet. `atEnd` says that no
 * bytes follow `data` (a lone "\r" at its end is then a line end).
 */
export function lineEnd(data: Uint8Array, newline: Newline, atEnd: boolean): number {
  if (newline === "\n") return indexAfter(data, 0x0a);
  if (newline === "\r\n") {
    for (let i = 0; i + 1 < data.length; i++) if (data[i] === 0x0d && data[i + 1] === 0x0a) return i + 2;
    return -1;
  }
  if (newline === "\r") return indexAfter(data, 0x0d);
  // Universal newlines: "\n", "\r\n" or "\r".
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 0x0a) return i + 1;
    if (data[i] === 0x0d) {
      if (i + 1 < data.length) return data[i + 1] === 0x0a ? i + 2 : i + 1;
      return atEnd ? i + 1 : -1;
    }
  }
  return -1;
}

function indexAfter(data: Uint8Array, byte: number): number {
  const i = data.indexOf(byte);
  return i < 0 ? -1 : i + 1;
}

/** The first `limit` characters of `text` (code points, as Python counts them). */
export function firstChars(text: string, limit: number): string {
  let units = 0;
  for (let chars = 0; chars < limit && units < text.length; chars++) {
    const c = text.charCodeAt(units);
    units += c >= 0xd800 && c < 0xdc00 && units + 1 < text.length ? 2 : 1;
  }
  return text.slice(0, units);
}

/** The byte length of `text` once encoded. */
export function encodedLength(text: string, codec: Codec): number {
  return codec === "utf-8" ? Buffer.byteLength(text, "utf8") : text.length;
}
