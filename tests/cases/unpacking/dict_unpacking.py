defaults = {"color": "red", "size": 1}
custom = {"size": 3, "shape": "circle"}
print({**defaults, **custom})
print({**custom, **defaults})
print({**defaults, "size": 99, **{"extra": True}})
print(dict(**defaults, weight=5))
keys = [*defaults, *custom]
print(keys)
(k1, v1), (k2, v2) = defaults.items()
print(k1, v1, k2, v2)


def describe(color, size, **rest):
    return f"{color}/{size}/{sorted(rest)}"


print(describe(**defaults), describe(**{**defaults, **custom}))
try:
    dict(**{"a": 1}, a=2)
except TypeError as err:
    print("TypeError:", err)
