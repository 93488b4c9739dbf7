import threading
import time


def count_primes(limit):
    count = 0
    for n in range(2, limit):
        for d in range(2, int(n ** 0.5) + 1):
            if n % d == 0:
                break
        else:
            count += 1
    return count


def run_sequential(jobs):
    return [count_primes(j) for j in jobs]


def run_threaded(jobs):
    results = [None] * len(jobs)

    def work(i, limit):
        results[i] = count_primes(limit)

    threads = [threading.Thread(target=work, args=(i, j)) for i, j in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


jobs = [5000, 5000]
t0 = time.perf_counter()
sequential = run_sequential(jobs)
t1 = time.perf_counter()
threaded = run_threaded(jobs)
t2 = time.perf_counter()
print(sequential, threaded, sequential == threaded)
print(f"speed-up: {(t1 - t0) / (t2 - t1):.1f}x (about 1x with the GIL)")
