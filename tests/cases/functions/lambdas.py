square = lambda x: x * x
add = lambda a, b=10: a + b
variadic = lambda *a, **k: (a, k)
print(square(7), add(1), add(1, 2), variadic(1, x=2), (lambda: "no args")())
print(square.__name__, (lambda: 0).__name__, type(square).__name__)
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x > 1, [1, 2, 3])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(3))
table = {op: fn for op, fn in [("+", lambda a, b: a + b), ("*", lambda a, b: a * b)]}
print(table["+"](2, 3), table["*"](2, 3))
print((lambda x: "even" if x % 2 == 0 else "odd")(7), (lambda *, k: k)(k="kw"), (lambda a, /, b: a - b)(5, b=2))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print([(lambda n: n * i)(10) for i in range(3)])
