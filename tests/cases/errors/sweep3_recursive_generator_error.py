# An error raised inside a recursive generator, surfacing through yield from.
def walk(tree, depth=0):
    for key, value in tree.items():
        yield depth, key
        if isinstance(value, dict):
            yield from walk(value, depth + 1)
        elif value is None:
            raise LookupError(f"empty leaf {key!r}")
tree = {"a": {"b": 1, "c": {"d": None}}, "e": 2}
for depth, key in walk(tree):
    print("  " * depth + key)
