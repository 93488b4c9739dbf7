import json
for bad in ['{"a": 1,}', '{"a" 1}', '[1 2]', '{"a": 1} x', "{'a': 1}", '"unterminated', '[1, 2', 'nul', '{"a": tru}', '01', '1.', '-', '[1,]', '{"a":1,"a":2}', '"\\x"', '\t\n  ']:
    try:
        print(repr(bad), "->", json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e)
print(json.dumps({"a": [1, {"b": None}]}, indent=2, sort_keys=True))
print(json.dumps([1, 2, [3, [4]]], separators=(",", ":")), json.dumps({"k": "v"}, separators=(", ", " = ")))
print(json.loads('{"a": 1.0, "b": 1e2, "c": -0, "d": 10000000000000000000000}'))
print(json.dumps({"nan": float("nan"), "inf": float("-inf")}))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)
print(json.dumps("\u2028\u00e9\x7f"), json.loads('"\\u2028"') == "\u2028")
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc))
try:
    json.dumps({"x": object()})
except TypeError as e:
    print(str(e)[:40])
print(json.loads("[1, 2]", parse_int=str), json.loads('{"x": 1.5}', parse_float=lambda s: "F" + s))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True))
