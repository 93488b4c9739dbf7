# 8 threads allocate lists, dicts, strings, tuples and nested objects while the
# others do the same; each keeps only a checksum, so the collector has garbage
# to find while objects it must keep are in use on other threads.
import threading

THREADS = 8
ROUNDS = 300
results = [None] * THREADS


def churn(k):
    checksum = 0
    keep = []
    for i in range(ROUNDS):
        items = [k, i, str(i) * 3, (i, k)]
        table = {"k": k, "i": i, "s": f"t{k}-{i}", "list": items}
        text = "-".join(str(x) for x in items[:2]) + table["s"]
        nested = [[i, k, i * k], {"n": (text, len(text))}]
        checksum = (checksum * 31 + len(text) + sum(nested[0]) + nested[1]["n"][1]) % 1_000_003
        if i % 50 == 0:
            keep.append(table)
    results[k] = (checksum, len(keep), sum(t["i"] for t in keep), keep[-1]["s"])


threads = [threading.Thread(target=churn, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k, r in enumerate(results):
    print(k, r)
