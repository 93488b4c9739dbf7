tests = [([1, 2, 3], [1, 2, 3]), ([1, 2, 3], [1, 2, 4]), ([1, 2], [1, 2, 0]), ([2], [1, 9, 9]),
         ([], [0]), ([], []), (["a"], ["b"]), ([1, [2, 3]], [1, [2, 4]]), ([0], [False]), ([1.0], [1])]
for x, y in tests:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))
try:
    [1, 2] < [1, "a"]
except TypeError as err:
    print("TypeError:", err)
print([1, 2] < [1, 3, "a"], [float("nan")] == [float("nan")], [None] == [None])
