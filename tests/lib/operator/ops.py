# operator functions, itemgetter, attrgetter, methodcaller.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(4),
      operator.pos(-4), operator.abs(-3), operator.inv(5), operator.invert(0))
print(operator.lshift(1, 4), operator.rshift(16, 2), operator.and_(6, 3), operator.or_(6, 3),
      operator.xor(6, 3), operator.not_(0), operator.truth([]), operator.index(7))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2),
      operator.ge(1, 2), operator.gt(3, 2), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1),
      operator.indexOf("abc", "c"), operator.getitem({"k": 1}, "k"))
d = {}
operator.setitem(d, "a", 1)
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.length_hint([1, 2]), operator.length_hint(iter(range(4))),
      operator.length_hint(x for x in ""), operator.length_hint(5, 9))
lst = [1]
print(operator.iadd(lst, [2]) is lst, lst, operator.iadd(1, 2), operator.imul("a", 3),
      operator.ior({1}, {2}), operator.ixor(5, 1), operator.call(max, 1, 5))
for bad in (lambda: operator.indexOf([1], 5), lambda: operator.concat(1, 2),
            lambda: operator.index("x")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 9}),
      itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(repr(itemgetter(1, "a")), repr(attrgetter("x.y", "z")), repr(methodcaller("f", 1, k=2)))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def hello(self, greeting, punct="!"):
        return greeting + " " + self.name + punct


n = Node("root", Node("leaf"))
print(attrgetter("name")(n), attrgetter("child.name")(n), attrgetter("name", "child.name")(n))
print(methodcaller("hello", "hi")(n), methodcaller("hello", "yo", punct="?")(n),
      methodcaller("upper")("abc"))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=itemgetter(1)))
try:
    attrgetter("missing")(n)
except AttributeError as e:
    print("AttributeError:", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError:", e)
print(operator.__add__(1, 2), operator.__getitem__([5], 0))
