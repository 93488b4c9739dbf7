# math.isqrt on ints far beyond a double's precision.
import math
for n in [2 * 100 ** 28, 10 ** 400, 10 ** 400 - 1, 2 ** 1001 + 12345, (3 ** 300) ** 2, (3 ** 300) ** 2 - 1, 99, 100]:
    r = math.isqrt(n)
    print(r % 1000003, r * r <= n < (r + 1) * (r + 1))
