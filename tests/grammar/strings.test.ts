// Decoding string and bytes literals, against the values CPython gives them
// (tests/grammar/lexer/strings.json, from scripts/gen-lexer-expectations.py).
// The decoding errors are in the lexer's error table (lexer.test.ts).

import { describe, expect, it } from "vitest";
import { PySyntaxError } from "../../grammar/errors.js";
import { decodeString } from "../../grammar/strings.js";
import { lookupCharacterName } from "../../grammar/unicode-names.js";
import { expectations } from "./lexer/support.js";

interface StringCase { image: string; kind: "u" | null; value?: string; bytes?: number[] }

const at = { filename: "t.py", line: 1, column: 0 };

describe("literal values match CPython", () => {
  for (const c of expectations<StringCase[]>("strings.json")) {
    it(c.image, () => {
      const decoded = decodeString(c.image, at);
      expect(decoded.kind).toBe(c.kind);
      if (c.bytes !== undefined) {
        expect(decoded.isBytes).toBe(true);
        expect(Array.from(decoded.value as Uint8Array)).toEqual(c.bytes);
      } else {
        expect(decoded.isBytes).toBe(false);
        expect(decoded.value).toBe(c.value);
      }
    });
  }
});

describe("decodeString", () => {
  it("reads CRLF and CR inside a literal as LF", () => {
    expect(decodeString("'''a\r\nb\rc'''", at).value).toBe("a\nb\nc");
    expect(decodeString("r'''a\r\nb'''", at).value).toBe("a\nb");
    expect(decodeString("'a\\\r\nb'", at).value).toBe("ab");
  });

  it("returns bytes as a Uint8Array", () => {
    const decoded = decodeString("b'\\x00A\\n'", at);
    expect(decoded.value).toBeInstanceOf(Uint8Array);
    expect(Array.from(decoded.value as Uint8Array)).toEqual([0, 65, 10]);
  });

  it("reports an error over the whole literal, with the file's line", () => {
    const fileSource = "x = 1\ny = '''a\n\\x4'''\n";
    let error: unknown;
    try {
      decodeString("'''a\n\\x4'''", { filename: "t.py", line: 2, column: 4, fileSource });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PySyntaxError);
    const err = error as PySyntaxError;
    expect([err.lineno, err.offset, err.end_lineno, err.end_offset, err.text]).toEqual([2, 5, 3, 7, "y = '''a"]);
    expect(err.msg).toBe("(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape");
  });

  it("has no source line to show without the file's text", () => {
    try {
      decodeString("b'\u00e9'", at);
      expect.unreachable();
    } catch (e) {
      expect((e as PySyntaxError).text).toBeNull();
    }
  });
});

describe("character names", () => {
  it("knows common names, in any case, and aliases", () => {
    expect(lookupCharacterName("BULLET")).toBe(0x2022);
    expect(lookupCharacterName("em dash")).toBe(0x2014);
    expect(lookupCharacterName("GREEK SMALL LETTER ALPHA")).toBe(0x3b1);
    expect(lookupCharacterName("SNOWMAN")).toBe(0x2603);
    expect(lookupCharacterName("LINE FEED")).toBe(0x0a);
    expect(lookupCharacterName("NBSP")).toBe(0xa0);
    expect(lookupCharacterName("GRINNING FACE")).toBe(0x1f600);
  });

  it("computes CJK ideograph names within their blocks", () => {
    expect(lookupCharacterName("CJK UNIFIED IDEOGRAPH-4E00")).toBe(0x4e00);
    expect(lookupCharacterName("CJK UNIFIED IDEOGRAPH-0041")).toBeUndefined();
  });

  it("does not know made-up names", () => {
    expect(lookupCharacterName("BULLETX")).toBeUndefined();
    expect(lookupCharacterName("")).toBeUndefined();
  });
});
