#!/usr/bin/env python3
"""Write CPython 3.13's disassembly of every compiler test program.

For each tests/compiler/dis/NAME.py, writes NAME.cpython.dis: what
`python3 -m dis -O NAME.py` prints (run on the file named NAME.py). The
compiler test compares pygil's listing with it, allowing for the differences
that CPython's inline caches make (offsets, jump distances, EXTENDED_ARG).

    PYENV_VERSION=3.13.0 python3 scripts/gen-dis-expected.py
"""
import dis
import io
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "compiler" / "dis"


def main():
    assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
    for path in sorted(CASES.glob("*.py")):
        out = io.StringIO()
        code = compile(path.read_bytes(), path.name, "exec")
        dis.dis(code, file=out, show_offsets=True)
        path.with_suffix(".cpython.dis").write_text(out.getvalue())
        print("wrote", path.with_suffix(".cpython.dis").relative_to(ROOT))


if __name__ == "__main__":
    main()
