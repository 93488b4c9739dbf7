class Animal:
    sound = "..."
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self): return f"{self.name} says {self.sound}"
    def __repr__(self): return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self): return super().speak() + "!"
p = Puppy("rex"); print(p.speak(), p, Animal.count, Dog.sound, Puppy.__mro__)
print(isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy), type(p) is Puppy, Puppy.__bases__)
print(Puppy.__name__, Puppy.__qualname__, p.__class__.__name__, p.__dict__, Dog.__dict__["sound"])
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self): print("deleting"); self._c = None
    @property
    def f(self): return self._c * 9 / 5 + 32
t = Temp(); t.c = 100; print(t.c, t.f)
try: t.c = -300
except ValueError as e: print(e)
try: t.f = 1
except AttributeError as e: print(e)
del t.c; print(t.c)
class Stat:
    @staticmethod
    def s(): return "static"
    @classmethod
    def make(cls): return cls()
    def __repr__(self): return "Stat()"
class SubStat(Stat):
    def __repr__(self): return "SubStat()"
print(Stat.s(), Stat().s(), Stat.make(), SubStat.make())
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tag = kw.get("tag", "none")
class Child(Base, tag="x"): pass
class Child2(Base): pass
print(Child.tag, Child2.tag)
class WithSlotsLike:
    __match_args__ = ("a",)
    def __init__(self): self.a = 1
w = WithSlotsLike()
print(getattr(w, "a"), getattr(w, "b", "dflt"), hasattr(w, "b"))
setattr(w, "b", 2); print(w.b, vars(w)); delattr(w, "b"); print(vars(w))
try: w.zzz
except AttributeError as e: print(e)
try: Puppy.zzz
except AttributeError as e: print(e)
class GA:
    def __getattr__(self, name): return name.upper()
print(GA().hello, getattr(GA(), "x"))
class SA:
    def __setattr__(self, k, v):
        print("set", k, v); super().__setattr__(k, v)
s = SA(); s.q = 5; print(s.q)
class Abstractish:
    def area(self): raise NotImplementedError("subclass must implement")
try: Abstractish().area()
except NotImplementedError as e: print(type(e).__name__, e)
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).area())
try: Shape()
except TypeError as e: print(e)
class Incomplete(Shape): pass
try: Incomplete()
except TypeError as e: print(e)
class StrSub(str):
    def shout(self): return self.upper() + "!"
print(StrSub("hi").shout(), StrSub("a") + "b", type(StrSub("a") + "b").__name__, len(StrSub("abc")))
class ListSub(list):
    def total(self): return sum(self)
ls = ListSub([1, 2, 3]); ls.append(4); print(ls, ls.total(), type(ls).__name__, ls[1:])
class DictSub(dict):
    def __missing__(self, k): return f"missing {k}"
print(DictSub(a=1)["a"], DictSub()["zz"])
class IntSub(int):
    def __repr__(self): return f"IntSub({int(self)})"
print(IntSub(5) + 1, repr(IntSub(5)), IntSub(5) * 2, str(IntSub(3)))
