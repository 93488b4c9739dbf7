# zip, map, filter, enumerate laziness and corners.
z = zip([1, 2, 3], "ab")
print(type(z).__name__, list(z), list(z))
print(list(zip()), list(zip([1, 2])), list(zip(*[(1, 'a'), (2, 'b')])))
m = map(str.upper, ["a", "b"])
print(next(m), list(m), list(m))
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20, 30], [100, 200])))
f = filter(lambda x: x % 2, range(10))
print(list(f), list(filter(str.isdigit, "a1b2c3")))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"))
calls = []
def trace(x):
    calls.append(x)
    return x * 2
lazy = map(trace, [1, 2, 3])
print(calls)
print(next(lazy), calls)
print(list(lazy), calls)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
keys, values = zip(*{"a": 1, "b": 2}.items())
print(keys, values)
print(dict(zip("abc", range(3))), dict(enumerate("xyz")))
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], [3, 4], [5], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    map()
except TypeError as e:
    print("TypeError:", e)
try:
    filter(len)
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate([], start='a')
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print("ValueError:", e)
print(list(reversed(list(enumerate("ab")))))
r = reversed([1, 2, 3])
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__())
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [])
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()))
print(sum(map(len, ["ab", "cde"])), max(map(abs, [-7, 3])), sorted(map(str, [10, 9, 100])))
