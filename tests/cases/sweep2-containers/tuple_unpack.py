t = (1, 2, 3)
a, b, c = t; print(a, b, c)
first, *rest = range(5); print(first, rest)
*init, last = "hello"; print(init, last)
x, (y, z), *w = 1, (2, 3), 4, 5; print(x, y, z, w)
a, *b, c = [1, 2]; print(a, b, c)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c, d = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
print(t + (4,), t * 2, t[::-1], t.count(2), t.index(3), len(()), (1,) == (1,), tuple("ab"), tuple([1]))
print((1, 2) < (1, 2, 3), (2,) > (1, 99), (1, "a") < (1, "b"), hash((1, 2)) == hash((1, 2)))
try:
    (1, "a") < ("a", 1)
except TypeError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
l = [1, 2]; tt = (l, 3); l.append(9); print(tt)
try:
    hash(tt)
except TypeError as e:
    print(e)
a = b = [0]; a += [1]; print(b)
p, q = 1, 2; p, q = q, p; print(p, q)
i = 0; lst = [10, 20]; i, lst[i] = 1, 99; print(i, lst)
print(*[1, 2], *(3,), sep="-"); print(*"abc")
def f(*args, **kw): return args, kw
print(f(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
[a, b], c = "xy", "z"; print(a, b, c)
(n,) = [42]; print(n)
