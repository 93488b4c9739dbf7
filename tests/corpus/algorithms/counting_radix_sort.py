def counting_sort(values, max_value):
    counts = [0] * (max_value + 1)
    for v in values:
        counts[v] += 1
    result = []
    for value, count in enumerate(counts):
        result.extend([value] * count)
    return result


def radix_sort(values, base=10):
    if not values:
        return []
    digit = 1
    largest = max(values)
    while largest // digit > 0:
        buckets = [[] for _ in range(base)]
        for v in values:
            buckets[(v // digit) % base].append(v)
        values = [v for bucket in buckets for v in bucket]
        digit *= base
    return values


def bucket_sort(values, bucket_count=5):
    lo, hi = min(values), max(values)
    width = (hi - lo) / bucket_count or 1
    buckets = [[] for _ in range(bucket_count)]
    for v in values:
        index = min(int((v - lo) / width), bucket_count - 1)
        buckets[index].append(v)
    return [v for b in buckets for v in sorted(b)]


print(counting_sort([3, 0, 2, 3, 1, 0], 3))
print(radix_sort([170, 45, 75, 90, 802, 24, 2, 66]))
print(bucket_sort([0.42, 0.32, 0.23, 0.52, 0.25, 0.47, 0.51]))
