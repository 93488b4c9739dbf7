import threading
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
results = [None] * 6
def worker(i):
    results[i] = (i, fib(i + 10))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(results)
shared = {}
lock = threading.Lock()
def tally(words):
    local = {}
    for w in words:
        local[w] = local.get(w, 0) + 1
    with lock:
        for w, n in local.items():
            shared[w] = shared.get(w, 0) + n
text = ("alpha beta gamma beta alpha alpha " * 50).split()
chunks = [text[i::4] for i in range(4)]
ts = [threading.Thread(target=tally, args=(c,)) for c in chunks]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(shared.items()))
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(max_workers=3) as pool:
    futs = [pool.submit(fib, n) for n in range(15, 20)]
    print([f.result() for f in futs])
    print(list(pool.map(lambda s: s.upper(), ["a", "b", "c"])))
