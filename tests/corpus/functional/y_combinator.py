# Recursion without names, for fun: the applicative-order Y combinator.
Y = lambda f: (lambda x: f(lambda *a: x(x)(*a)))(lambda x: f(lambda *a: x(x)(*a)))

factorial = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
fibonacci = Y(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
gcd = Y(lambda self: lambda a, b: a if b == 0 else self(b, a % b))

print([factorial(n) for n in range(8)], [fibonacci(n) for n in range(12)], gcd(84, 36))

church = lambda n: lambda f: lambda x: x if n == 0 else f(church(n - 1)(f)(x))
unchurch = lambda c: c(lambda k: k + 1)(0)
add = lambda m: lambda n: lambda f: lambda x: m(f)(n(f)(x))
print(unchurch(church(5)), unchurch(add(church(3))(church(4))))
