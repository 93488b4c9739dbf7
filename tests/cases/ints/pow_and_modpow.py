# pow with two and three arguments.
for base in (2, 3, -2, 10):
    print(base, [base ** e for e in range(6)])
print(pow(2, 10), pow(2, -2), pow(-2, -3), pow(0, 0), pow(1, 1000))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13), pow(5, 3, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(3, -1, 7), pow(2, -1, 9), pow(5, -2, 13))
print(pow(123456789, 987654321, 1000000007))
print(pow(2, 2 ** 20, 10 ** 9 + 9))
print(10 ** 18, 10 ** -3, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print((-8) ** 2, -8 ** 2, 0 ** 5, 1 ** -5)
try:
    pow(2, -1, 4)
except ValueError as err:
    print("ValueError:", err)
try:
    pow(2, 3, 0)
except ValueError as err:
    print("ValueError:", err)
try:
    0 ** -1
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
try:
    pow(2.0, 3, 5)
except TypeError as err:
    print("TypeError:", err)
x = 3
x **= 4
print(x)
print(sum(pow(i, 3) for i in range(10)), sum(i ** 3 for i in range(10)))
