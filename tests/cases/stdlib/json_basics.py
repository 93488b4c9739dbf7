# json from src/lib: dumps and loads.
import json
data = {"name": "pygil", "ok": True, "none": None, "nums": [1, 2.5, -3e10], "nested": {"a": [], "b": {}}}
text = json.dumps(data)
print(text)
print(json.loads(text) == data)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, "é", "\n"]), json.dumps("é", ensure_ascii=False), json.dumps((1, 2)))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")), json.dumps({1: 2, True: 3, None: 4}))
print(json.loads('[1, 2.0, "x\\u00e9", true, false, null, {"k": [1e2]}]'))
print(json.loads("  {\"a\" : 1 }  "), json.loads("3"), json.loads('"\\ud83d\\ude00"'))
try:
    json.loads("[1, 2")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(float("inf")), json.dumps(1.0), json.dumps(0.1), json.dumps(10 ** 20))
