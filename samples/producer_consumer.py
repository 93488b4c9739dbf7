# A producer/consumer pipeline on queue.Queue, shut down with sentinels.
#
# Two producers put the numbers 1..N on a queue; three workers take them off,
# square them and pass them on; one collector adds the squares up. Nothing here
# shares a variable: each thread owns its data, and the queues move it from one
# thread to the next under their own lock. That is why the totals are exact in
# both modes, on every run, however the threads interleave.
#
# A consumer cannot tell "the queue is empty for now" from "no more is coming",
# so the end is announced in-band: one sentinel per consumer, put after the last
# real item. Each consumer stops at the first sentinel it takes, so it must get
# its own; with one sentinel for three workers, two of them would wait forever.
#
# With the GIL (pygil FILE.py): the workers take turns; `put` and `get` block
#   and release the GIL, so a waiting thread costs nothing.
# Without the GIL (pygil --disable-gil FILE.py): the workers square numbers at
#   the same time; the output is the same.
#
# Try:   pygil compare samples/producer_consumer.py
#        pygil timeline samples/producer_consumer.py
import queue
import threading

N = 1_000
PRODUCERS = 2
WORKERS = 3
DONE = object()  # the sentinel: a unique object no producer ever puts as data

numbers = queue.Queue(maxsize=100)  # bounded: a fast producer waits, not memory
squares = queue.Queue()
totals = {}  # written once, by the collector, after the pipeline drained


def producer(start):
    # Producer k puts start, start + PRODUCERS, ...: together they cover 1..N.
    for n in range(start, N + 1, PRODUCERS):
        numbers.put(n)


def worker():
    while True:
        n = numbers.get()
        if n is DONE:
            squares.put(DONE)  # tell the collector this worker has finished
            return
        squares.put(n * n)


def collector():
    count = total = finished = 0
    while finished < WORKERS:  # one DONE per worker, then nothing more comes
        item = squares.get()
        if item is DONE:
            finished += 1
        else:
            count += 1
            total += item
    totals["count"], totals["sum"] = count, total


producers = [threading.Thread(target=producer, args=(k + 1,)) for k in range(PRODUCERS)]
workers = [threading.Thread(target=worker) for _ in range(WORKERS)]
sink = threading.Thread(target=collector)
for t in producers + workers + [sink]:
    t.start()
for t in producers:
    t.join()
# All real items are queued; the sentinels go after them, one per worker.
for _ in range(WORKERS):
    numbers.put(DONE)
for t in workers + [sink]:
    t.join()

print(f"items squared: {totals['count']} (expected {N})")
print(f"sum of squares: {totals['sum']} (expected {N * (N + 1) * (2 * N + 1) // 6})")
