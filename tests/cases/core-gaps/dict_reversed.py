# reversed() of a dict and of its views gives dict_reverse*iterator objects.
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
d['d'] = 4
for source in (d, d.keys(), d.values(), d.items()):
    it = reversed(source)
    print(type(it).__name__, it.__length_hint__(), list(it), it.__length_hint__(), list(it))
it = reversed(d)
print(iter(it) is it, next(it), it.__length_hint__())
d['z'] = 0
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed({})), list(reversed({}.items())))


class D(dict):
    pass


print(type(reversed(D(x=1, y=2))).__name__, list(reversed(D(x=1, y=2))))
print(list(reversed(d)) == list(d)[::-1])
print(type(reversed([])).__name__)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
