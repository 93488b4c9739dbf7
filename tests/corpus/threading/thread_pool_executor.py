import concurrent.futures
import time


def slow_square(n):
    time.sleep(0.01)
    return n * n


def maybe_fail(n):
    if n % 4 == 3:
        raise ValueError(f"bad input {n}")
    return n


start = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
    squares = list(pool.map(slow_square, range(16)))
elapsed = time.perf_counter() - start
print(squares, "parallel sleeps" if elapsed < 0.1 else "serial sleeps")

with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(maybe_fail, n): n for n in range(8)}
    outcomes = {}
    for future in concurrent.futures.as_completed(futures):
        n = futures[future]
        try:
            outcomes[n] = future.result()
        except ValueError as err:
            outcomes[n] = f"error: {err}"
print([outcomes[n] for n in sorted(outcomes)])
