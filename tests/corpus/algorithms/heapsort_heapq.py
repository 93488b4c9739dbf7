import heapq


def sift_down(heap, start, end):
    root = start
    while (child := 2 * root + 1) <= end:
        if child + 1 <= end and heap[child] < heap[child + 1]:
            child += 1
        if heap[root] < heap[child]:
            heap[root], heap[child] = heap[child], heap[root]
            root = child
        else:
            return


def heapsort(items):
    a = list(items)
    for start in range(len(a) // 2 - 1, -1, -1):
        sift_down(a, start, len(a) - 1)
    for end in range(len(a) - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift_down(a, 0, end - 1)
    return a


def k_smallest(items, k):
    return heapq.nsmallest(k, items)


def merge_sorted_streams(*streams):
    return list(heapq.merge(*streams))


tasks = []
for priority, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (priority, name))
order = [heapq.heappop(tasks)[1] for _ in range(len(tasks))]
print(heapsort([9, 4, 7, 1, 8, 2]), k_smallest(range(20, 0, -3), 3), order)
print(merge_sorted_streams([1, 4, 9], [2, 3, 10], [0]))
