def merge(left, right, key=lambda x: x):
    result = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            result.append(right[j])
            j += 1
        else:
            result.append(left[i])
            i += 1
    result.extend(left[i:])
    result.extend(right[j:])
    return result


def merge_sort(items, key=lambda x: x):
    if len(items) < 2:
        return list(items)
    middle = len(items) // 2
    return merge(merge_sort(items[:middle], key), merge_sort(items[middle:], key), key)


def bottom_up(items):
    width = 1
    items = list(items)
    while width < len(items):
        items = [x for start in range(0, len(items), 2 * width)
                 for x in merge(items[start:start + width], items[start + width:start + 2 * width])]
        width *= 2
    return items


people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 20)]
print(merge_sort(people, key=lambda p: p[1]))  # stable: bob before carol
print(bottom_up([5, 2, 9, 1, 5, 6, 0, -3]))
print(merge_sort("mergesort"))
