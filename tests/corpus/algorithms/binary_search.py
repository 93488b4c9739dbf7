import bisect


def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        elif items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def lower_bound(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) >> 1
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def search_answer(predicate, lo, hi):
    """Smallest x in [lo, hi] with predicate(x) true (predicate is monotone)."""
    while lo < hi:
        mid = lo + (hi - lo) // 2
        if predicate(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


data = [1, 3, 3, 3, 7, 9, 12, 15]
print([binary_search(data, t) for t in (1, 7, 15, 4)])
print([lower_bound(data, t) for t in (0, 3, 8, 100)], bisect.bisect_right(data, 3))
print(search_answer(lambda x: x * x >= 2000, 0, 2000))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 99, 77, 70, 89, 90)])
