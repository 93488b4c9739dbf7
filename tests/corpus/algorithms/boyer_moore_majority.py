def majority(items):
    candidate, count = None, 0
    for item in items:
        if count == 0:
            candidate = item
        count += 1 if item == candidate else -1
    return candidate if items.count(candidate) * 2 > len(items) else None


def max_subarray(values):
    best = current = values[0]
    start = best_start = best_end = 0
    for i, v in enumerate(values[1:], 1):
        if current < 0:
            current, start = v, i
        else:
            current += v
        if current > best:
            best, best_start, best_end = current, start, i
    return best, values[best_start:best_end + 1]


def two_sum(values, target):
    seen = {}
    for i, v in enumerate(values):
        if target - v in seen:
            return seen[target - v], i
        seen[v] = i
    return None


print(majority([2, 2, 1, 1, 1, 2, 2]), majority([1, 2, 3]), majority(list("aabab")))
print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), max_subarray([-3, -1, -2]))
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 7))
