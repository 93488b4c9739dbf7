def check_sorted(items):
    for left, right in zip(items, items[1:]):
        assert left <= right, f"{left} > {right}"
    return True


def positive(n):
    assert n > 0
    assert isinstance(n, int), ("not an int", n)
    assert (n
            < 10**6), "too large"
    return n


print(check_sorted([1, 2, 3]))
try:
    check_sorted([3, 1])
except AssertionError as err:
    print("assertion:", err)

print(positive(5))
for bad in (0, 2.5):
    try:
        positive(bad)
    except AssertionError as err:
        print("failed", err.args)

assert True, "never shown"
assert not [], "empty list is false"
