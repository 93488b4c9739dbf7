# 12 threads allocate blocks of every size at once: small objects (carved from
# each thread's own allocation region when the GIL is off), lists that grow
# in place or move as they grow, and blocks over 1 KiB (from the shared
# lists). Each thread checks what it built and keeps a little of it, so
# collections that stop the world mid-run find garbage and live objects of
# every size on every thread.
import threading

THREADS = 12
ROUNDS = 60
results = [None] * THREADS


def build(k, i):
    small = [(k, i, j) for j in range(i % 7 + 1)]
    grown = []
    for j in range(i % 50 + 10):
        grown.append(j * k)
    large = [k] * (300 + i)
    text = ("%d:%d;" % (k, i)) * (i % 40 + 1)
    return small, grown, large, text


def churn(k):
    kept = []
    checksum = 0
    for i in range(ROUNDS):
        small, grown, large, text = build(k, i)
        assert small[-1] == (k, i, len(small) - 1)
        assert sum(grown) == k * (len(grown) - 1) * len(grown) // 2
        assert len(large) == 300 + i and large[-1] == k
        checksum = (checksum * 7 + len(small) + len(grown) + len(large) + len(text)) % 1_000_003
        if i % 10 == 0:
            kept.append((small, grown, large, text))
    total = sum(len(s) + len(g) + len(l) + len(t) for s, g, l, t in kept)
    results[k] = (checksum, len(kept), total, kept[-1][3][:8])


threads = [threading.Thread(target=churn, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k, r in enumerate(results):
    print(k, r)
