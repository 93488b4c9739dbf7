# `type` statements: TypeAliasType, lazily evaluated values, generic aliases.
import typing

type Point = tuple[float, float]
print(Point, type(Point).__name__, Point.__name__, Point.__module__)
print(Point.__value__, Point.__type_params__, Point.__parameters__)
print(isinstance(Point, typing.TypeAliasType))

# The value is evaluated on first access, so it may name what comes later.
type Tree = list[Tree | Leaf]
class Leaf:
    pass
print(Tree.__value__)

calls = []
def noisy():
    calls.append("evaluated")
    return int
type Lazy = noisy()
print(calls)
print(Lazy.__value__, Lazy.__value__, calls)

type Pair[T] = tuple[T, T]
print(Pair, Pair.__type_params__, Pair.__parameters__, Pair.__value__)
print(Pair[int], type(Pair[int]).__name__, Pair[int].__origin__ is Pair, Pair[int].__args__)

type Mapping[K, V = str] = dict[K, V]
K, V = Mapping.__type_params__
print(V.has_default(), V.__default__, K.has_default(), K.__default__)

try:
    Point[int]
except TypeError as e:
    print("TypeError:", e)

# An alias defined in a function closes over its locals.
def make():
    item = bytes
    type Items = list[item]
    return Items
print(make().__value__)

# The union operator works on aliases.
print(Point | None)

# A runtime-made alias.
Made = typing.TypeAliasType("Made", int | str)
print(Made, Made.__value__)

# `type` is still an ordinary name elsewhere.
print(type(3), type("x").__name__)
type = "rebound"
print(type)
del type
print(type(1.0))
