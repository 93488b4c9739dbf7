#!/usr/bin/env python3
"""Write CPython's symbol tables for the compiler's symbol-table tests.

For every tests/compiler/symtable/NAME.py, writes NAME.symtable beside it: each
block (module, class, function) with each name's scope and DEF_* flags, in the
format of src/compiler/symtable-dump.ts. Run with CPython 3.13:

    PYENV_VERSION=3.13.0 python3 scripts/gen-symtables.py
"""
import pathlib
import symtable
import sys
import _symtable

ROOT = pathlib.Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "compiler" / "symtable"

FLAGS = [
    (1, "DEF_GLOBAL"), (2, "DEF_LOCAL"), (4, "DEF_PARAM"), (8, "DEF_NONLOCAL"),
    (16, "USE"), (32, "DEF_FREE"), (64, "DEF_FREE_CLASS"), (128, "DEF_IMPORT"),
    (256, "DEF_ANNOT"), (512, "DEF_COMP_ITER"), (1024, "DEF_TYPE_PARAM"),
    (2048, "DEF_COMP_CELL"),
]
SCOPES = ["NONE", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"]
TYPES = {_symtable.TYPE_FUNCTION: "function", _symtable.TYPE_CLASS: "class",
         _symtable.TYPE_MODULE: "module"}


def describe(word):
    flags = [name for bit, name in FLAGS if word & bit]
    scope = SCOPES[(word >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK] or "NONE"
    return f"{scope} {'|'.join(flags) or '-'}"


def dump(table, indent=""):
    raw = table._table
    out = f"{indent}{TYPES[raw.type]} {raw.name} line {raw.lineno}\n"
    for name in sorted(raw.symbols):
        out += f"{indent}  {name}: {describe(raw.symbols[name])}\n"
    for child in table.get_children():
        out += dump(child, indent + "    ")
    return out


def main():
    assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
    for path in sorted(CASES.glob("*.py")):
        source = path.read_text()
        table = symtable.symtable(source, path.name, "exec")
        path.with_suffix(".symtable").write_text(dump(table))
        print("wrote", path.with_suffix(".symtable").relative_to(ROOT))


if __name__ == "__main__":
    main()
