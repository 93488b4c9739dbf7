# The convoy effect: an I/O-bound thread stuck behind a CPU-bound one.
#
# The I/O thread sleeps 1 ms at a time (standing in for waiting on a socket) and
# measures how late it wakes up. Alone, it is late by a fraction of a millisecond.
# Next to a thread that never stops computing, it is late by about the switch
# interval (5 ms): its sleep ends, but it needs the GIL to run again, and the GIL
# holder gives it up only when the waiter has waited a whole interval and asked
# for it. Every short wait pays that toll, so a server thread that does a little
# I/O many times a second slows to a crawl.
#
# With the GIL (pygil FILE.py, or CPython 3.13): next to the CPU thread the
#   average latency rises to about the switch interval.
# Without the GIL (pygil --disable-gil FILE.py): both threads run at once, and
#   the latency stays as small as when the I/O thread was alone.
#
# Try:   pygil timeline samples/convoy_effect.py
#        pygil timeline --disable-gil samples/convoy_effect.py
# The timeline shows the I/O thread waking and then waiting for the GIL (not
# running) until the CPU thread lets go.
import sys
import threading
import time

SLEEP = 0.001  # seconds the I/O thread sleeps per request
REQUESTS = 40


def io_thread(latencies):
    for _ in range(REQUESTS):
        start = time.perf_counter()
        time.sleep(SLEEP)
        # How much later than asked did this thread get to run again?
        latencies.append(time.perf_counter() - start - SLEEP)


def cpu_thread(stop):
    n = 0
    while not stop.is_set():
        n += 1  # pure computation; it never blocks, so it never lets go on its own


def measure(cpu_threads):
    """The I/O thread's latencies while `cpu_threads` threads compute beside it."""
    latencies = []
    stop = threading.Event()
    busy = [threading.Thread(target=cpu_thread, args=(stop,)) for _ in range(cpu_threads)]
    for t in busy:
        t.start()
    io = threading.Thread(target=io_thread, args=(latencies,))
    io.start()
    io.join()
    stop.set()
    for t in busy:
        t.join()
    return latencies


def report(label, latencies):
    average = sum(latencies) / len(latencies) * 1000
    worst = max(latencies) * 1000
    print(f"{label:<26} average {average:5.1f} ms, worst {worst:5.1f} ms")
    return average


print(f"switch interval: {sys.getswitchinterval() * 1000:.0f} ms")
alone = report("I/O thread alone:", measure(cpu_threads=0))
crowded = report("next to a CPU thread:", measure(cpu_threads=1))
print("latency grew by more than half an interval:",
      crowded - alone > sys.getswitchinterval() * 1000 / 2)
