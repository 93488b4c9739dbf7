"""Writes tests/objects/data/int-cases.json: int arithmetic, conversions and
hashes computed by CPython 3.13, the oracle for src/objects/int*.ts.

Run: PYENV_VERSION=3.13.0 python3 scripts/gen-int-cases.py
"""
import json
import os
import random
import sys

random.seed(20240613)

def interesting():
    values = [0, 1, -1, 2, -2, 3, 7, -7, 10, 100, 255, 256, 1000, -1000]
    for bits in [29, 30, 31, 32, 33, 52, 53, 54, 61, 62, 63, 64, 65, 96, 127, 128, 200]:
        for delta in [-1, 0, 1]:
            values.append(2 ** bits + delta)
            values.append(-(2 ** bits) + delta)
    for _ in range(60):
        bits = random.choice([8, 20, 31, 40, 60, 70, 100, 150, 200])
        values.append(random.getrandbits(bits) * random.choice([1, -1]))
    return values

POOL = interesting()

def decimal(n):
    """str(n) without the digit limit (the limit is part of what is tested, not of the output)."""
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(n)
    finally:
        sys.set_int_max_str_digits(limit)

def outcome(f):
    try:
        r = f()
    except Exception as e:
        return {"error": f"{type(e).__name__}: {e}"}
    if isinstance(r, bool):
        return {"bool": r}
    if isinstance(r, int):
        return {"int": decimal(r)}
    if isinstance(r, float):
        return {"float": repr(r)}
    if isinstance(r, tuple):
        return {"tuple": [decimal(x) for x in r]}
    if isinstance(r, str):
        return {"str": r}
    raise TypeError(type(r))

BINARY = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "floordiv": lambda a, b: a // b,
    "mod": lambda a, b: a % b,
    "divmod": lambda a, b: divmod(a, b),
    "truediv": lambda a, b: a / b,
    "and": lambda a, b: a & b,
    "or": lambda a, b: a | b,
    "xor": lambda a, b: a ^ b,
    "compare": lambda a, b: (a > b) - (a < b),
}

cases = []
for _ in range(1500):
    a = random.choice(POOL)
    b = random.choice(POOL)
    op = random.choice(list(BINARY))
    cases.append([op, str(a), str(b), outcome(lambda: BINARY[op](a, b))])
for a in POOL[:60]:
    for b in [0, 1, -1]:
        for op in ["floordiv", "mod", "divmod", "truediv"]:
            cases.append([op, str(a), str(b), outcome(lambda: BINARY[op](a, b))])
for _ in range(400):
    a = random.choice(POOL)
    b = random.randint(-3, 40 if abs(a) < 2 ** 64 else 6)
    cases.append(["pow", str(a), str(b), outcome(lambda: a ** b)])
for a, b in [(0, -1), (0, 0), (2, -1), (-2, -3), (10, -20), (2 ** 100, -1), (10 ** 400, -1), (-1, 2 ** 100), (1, 2 ** 100), (0, 2 ** 100)]:
    cases.append(["pow", str(a), str(b), outcome(lambda: a ** b)])
for _ in range(150):
    a = random.choice(POOL)
    b = random.choice(POOL)
    m = random.choice([p for p in POOL if p != 0] + [0])
    cases.append(["powmod", str(a), str(b), outcome(lambda: pow(a, b, m)), str(m)])
for _ in range(400):
    a = random.choice(POOL)
    b = random.randint(-2, 140)
    op = random.choice(["lshift", "rshift"])
    cases.append([op, str(a), str(b), outcome(lambda: a << b if op == "lshift" else a >> b)])
for a, b in [(1, 2 ** 70), (0, 2 ** 70), (-1, 2 ** 70)]:
    cases.append(["lshift", str(a), str(b), outcome(lambda: a << b)])
    cases.append(["rshift", str(a), str(b), outcome(lambda: a >> b)])
for a in POOL:
    cases.append(["neg", str(a), "0", outcome(lambda: -a)])
    cases.append(["invert", str(a), "0", outcome(lambda: ~a)])
    cases.append(["abs", str(a), "0", outcome(lambda: abs(a))])
    cases.append(["hash", str(a), "0", outcome(lambda: hash(a))])
    cases.append(["float", str(a), "0", outcome(lambda: float(a))])
    cases.append(["hex", str(a), "0", outcome(lambda: hex(a))])
    cases.append(["oct", str(a), "0", outcome(lambda: oct(a))])
    cases.append(["bin", str(a), "0", outcome(lambda: bin(a))])
    cases.append(["bitlength", str(a), "0", outcome(lambda: a.bit_length())])
big = [10 ** 400, -(10 ** 400), 2 ** 1023, 2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971 + 1, 2 ** 53 + 1, 2 ** 54 + 3]
for a in big:
    cases.append(["float", str(a), "0", outcome(lambda: float(a))])
    for b in [1, 3, 10 ** 399, -(10 ** 380), 2 ** 60 + 1, 10 ** 700]:
        cases.append(["truediv", str(a), str(b), outcome(lambda: a / b)])
for a, b in [(1, 10 ** 320), (1, 3 * 10 ** 308), (7, 10 ** 315), (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076), (2 ** 60 + 1, 2 ** 1100), (-5, 10 ** 400)]:
    cases.append(["truediv", str(a), str(b), outcome(lambda: a / b)])

text_cases = []
for s, base in [("0", 10), ("-0", 10), (" 12 ", 10), ("+12", 10), ("1_000", 10), ("1__0", 10), ("_1", 10), ("1_", 10),
                ("0x1f", 0), ("0X1F", 16), ("0x_1f", 0), ("0o17", 0), ("0b101", 0), ("0b101", 2), ("0b1", 16), ("010", 0),
                ("00", 0), ("0_0", 0), ("-0x1f", 0), ("z", 36), ("Z", 36), ("10", 37), ("10", 1), ("", 10), ("  ", 10),
                ("1 2", 10), ("\u0663\u0663", 10), ("\u0663\u0663", 16), ("\u00a012\u3000", 10), ("\x1c12", 10),
                ("\ufeff12", 10), ("12L", 10), ("9" * 4300, 10), ("9" * 4301, 10), ("1" * 5000, 2), ("f" * 5000, 16),
                ("x" * 300, 10), ("123456789" * 30, 10), ("-" + "7" * 40, 8), ("zz_zz", 36), ("1e5", 10), ("0x", 16),
                ("+", 10), ("-_1", 10), ("12345678901234567890", 7)]:
    text_cases.append([s, base, outcome(lambda: int(s, base))])
to_text = []
for n in [0, 5, -5, 10 ** 4299, 10 ** 4300, -(10 ** 4300 - 1), -(10 ** 4300), 2 ** 14000, 2 ** 14284]:
    # The number as hex (compact); the expected text as its length and first digits, or the error.
    result = outcome(lambda: str(n))
    if "str" in result:
        result = {"length": len(result["str"]), "head": result["str"][:20]}
    to_text.append([hex(n), result])

out = os.path.join(os.path.dirname(__file__), "..", "tests", "objects", "data", "int-cases.json")
with open(out, "w") as f:
    json.dump({"python": sys.version.split()[0], "cases": cases, "parse": text_cases, "toText": to_text}, f, separators=(",", ":"))
print("wrote", len(cases), "cases and", len(text_cases), "text cases")
