print(len(""), len("abc"), len([1, 2]), len((1,)), len({}), len({1: 2}), len(set()), len(range(10)), len(b"xy"))
print(len(range(0, 10, 3)), len(range(10, 0, -1)), len(range(5, 5)), len(range(-3, 3)), len(range(0, -10, -3)))
for r in (range(5), range(2, 8), range(0, 20, 5), range(10, 0, -3), range(-5, -1), range(3, 3)):
    print(r, list(r), len(r), r.start, r.stop, r.step, bool(r))
r = range(0, 100, 7)
print(r[3], r[-1], r[2:5], r[::-1][:3], 49 in r, 50 in r, r.index(63), r.count(14))
print(range(5) == range(0, 5, 1), range(0) == range(1, 1), list(reversed(range(4))), sum(range(101)))
try:
    range(5)[10]
except IndexError as err:
    print("IndexError:", err)
try:
    range(5).index(7)
except ValueError as err:
    print("ValueError:", err)
class Sized:
    def __len__(self):
        return 42


print(len(Sized()))
