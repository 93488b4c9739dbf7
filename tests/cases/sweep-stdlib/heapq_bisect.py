import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, h[0])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data); print(data)
print([heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [5, 1, 9, 3, 7]), heapq.nsmallest(2, [5, 1, 9, 3, 7]), heapq.nlargest(2, ["a", "ccc", "bb"], key=len))
h2 = [3, 5, 4]; print(heapq.heapreplace(h2, 1), h2, heapq.heappushpop(h2, 0), h2)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 1], [4, 2], reverse=True)))
tasks = []
heapq.heappush(tasks, (2, "write")); heapq.heappush(tasks, (1, "read")); heapq.heappush(tasks, (3, "exec"))
while tasks:
    print(heapq.heappop(tasks))
try: heapq.heappop([])
except IndexError as e: print("IndexError:", e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0), bisect.bisect_left(a, 100))
bisect.insort(a, 5); bisect.insort_left(a, 0); print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [(1, "a"), (3, "c")]
bisect.insort(recs, (2, "b"), key=lambda r: r[0]); print(recs, bisect.bisect_left(recs, 3, key=lambda r: r[0]))
