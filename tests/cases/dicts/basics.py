d = {"a": 1, "b": 2}
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d, 1 in d)
d["c"] = 3
d["a"] = 10
print(d)
del d["b"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(dict(), {}, dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])))
print({1: "int", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool?", "s": "str"})
print({1: "a", 1.0: "b"}, {True: "x", 1: "y"}, {0: "zero", False: "false", 0.0: "float"})
e = {}
e["first"] = 1
e["second"] = 2
e["first"] = 3
print(e, list(e))
print(d == {"c": 3, "a": 10}, d != {"a": 10}, {} == dict(), {"a": 1} == {"a": 1.0})
print(str({"q": "'"}), repr({"k": [1, {"n": None}]}), bool({}), bool({0: 0}))
try:
    d["missing"]
except KeyError as err:
    print("KeyError:", err)
try:
    del d["missing"]
except KeyError as err:
    print("KeyError:", err)
try:
    {[1]: 2}
except TypeError as err:
    print("TypeError:", err)
