# Arbitrary-precision integers.
a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // 12345, a % 12345)
print(-a // 12345, -a % 12345)
print(a ** 2)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(f // (10 ** 40), f % 1000000007)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 64 // 2 ** 32)
print(10 ** 50 // 10 ** 25 == 10 ** 25, 10 ** 50 == 10 ** 50 + 0)
print((2 ** 200 + 1) % 97, pow(2, 200, 97) + 1)
print(abs(-(10 ** 40)), -(-(10 ** 40)))
print(9999999999999999999999999999 + 1)
print(-9999999999999999999999999999 - 1)
print(12345678901234567890 * 98765432109876543210)
print(int("123456789012345678901234567890") * 2)
print(2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63, 2 ** 64)
print(-(2 ** 31), -(2 ** 32), -(2 ** 63), -(2 ** 64))
print((10 ** 20) / 4, (10 ** 20) / 3)
print(7 ** 77)
fib = [0, 1]
while len(fib) < 150:
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[149])
print(fib[149] // fib[148], fib[149] % fib[148])
