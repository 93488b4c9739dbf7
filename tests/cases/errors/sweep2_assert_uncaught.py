def mean(xs):
    assert xs, "mean of empty sequence"
    return sum(xs) / len(xs)
print(mean([1, 2, 3]))
print(mean([]))
