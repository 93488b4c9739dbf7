# list.append and dict item assignment are single operations: from several
# threads at once, no item is lost.
import threading

items = []
table = {}


def fill(k):
    for i in range(250):
        items.append(k * 250 + i)
        table[(k, i)] = i


threads = [threading.Thread(target=fill, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(items), sorted(items) == list(range(1000)), len(table), sum(table.values()))
