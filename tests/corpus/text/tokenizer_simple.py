import re
from typing import NamedTuple


class Token(NamedTuple):
    kind: str
    text: str
    line: int
    column: int


SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("STRING", r'"(?:\\.|[^"\\])*"'),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"==|!=|<=|>=|[-+*/=<>(){},;]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+|#[^\n]*"),
    ("ERROR", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in SPEC))
KEYWORDS = {"let", "if", "else", "while", "print"}


def tokenize(code):
    line, line_start = 1, 0
    for m in MASTER.finditer(code):
        kind, text = m.lastgroup, m.group()
        column = m.start() - line_start
        if kind == "NEWLINE":
            line, line_start = line + 1, m.end()
            continue
        if kind == "SKIP":
            continue
        if kind == "NAME" and text in KEYWORDS:
            kind = text.upper()
        if kind == "ERROR":
            raise SyntaxError(f"unexpected {text!r} at {line}:{column}")
        yield Token(kind, text, line, column)


program = '''let total = 0;  # running sum
while (total < 10) { total = total + 2.5; }
print("done", total);'''
for tok in tokenize(program):
    print(f"{tok.line}:{tok.column:<3} {tok.kind:<8} {tok.text}")
try:
    list(tokenize("let x = 1 @ 2;"))
except SyntaxError as err:
    print("error:", err)
