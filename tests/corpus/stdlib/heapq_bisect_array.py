import array
import bisect
import heapq

scores = array.array("i", [70, 85, 90, 55, 100])
scores.append(60)
print(scores, scores.tolist(), scores.itemsize, sum(scores) / len(scores))
ordered = sorted(scores)
for s in (50, 70, 95):
    print(s, bisect.bisect_left(ordered, s), bisect.bisect_right(ordered, s))
bisect.insort(ordered, 88)
print(ordered)
heap = list(scores)
heapq.heapify(heap)
print(heapq.heappop(heap), heapq.heappushpop(heap, 1), heapq.nlargest(2, heap), heap[0])
