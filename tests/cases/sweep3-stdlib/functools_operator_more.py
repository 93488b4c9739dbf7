# functools and operator: reduce, partial, total_ordering, singledispatch, cmp_to_key, cached_property.
import functools, operator
print(functools.reduce(operator.mul, range(1, 6)), functools.reduce(lambda a, b: a + [b * 2], [1, 2, 3], []), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
base2 = functools.partial(int, base=2)
print(base2("1011"), base2.func.__name__, base2.args, base2.keywords, functools.partial(pow, 2)(10))
p = functools.partial(print, "prefix:", sep="|")
p("a", "b")
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(map(int, s.split(".")))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print(sorted(vs), Version("2.0") >= Version("1.9"), Version("1.0") <= Version("1.0"), Version("1.1") > Version("1.2"))
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(3), describe([1, 2]), describe("s"), describe(True))
def compare_len(a, b):
    return len(a) - len(b) or (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa"], key=functools.cmp_to_key(compare_len)))
class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area)
print(operator.itemgetter(1)([5, 6, 7]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real", "imag")(3 + 4j))
print(operator.methodcaller("replace", "a", "o")("banana"), operator.add(2, 3), operator.neg(5), operator.not_(0), operator.truth([1]))
print(operator.contains([1, 2], 2), operator.concat("ab", "cd"), operator.getitem({"k": 1}, "k"), operator.index(7), operator.pow(2, 8))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9); operator.delitem(lst, 1)
print(lst, operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"), operator.is_(None, None), operator.lt(1, 2))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), sorted([(1, "b"), (0, "c")], key=operator.itemgetter(1)))
x = [1]
x = operator.iadd(x, [2])
print(x, operator.floordiv(7, 2), operator.mod(7, 3), operator.xor(5, 3), operator.inv(5), operator.eq("a", "a"))
