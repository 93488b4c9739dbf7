# Arbitrary-precision integers: a factorial and its digits.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


for _ in range(400):
    f = factorial(1400)
print(len(str(f)), sum(int(d) for d in str(f)[:500]))
