import functools, operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(e)
p = functools.partial(int, base=2); print(p("1010"), p.func.__name__, p.keywords, p.args)
def power(b, e): return b ** e
sq = functools.partial(power, e=2); cube = functools.partial(power, e=3); print(sq(5), cube(2), sq(b=3))
print(repr(functools.partial(power, 2)).split(" at ")[0])
@functools.total_ordering
class Ver:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(Ver(1) <= Ver(2), Ver(3) > Ver(2), Ver(2) >= Ver(2), Ver(1) != Ver(1))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda x, y: len(y) - len(x))))
@functools.singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
print(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3 + 4j), operator.methodcaller("upper")("x"))
print(operator.add(1, 2), operator.mul("a", 3), operator.neg(5), operator.not_(0), operator.truth([]), operator.contains([1], 1), operator.getitem({"k": 9}, "k"))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 5), operator.lshift(1, 4), operator.and_(6, 3), operator.xor(6, 3), operator.invert(0))
print(operator.lt(1, 2), operator.eq("a", "a"), operator.is_(None, None), operator.concat([1], [2]), operator.index(7))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.length_hint(iter(range(4))))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
c = 0
@functools.lru_cache(maxsize=2)
def sq2(x):
    global c; c += 1; return x * x
for v in [1, 2, 1, 3, 1, 2]:
    sq2(v)
print(c, sq2.cache_info()); sq2.cache_clear(); print(sq2.cache_info())
print(functools.reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
