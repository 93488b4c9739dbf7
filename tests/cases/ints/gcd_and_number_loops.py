# Integer algorithms written with loops.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def digits(n):
    out = []
    n = abs(n)
    while True:
        out.append(n % 10)
        n //= 10
        if n == 0:
            return out[::-1]


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print([gcd(a, b) for a, b in [(12, 18), (17, 5), (0, 9), (-24, 36), (2 ** 40, 6 ** 20)]])
print(digits(0), digits(90210), digits(-345), digits(2 ** 70))
print([n for n in range(60) if is_prime(n)])
print([collatz_steps(n) for n in range(1, 21)])
print(max(range(1, 1000), key=collatz_steps))
total = 0
for n in range(1, 1000):
    if n % 3 == 0 or n % 5 == 0:
        total += n
print(total)
palindromes = [n for n in range(100, 1000) if str(n) == str(n)[::-1] and n % 11 == 0]
print(len(palindromes), palindromes[:8])
