def describe(x):
    return (
        "none" if x is None else
        "empty" if not x and hasattr(x, "__len__") else
        "zero" if x == 0 else
        "negative" if isinstance(x, (int, float)) and x < 0 else
        "something"
    )


for v in [None, "", [], 0, 0.0, -3, 5, "text", [1], False]:
    print(repr(v), describe(v))
flag = None
result = flag if flag is not None else "unset"
print(result, flag is None, flag == None)
