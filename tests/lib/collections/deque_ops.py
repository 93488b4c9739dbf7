# deque: ends, maxlen, rotation, indexing, comparisons and errors.
from collections import deque

d = deque()
for i in range(20):
    d.append(i)
    d.appendleft(-i)
print(d, len(d))
print(d.pop(), d.popleft(), d[0], d[-1], d[5])
d = deque(range(10), maxlen=5)
print(d, d.maxlen)
d.append(10)
d.appendleft(-1)
print(d)
d.extend([20, 21])
d.extendleft([30, 31])
print(d)
d = deque("abcdef")
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(13)
print("".join(d))
d = deque([1, 2, 3, 2, 1])
print(d.count(2), d.index(2), d.index(2, 2), 3 in d, 9 in d)
d.remove(2)
print(d)
d.insert(1, "x")
d.insert(-1, "y")
d.insert(100, "z")
print(d)
d.reverse()
print(d, list(reversed(d)))
d[0] = "first"
del d[1]
print(d)
c = d.copy()
c.clear()
print(c, d, bool(c), bool(d))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 3, 2 * deque([0]))
x = deque([1])
x += [2, 3]
x *= 2
print(x)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
print(deque([1, 2]) != deque([2]), deque([2]) >= deque([1, 5]))
e = deque(maxlen=0)
e.append(1)
print(e)
d = deque([1, 2])
d.append(d)
print(d)
d = deque(range(3))
d.extend(d)
print(d)
for bad in (lambda: deque().pop(), lambda: deque().popleft(),
            lambda: deque([1])[3], lambda: deque([1])[-2],
            lambda: deque([1, 2]).remove(5), lambda: deque([1]).index(7),
            lambda: deque(maxlen=-1), lambda: deque([1], 1).insert(0, 2),
            lambda: deque([1]).rotate("a"), lambda: deque([1]) + [1],
            lambda: deque([1]) < 3):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as err:
        print(type(err).__name__, err)
d = deque([1, 2, 3])
try:
    for item in d:
        d.append(item)
except RuntimeError as err:
    print("RuntimeError", err)
big = deque()
for i in range(1000):
    big.append(i)
for i in range(500):
    big.popleft()
big.rotate(250)
print(big[0], big[-1], len(big), sum(big))
print(deque(range(5), 3).maxlen, deque().maxlen)
