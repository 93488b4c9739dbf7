import random


def quicksort(items):
    """Functional quicksort: clear, not in place."""
    if len(items) <= 1:
        return items
    pivot, *rest = items
    smaller = [x for x in rest if x < pivot]
    larger = [x for x in rest if x >= pivot]
    return quicksort(smaller) + [pivot] + quicksort(larger)


def partition(a, lo, hi):
    pivot = a[hi]
    i = lo - 1
    for j in range(lo, hi):
        if a[j] <= pivot:
            i += 1
            a[i], a[j] = a[j], a[i]
    a[i + 1], a[hi] = a[hi], a[i + 1]
    return i + 1


def quicksort_in_place(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    while lo < hi:
        p = partition(a, lo, hi)
        # Recurse into the smaller half to bound the stack depth.
        if p - lo < hi - p:
            quicksort_in_place(a, lo, p - 1)
            lo = p + 1
        else:
            quicksort_in_place(a, p + 1, hi)
            hi = p - 1
    return a


rng = random.Random(7)
data = [rng.randint(-50, 50) for _ in range(30)]
assert quicksort(data) == sorted(data)
assert quicksort_in_place(data[:]) == sorted(data)
print(quicksort(data)[:10], quicksort_in_place(list("quicksort")))
