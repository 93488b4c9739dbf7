"""Writes the CPython 3.13 oracle data for src/objects/float*.ts:

  tests/objects/data/float-repr.json   repr() of a few thousand floats (by their bits)
  tests/objects/data/float-cases.json  floor division, modulo, divmod, power,
                                       float(str), int(float), hash, int/float comparison

Run: PYENV_VERSION=3.13.0 python3 scripts/gen-float-cases.py
"""
import json
import math
import os
import random
import struct
import sys

random.seed(31337)
DATA = os.path.join(os.path.dirname(__file__), "..", "tests", "objects", "data")

def bits(x):
    return struct.pack(">d", x).hex()

def from_bits(h):
    return struct.unpack(">d", bytes.fromhex(h))[0]

def sample_floats():
    values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.30000000000000004, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998.0,
              1e17, 1e-4, 1e-5, 0.0001234, 0.00001234, 1.5e-7, 123456789012345678.0, 1e22, 1e21, 1e23, 1.2345e100,
              5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, math.inf, -math.inf,
              math.nan, math.pi, math.e, 100.0, 1e300, 1e-300, 0.5, 2.5, 1234.5678, 12345678901234567.0,
              2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 4.35, 0.1 + 0.7, 1 - 1e-16]
    for exponent in range(-30, 31):
        values.append(10.0 ** exponent)
        values.append(1.5 * 10.0 ** exponent)
    while len(values) < 3000:
        kind = random.random()
        if kind < 0.4:
            values.append(struct.unpack(">d", random.getrandbits(64).to_bytes(8, "big"))[0])
        elif kind < 0.7:
            values.append(random.uniform(-1e6, 1e6))
        elif kind < 0.85:
            values.append(round(random.uniform(-1000, 1000), random.randint(0, 6)))
        else:
            values.append(random.random() * 10.0 ** random.randint(-20, 25))
    return [v for v in values if not (isinstance(v, float) and math.isnan(v) and bits(v) != bits(math.nan))]

def outcome(f):
    try:
        r = f()
    except Exception as e:
        return {"error": f"{type(e).__name__}: {e}"}
    if isinstance(r, bool):
        return {"bool": r}
    if isinstance(r, int):
        return {"int": str(r)}
    if isinstance(r, float):
        return {"float": repr(r)}
    if isinstance(r, tuple):
        return {"tuple": [repr(x) for x in r]}
    if isinstance(r, complex):
        return {"complex": repr(r)}
    raise TypeError(type(r))

reprs = [[bits(x), repr(x)] for x in sample_floats()]
with open(os.path.join(DATA, "float-repr.json"), "w") as f:
    json.dump({"python": sys.version.split()[0], "reprs": reprs}, f, separators=(",", ":"))

OPERANDS = [0.0, -0.0, 1.0, -1.0, 7.5, -7.5, 2.0, -2.0, 0.5, 3.0, -3.0, 1e308, 1e-308, 5e-324, math.inf, -math.inf,
            math.nan, 0.1, 10.0, 1e16, 123.456, -0.3]
for _ in range(8):
    OPERANDS.append(random.uniform(-100, 100))
arith = []
for a in OPERANDS:
    for b in OPERANDS:
        arith.append(["floordiv", bits(a), bits(b), outcome(lambda: a // b)])
        arith.append(["mod", bits(a), bits(b), outcome(lambda: a % b)])
        arith.append(["divmod", bits(a), bits(b), outcome(lambda: divmod(a, b))])
        arith.append(["truediv", bits(a), bits(b), outcome(lambda: a / b)])
POWERS = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 10.0, 1e308, 1e-308, math.inf, -math.inf, math.nan,
          1.5, -1.5, 2.5, 0.1, 1e-5, 7.25, 1.0000001, 0.9999999]
for a in POWERS:
    for b in POWERS + [3.0, -3.0, 31.0, -31.0, 1024.0, -1075.0, 0.25, 1e100, -1e100]:
        arith.append(["pow", bits(a), bits(b), outcome(lambda: a ** b)])
for _ in range(200):
    a = random.uniform(0.01, 100) * random.choice([1, -1])
    b = float(random.randint(-60, 60))
    arith.append(["pow", bits(a), bits(b), outcome(lambda: a ** b)])
for _ in range(400):
    a = random.choice([random.uniform(0, 3), random.uniform(0, 1e6), random.random() * 10.0 ** random.randint(-100, 100)])
    b = random.choice([random.uniform(-40, 40), float(random.randint(-400, 400)), random.randint(-200, 200) + 0.5, random.uniform(-2, 2)])
    arith.append(["pow", bits(a), bits(b), outcome(lambda: a ** b)])
for x in OPERANDS + [1e20, -1e20, 2.0 ** 70 + 2.0 ** 20, -(2.0 ** 100), 0.999, -0.999]:
    arith.append(["int", bits(x), "", outcome(lambda: int(x))])
    arith.append(["hash", bits(x), "", outcome(lambda: hash(x) if not math.isnan(x) else 0)])
ints = ["0", "1", "-1", "9007199254740993", "-9007199254740993", str(2 ** 63), str(10 ** 30), str(-(10 ** 30)), str(2 ** 1024)]
for text in ints:
    for x in [0.0, -0.0, 1.0, -1.0, 9007199254740992.0, -9007199254740992.0, 9007199254740994.0, 2.0 ** 63, 1e30, -1e30,
              1e30 + 2.0 ** 50, 0.5, -0.5, math.inf, -math.inf, math.nan, 1.7976931348623157e308]:
        n = int(text)
        arith.append(["compare", text, bits(x), outcome(lambda: (n > x) - (n < x) if not math.isnan(x) else "unordered" == 1)])

texts = ["1", " 1.5 ", "-2.5e-3", "1_000.5", "1__0", "_1", "1_", "1e1_0", ".5", "5.", ".", "e5", "1e", "inf", "-Infinity",
         "+iNf", "nan", "-NaN", "infinity_", "0x10", "1e500", "-1e500", "1e-400", "١٢.٥", "\u00a01.0\u3000", "\x1c1",
         "  ", "", "abc", "1.5j", "1,5", "0.1e-1_0", "9" * 400, "1." + "0" * 50 + "1"]
parse = []
for t in texts:
    parse.append([t, outcome(lambda: float(t))])

with open(os.path.join(DATA, "float-cases.json"), "w") as f:
    json.dump({"python": sys.version.split()[0], "arith": arith, "parse": parse}, f, separators=(",", ":"))
print("wrote", len(reprs), "reprs,", len(arith), "arithmetic cases,", len(parse), "parse cases")
