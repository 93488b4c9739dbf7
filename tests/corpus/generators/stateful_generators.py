def running_stats():
    count, mean, m2 = 0, 0.0, 0.0
    value = yield None
    while True:
        count += 1
        delta = value - mean
        mean += delta / count
        m2 += delta * (value - mean)
        variance = m2 / (count - 1) if count > 1 else 0.0
        value = yield (count, round(mean, 4), round(variance, 4))


def debounce(events, gap):
    last = None
    for t, name in events:
        if last is None or t - last >= gap:
            yield t, name
        last = t


def unique_everseen(iterable, key=None):
    seen = set()
    for item in iterable:
        k = item if key is None else key(item)
        if k not in seen:
            seen.add(k)
            yield item


stats = running_stats()
next(stats)
for v in [4, 7, 13, 16]:
    print(stats.send(v))
print(list(debounce([(0, "a"), (1, "b"), (5, "c"), (6, "d"), (20, "e")], 3)))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABbcCA", key=str.lower)))
