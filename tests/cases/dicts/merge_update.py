defaults = {"color": "red", "size": "M", "tags": []}
overrides = {"size": "L", "extra": True}
print(defaults | overrides)
print(overrides | defaults)
print({**defaults, **overrides}, {**overrides, **defaults})
merged = dict(defaults)
merged |= overrides
print(merged, defaults)
merged |= [("color", "blue")]
print(merged)
a = {"x": 1}
b = a
a |= {"y": 2}
print(b, a is b)
a = a | {"z": 3}
print(b, a, a is b)


def deep_merge(base, extra):
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out


config = {"db": {"host": "localhost", "port": 5432}, "debug": False}
print(deep_merge(config, {"db": {"port": 6543, "user": "admin"}, "debug": True}))
try:
    {"a": 1} | [("b", 2)]
except TypeError as err:
    print("TypeError:", err)
