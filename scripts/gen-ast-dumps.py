#!/usr/bin/env python3
"""Writes NAME.ast beside every tests/grammar/ast/*.py and tests/corpus/**/*.py.

Each holds what CPython 3.13 prints for
    ast.dump(ast.parse(source), include_attributes=True, indent=None)
where the source is the file's bytes, read the way CPython reads a script
(so CRLF line endings are seen as the tokenizer sees them). Run it with
CPython 3.13: PYENV_VERSION=3.13.0 python3 scripts/gen-ast-dumps.py
"""

import ast
import pathlib
import sys

if sys.version_info[:2] != (3, 13):
    sys.exit(f"CPython 3.13 is required, not {sys.version.split()[0]}")

root = pathlib.Path(__file__).resolve().parent.parent / "tests"
sources = sorted((root / "grammar" / "ast").glob("*.py")) + sorted((root / "corpus").rglob("*.py"))
written = 0
for path in sources:
    tree = ast.parse(path.read_bytes(), filename=str(path))
    dump = ast.dump(tree, include_attributes=True, indent=None)
    path.with_suffix(".ast").write_text(dump + "\n", encoding="utf-8")
    written += 1
print(f"wrote {written} .ast files")
