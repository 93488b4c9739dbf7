empty = ()
single = (1,)
also_single = 2,
pair = (1, "two")
nested = (1, (2, (3, (4,))))
print(empty, single, also_single, pair, nested, (1), ((1)), ((1,),))
print(len(empty), len(single), len(nested), nested[1][1][1][0], pair[-1], pair[0:1])
print(tuple(), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"a": 1}), tuple(x * 2 for x in range(3)))
print(type(()).__name__, type((1,)).__name__, type((1)).__name__, isinstance((), tuple))
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.index(4), t.index(1, 2), len(t), min(t), max(t), sum(t), sorted(t))
print(t[::2], t[::-1], t[2:5], t[-2:], 9 in t, 7 not in t)
print(t + (0,), (0,) * 3, 2 * (1, 2), () + (), t[:0])
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1,) != (1.0,), () == tuple())
print(str((1, "a", None)), repr(("x",)), ((), ((),)), (None,) * 2)
a, b = 1, 2
print((a, b), (b, a), (a, b)[::-1])
try:
    t.index(7)
except ValueError as err:
    print("ValueError:", err)
try:
    t[20]
except IndexError as err:
    print("IndexError:", err)
