# Generic functions and classes: the type parameters they create and keep.
import typing


def first[T](items: list[T]) -> T:
    return items[0]

print(first([3, 4]), first.__type_params__, first.__annotations__)
(T,) = first.__type_params__
print(type(T) is typing.TypeVar, isinstance(T, typing.TypeVar), repr(T), T.__name__)
print(T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(T.__default__, T.has_default(), T.__module__)
print(first.__qualname__, first.__name__)


def plain():
    pass
print(plain.__type_params__)


def bounded[B: int, C: (str, bytes), *Ts, **P, D = list[int]](x: B = 0, *, y: C = "") -> D:
    return x

B, C, Ts, P, D = bounded.__type_params__
print(bounded.__type_params__, bounded(), bounded.__defaults__, bounded.__kwdefaults__)
print(B.__bound__, C.__constraints__, D.__default__, D.has_default())
print(type(Ts).__name__, type(P).__name__, Ts.__default__, P.__default__, P.args, P.kwargs)
print(P.args.__origin__ is P, repr(P), repr(Ts))

# Bounds and defaults are evaluated when first read.
def lazy[X: Later = Later]():
    pass
class Later:
    pass
(X,) = lazy.__type_params__
print(X.__bound__, X.__default__)


class Box[T]:
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item

print(Box.__type_params__, Box.__parameters__, Box.__bases__, Box.__orig_bases__)
print(Box.__mro__)
print(Box(5).get(), Box[int], Box[int](7).get())
print(Box.get.__annotations__)
print(issubclass(Box, typing.Generic))


class Base:
    def __init__(self, **kw):
        self.kw = kw


class Pair[K, V = str](Base):
    pass
print(Pair.__bases__, Pair[int], Pair[int, bytes], Pair.__type_params__[1].__default__)
p = Pair(a=1)
print(p.kw, isinstance(p, Base))


class Tagged[T, *Ts, **P]:
    pass
print(Tagged.__type_params__, Tagged.__parameters__)


# Methods with their own type parameters.
class Conv:
    def convert[S](self, value: object, to: type[S]) -> S:
        return to(value)

print(Conv().convert("5", int), Conv.convert.__type_params__, Conv.convert.__qualname__)


# Decorators see the finished function.
def show(f):
    print("decorating", f.__name__, f.__type_params__)
    return f

@show
def decorated[R](r: R) -> R:
    return r
print(decorated(1))


def outer():
    def inner[U](u: U) -> U:
        return u
    return inner
print(outer().__qualname__, outer().__type_params__)

try:
    typing.TypeVar("Bad", int)
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(typing.TypeVar):
        pass
except TypeError as e:
    print("TypeError:", e)
print(typing.TypeVar("Co", covariant=True), typing.TypeVar("Contra", contravariant=True), typing.NoDefault)
