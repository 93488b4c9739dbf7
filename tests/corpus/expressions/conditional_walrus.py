import math


def describe(n):
    return ("negative" if n < 0 else
            "zero" if n == 0 else
            "small" if n < 10 else
            "large")


print([describe(n) for n in (-1, 0, 5, 50)])

data = [4, 16, 25, 7]
roots = [r for n in data if (r := math.isqrt(n)) ** 2 == n]
print(roots)

if any((bad := x) < 0 for x in [1, 2, -3, 4]):
    print("first negative:", bad)

print(x := 3, (y := x + 1), [z := 5, z ** 2])


def f(value=(default := 9)):
    return value


print(f(), default)
total = 0
print([(total := total + i) for i in range(5)], total)
print((lambda: (w := 7) + 1)())
value = 15
result = "fizzbuzz" if value % 15 == 0 else "fizz" if value % 3 == 0 else value
print(result)
