import functools, operator
from functools import singledispatch, partialmethod, reduce, cached_property
@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(1), describe([1, 2]), describe("s"), describe(True))
class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state): self.alive = state
    set_alive = partialmethod(set_state, True)
c = Cell(); c.set_alive(); print(c.alive)
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2
ci = Circle(2); print(ci.area, ci.area)
print(reduce(operator.add, [1, 2, 3]), reduce(lambda a, b: a + b, ["a", "b"], ">"))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
rows = [{"n": "b", "a": 2}, {"n": "a", "a": 1}]
print(sorted(rows, key=operator.itemgetter("n")), list(map(operator.itemgetter(1, 0), [(1, 2)])))
print(operator.attrgetter("real")(3), operator.methodcaller("upper")("x"), operator.mul(3, 4), operator.neg(5))
print(operator.itemgetter(slice(1, None))("abc"), operator.contains([1], 1), operator.truth([]), operator.index(7))
p = functools.partial(sorted, key=len)
print(p(["ccc", "a", "bb"]), p.func.__name__)
@functools.lru_cache(maxsize=2)
def sq(n):
    print("miss", n)
    return n * n
sq(1); sq(2); sq(1); sq(3); sq(2)
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
from functools import singledispatchmethod
class Fmt:
    @singledispatchmethod
    def show(self, arg):
        return f"generic {arg}"
    @show.register
    def _(self, arg: int):
        return f"int {arg + 1}"
    @show.register(str)
    def _(self, arg):
        return f"str {arg.upper()}"
f = Fmt()
print(f.show(1), f.show("a"), f.show(2.5))
