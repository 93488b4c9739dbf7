# sorted/min/max with keys, stability and ties, reverse.
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cid", 31, "la"), ("dee", 25, "nyc"), ("eve", 40, "sf")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1])))
print(sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[1]))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(min([], key=len, default=None), max("a", "bb", "cc", key=len))
words = "The quick Brown fox Jumps over the lazy Dog".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[-1]))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: -n), sorted(nums, reverse=True))
print(sorted(set(nums)), sorted(nums)[::-1] == sorted(nums, reverse=True))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [1]]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print(sorted([1.5, 1, True, 0, False, -0.5]))
print(sorted({'b': 2, 'a': 3, 'c': 1}.items(), key=lambda kv: kv[1]))
d = {'x': 3, 'y': 1, 'z': 2}
print(sorted(d, key=d.get), max(d, key=d.get), min(d.values()))
lst = [5, 2, 8, 1]
r = lst.sort()
print(r, lst)
lst.sort(key=lambda v: v % 3)
print(lst)
class Item:
    def __init__(self, n): self.n = n
    def __lt__(self, other): return self.n < other.n
    def __repr__(self): return f"Item({self.n})"
print(sorted([Item(3), Item(1), Item(2)]), min(Item(5), Item(4)), max([Item(1), Item(9)]))
try:
    sorted([Item(1), 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print("TypeError:", e)
try:
    max([None, 1])
except TypeError as e:
    print("TypeError:", e)
from operator import itemgetter, attrgetter
print(sorted(people, key=itemgetter(2, 0)))
print(sorted([Item(2), Item(1)], key=attrgetter('n')))
print(sorted("hello world", reverse=True))
