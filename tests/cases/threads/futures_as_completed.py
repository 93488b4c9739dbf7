# as_completed yields every future once, in completion order (printed
# sorted, since that order depends on scheduling).
from concurrent.futures import ThreadPoolExecutor, as_completed


def square(n):
    return n * n


with ThreadPoolExecutor(max_workers=3) as executor:
    futures = {executor.submit(square, n): n for n in range(8)}
    results = []
    for f in as_completed(futures, timeout=30):
        results.append((futures[f], f.result()))
    print(sorted(results))
    done = [executor.submit(square, 3)]
    done[0].result()
    print([f.result() for f in as_completed(done + done)])
