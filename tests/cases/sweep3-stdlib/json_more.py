# json: dumps options, custom encoders/decoders, and error positions.
import json
data = {"name": "Ünï", "n": [1, 2.5, None, True], "nested": {"b": 1, "a": [{}]}, "e": ""}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent="--"), json.dumps({"a": 1}, separators=(",", ":")), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps("tab\tquote\"back\\slash\u0001"))
print(json.dumps((1, 2)), json.dumps("é"), json.dumps(10**20), json.dumps(1e-7), json.dumps(-0.0))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(o):
    if isinstance(o, Pt):
        return {"__pt__": [o.x, o.y]}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")
text = json.dumps({"p": Pt(1, 2), "s": {3, 1}}, default=encode)
print(text)
def decode(d):
    if "__pt__" in d:
        return Pt(*d["__pt__"])
    return d
back = json.loads(text, object_hook=decode)
print(type(back["p"]).__name__, back["p"].x, back["s"])
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1j, 2], cls=Enc))
try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "nul", '{"a" 1}', "[1] x", '"unterminated', "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.lineno, e.colno, e.pos)
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1.0, 2e3, -0, 1E-2]"), json.loads('"\\u00e9\\n"'), json.loads(" true "))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads("[1, 2]", parse_int=float), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads('[["a", 1]]', object_pairs_hook=dict), json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda kv: kv))
print(json.loads(b'{"bytes": true}'), isinstance(json.JSONDecodeError("m", "doc", 0), ValueError))
