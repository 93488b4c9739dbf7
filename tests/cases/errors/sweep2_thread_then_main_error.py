import threading
results = []
def work(n):
    results.append(n * n)
ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))
print(results[10])
