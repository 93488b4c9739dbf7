class A:
    def __init__(self):
        print("A.init"); super().__init__()
    def who(self): return "A"
class B(A):
    def __init__(self):
        print("B.init"); super().__init__()
    def who(self): return "B>" + super().who()
class C(A):
    def __init__(self):
        print("C.init"); super().__init__()
    def who(self): return "C>" + super().who()
class D(B, C):
    def __init__(self):
        print("D.init"); super().__init__()
    def who(self): return "D>" + super().who()
d = D(); print(d.who(), [k.__name__ for k in D.__mro__])
print(isinstance(d, A), issubclass(D, C), issubclass(C, B), D.__bases__, A.__subclasses__())
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
class P:
    def m(self): return "P.m"
class Q(P):
    def m(self): return super(Q, self).m() + "+Q"
class Rr(Q):
    def m(self): return super(Q, self).m() + "+R(skip Q)"
print(Q().m(), Rr().m())
class Cnt:
    count = 0
    def __init__(self):
        type(self).count += 1
class Sub(Cnt): pass
Cnt(); Sub(); Sub(); print(Cnt.count, Sub.count)
class M:
    @classmethod
    def make(cls): return cls()
    def __repr__(self): return type(self).__name__ + "()"
class N(M): pass
print(N.make(), M.make(), super(N, N()).__repr__())
class Abs:
    def area(self): raise NotImplementedError("subclass must implement")
try:
    Abs().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(type(super(N, N())).__name__, N.__name__, N.__qualname__, N.__module__)
class O:
    def f(self):
        def g():
            return super(O, self).__str__ is not None
        return g()
print(O().f())
