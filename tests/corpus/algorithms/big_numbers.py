def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def digits_sum(n):
    return sum(int(d) for d in str(n))


def catalan(n):
    return factorial(2 * n) // (factorial(n + 1) * factorial(n))


def pi_digits(count):
    """Machin's formula with integer arithmetic."""
    def arctan_inv(x, unity):
        total = term = unity // x
        x2, n, sign = x * x, 3, -1
        while term:
            term //= x2
            total += sign * (term // n)
            sign, n = -sign, n + 2
        return total

    unity = 10 ** (count + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi // 10 ** 10)


print(factorial(30), digits_sum(factorial(100)), [catalan(n) for n in range(10)])
print(pi_digits(60))
print(2 ** 200 - 1, (2 ** 89 - 1) % 1000007, -(10 ** 30) // 7, -(10 ** 30) % 7)
