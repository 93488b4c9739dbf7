#!/usr/bin/env python3
"""Write CPython 3.13's answers for the compiler's data-driven unit tests.

tests/compiler/data/folding.json: for each expression, the repr of the
constant CPython folds it to, or null when it leaves it to run time.
tests/compiler/data/annotations.json: for each annotation expression, the
string `from __future__ import annotations` stores for it.

    PYENV_VERSION=3.13.0 python3 scripts/gen-compiler-data.py
"""
import dis
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "compiler" / "data"

FOLDING = [
    "1 + 2", "2 * 3 + 4", "-1", "+True", "~5", "not 0", "not ''", "-(-3)", "7 // 2", "-7 // 2",
    "7 % -3", "-7 % 3", "7.5 // 2", "-7.5 % 2", "2 ** 10", "2 ** -2", "2 ** 127", "2 ** 128",
    "3 ** 81", "1 << 10", "1 << 127", "1 << 128", "-1 >> 3", "5 & 3", "5 | 3", "5 ^ 3",
    "True & False", "True | 2", "1 / 3", "1 / 0", "1 % 0", "2.0 ** 0.5", "(-8) ** (1 / 3)",
    "10 ** 20 / 3", "0.1 + 0.2", "1e308 * 10", "1.5e300 * 1.5e300 - 1e308", "'a' + 'b'", "'ab' * 3",
    "'x' * 4096", "'x' * 4097", "'xy' * -1", "b'ab' + b'c'", "b'ab' * 3", "(1, 2) + (3,)", "(1,) * 256",
    "(1,) * 257", "(1, 2) * 200", "'abc'[1]", "'abc'[-1]", "'abc'[3]", "b'abc'[0]", "(1, 2, 3)[True]",
    "'%s' % 1", "1 + 2j", "(1 + 2j) * (3 - 1j)", "(1 + 2j) ** 2", "2j ** 3", "1j / 2", "-1j", "1j ** 0.5",
    "0.0 ** -1", "(-1) ** 0.5", "1 - 1.0", "-0.0", "0.0 * -1", "3 * 'ab'", "[1, 2][0]", "(1, 2) < (1, 3)",
    "1 if 2 else 3", "(2 ** 64) * (2 ** 64)", "(2 ** 64) * (2 ** 65)", "1e16", "123.456e-7",
]

ANNOTATIONS = [
    "int", "list[int]", "dict[str, list[int | None]]", "'Node'", "\"quoted\"", "tuple[int, ...]",
    "Callable[[int, str], bool]", "a.b.c", "x[1:2, ::3]", "x[1, 2]", "x[()]", "x[(1,)]", "-1 ** 2",
    "(-1) ** 2", "2 ** -1", "not a", "a and b or c", "a or (b and c)", "(a or b) and c",
    "a if b else c", "(a if b else c) if d else e", "lambda: 1", "lambda x, *y, z=1, **w: x",
    "lambda a, /, b: a", "[1, 2]", "{1, 2}", "{}", "{'a': 1, **b}", "[x for x in y if x]",
    "{k: v for k, v in z}", "(x for x in y)", "f(x for x in y)", "f(a, *b, c=d, **e)", "a < b <= c",
    "a is not b", "a not in b", "~a + -b * +c", "a @ b // c % d", "a << b >> c & d ^ e | f",
    "1e400", "1j", "1.5", "...", "None", "True", "b'bytes'", "u'text'", "f'{a!r:>{w}} {b=}'",
    "f'{ {1: 2}[1] }'", "1 .real", "(1).real", "a[b](c).d", "(a, b)", "(a,)", "()",
]


def folded(expr):
    code = compile(expr, "<fold>", "eval")
    ops = [i for i in dis.get_instructions(code) if i.opname != "RESUME"]
    if len(ops) == 1 and ops[0].opname == "RETURN_CONST":
        return repr(ops[0].argval)
    return None


def annotation(expr):
    namespace = {}
    exec(f"from __future__ import annotations\ndef f(x: {expr}): pass", namespace)
    return namespace["f"].__annotations__["x"]


def main():
    assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
    (DATA / "folding.json").write_text(json.dumps({e: folded(e) for e in FOLDING}, indent=1) + "\n")
    (DATA / "annotations.json").write_text(json.dumps({e: annotation(e) for e in ANNOTATIONS}, indent=1) + "\n")
    print("wrote folding.json and annotations.json")


if __name__ == "__main__":
    main()
