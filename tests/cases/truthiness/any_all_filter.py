values = [0, 1, "", "x", None, [], [0]]
print(any(values), all(values), any([]), all([]), any([0, False, None]), all([1, "a", [0]]))
print(list(filter(None, values)), [v for v in values if not v])
print(any(x > 10 for x in range(5)), all(x < 10 for x in range(5)), any(map(bool, ["", "", "s"])))
print(sum(map(bool, values)), len(list(filter(bool, values))), list(filter(None, range(-2, 3))))
nested = [[], [0], [[]], ""]
print([bool(x) for x in nested], any(nested), all(nested))


def noisy(v):
    print("  checking", repr(v))
    return v


print(any(noisy(v) for v in [0, "", 3, 4]))
print(all(noisy(v) for v in [1, "x", [], 5]))
print(any([]), all([[]]), any([[]]), all([[0]]), any(iter([0, 0, 1])))
print(list(filter(lambda s: s.strip(), ["", " ", "a", "\t"])), list(filter(None, (0.0, 0.5, -0.0))))
