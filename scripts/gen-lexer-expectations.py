"""Regenerates the CPython-derived expectations of the lexer tests.

Writes, under tests/grammar/lexer/:
  tokens.json    token streams of tricky inputs, from CPython's tokenize module,
                 put in pygil's token model (no NL/COMMENT, one FSTRING token
                 per f-string, keywords as KW_<word>, NUMBER split by kind)
  errors.json    lexical and literal errors, as CPython reports them running
                 the input as a file: the exception's fields and its stderr text
  strings.json   string and bytes literals and their values
  fstrings.json  f-strings and their parts, from CPython's ast
  stdlib.json    for a sample of the standard library: a digest of each file's
                 token stream; and the files CPython itself cannot compile

The inputs live in scripts/lexer_cases.py. Run with CPython 3.13:
    PYENV_VERSION=3.13.0 python3 scripts/gen-lexer-expectations.py
"""
import ast
import hashlib
import io
import json
import keyword
import os
import pathlib
import subprocess
import sys
import tempfile
import tokenize

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import lexer_cases  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "grammar" / "lexer"
STDLIB = pathlib.Path(os.__file__).parent

# ---------------------------------------------------------------------------
# Token streams in pygil's model


def number_kind(text):
    lower = text.lower()
    if lower.endswith("j"):
        return "IMAGINARY"
    if lower.startswith(("0x", "0o", "0b")):
        return "INT"
    if "." in lower or "e" in lower:
        return "FLOAT"
    return "INT"


def offsets_of_lines(source):
    """Start offset of each 1-based line, with CPython's line breaks."""
    starts = [0, 0]
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\r" and i + 1 < len(source) and source[i + 1] == "\n":
            i += 1
        if c in "\r\n":
            starts.append(i + 1)
        i += 1
    return starts


def pygil_tokens(source):
    """CPython's tokens for `source`, as [type, image, line, col, end_line, end_col]."""
    starts = offsets_of_lines(source)

    def offset(line, col):
        return starts[line] + col if line < len(starts) else len(source)

    out = []
    fstring_start = None
    depth = 0
    for tok in tokenize.generate_tokens(io.StringIO(source, newline="").readline):
        name = tokenize.tok_name[tok.exact_type]
        if name == "FSTRING_START":
            if depth == 0:
                fstring_start = tok.start
            depth += 1
            continue
        if name == "FSTRING_END":
            depth -= 1
            if depth == 0:
                image = source[offset(*fstring_start):offset(*tok.end)]
                out.append(["FSTRING", image, *fstring_start, *tok.end])
            continue
        if depth > 0 or name in ("NL", "COMMENT"):
            continue
        if name == "NAME" and keyword.iskeyword(tok.string):
            name = "KW_" + tok.string
        elif name == "NUMBER":
            name = number_kind(tok.string)
        image = tok.string
        if name == "NEWLINE" and image == "":
            image = ""
        out.append([name, image, *tok.start, *tok.end])
    return out


def digest(tokens):
    text = "\n".join(" ".join(map(str, t)) for t in tokens)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# ---------------------------------------------------------------------------
# Errors, as `python3 file.py` reports them

HOOK = '''
import sys, json
def _hook(tp, e, tb):
    if isinstance(e, SyntaxError):
        fields = {"kind": tp.__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                  "end_lineno": e.end_lineno, "end_offset": e.end_offset, "text": e.text}
        sys.stderr.write("@@" + json.dumps(fields) + "\\n")
    sys.__excepthook__(tp, e, tb)
sys.excepthook = _hook
'''


def run_as_file(source, workdir):
    path = pathlib.Path(workdir) / "t.py"
    path.write_bytes(source.encode("utf-8"))
    env = dict(os.environ, PYTHONPATH=str(workdir), PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, "-W", "ignore", "t.py"], cwd=workdir, env=env,
                          capture_output=True, text=True, encoding="utf-8")
    fields = None
    stderr = []
    for line in proc.stderr.splitlines(keepends=True):
        if line.startswith("@@"):
            fields = json.loads(line[2:])
        else:
            stderr.append(line)
    return fields, "".join(stderr).replace(str(path), "t.py")


