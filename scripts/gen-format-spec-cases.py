"""Writes tests/vm/format-spec-cases.json: format(value, spec) as CPython 3.13
computes it, for ints, floats and strs over a grid of format specs, for the
interpreter's format mini-language tests. Run with PYENV_VERSION=3.13.0 python3."""
import json, os

ints = [0, 1, -1, 7, 42, -42, 255, 1234567, -9876543210, 2**70]
floats = [0.0, -0.0, 0.5, 1.5, 2.5, -2.25, 0.125, 3.14159, 1e-05, 1.5e-07, 123456.789, 1e16, 1e300,
          float("inf"), float("-inf"), float("nan"), 2/3, 100.0]
strs = ["", "a", "hello", "naïve"]
int_specs = ["", "d", "5d", "<5", ">5", "^7", "*^9", "+d", " d", "05d", ",", "_", "010,", "x", "#x", "X", "#o", "b",
             "#010b", "_b", "e", ".2f", "%", "n", "c"]
float_specs = ["", "f", ".0f", ".1f", ".2f", ".3f", "e", ".2e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "+.2f",
               " .2f", "08.2f", ",.2f", "_.1f", "#.0f", "#g", "10.3", ".3", "<10.2f", "^12.4e", "z.1f", "n"]
str_specs = ["", "s", "10", "<10", ">10", "^10", "*^9", ".2", "10.3"]

cases = []
def add(value, kind, spec):
    try:
        out = {"ok": format(value, spec)}
    except (ValueError, TypeError, OverflowError) as e:
        out = {"error": type(e).__name__, "message": str(e)}
    rep = repr(value) if kind != "float" else repr(value)
    cases.append({"kind": kind, "value": str(value) if kind == "int" else rep if kind == "float" else value,
                  "spec": spec, **out})

for v in ints:
    for s in int_specs:
        if s == "c" and not (0 <= v < 0x110000):
            continue
        add(v, "int", s)
for v in floats:
    for s in float_specs:
        add(v, "float", s)
for v in strs:
    for s in str_specs:
        add(v, "str", s)
path = os.path.join(os.path.dirname(__file__), "..", "tests", "vm", "format-spec-cases.json")
with open(path, "w") as f:
    json.dump(cases, f, indent=0, ensure_ascii=False)
print(len(cases), "cases")
