def apply_twice(f, x):
    return f(f(x))


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def make_filter(predicate):
    return lambda items: [i for i in items if predicate(i)]


def reduce(fn, items, initial):
    acc = initial
    for item in items:
        acc = fn(acc, item)
    return acc


print(apply_twice(lambda x: x * 3, 2), apply_twice(str.upper, "a"))
pipeline = compose(str, lambda n: n * 2, abs)
print(pipeline(-21), type(pipeline(-21)).__name__)
evens = make_filter(lambda n: n % 2 == 0)
print(evens(range(10)), make_filter(str.isupper)("aBcD"))
print(reduce(lambda a, b: a + b, [1, 2, 3], 0), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, w: acc + [w.upper()], ["x", "y"], []))
print(list(map(pow, [2, 3], [3, 2])), sorted([3, -1, 2], key=abs), max(["a", "bbb", "cc"], key=len))