def error_cases():
    results = []
    with tempfile.TemporaryDirectory() as workdir:
        (pathlib.Path(workdir) / "sitecustomize.py").write_text(HOOK)
        for name, source in lexer_cases.ERRORS:
            fields, stderr = run_as_file(source, workdir)
            if fields is None:
                raise SystemExit(f"error case {name!r} does not fail in CPython")
            if fields["text"] is not None:
                fields["text"] = fields["text"].rstrip("\r\n")
            results.append({"name": name, "source": source, "error": fields, "stderr": stderr})
    return results


# ---------------------------------------------------------------------------
# Literals and f-strings


def string_cases():
    results = []
    for image in lexer_cases.STRINGS:
        value = ast.literal_eval(image)
        tree = ast.parse(image, mode="eval").body
        entry = {"image": image, "kind": tree.kind}
        if isinstance(value, bytes):
            entry["bytes"] = list(value)
        else:
            entry["value"] = value
        results.append(entry)
    return results


def char_column(source_lines, lineno, byte_col):
    return len(source_lines[lineno - 1].encode("utf-8")[:byte_col].decode("utf-8"))


def parenthesized_segment(source, lines, node):
    """The node's source with the parentheses around it, and where it starts:
    a field's expression text includes them, the node's position does not."""
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    begin = starts[node.lineno - 1] + char_column(lines, node.lineno, node.col_offset)
    end = starts[node.end_lineno - 1] + char_column(lines, node.end_lineno, node.end_col_offset)
    while True:
        before = begin - 1
        while before >= 0 and source[before] in " \t\n":
            before -= 1
        after = end
        while after < len(source) and source[after] in " \t\n":
            after += 1
        if before < 0 or after >= len(source) or source[before] != "(" or source[after] != ")":
            break
        begin, end = before, after + 1
    line = source.count("\n", 0, begin) + 1
    return source[begin:end], line, begin - (source.rfind("\n", 0, begin) + 1)


def parts_of(node, source, lines):
    parts = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append({"kind": "literal", "value": value.value})
            continue
        spec = value.format_spec
        expression, line, column = parenthesized_segment(source, lines, value.value)
        parts.append({
            "kind": "field",
            "expression": expression,
            "line": line,
            "column": column,
            "conversion": value.conversion,
            "formatSpec": None if spec is None else parts_of(spec, source, lines),
        })
    return parts


def fstring_cases():
    results = []
    for source in lexer_cases.FSTRINGS:
        tree = ast.parse(source, mode="eval").body
        if not isinstance(tree, ast.JoinedStr):
            raise SystemExit(f"not an f-string: {source!r}")
        results.append({"source": source, "parts": parts_of(tree, source, source.splitlines())})
    return results


# ---------------------------------------------------------------------------
# The standard library


def stdlib_files():
    return sorted(p for p in STDLIB.rglob("*.py") if "site-packages" not in p.parts)


def stdlib_expectations():
    failing = []
    sample = []
    files = stdlib_files()
    for i, path in enumerate(files):
        rel = path.relative_to(STDLIB).as_posix()
        data = path.read_bytes()
        try:
            compile(data, str(path), "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            failing.append(rel)
            continue
        if i % 40 == 0:
            source = data.decode("utf-8")
            tokens = pygil_tokens(source)
            sample.append({"file": rel, "count": len(tokens), "digest": digest(tokens)})
    return {"root": str(STDLIB), "files": len(files), "failing": failing, "sample": sample}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tokens = [{"name": name, "source": source, "tokens": pygil_tokens(source)}
              for name, source in lexer_cases.TOKENS]
    outputs = {
        "tokens.json": tokens,
        "errors.json": error_cases(),
        "strings.json": string_cases(),
        "fstrings.json": fstring_cases(),
        "stdlib.json": stdlib_expectations(),
    }
    for name, data in outputs.items():
        text = json.dumps(data, indent=1, ensure_ascii=True) + "\n"
        (OUT / name).write_text(text, encoding="utf-8")
        print(f"{name}: {len(data)} entries")


main()
