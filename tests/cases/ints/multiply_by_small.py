# Heap ints times small ints of every size class (below and above 2**21), both orders and signs.
import random
random.seed(5)
vals = [random.getrandbits(k) * s for k in (31, 32, 33, 63, 64, 65, 200, 1000) for s in (1, -1)]
facs = [0, 1, -1, 2, 3, 1000, 2**20-1, 2**20, 2**21-1, 2**21, 2**21+1, 2**29, 2**30-1, -(2**30), -(2**21), -12345]
h = 0
for v in vals:
    for f in facs:
        p = v * f
        q = f * v
        assert p == q
        h = (h * 31 + p) % (2**61 - 1)
        print(p % 1000003, p.bit_length(), p < 0)
x = 1
for i in range(2, 400):
    x *= i
print(h, x % (10**20), len(str(x)))
y = -(2**32 - 1)
for i in range(30):
    y *= 2**21 - 1
    print(y % 99991, y.bit_length())
