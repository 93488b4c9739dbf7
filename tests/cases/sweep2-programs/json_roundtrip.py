import json
data = {"name": "Ünïcode", "n": 3, "f": 1.5, "list": [1, None, True, False], "nested": {"a": [], "b": {}}, "esc": "tab\tquote\"nl\n"}
s = json.dumps(data)
print(s)
print(json.dumps(data, ensure_ascii=False, sort_keys=True))
print(json.dumps(data, indent=2, separators=(",", ": "))[:80])
back = json.loads(s)
print(back == data, type(back["f"]).__name__, back["list"], back["esc"])
print(json.loads("[1, 2.0, 3e2, -0, \"\\u00e9\", null]"), json.dumps([1e100, 0.1, -0.0, 10**20]))
for bad in ["{'a': 1}", "[1,]", "{\"a\" 1}", "", "nul"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps({1: "int key", True: "bool"}), json.dumps("é"), json.dumps(float("inf")))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc), json.dumps({"x": 1}, default=str), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
