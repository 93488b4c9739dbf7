#!/usr/bin/env python3
"""Write CPython 3.13's facts about the opcodes pygil shares with it.

tests/compiler/data/cpython-opcodes.json maps each opcode name to its number
and to dis.stack_effect() for arguments 0..9 (and two larger ones), falling
through and jumping. The opcode test checks src/vm/opcodes.ts against it.

    PYENV_VERSION=3.13.0 python3 scripts/gen-opcode-table.py
"""
import dis
import json
import opcode
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "compiler" / "data" / "cpython-opcodes.json"
ARGS = list(range(10)) + [257, 515]


def effects(op, jump):
    if op not in opcode.hasarg:
        return [dis.stack_effect(op, jump=jump)]
    return [dis.stack_effect(op, arg, jump=jump) for arg in ARGS]


def main():
    assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
    table = {}
    for name, op in sorted(opcode.opmap.items(), key=lambda item: item[1]):
        if name.startswith("INSTRUMENTED_") or name in ("CACHE", "RESERVED", "ENTER_EXECUTOR"):
            continue
        table[name] = {
            "code": op,
            "hasArg": op in opcode.hasarg,
            "args": ARGS if op in opcode.hasarg else None,
            "effect": effects(op, False),
            "jumpEffect": effects(op, True),
        }
    lines = [f"  {json.dumps(name)}: {json.dumps(entry)}" for name, entry in table.items()]
    OUT.write_text("{\n" + ",\n".join(lines) + "\n}\n")
    print("wrote", OUT.relative_to(ROOT))


if __name__ == "__main__":
    main()
