a = [1, 2, 3]
b = [4, 5]
print(a + b, b + a, a * 2, 2 * b, [] * 5, [0] * 3, [[]] * 2)
print(len(a), len([]), a[0], a[-1], a[1:], 2 in a, 9 not in a, a.__len__())
c = a
c += [4]
print(a, c, a is c)
d = a
d = d + [5]
print(a, d, a is d)
a *= 2
print(a)
print(list(), list("abc"), list(range(4)), list((1, 2)), list({1: "x", 2: "y"}))
nested = [[1, 2], [3, 4], []]
print(nested, nested[0][1], nested[1][-1], len(nested[2]), sum(nested, []))
mixed = [1, "two", 3.0, None, True, [5], (6,), {"seven": 7}]
print(mixed, [type(x).__name__ for x in mixed])
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, [2]] == [1, [2]], [] == [], [0] == [False])
print(list(reversed([1, 2, 3])), sorted([3, 1, 2]), min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]))
x = [10, 20, 30]
x[1] = 99
x[-1] += 1
print(x)
print(bool([]), bool([0]), [1, 2, 3][::-1], [i for i in [1, 2, 3]])
