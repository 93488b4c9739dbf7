# ThreadPoolExecutor.submit returns a Future; result() waits for it.
from concurrent.futures import Future, ThreadPoolExecutor


def power(base, exp=2):
    return base ** exp


executor = ThreadPoolExecutor(max_workers=2)
f = executor.submit(power, 3)
g = executor.submit(power, 2, exp=10)
h = executor.submit(power, base=5, exp=3)
print(isinstance(f, Future), f.result(), g.result(timeout=30), h.result())
print(f.done(), f.running(), f.cancelled(), f.exception())
futures = [executor.submit(pow, k, 2) for k in range(10)]
print([x.result() for x in futures])
executor.shutdown()
