def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]


def hanoi(n, a="A", b="B", c="C"):
    if n == 0:
        return []
    return hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)


def flatten(x):
    if not isinstance(x, list):
        return [x]
    return [y for item in x for y in flatten(item)]


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print([factorial(n) for n in range(10)], factorial(25))
print([fib(n) for n in range(15)])
print(power_set([1, 2, 3]))
print(hanoi(3), len(hanoi(8)))
print(flatten([1, [2, [3, [4, [5]]]], [[6]]]))
print(is_even(10), is_odd(7), is_even(7), gcd(1071, 462))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
