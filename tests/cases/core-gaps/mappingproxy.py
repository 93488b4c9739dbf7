# A class's __dict__ is a read-only mappingproxy; types.MappingProxyType wraps any mapping.
import types
from collections import OrderedDict, abc


class A:
    x = 1

    def f(self):
        return 2


p = A.__dict__
print(type(p), type(p) is types.MappingProxyType, type(p).__name__)
try:
    A.__dict__['x'] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del A.__dict__['x']
except TypeError as e:
    print("TypeError:", e)
try:
    A.__dict__.pop('x')
except AttributeError as e:
    print("AttributeError:", e)
print(p['x'], 'x' in p, 'y' in p, p.get('y', 5), p.get('x'), bool(p))
print(sorted(k for k in p if not k.startswith('__')))
print(sorted(k for k in p.keys() if not k.startswith('__')), type(p.keys()).__name__)
print(type(p.values()).__name__, type(p.items()).__name__, type(p.copy()).__name__)
print(sorted(p) == sorted(dict(p)), len(p) == len(dict(p)))
A.y = 3
print(p['y'], A.__dict__['y'])
print('__qualname__' in p, '__module__' in p, '__doc__' in p)
print(vars(A) == A.__dict__, type(vars(A)).__name__)
print(type(int.__dict__).__name__, 'bit_length' in int.__dict__)

m = types.MappingProxyType({'b': 2, 'a': 1})
print(m)
print(repr(m), str(m), len(m))
print(m == {'b': 2, 'a': 1}, {'a': 1, 'b': 2} == m, m != {})
print(list(m), list(reversed(m)), list(m.items()), list(m.values()))
print(m | {'c': 3}, {'z': 0} | m, m | m)
try:
    m |= {}
except TypeError as e:
    print("TypeError:", e)
try:
    m['q']
except KeyError as e:
    print("KeyError:", e)
print(dict(m), {**m})
print(types.MappingProxyType(OrderedDict(a=1)))
print(isinstance(m, abc.Mapping), isinstance(m, dict))
for bad in ([1], (1,), 5):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError:", e)
match m:
    case {'a': value}:
        print("matched", value)
d = {'k': 1}
view = types.MappingProxyType(d)
d['k2'] = 2
print(view, view.copy() is d, view.copy() == d)
