# dir() of instances and classes lists object's methods, and calls __dir__.
class A:
    x = 1

    def f(self):
        pass


class B(A):
    y = 2


OBJECT_NAMES = ['__delattr__', '__dir__', '__eq__', '__format__', '__ge__',
                '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__',
                '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__',
                '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__']
for obj in (object(), A(), A, B, B(), 1, 's', [], {}):
    names = dir(obj)
    print(type(obj).__name__, [n for n in OBJECT_NAMES if n not in names], names == sorted(names))
a = A()
a.z = 3
print([n for n in dir(a) if not n.startswith('__')])
print([n for n in dir(B) if not n.startswith('__')])
print('__qualname__' in A.__dict__, A.__qualname__, B.__qualname__)


class Outer:
    class Inner:
        pass


print(Outer.Inner.__qualname__, Outer.Inner, '__qualname__' in Outer.Inner.__dict__)
Outer.Inner.__qualname__ = 'Renamed'
print(Outer.Inner.__qualname__, Outer.Inner)


class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']


print(dir(Custom()))
print(object.__lt__(1, 2), object().__ge__(object()), object.__subclasshook__(int))
print(A().__getstate__(), a.__getstate__())
print(sorted([3, 1, 2]))
try:
    A() < A()
except TypeError as e:
    print("TypeError:", e)


def inner_scope():
    k = 1
    j = 2
    return dir()


print(inner_scope())
import _dir_module as m
print([n for n in dir(m) if not n.startswith('__')], '__name__' in dir(m))
m.__dir__ = lambda: ['q', 'p']
print(dir(m))
