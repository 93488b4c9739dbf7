# Two producers append to one deque while two consumers popleft from it, and
# four threads append to lists in one defaultdict: each deque method and each
# missing key's default is one step, so nothing is lost or duplicated, with
# the GIL or without it.
import threading
import time
from collections import defaultdict, deque

N = 2000
pipe = deque()


def produce(k):
    for i in range(N):
        pipe.append((k, i))


def consume(out):
    while len(out) < N:
        try:
            out.append(pipe.popleft())
        except IndexError:
            time.sleep(0)


outs = [[], []]
threads = [threading.Thread(target=produce, args=(k,)) for k in range(2)]
threads += [threading.Thread(target=consume, args=(o,)) for o in outs]
for t in threads:
    t.start()
for t in threads:
    t.join()
got = outs[0] + outs[1]
print(len(got), len(set(got)), len(pipe))
print(sorted(got) == sorted((k, i) for k in range(2) for i in range(N)))

groups = defaultdict(list)


def join_groups(k):
    for i in range(400):
        groups[i % 100].append(k)


threads = [threading.Thread(target=join_groups, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(groups), all(sorted(v) == [0] * 4 + [1] * 4 + [2] * 4 + [3] * 4 for v in groups.values()))

ring = deque(maxlen=50)


def fill(k):
    for i in range(500):
        ring.append(i)
        ring.rotate(1)


threads = [threading.Thread(target=fill, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(ring), ring.maxlen, all(0 <= x < 500 for x in ring))
