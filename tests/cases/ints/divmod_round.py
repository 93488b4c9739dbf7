# divmod and round on integers.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 7), (10 ** 20, 7)]:
    print(a, b, divmod(a, b))
for n in [1234, 1250, 1350, -1250, -1251, 5, 15, 25, 35, -5, -15]:
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n))
print(round(5, 2), round(-7, 1), round(10 ** 30 + 5, -1), round(10 ** 30 + 15, -1))
print(type(round(5)), type(round(5, 1)), type(round(5.0)), type(round(5.0, 1)))
try:
    divmod(1, 0)
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
try:
    5 // 0
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
try:
    5 % 0
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
try:
    5 / 0
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
