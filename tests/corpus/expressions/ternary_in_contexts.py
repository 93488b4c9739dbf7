items = [5, -2, 0, 7]
labels = ["pos" if i > 0 else "neg" if i < 0 else "zero" for i in items]
print(labels)
print({k: (v if v else None) for k, v in zip("abcd", items)})
for i in items:
    print(i, "odd" if i % 2 else "even", end=" | ")
print()
func = (lambda x: x * 2) if len(items) > 3 else (lambda x: x)
print(func(4), (items if items else [0])[0], [1, 2][0 if items else 1])


def get(d, key, default=None):
    return d[key] if key in d else default


print(get({"a": 1}, "a"), get({}, "b", "missing"), f"{'yes' if items else 'no'}")
