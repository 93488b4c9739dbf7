from collections import deque
import heapq, bisect
d = deque()
for i in range(5):
    d.append(i) if i % 2 else d.appendleft(i)
print(d, list(d), d[0], d[-1], len(d), 3 in d)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.popleft(), d.pop(), d, d.index(1), d.count(0))
d.extendleft([10, 11]); print(d); d.remove(10); print(d); d.clear(); print(d, bool(d))
try:
    deque().pop()
except IndexError as e:
    print(e)
window = deque(maxlen=3)
for x in range(6):
    window.append(x)
    print(list(window), sum(window) / len(window))
h = [5, 1, 8, 3, 2]
heapq.heapify(h); print(h, heapq.heappop(h), h)
heapq.heappush(h, 0); print(h, heapq.heappushpop(h, 10), heapq.heapreplace(h, -1), h)
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
s = [1, 3, 3, 5, 8]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4), bisect.bisect_left(s, 100))
bisect.insort(s, 4); bisect.insort_left(s, 3); print(s)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], sc)] for sc in [33, 99, 77, 70, 89, 90, 100]])
