# Each thread writes only its own slot of a list; the results come back in
# the order of the inputs.
import threading


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


inputs = [10, 20, 30, 40, 50, 60]
results = [None] * len(inputs)


def worker(k):
    results[k] = fib(inputs[k])


threads = [threading.Thread(target=worker, args=(k,)) for k in range(len(inputs))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
