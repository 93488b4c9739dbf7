# Tuples ordered by their first differing items: strs, floats (NaN, -0.0),
# surrogates, ints and bools, each pair both ways.
nan = float("nan")
pairs = [((1.0, "b"), (1.0, "a")), (("a", 2), ("a", 1)), (("\ud800", 1), ("\U0001F600", 1)), ((nan, 1), (nan, 0)), ((0.0, 1), (-0.0, 0)), (("x",), ("x", 1)), ((1, 2.5), (1, 2.5)), ((True, 1), (1, 0))]
for a, b in pairs:
    print(a < b, b < a, a <= b, sorted([a, b]) == [a, b] or sorted([b, a]))
t = (nan, 1)
print(t < t, (t[0], 0) < (t[0], 1))
