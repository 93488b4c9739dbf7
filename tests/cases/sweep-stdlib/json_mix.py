import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.14, "nested": {"x": [1, {"y": 2}]}}
s = json.dumps(data); print(s)
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True, separators=(",", ":")))
print(json.dumps("héllo ☃"), json.dumps("héllo", ensure_ascii=False), json.dumps([1, 2], indent=0))
print(json.loads(s) == data, json.loads('{"a": [1, 2.5, "x", null, true, false]}'))
print(json.loads("1e3"), json.loads('"\\u00e9\\n"'), json.loads(" [ ] "), json.loads("-0.5"))
print(json.dumps({1: "int key", 2.5: "f", True: "b", None: "n"}))
print(json.dumps((1, 2)), json.dumps(float("inf")), json.dumps(""), json.dumps({}), json.dumps([]))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=4))
print(json.dumps([1, [2, [3]]], indent="\t"))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.loads("[1, 2,]")
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
print(json.dumps({"s": {1, 2}}, default=sorted))
class Pt:
    def __init__(self): self.x, self.y = 1, 2
print(json.dumps(Pt(), default=lambda o: o.__dict__))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.dumps("quote\" backslash\\ tab\t nl\n ctrl\x01"))
print(json.loads('"\\ud83d\\ude00"') == "\U0001F600", json.dumps("\U0001F600"))
print(json.dumps(12345678901234567890), json.dumps(1.0), json.dumps(0.1), json.dumps(-0.0), json.dumps(1e100))
try:
    json.loads("")
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno)
