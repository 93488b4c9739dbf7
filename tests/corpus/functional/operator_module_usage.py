import operator
from functools import reduce

print(reduce(operator.mul, range(1, 8)), reduce(operator.or_, [1, 2, 4, 8]), operator.neg(5))
rows = [{"n": 3, "s": "c"}, {"n": 1, "s": "a"}, {"n": 2, "s": "b"}]
print(sorted(rows, key=operator.itemgetter("n")), list(map(operator.itemgetter("s"), rows)))
pairs = [(1, "one"), (2, "two")]
print(list(map(operator.itemgetter(1), pairs)), operator.contains([1, 2], 2), operator.index(7))
items = [1, 2, 3]
operator.setitem(items, 0, 10)
operator.delitem(items, 1)
print(items, operator.concat("ab", "cd"), operator.truth([]), operator.is_(None, None))
inc = operator.methodcaller("replace", "a", "o")
print(inc("banana"), operator.attrgetter("__name__")(len), operator.iadd([1], [2]))
