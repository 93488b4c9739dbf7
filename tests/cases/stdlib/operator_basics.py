# operator from src/lib.
import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.mul("x", 3), operator.neg(5), operator.truediv(1, 4), operator.mod(7, 4))
print(operator.lt(1, 2), operator.eq([1], [1]), operator.not_(1), operator.contains("abc", "c"))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=itemgetter(1)), itemgetter(0, 2)("xyz"))


class P:
    def __init__(self, name):
        self.name = name
        self.inner = self

    def hello(self, greeting, punct="!"):
        return f"{greeting} {self.name}{punct}"


print(attrgetter("name")(P("p")), attrgetter("inner.name", "name")(P("q")))
print(methodcaller("hello", "hi")(P("r")), methodcaller("hello", "yo", punct="?")(P("s")))
print(operator.index(5), operator.length_hint([1, 2, 3]), operator.length_hint(5, 2))
x = [1, 2]
print(operator.iadd(x, [3]), x, operator.getitem({"k": "v"}, "k"))
print(repr(itemgetter(1)), repr(attrgetter("a")), repr(methodcaller("f", 1, k=2)))
