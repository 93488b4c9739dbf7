def to_json(value, indent=2, level=0):
    pad, inner = " " * (indent * level), " " * (indent * (level + 1))
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [inner + to_json(v, indent, level + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{to_json(str(k))}: {to_json(v, indent, level + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError(f"cannot serialise {type(value).__name__}")


doc = {"name": "pygil", "version": [0, 1], "tags": [], "meta": {"gil": True, "notes": 'say "hi"\n'},
       "ratio": 0.5, "none": None}
print(to_json(doc))
try:
    to_json({1, 2})
except TypeError as err:
    print(err)
