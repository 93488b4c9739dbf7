compose = lambda *fs: (lambda x: __import__("functools").reduce(lambda acc, f: f(acc), reversed(fs), x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f, n):
    def step(args):
        return f(*args) if len(args) == n else (lambda x: step(args + (x,)))
    return step(())
add3 = curry(lambda a, b, c: a + b + c, 3); print(add3(1)(2)(3))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))), list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))
print(sorted(["b3", "a10", "a2"], key=lambda s: (s[0], int(s[1:]))), (lambda *a, **k: (a, k))(1, x=2))
memo = {}
def memoize(f):
    def g(n):
        if n not in memo:
            memo[n] = f(n)
        return memo[n]
    return g
@memoize
def stairs(n): return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2)
print(stairs(50), len(memo))
print((lambda: (yield))().__class__.__name__, (lambda x=[]: x)() is (lambda x=[]: x)())
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
fns = []
for i in range(3):
    fns.append(lambda i=i: i * 10)
print([f() for f in fns], (lambda: lambda: "inner")()(), (lambda n: n and n * 2)(0))
print((lambda: None).__name__, (lambda a, /, b, *, c: 0).__code__.co_argcount)
