s = {3, 1, 2}
print(s, len(s), 1 in s, 5 in s, 5 not in s)
print(set(), set([1, 2, 2, 3, 3, 3]), set(range(5)), set((4, 4, 4)), {1, 1.0, True})
print({0, False, 0.0}, {-1, -2, 1, 2}, {10, 20, 30})
s.add(4)
s.add(1)
print(sorted(s), len(s))
s.discard(10)
s.discard(2)
s.remove(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError as err:
    print("KeyError:", err)
print(s.pop() in {1, 4}, len(s))
s.clear()
print(s, len(s), bool(s), bool({0}))
print(type(set()).__name__, type({1}).__name__, type({}).__name__)
nums = [5, 3, 5, 1, 3, 9, 1]
print(sorted(set(nums)), len(set(nums)), list(dict.fromkeys(nums)))
try:
    {[1, 2]}
except TypeError as err:
    print("TypeError:", err)
try:
    {1}.add({2})
except TypeError as err:
    print("TypeError:", err)
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)}, {frozenset({1, 2}), frozenset({2, 1})} == {frozenset({1, 2})})
