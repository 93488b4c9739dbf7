# ThreadPoolExecutor: submit, map, results, exceptions, shutdown, names.
import concurrent.futures as cf
import threading
import time


def square(x):
    return x * x


def fail(x):
    raise ValueError("bad %d" % x)


with cf.ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(square, i) for i in range(20)]
    print([f.result() for f in futures])
    print(list(pool.map(square, range(10))))
    print(list(pool.map(pow, [2, 3, 4], [5, 6, 7])))
    bad = pool.submit(fail, 7)
    try:
        bad.result()
    except ValueError as e:
        print("ValueError:", e)
    print(type(bad.exception()).__name__, bad.done(), bad.cancelled(), bad.running())
    kw = pool.submit(lambda a, b=0: a - b, 10, b=3)
    print(kw.result())
    it = pool.map(fail, [1, 2])
    try:
        next(it)
    except ValueError as e:
        print("map raised:", e)
print(pool._shutdown, len(pool._threads) <= 4)
try:
    pool.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

# Thread names and reuse: one worker does everything when calls are sequential.
names = set()
with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="calc") as pool:
    for i in range(5):
        pool.submit(lambda: names.add(threading.current_thread().name)).result()
print(sorted(names))

names = set()
pool = cf.ThreadPoolExecutor(2)
barrier = threading.Barrier(2)


def meet():
    barrier.wait()
    names.add(threading.current_thread().name.split("_")[-1])


fs = [pool.submit(meet) for _ in range(2)]
cf.wait(fs)
pool.shutdown()
print(sorted(names), pool._max_workers)

for bad in (0, -1):
    try:
        cf.ThreadPoolExecutor(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    cf.ThreadPoolExecutor(initializer=3)
except TypeError as e:
    print("TypeError:", e)

# map with a timeout
with cf.ThreadPoolExecutor(2) as pool:
    it = pool.map(time.sleep, [0.5, 0.5], timeout=0.05)
    try:
        list(it)
    except TimeoutError as e:
        print("TimeoutError", type(e) is cf.TimeoutError)

# shutdown(cancel_futures=True) cancels what has not started.
pool = cf.ThreadPoolExecutor(1)
gate = threading.Event()
first = pool.submit(gate.wait)
queued = [pool.submit(square, i) for i in range(5)]
time.sleep(0.1)
pool.shutdown(wait=False, cancel_futures=True)
gate.set()
print(first.result(), [f.cancelled() for f in queued])
pool.shutdown()

# initializer
seen = []
with cf.ThreadPoolExecutor(2, initializer=seen.append, initargs=("init",)) as pool:
    pool.submit(square, 2).result()
print(seen[:1])

print(cf.ProcessPoolExecutor.__name__, issubclass(cf.ThreadPoolExecutor, cf.Executor))

# Default pool names count pools that were given no prefix.
with cf.ThreadPoolExecutor(1) as pool:
    print(pool.submit(lambda: threading.current_thread().name).result())
with cf.ThreadPoolExecutor(1) as pool:
    print(pool.submit(lambda: threading.current_thread().name).result())
    print(pool._max_workers)
default = cf.ThreadPoolExecutor()
print(5 <= default._max_workers <= 32)
default.shutdown()

# A pool left running at exit is stopped by the interpreter's shutdown.
leftover = cf.ThreadPoolExecutor(2)
print(leftover.submit(pow, 2, 8).result())


# The frames a traceback shows between the caller and the failing call.
def frame_names(exc):
    names = []
    tb = exc.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names


def divide(x):
    return 1 / x


with cf.ThreadPoolExecutor(2) as pool:
    try:
        list(pool.map(divide, [1, 0]))
    except ZeroDivisionError as e:
        print(frame_names(e))
    try:
        pool.submit(divide, 0).result()
    except ZeroDivisionError as e:
        print(frame_names(e))

# An initializer that fails breaks the pool.
import sys


class Quiet:
    def write(self, text):
        return len(text)

    def flush(self):
        pass


def bad_init():
    raise OSError("no resource")


saved_stderr = sys.stderr
sys.stderr = Quiet()
broken = cf.ThreadPoolExecutor(1, initializer=bad_init)
first = broken.submit(pow, 2, 2)
try:
    first.result(timeout=5)
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    broken.submit(pow, 2, 3)
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
broken.shutdown()
sys.stderr = saved_stderr
print(issubclass(cf.thread.BrokenThreadPool, cf.BrokenExecutor), issubclass(cf.BrokenExecutor, RuntimeError))
