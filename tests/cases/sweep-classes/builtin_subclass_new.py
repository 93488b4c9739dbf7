class S(str): pass
class I(int): pass
class F(float): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
for cls, arg in [(S, "x"), (I, 5), (F, 1.5), (T, (1,)), (L, [1]), (D, {1: 2})]:
    o = cls(arg)
    print(cls.__name__, type(o).__name__, o)
class Up(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
print(type(Up("abc")).__name__, Up("abc"))
class T(tuple):
    def __new__(cls, a): return super().__new__(cls, (a, a))
print(T(1), type(T(1)).__name__)
class U(str):
    def __new__(cls, v): return str.__new__(cls, v.upper())
print(U("x"), type(U("x")).__name__)
