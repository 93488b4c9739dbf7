"""Writes tests/objects/data/list-growth.json: the capacity CPython 3.13 gives a
list after each operation of a sequence of appends, pops, inserts and slice
deletions (read from sys.getsizeof), for src/objects/list.ts to reproduce.

Run: PYENV_VERSION=3.13.0 python3 scripts/gen-list-growth.py
"""
import json
import os
import random
import sys

random.seed(7)
EMPTY = sys.getsizeof([])

def capacity(l):
    return (sys.getsizeof(l) - EMPTY) // 8

steps = []
l = []
for i in range(300):
    l.append(i)
    steps.append(["append", 0, capacity(l), len(l)])
for i in range(280):
    l.pop()
    steps.append(["pop", 0, capacity(l), len(l)])
for i in range(100):
    l.insert(random.randint(0, len(l)), i)
    steps.append(["insert", 0, capacity(l), len(l)])
for n in [1, 5, 30, 40]:
    del l[:n]
    steps.append(["delete_front", n, capacity(l), len(l)])
l.extend(range(500))
steps.append(["extend", 500, capacity(l), len(l)])
l.clear()
steps.append(["clear", 0, capacity(l), len(l)])

out = os.path.join(os.path.dirname(__file__), "..", "tests", "objects", "data", "list-growth.json")
with open(out, "w") as f:
    json.dump({"python": sys.version.split()[0], "steps": steps}, f, separators=(",", ":"))
print("wrote", len(steps), "steps")
