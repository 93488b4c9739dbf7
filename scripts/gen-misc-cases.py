"""Writes tests/objects/data/misc-cases.json, CPython 3.13's answers for the
smaller built-in types: repr of str and bytes, hashes of tuples, None, ranges,
slices, frozensets and complex numbers, slice.indices(), repr of complex and
range, and the MROs (or errors) of class hierarchies.

Run: PYENV_VERSION=3.13.0 python3 scripts/gen-misc-cases.py
"""
import json
import os
import sys

def outcome(f):
    try:
        return {"value": f()}
    except Exception as e:
        return {"error": f"{type(e).__name__}: {e}"}

strings = ["", "a", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\r", "nul\x00", "bell\x07",
           "del\x7f", "latin é ñ", "\x80\x9f", "\xa0nbsp", "\xad soft hyphen", "€ euro", "日本語", "emoji 😀",
           "\u2028 line sep", "\ud800 lone", "\U0001d11e clef", "\\ backslash", "\u200b zero width", "\ufeff bom",
           "\U000e0001 tag", "\u0378 unassigned", "\ue000 private"]
str_reprs = [[s, repr(s)] for s in strings]
byte_values = [b"", b"abc", b"it's", b'"q"', b"'\"", b"\x00\x01\x7f\x80\xff", b"\t\n\r\\", bytes(range(32, 127))]
bytes_reprs = [[list(b), repr(b)] for b in byte_values]

def tag(v):
    if v is None:
        return ["none"]
    if isinstance(v, bool):
        return ["bool", v]
    if isinstance(v, int):
        return ["i", str(v)]
    if isinstance(v, float):
        return ["f", repr(v)]
    if isinstance(v, str):
        return ["s", v]
    if isinstance(v, tuple):
        return ["t", [tag(x) for x in v]]
    if isinstance(v, frozenset):
        return ["fs", [tag(x) for x in v]]
    if isinstance(v, range):
        return ["range", tag(v.start), tag(v.stop), tag(v.step)]
    if isinstance(v, slice):
        return ["slice", tag(v.start), tag(v.stop), tag(v.step)]
    if isinstance(v, complex):
        return ["c", repr(v.real), repr(v.imag)]
    raise TypeError(type(v))

hash_values = [None, True, False, (), (1,), (1, 2), (1, (2, 3)), (None, True, 1.5), ((1, 2), 3.5, ()), (2 ** 100, -1, -2),
               range(0), range(5), range(1, 10, 3), range(7, 8), range(10, 0, -2), range(2 ** 70),
               slice(1, 2, 3), slice(None, 5, None), slice(0, 0, 0),
               frozenset(), frozenset({1, 2, 3}), frozenset({(1, 2), 2.5}), frozenset(range(100)),
               complex(1, 2), complex(0, 1), complex(-1.5, 0), complex(0, -0.0), complex(1e300, 1e-300)]
hashes = [[tag(v), str(hash(v))] for v in hash_values]

slices = []
for s in [slice(None), slice(1, None), slice(None, -1), slice(-3, None), slice(None, None, -1), slice(5, 1, -1),
          slice(-100, 100), slice(100, -100, -1), slice(2, 8, 3), slice(8, 2, -3), slice(0, 10, 0), slice(2 ** 70, None),
          slice(-(2 ** 70), 2 ** 70, 2 ** 70), slice(None, None, -(2 ** 70))]:
    for length in [0, 1, 5, 10]:
        slices.append([tag(s), length, outcome(lambda: list(s.indices(length)) + [len(range(*s.indices(length)))])])

complex_reprs = [[repr(c.real), repr(c.imag), repr(c)] for c in [1j, 2j, complex(1, 2), complex(-1, -2), complex(0, -1),
                 complex(-0.0, 1), complex(1.5, 0), complex(0, 0), complex(-0.0, -0.0), complex(1e16, 1e-5),
                 complex(float("inf"), float("nan")), complex(2, -0.0)]]
range_reprs = [[tag(r), repr(r), outcome(lambda: len(r))] for r in
               [range(0), range(5), range(1, 5), range(0, 10, 2), range(10, 0, -3), range(-5, 5, 7), range(2 ** 70), range(3, 3)]]

class_cases = []
def mro_case(name, code):
    namespace = {}
    try:
        exec(code, namespace)
        cls = namespace["Result"]
        class_cases.append([name, code, {"mro": [c.__name__ for c in cls.__mro__]}])
    except TypeError as e:
        class_cases.append([name, code, {"error": f"TypeError: {e}"}])

mro_case("diamond", "class A: pass\nclass B(A): pass\nclass C(A): pass\nclass Result(B, C): pass")
mro_case("deep", "class A: pass\nclass B(A): pass\nclass C(B): pass\nclass Result(C, A): pass")
mro_case("inconsistent", "class A: pass\nclass B(A): pass\nclass Result(A, B): pass")
mro_case("inconsistent three", "class X: pass\nclass A: pass\nclass B(A): pass\nclass Result(X, A, B): pass")
mro_case("duplicate", "class A: pass\nclass Result(A, A): pass")
mro_case("bool base", "class Result(bool): pass")
mro_case("int and str", "class Result(int, str): pass")
mro_case("dict and list", "class Result(dict, list): pass")
mro_case("int and exception", "class Result(int, Exception): pass")
mro_case("exception and key error", "class Result(Exception, KeyError): pass")
mro_case("mixin with int", "class Mixin: pass\nclass Result(Mixin, int): pass")
mro_case("two exceptions", "class Result(KeyError, ValueError): pass")
mro_case("list subclass", "class L(list): pass\nclass Result(L): pass")
mro_case("object explicit", "class Result(object): pass")
mro_case("range base", "class Result(range): pass")
mro_case("function base", "class Result(type(lambda: 0)): pass")

import builtins
import types
builtin_mros = {}
for name, value in vars(builtins).items():
    if isinstance(value, type) and value.__name__ == name:
        builtin_mros[name] = [c.__name__ for c in value.__mro__]
for value in [type(None), type(NotImplemented), type(...), type(iter([])), type(iter(())), type(iter("a")), type(iter("é")),
              type(iter(range(3))), type(iter(range(2 ** 70))), type(iter({})), type(iter({}.values())), type(iter({}.items())),
              type(iter(set())), type(iter(b"")), types.FunctionType, types.BuiltinFunctionType, types.MethodType,
              types.CellType, types.ModuleType, types.CodeType, types.FrameType, types.GeneratorType, types.CoroutineType,
              types.AsyncGeneratorType, types.TracebackType, types.MappingProxyType]:
    builtin_mros[value.__name__] = [c.__name__ for c in value.__mro__]

out = os.path.join(os.path.dirname(__file__), "..", "tests", "objects", "data", "misc-cases.json")
with open(out, "w") as f:
    json.dump({"python": sys.version.split()[0], "strReprs": str_reprs, "bytesReprs": bytes_reprs, "hashes": hashes,
               "slices": slices, "complexReprs": complex_reprs, "rangeReprs": range_reprs, "classes": class_cases, "builtinMros": builtin_mros}, f)
print("wrote misc cases")
