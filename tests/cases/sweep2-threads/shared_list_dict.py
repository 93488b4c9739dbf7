import threading
results = []
table = {}
lock = threading.Lock()
def producer(tid):
    for i in range(500):
        results.append((tid, i))
        table[(tid, i)] = i * tid
ts = [threading.Thread(target=producer, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(results), len(table), sum(table.values()))
print(sorted(results)[:3], sorted(results)[-1])
per = {}
for tid, i in results:
    per.setdefault(tid, []).append(i)
print({k: v == sorted(v) for k, v in sorted(per.items())})
s = set()
def adder(base):
    for i in range(300):
        s.add(base + i)
ts = [threading.Thread(target=adder, args=(b,)) for b in (0, 150, 300)]
for t in ts: t.start()
for t in ts: t.join()
print(len(s), min(s), max(s))
shared = list(range(1000))
popped = []
def popper():
    while True:
        try:
            popped.append(shared.pop())
        except IndexError:
            return
ts = [threading.Thread(target=popper) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(len(popped), sorted(popped) == list(range(1000)), shared)
