# How the switch interval decides how often CPU-bound threads take turns.
#
# Two threads spin for 0.15 s each round, and each time one of them finds that
# the other wrote last, it appends its own name to a shared list: the list's
# length is the number of turns ("runs") the two threads took. The round is
# repeated at three switch intervals (sys.setswitchinterval).
#
# With the GIL (pygil FILE.py, or CPython 3.13): a thread keeps the GIL until
#   another has waited a whole interval for it, so the number of runs follows
#   0.15 s / interval: 15 to 30 at 5 ms (the default), 3 to 6 at 50 ms; at
#   0.1 ms as many as the operating system can wake threads (far fewer than
#   the 1500 asked for, and erratic on a busy machine). A short interval makes
#   threads more responsive and costs more switching; a long one lets a
#   CPU-bound thread starve the others.
# Without the GIL (pygil --disable-gil FILE.py): the interval means nothing
#   (CPython 3.13t ignores it too). Given two free cores, both threads run at
#   the same time, the list changes hands constantly whatever the interval, and
#   the comparisons below come out True or False by chance.
#
# Try:   pygil timeline samples/switch_interval_effects.py
# and see the two threads' turns grow longer from one round to the next, or
#        pygil --gil-stats samples/switch_interval_effects.py
# for the number of forced GIL drops.
import sys
import threading
import time

ROUND = 0.15  # seconds the threads compete at each interval
INTERVALS = (0.0001, 0.005, 0.05)


def spin(name, owners, stop):
    while not stop.is_set():
        if owners[-1] != name:  # the other thread ran since our last turn
            owners.append(name)


def count_runs(interval):
    sys.setswitchinterval(interval)
    owners = [None]
    stop = threading.Event()
    threads = [threading.Thread(target=spin, args=(n, owners, stop)) for n in "ab"]
    for t in threads:
        t.start()
    time.sleep(ROUND)
    stop.set()
    for t in threads:
        t.join()
    return len(owners) - 1


default = sys.getswitchinterval()
runs = [count_runs(interval) for interval in INTERVALS]
sys.setswitchinterval(default)

for i in range(len(INTERVALS) - 1):
    short, long = INTERVALS[i] * 1000, INTERVALS[i + 1] * 1000
    print(f"more runs at {short:g} ms than at {long:g} ms: {runs[i] > runs[i + 1]}")
