row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
a = [1, [2, 3]]
shallow = a[:]
shallow[1].append(4)
shallow[0] = 100
print(a, shallow)
b = list(a)
c = a.copy()
print(b == a, b is a, c[1] is a[1])
deep = [x[:] if isinstance(x, list) else x for x in a]
deep[1].append(5)
print(a, deep)
x = [1, 2]
y = x
y.append(3)
print(x, y, x is y)
y = y + [4]
print(x, y, x is y)


def modify(lst):
    lst.append("modified")
    lst = ["rebound"]
    return lst


orig = ["original"]
print(modify(orig), orig)
recursive = [1, 2]
recursive.append(recursive)
print(recursive, recursive[2][2][0], len(recursive))
d = {"list": recursive}
print(d)
