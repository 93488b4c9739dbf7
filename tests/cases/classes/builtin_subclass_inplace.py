# In-place operators on subclasses of list, set, dict and bytearray use the base's in-place form; a Python __iadd__ or __add__ comes first where defined.
class L(list):
    pass
class S(set):
    pass
class D(dict):
    pass
class B(bytearray):
    pass
class I(int):
    def __add__(self, other):
        return I(int(self) + other + 100)
class A(list):
    def __add__(self, other):
        return "add"
class N(list):
    def __iadd__(self, other):
        return "iadd"
x = L([1]); y = x
x += [2]; print(type(x).__name__, x is y, x)
x *= 2; print(type(x).__name__, x is y, x)
x = x + [3]; print(type(x).__name__, x)
s = S({1}); t = s
s |= {2}; s -= {1}; print(type(s).__name__, s is t, s)
d = D(a=1); e = d
d |= {"b": 2}; print(type(d).__name__, d is e, d)
b = B(b"x"); c = b
b += b"y"; print(type(b).__name__, b is c, b)
i = I(1); i += 1; print(type(i).__name__, i)
a = A([1]); a2 = a; a += [5]; print(type(a).__name__, a is a2, a)
n = N(); n += [1]; print(n)
