x = 5
print(1 < x < 10, 1 < x > 10, 1 < x < 3, x == 5 == 5.0, 1 <= x <= 5 < 6, 10 > x >= 5 > 4)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4, 0 == 0 != 1, 1 != 2 != 1)


def v(label, value):
    print(" eval", label)
    return value


print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 3) < v("b", 2) < v("c", 1))
print(v("a", 1) == v("b", 1) != v("c", 1))
a = [1, 2]
print(a is a is a, 1 in a in [a], 2 not in a not in [[5]], None is not a is not None)
print((1 < 2) < 3, 1 < (2 < 3), (1 < 2) == True)
