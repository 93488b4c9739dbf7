"""Writes tests/objects/data/set-orders.json: the iteration order of sets
that CPython 3.13 builds through sequences of operations (adds, removals,
pops, growth, and the set algebra), for src/objects/set.ts to reproduce.

Keys are numbers and tuples of numbers, whose hashes pygil computes exactly as
CPython does. Each scenario starts from an empty set and lists steps; after
each step the oracle records list(s) (or, for large sets, its length and a
sample).

Run: PYENV_VERSION=3.13.0 python3 scripts/gen-set-orders.py
"""
import json
import os
import random
import sys

random.seed(4242)

def enc(v):
    if isinstance(v, bool):
        raise TypeError("bool keys are not used")
    if isinstance(v, int):
        return ["i", str(v)]
    if isinstance(v, float):
        return ["f", repr(v)]
    if isinstance(v, tuple):
        return ["t", [enc(x) for x in v]]
    if isinstance(v, frozenset):
        return ["fs", [enc(x) for x in v]]
    raise TypeError(type(v))

def snapshot(s):
    items = list(s)
    if len(items) <= 300:
        return {"items": [enc(x) for x in items]}
    step = max(1, len(items) // 100)
    return {"length": len(items), "every": step, "sample": [enc(x) for x in items[::step]]}

def value_pool(kind):
    if kind == "small":
        return list(range(-20, 120))
    if kind == "big":
        return [2 ** 40 + k for k in range(30)] + [2 ** 64 + 7 * k for k in range(30)] + [-(2 ** 63) - k for k in range(20)]
    if kind == "collide":
        p = 2 ** 61 - 1
        return [k + m * p for k in range(8) for m in range(4)] + [-k - m * p for k in range(1, 6) for m in range(3)]
    if kind == "float":
        return [k / 4 for k in range(-40, 40)] + [1e20, -2.5e-3, 3.14159, 1e300, 2.0 ** 60, 0.1, 0.2]
    if kind == "tuple":
        return [(a, b) for a in range(6) for b in range(6)] + [(a,) for a in range(10)] + [(), (1, 2, 3), ((1, 2), 3)]
    if kind == "mixed":
        return value_pool("small")[:40] + value_pool("big")[:10] + value_pool("float")[:20] + value_pool("tuple")[:20] + [1.0, 2.0, 0.0]
    raise ValueError(kind)

def random_values(pool, n):
    return [random.choice(pool) for _ in range(n)]

def apply(s, step):
    op = step[0]
    if op == "add":
        s.add(step[1])
    elif op == "discard":
        s.discard(step[1])
    elif op == "pop":
        return s, (s.pop() if s else None)
    elif op == "clear":
        s.clear()
    elif op == "update":
        s.update(step[1])
    elif op == "update_set":
        s.update(set(step[1]))
    elif op == "from_dict":
        s = set(dict.fromkeys(step[1]))
    elif op == "or":
        s = s | set(step[1])
    elif op == "and":
        s = s & set(step[1])
    elif op == "sub":
        s = s - set(step[1])
    elif op == "xor":
        s = s ^ set(step[1])
    elif op == "ior":
        s |= set(step[1])
    elif op == "iand":
        s &= set(step[1])
    elif op == "isub":
        s -= set(step[1])
    elif op == "ixor":
        s ^= set(step[1])
    elif op == "copy":
        s = s.copy()
    elif op == "frozen":
        s = set(frozenset(s))
    else:
        raise ValueError(op)
    return s, None

def encode_step(step):
    if len(step) == 1:
        return [step[0]]
    arg = step[1]
    return [step[0], [enc(v) for v in arg] if isinstance(arg, list) else enc(arg)]

def scenario(name, steps):
    s = set()
    recorded = []
    for index, step in enumerate(steps):
        s, popped = apply(s, step)
        full = len(s) <= 12 or index == len(steps) - 1 or index % (10 if len(steps) <= 150 else 150) == 0
        entry = {"step": encode_step(step), "after": snapshot(s) if full else {"length": len(s)}}
        if popped is not None:
            entry["popped"] = enc(popped)
        recorded.append(entry)
    return {"name": name, "steps": recorded}

scenarios = []
for kind in ["small", "big", "collide", "float", "tuple", "mixed"]:
    pool = value_pool(kind)
    scenarios.append(scenario(f"{kind}: adds one by one", [["add", v] for v in random_values(pool, 60)]))
    steps = []
    for _ in range(150):
        r = random.random()
        if r < 0.55:
            steps.append(["add", random.choice(pool)])
        elif r < 0.85:
            steps.append(["discard", random.choice(pool)])
        elif r < 0.95:
            steps.append(["pop"])
        else:
            steps.append(["clear"])
    scenarios.append(scenario(f"{kind}: adds, discards, pops", steps))
    for op in ["update", "update_set", "from_dict", "or", "and", "sub", "xor", "ior", "iand", "isub", "ixor", "copy", "frozen"]:
        base = [["update", random_values(pool, random.randint(0, 40))]]
        for _ in range(3):
            base.append(["discard", random.choice(pool)])
        base.append([op, random_values(pool, random.randint(0, 50))] if op not in ("copy", "frozen") else [op])
        base.append([op, random_values(pool, random.randint(0, 8))] if op not in ("copy", "frozen") else ["add", random.choice(pool)])
        scenarios.append(scenario(f"{kind}: {op}", base))

# Growth well past the first resizes, with removals, then shrinking algebra.
scenarios.append(scenario("growth to thousands of ints", [["update", [random.randint(-10 ** 6, 10 ** 6) for _ in range(3000)]], ["update", list(range(0, 5000, 3))]]))
scenarios.append(scenario("growth with removals", [["update", list(range(-3000, 3000, 7))]] + [["discard", v] for v in range(-3000, 3000, 14)] + [["isub", list(range(0, 3000, 5))], ["iand", list(range(-3000, 0))]]))
scenarios.append(scenario("difference with a much smaller other", [["update", list(range(200))], ["sub", [5, 7, 9]], ["isub", list(range(0, 2000))]]))
scenarios.append(scenario("pops drain a set", [["update", list(range(0, 64, 3))]] + [["pop"]] * 22))

out = os.path.join(os.path.dirname(__file__), "..", "tests", "objects", "data", "set-orders.json")
with open(out, "w") as f:
    json.dump({"python": sys.version.split()[0], "scenarios": scenarios}, f, separators=(",", ":"))
print("wrote", len(scenarios), "scenarios")
