class Base:
    pass


class A(Base):
    pass


class B(Base):
    pass


class C(A, B):
    pass


def names(cls):
    return [c.__name__ for c in cls.__subclasses__()]


print(names(Base), names(A), names(B), names(C))
print(Base.__subclasses__() is not Base.__subclasses__())
D = type("D", (Base,), {})
print(names(Base))
print(int.__subclasses__())
print(bool.__subclasses__())
print(type(Base.__subclasses__()).__name__)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class Child(WithMeta):
    pass


print(type.__subclasses__(Meta), names(WithMeta))
try:
    Meta.__subclasses__()
except TypeError as e:
    print("TypeError:", e)
print(ExceptionGroup in BaseExceptionGroup.__subclasses__(), ExceptionGroup in Exception.__subclasses__())
try:
    Base.__subclasses__(1)
except TypeError as e:
    print("TypeError:", e)


def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return out


print(all_subclasses(Base))
