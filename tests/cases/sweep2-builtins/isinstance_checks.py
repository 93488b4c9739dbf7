class A: pass
class B(A): pass
class C: pass
values = [1, 1.0, True, "s", b"b", [], (), {}, set(), None, A(), B(), len, A, int]
for v in values:
    print(f"{type(v).__name__:>28}", isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, A), isinstance(v, type), isinstance(v, object), callable(v))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object), issubclass(type, type))
try:
    issubclass(B(), A)
except TypeError as e:
    print(e)
try:
    isinstance(1, [int])
except TypeError as e:
    print(e)
print(isinstance(1, int | str), isinstance("x", int | None), isinstance(None, int | None), int | str)
print(type(1) is int, type(True) is bool, type(True) == int, type(B()) is A, type(B()).__base__ is A)
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 42
class Magic(metaclass=Meta): pass
print(isinstance(42, Magic), isinstance(41, Magic))
