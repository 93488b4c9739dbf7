def pair():
    return 1, 2


def triple():
    return *pair(), 3


def gen():
    yield 1, 2
    yield (3, 4)
    yield [*"ab"]


x, y = pair()
a, b, c = triple()
print(x, y, a, b, c, triple())
for p, q in gen():
    print(p, q)


def stats(*nums):
    return min(nums), max(nums), sum(nums) / len(nums)


lo, hi, mean = stats(4, 8, 15, 16, 23, 42)
print(lo, hi, mean)
*front, back = stats(1, 2)
print(front, back)
