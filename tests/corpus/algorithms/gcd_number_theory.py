def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def extended_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = extended_gcd(b, a % b)
    return g, y, x - (a // b) * y


def mod_inverse(a, m):
    g, x, _ = extended_gcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m


def chinese_remainder(remainders, moduli):
    total, product = 0, 1
    for m in moduli:
        product *= m
    for r, m in zip(remainders, moduli):
        partial = product // m
        total += r * partial * mod_inverse(partial, m)
    return total % product


def totient(n):
    result, p = n, 2
    while p * p <= n:
        if n % p == 0:
            while n % p == 0:
                n //= p
            result -= result // p
        p += 1
    if n > 1:
        result -= result // n
    return result


print(gcd(1071, 462), extended_gcd(240, 46), mod_inverse(3, 11))
print(chinese_remainder([2, 3, 2], [3, 5, 7]), [totient(n) for n in range(1, 13)])
try:
    mod_inverse(4, 8)
except ValueError as e:
    print(e)
