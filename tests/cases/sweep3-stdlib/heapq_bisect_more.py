# heapq and bisect for priority queues, top-k, merging, and sorted insertion.
import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
data = [7, 2, 9, 4, 1, 8]
heapq.heapify(data)
print(data[0], heapq.nlargest(3, data), heapq.nsmallest(2, data), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
print(heapq.heappushpop([1, 5, 9], 3), heapq.heapreplace([1, 5, 9], 7), list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
print(list(heapq.merge(["b", "d"], ["a", "c"], key=str)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
scores = [10, 20, 20, 30, 40]
print(bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 20), bisect.bisect(scores, 25), bisect.bisect_left(scores, 5), bisect.bisect(scores, 99))
bisect.insort(scores, 25)
bisect.insort_left(scores, 20)
print(scores)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
records = [("ann", 25), ("bob", 31), ("cid", 40)]
ages = [r[1] for r in records]
print(records[bisect.bisect_left(ages, 31)], bisect.bisect_left(records, 31, key=lambda r: r[1]))
bisect.insort(records, ("dee", 35), key=lambda r: r[1])
print(records)
print(bisect.bisect_left(scores, 20, lo=3), bisect.bisect_right(scores, 40, hi=2))
class Task:
    def __init__(self, p, n):
        self.p, self.n = p, n
    def __lt__(self, o):
        return self.p < o.p
    def __repr__(self):
        return f"{self.n}:{self.p}"
q = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
heapq.heapify(q)
print([heapq.heappop(q) for _ in range(3)])
