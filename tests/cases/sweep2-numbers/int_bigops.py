a = 3 ** 200
b = 7 ** 150
print(a % b, a // b % 10**20, len(str(a * b)), (a - b) > 0, -a // b == -(a // b) - 1)
print(divmod(-a, b)[1] == (-a) % b, pow(a, 3, b), pow(a, -1, 10**9 + 7) * a % (10**9 + 7))
print(a.bit_length(), (a >> 100).bit_length(), (a & (2**64 - 1)), a ^ (a >> 1) > 0, (~a) + a)
print(int(str(a)[:30]), str(a)[-10:], hex(a)[:20], oct(b)[-8:], bin(2**70 + 1))
print(sum(int(c) for c in str(2**1000)), max(str(3**300)), str(10**50).count("0"))
import math
print(math.gcd(a, b), math.gcd(2**100, 6**50), math.isqrt(10**40 + 1), math.factorial(30) // math.factorial(28))
print(math.comb(100, 50), math.perm(20, 5), math.lcm(2**40, 3**20, 10))
print(round(2**100 / 3), int(2**100 / 3) == 2**100 // 3, float(2**1023) * 2 if False else float(2**1023))
try:
    float(2**1024)
except OverflowError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print(10**20 / 10**10, 10**400 // 10**399, (10**400) % 7, 2**64 * 1.0)
try:
    10**400 / 1.0
except OverflowError as e:
    print(e)
print(f"{2**100:,}", f"{2**100:e}", f"{-(2**70):x}", format(10**30, "_"))
