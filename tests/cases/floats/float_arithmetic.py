# Float arithmetic and mixing with ints.
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a, abs(-a))
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, -7.5 // -2, -7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1.0, 0.1), 1.0 % 0.1, 1.0 // 0.1)
print(1 + 2.0, 3 * 0.5, 10 / 4, 10 // 4.0, 2 ** 0.5, 2 ** -0.5, 10 ** -2)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-12, 0.1 + 0.2 - 0.3)
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, sum([0.1] * 10))
x = 1.0
x += 0.5
x *= 4
x /= 3
x -= 1
x **= 2
x //= 0.25
x %= 0.7
print(x)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 1e308 + 1e308 - 1e308)
print(0.5 * 2 ** 1024 if False else 2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1075)
print(3.0 * 1.1, 3.3 / 3, 4.35 * 100, 0.07 * 100, 1.15 * 100)
for n in range(1, 8):
    print(n, 1 / n, n / 7, n * 0.1)
