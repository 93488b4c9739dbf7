def get(d, key):
    return d.get(key)


data = {"zero": 0, "empty": "", "none": None, "value": 5}
for key in ["zero", "empty", "none", "value", "missing"]:
    v = get(data, key)
    print(f"{key:>8}: {v!r:>6} is None={v is None!s:<5} falsy={not v!s:<5} in dict={key in data}")
print(None == None, None is None, None != 0, None != False, type(None).__name__, repr(None), str(None))
print(bool(None), [None] == [None], None in [0, False, None], [0, False].count(None))
