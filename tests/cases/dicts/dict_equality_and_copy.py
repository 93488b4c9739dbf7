a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
print(a == b, list(a) == list(b), a.items() == b.items())
shallow = a.copy()
shallow["y"].append(3)
shallow["x"] = 100
print(a, shallow)
c = dict(a)
print(c == a, c is a, c["y"] is a["y"])
nested = {"outer": {"inner": 1}}
copy = {k: dict(v) for k, v in nested.items()}
copy["outer"]["inner"] = 2
print(nested, copy)
print({1: 2} == {1: 2.0}, {1: 2} == {1.0: 2}, {"a": 1} == [("a", 1)], {} == set())
original = {"list": [1, 2], "num": 1, "nested": {"deep": [0]}}
copies = {"copy()": original.copy(), "dict()": dict(original), "{**}": {**original},
          "comprehension": {k: v for k, v in original.items()}}
for label, c in copies.items():
    print(label, c == original, c is original, c["list"] is original["list"], c["nested"] is original["nested"])
original["list"].append(3)
original["num"] = 99
print({label: (c["list"], c["num"]) for label, c in copies.items()})
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
print({"x": [1]} == {"x": [1]}, {"x": float("nan")} == {"x": float("nan")})
nan = float("nan")
print({"x": nan} == {"x": nan}, {1: {}} != {1: {}}, dict(a=None) == {"a": None})
