# threading.local: each thread sees its own attributes, none of the others'.
import threading

data = threading.local()
data.value = "main"
seen = []


def worker(k):
    seen.append((k, hasattr(data, "value")))
    data.value = k
    data.items = [k] * k
    seen.append((k, data.value, data.items))


for k in range(1, 4):
    t = threading.Thread(target=worker, args=(k,))
    t.start()
    t.join()
for entry in seen:
    print(entry)
print("main still sees:", data.value, hasattr(data, "items"))
try:
    data.items
except AttributeError as e:
    print("AttributeError:", e)
del data.value
print(hasattr(data, "value"))
print(type(data) is threading.local)
