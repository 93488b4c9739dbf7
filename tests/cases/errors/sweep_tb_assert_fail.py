def average(xs):
    assert len(xs) > 0, "list must not be empty"
    return sum(xs) / len(xs)
print(average([1, 2, 3]))
print(average([]))
