# Lazy generator pipelines over log lines, with early termination and generator expressions.
log = """2024-01-01 INFO start
2024-01-01 WARN disk 91%
2024-01-02 ERROR failed to connect
2024-01-02 INFO retry
2024-01-03 ERROR timeout
2024-01-03 INFO done""".splitlines()
trace = []
def read(lines):
    for line in lines:
        trace.append("read")
        yield line
def parse(lines):
    for line in lines:
        day, level, msg = line.split(" ", 2)
        yield {"day": day, "level": level, "msg": msg}
def only(level, records):
    return (r for r in records if r["level"] == level)
errors = only("ERROR", parse(read(log)))
first = next(errors)
print(first, len(trace))
print([r["msg"] for r in errors], len(trace))
by_day = {}
for rec in parse(log):
    by_day.setdefault(rec["day"], []).append(rec["level"])
print(by_day)
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 1
    while True:
        yield n
        n += 1
squares = (n * n for n in naturals())
odd_squares = (s for s in squares if s % 2)
print(list(take(5, odd_squares)), next(odd_squares))
def running_mean(values):
    total = 0
    for i, v in enumerate(values, 1):
        total += v
        yield round(total / i, 2)
print(list(running_mean([3, 5, 7, 9])))
def window(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)), list(window("ab", 3)))
gen = (x for x in range(3))
print(list(gen), list(gen), sum(x for x in range(101) if x % 7 == 0), any(c.isdigit() for c in "ab3"), all(len(w) > 1 for w in ["ab", "c"]))
def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], []], 6])), max(flatten([[1, 9], [3]])))
