people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
s1 = sorted(people, key=lambda p: p[0], reverse=True); print(sorted(s1, key=lambda p: p[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, reverse=True), min(nums, key=abs), max(nums, key=lambda x: -x))
l = [5, 2, 9]; r = l.sort(); print(r, l)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    [3, None].sort()
except TypeError as e:
    print(e)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted({(1, "b"), (1, "a")}), sorted([[2, 1], [1, 2], [1]]))
print(sorted([0.1, -0.0, 0.0, -1e-9]), sorted([True, 0, -1]), sorted(range(5), key=lambda x: x % 2))
class Rec:
    def __init__(self, n, k): self.n, self.k = n, k
    def __repr__(self): return f"{self.n}{self.k}"
recs = [Rec("a", 2), Rec("b", 1), Rec("c", 2), Rec("d", 1)]
print(sorted(recs, key=lambda r: r.k))
try:
    sorted(recs)
except TypeError as e:
    print(e)
from operator import attrgetter
print(sorted(recs, key=attrgetter("k", "n"), reverse=True))
data = list(range(20)); import random; random.seed(3); random.shuffle(data); data.sort(); print(data == list(range(20)))
lst = [1, 2, 3]
def bad_key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print(e)
print(sorted([], key=len), sorted([[]]), min([], default="none"), max([1], key=None))
try:
    min([])
except ValueError as e:
    print(e)
print(max("abc", "abd", key=lambda s: s[-1]), min(3, 1, 2), max([1, 3], [2]), min((1, "z"), (1, "a")))
