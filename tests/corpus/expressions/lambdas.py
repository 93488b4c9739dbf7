# Lambdas with every kind of parameter.
no_args = lambda: "none"
one = lambda x: x + 1
defaults = lambda x, y=10, z=20: x + y + z
star = lambda *args: len(args)
kw = lambda **kwargs: sorted(kwargs)
mixed = lambda a, b=2, *args, c, d=4, **kwargs: (a, b, args, c, d, kwargs)
posonly = lambda a, b, /, c: a - b + c
posonly_default = lambda a, b=1, /, *, k=0: (a, b, k)
kwonly = lambda *, key: key * 2
nested = lambda x: lambda y: lambda z: x + y + z
conditional = lambda n: "even" if n % 2 == 0 else "odd"
tuple_result = lambda x: (x, x * 2)
with_default_lambda = lambda f=lambda v: v * 3: f(5)

print(no_args(), one(1), defaults(1), defaults(1, 2, 3), star(1, 2, 3), kw(b=1, a=2))
print(mixed(1, c=3), mixed(1, 2, 3, 4, c=5, d=6, e=7))
print(posonly(10, 3, c=1), posonly_default(1), posonly_default(1, 2, k=3), kwonly(key="ab"))
print(nested(1)(2)(3), conditional(3), tuple_result(4), with_default_lambda())
print(sorted([(1, "b"), (2, "a")], key=lambda pair: pair[1]))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print((lambda: (yield))) if False else print("generator lambda compiles")
print([(lambda i=i: i * i)() for i in range(4)])
