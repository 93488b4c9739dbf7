// The lexer against CPython 3.13: token streams of tricky inputs, lexical
// errors (message, kind and position), the standard library, fragments, and
// robustness on random input. Expectations come from
// scripts/gen-lexer-expectations.py.

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatSyntaxError, PySyntaxError } from "../../grammar/errors.js";
import { lexicalErrorContext, normalizeName, tokenize } from "../../grammar/lexer.js";
import { expectations, lexEverything, rows, type TokenRow } from "./lexer/support.js";

interface TokenCase { name: string; source: string; tokens: TokenRow[] }
interface ErrorFields {
  kind: string; msg: string; lineno: number; offset: number;
  end_lineno: number; end_offset: number; text: string | null;
}
interface ErrorCase { name: string; source: string; error: ErrorFields; stderr: string }
interface StdlibExpectations {
  root: string; files: number; failing: string[];
  sample: { file: string; count: number; digest: string }[];
}

function caught(run: () => void): PySyntaxError {
  try {
    run();
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error("no error was raised");
}

describe("token streams match CPython's tokenize", () => {
  for (const c of expectations<TokenCase[]>("tokens.json")) {
    it(c.name, () => {
      expect(rows(tokenize(c.source, { filename: "t.py" }))).toEqual(c.tokens);
    });
  }
});

describe("lexical errors match CPython", () => {
  for (const c of expectations<ErrorCase[]>("errors.json")) {
    it(c.name, () => {
      const err = caught(() => lexEverything(c.source));
      expect({
        kind: err.kind, msg: err.msg, lineno: err.lineno, offset: err.offset,
        end_lineno: err.end_lineno, end_offset: err.end_offset, text: err.text,
      }).toEqual(c.error);
      expect(err.filename).toBe("t.py");
    });
  }
});

describe("lexical errors print as CPython prints them", () => {
  for (const c of expectations<ErrorCase[]>("errors.json")) {
    it(c.name, () => {
      const err = caught(() => lexEverything(c.source));
      expect(formatSyntaxError(err)).toBe(c.stderr);
    });
  }
});

describe("fragments", () => {
  it("positions a field's source where it stands in the file", () => {
    const tokens = tokenize("a +\n  b", { filename: "t.py", startLine: 3, startColumn: 10, insideBrackets: true });
    expect(rows(tokens)).toEqual([
      ["NAME", "a", 3, 10, 3, 11],
      ["PLUS", "+", 3, 12, 3, 13],
      ["NAME", "b", 4, 2, 4, 3],
      ["ENDMARKER", "", 4, 3, 4, 3],
    ]);
  });

  it("has no layout tokens inside brackets", () => {
    const names = tokenize("x\n    y\n", { filename: "t.py", insideBrackets: true }).map((t) => t.tokenType.name);
    expect(names).toEqual(["NAME", "NAME", "ENDMARKER"]);
  });

  it("shows the file's line in its errors", () => {
    const fileSource = "x = 1\ny = f'{a + 1abc}'\n";
    const err = caught(() => tokenize("a + 1abc", {
      filename: "t.py", startLine: 2, startColumn: 7, insideBrackets: true, fileSource,
    }));
    expect([err.msg, err.lineno, err.offset, err.text]).toEqual(["invalid decimal literal", 2, 12, "y = f'{a + 1abc}'"]);
  });

  it("counts columns in characters after astral ones", () => {
    const tokens = tokenize("'\u{1F680}' + x", { filename: "t.py" });
    expect(rows(tokens).slice(0, 3)).toEqual([
      ["STRING", "'\u{1F680}'", 1, 0, 1, 3],
      ["PLUS", "+", 1, 4, 1, 5],
      ["NAME", "x", 1, 6, 1, 7],
    ]);
  });
});

describe("tokens", () => {
  it("reads a lone CR as a line break", () => {
    const tokens = tokenize("a\rb = (1,\r2)\r", { filename: "t.py" });
    expect(rows(tokens).map(([type, , line, column]) => `${type}@${line}:${column}`)).toEqual([
      "NAME@1:0", "NEWLINE@1:1", "NAME@2:0", "EQUAL@2:2", "LPAR@2:4", "INT@2:5", "COMMA@2:6",
      "INT@3:0", "RPAR@3:1", "NEWLINE@3:2", "ENDMARKER@4:0",
    ]);
  });

  it("emits ERRORTOKEN for characters only the parser rejects", () => {
    const names = tokenize("a $ b ? c <> d `", { filename: "t.py" }).map((t) => `${t.tokenType.name}:${t.image}`);
    expect(names).toEqual([
      "NAME:a", "ERRORTOKEN:$", "NAME:b", "ERRORTOKEN:?", "NAME:c", "ERRORTOKEN:<>", "NAME:d", "ERRORTOKEN:`",
      "NEWLINE:", "ENDMARKER:",
    ]);
  });

  it("keeps the f-string's structure on its token", () => {
    const [token] = tokenize("f'{x}'", { filename: "t.py" });
    expect(token!.tokenType.name).toBe("FSTRING");
    expect(token!.payload).toMatchObject({ pieces: [{ kind: "field", expression: "x" }] });
  });

  it("skips a byte order mark", () => {
    expect(rows(tokenize("\ufeffx", { filename: "t.py" }))[0]).toEqual(["NAME", "x", 1, 1, 1, 2]);
  });

  it("normalizes names with NFKC", () => {
    expect(normalizeName("\ufb01le")).toBe("file");
    expect(normalizeName("\u212bngstr\u00f6m")).toBe("\u00c5ngstr\u00f6m");
    expect(normalizeName("plain")).toBe("plain");
  });
});

describe("error context", () => {
  function contextOf(source: string) {
    const err = caught(() => tokenize(source, { filename: "t.py" }));
    const context = lexicalErrorContext(err);
    expect(context).toBeDefined();
    return { err, context: context!, names: context!.tokens.map((t) => t.tokenType.name) };
  }

  it("gives the tokens before a soft error, which yields to parser errors", () => {
    const { err, context, names } = contextOf("if x:\n    a\n  b\n");
    expect(err.msg).toBe("unindent does not match any outer indentation level");
    expect(names).toEqual(["KW_if", "NAME", "COLON", "NEWLINE", "INDENT", "NAME", "NEWLINE"]);
    expect(context.yieldsToParserError).toBe(true);
    expect(context.unclosedBracket).toBeNull();
  });

  it("names the open bracket CPython may report instead", () => {
    const { context } = contextOf("x = (1,\n2 \\ y)\n");
    expect(context.yieldsToParserError).toBe(true);
    expect([context.unclosedBracket?.msg, context.unclosedBracket?.lineno, context.unclosedBracket?.offset])
      .toEqual(["'(' was never closed", 1, 5]);
  });

  it("does not yield for errors CPython raises while lexing", () => {
    const { context, names } = contextOf("x = 1abc\n");
    expect(names).toEqual(["NAME", "EQUAL"]);
    expect(context.yieldsToParserError).toBe(false);
  });

  it("yields for errors inside an f-string", () => {
    const { err, context, names } = contextOf("y = 1\nx = f'{a)}'\n");
    expect(err.msg).toBe("f-string: unmatched ')'");
    expect(names).toEqual(["NAME", "EQUAL", "INT", "NEWLINE", "NAME", "EQUAL"]);
    expect(context.yieldsToParserError).toBe(true);
  });

  it("has none for errors tokenize did not throw", () => {
    expect(lexicalErrorContext(new PySyntaxError({ msg: "m", filename: "t.py", lineno: 1, offset: 1, text: null })))
      .toBeUndefined();
  });
});

describe("the standard library", () => {
  const stdlib = expectations<StdlibExpectations>("stdlib.json");
  const present = existsSync(stdlib.root);

  function pythonFiles(dir: string, base = ""): string[] {
    const out: string[] = [];
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      const rel = base ? `${base}/${entry}` : entry;
      if (entry === "site-packages") continue;
      if (statSync(path).isDirectory()) out.push(...pythonFiles(path, rel));
      else if (entry.endsWith(".py")) out.push(rel);
    }
    return out;
  }

  it.skipIf(!present)("lexes every file CPython compiles", () => {
    const failing = new Set(stdlib.failing);
    const files = pythonFiles(stdlib.root);
    expect(files.length).toBe(stdlib.files);
    const broken: string[] = [];
    let lexed = 0;
    for (const rel of files) {
      if (failing.has(rel)) continue;
      try {
        lexEverything(readFileSync(join(stdlib.root, rel), "utf8"), rel);
        lexed++;
      } catch (e) {
        broken.push(`${rel}: ${e instanceof PySyntaxError ? `${e.msg} (line ${e.lineno})` : String(e)}`);
      }
    }
    expect(broken).toEqual([]);
    expect(lexed).toBe(stdlib.files - stdlib.failing.length);
  }, 60_000);

  it.skipIf(!present)("gives CPython's token stream for a sample of files", () => {
    for (const { file, count, digest } of stdlib.sample) {
      const tokens = rows(tokenize(readFileSync(join(stdlib.root, file), "utf8"), { filename: file }));
      const text = tokens.map((t) => t.join(" ")).join("\n");
      expect({ file, count: tokens.length, digest: createHash("sha256").update(text).digest("hex") })
        .toEqual({ file, count, digest });
    }
  }, 60_000);
});

describe("robustness", () => {
  it("raises nothing but PySyntaxError on random input", () => {
    const alphabet = [
      "'", '"', "'''", "f'", "rb'", "{", "}", "(", ")", "[", "]", ":", "!", "=", "\\", "\n", "\r", "\t", " ", "    ",
      "#", "0", "1", "x", "_", ".", "e", "j", "0x", "0o", "b", "r", "u", "N", "\u00e9", "\u20ac", "\u00a0", "\u{1F680}",
      "if", "lambda", ":=", "!r", "{x}", "\\N{", "\x0c",
    ];
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 20_000; i++) {
      let source = "";
      const length = 1 + random(14);
      for (let j = 0; j < length; j++) source += alphabet[random(alphabet.length)];
      try {
        lexEverything(source);
      } catch (e) {
        if (!(e instanceof PySyntaxError) || e.msg.startsWith("internal")) {
          throw new Error(`${JSON.stringify(source)}: ${String(e)}`);
        }
      }
    }
  });
});
