# Products of big ints and small ints, at the edges of the digit and small-int ranges.
smalls = [0, 1, -1, 2, -2, 3, 7, 65535, 65536, -65537, 2**29, -(2**29), 2**30 - 1, -(2**30), 1000003, -999983]
bigs = [2**30, -(2**30), 2**31, 2**32 - 1, 2**32, -(2**32), 2**63 - 1, -(2**64), 10**30, -(10**40) + 7,
        (2**96 - 1), 3**200, -(7**150), 2**1000 + 12345]
for b in bigs:
    for s in smalls:
        p = b * s
        q = s * b
        print(p == q, p, type(p).__name__, hash(p) == hash(q))
x = 1
for i in range(2, 300):
    x *= i
    if i % 37 == 0:
        print(i, x % 1000000007, len(str(x)))
y = -(2**30) * 1
print(y, y == -(2**30))
print(2**30 * -1, -1 * 2**30, (2**30) * (-1) == -(2**30))
print(True * 2**40, 2**40 * False)
