def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average


def primed(fn):
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start


@primed
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


@primed
def collector(store):
    while True:
        store.append((yield))


avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])
try:
    avg.send(None)
except StopIteration as stop:
    print("result", stop.value)

found = []
sink = grep("error", collector(found))
for line in ["ok", "error: disk", "warning", "error: net"]:
    sink.send(line)
print(found)
