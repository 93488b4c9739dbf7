a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a[2:5], a[::-2], a[-3:], a[5:2:-1], a[100:], a[:-100])
b = a[:]; b[1:3] = ["x", "y", "z"]; print(b)
b[::2] = range(len(b[::2])); print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(e)
del b[::3]; print(b)
b[2:2] = [7, 7]; print(b); b[:] = []; print(b)
c = [1, 2, 3]; c += (4, 5); c *= 2; print(c, c.count(1), c.index(4), c.index(4, 4))
c.insert(-1, "m"); c.insert(100, "end"); c.insert(-100, "start"); print(c)
print(c.pop(), c.pop(0), c.remove("m"), c)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(2)
except ValueError as e:
    print(e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(e)
d = [5, 2, 8]; d.reverse(); d.extend("ab"); print(d, list(reversed(d)), d.copy() == d, d.copy() is d)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [[1]] == [[1]], [1] * 0, [0] * 3)
m = [[0] * 2] * 2; m[0][0] = 1; print(m)
n = [[0] * 2 for _ in range(2)]; n[0][0] = 1; print(n)
e = list(range(10)); print(e[slice(2, 8, 3)], e[::-1][::3], len(e[3:3]))
try:
    a[10]
except IndexError as ex:
    print(ex)
try:
    a["x"]
except TypeError as ex:
    print(ex)
print(list("abc"), list({1: 2}), list((1, 2)), [*range(3), *"xy"], sum([[1], [2]], []))
f = [3, 1, 2]; f.sort(reverse=True); print(f, sorted(f), f.clear(), f)
print([1, 2, 3].__contains__(2), [].__len__(), [1, 2] + [3], 2 in [1, [2]], [2] in [1, [2]])
