def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def insert_interval(intervals, new):
    return merge_intervals(intervals + [new])


def free_slots(busy, day_start, day_end):
    slots, cursor = [], day_start
    for start, end in merge_intervals(busy):
        if start > cursor:
            slots.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < day_end:
        slots.append((cursor, day_end))
    return slots


def max_overlap(intervals):
    events = sorted([(s, 1) for s, _ in intervals] + [(e, -1) for _, e in intervals])
    best = current = 0
    for _, delta in events:
        current += delta
        best = max(best, current)
    return best


meetings = [(9, 10), (9.5, 11), (13, 14), (13.5, 15), (16, 17)]
print(merge_intervals([[1, 3], [2, 6], [8, 10], [15, 18], [17, 20]]))
print(insert_interval([[1, 2], [3, 5], [6, 7], [8, 10]], [4, 8]))
print(free_slots(meetings, 8, 18), max_overlap(meetings))
