# Threads appending to and extending one shared bytearray: no update is lost,
# with the GIL and without it (the object's lock guards each change).
import threading

data = bytearray()


def work(byte):
    global data
    for _ in range(2000):
        data.append(byte)
    for _ in range(200):
        data.extend(bytes([byte, byte]))
    for _ in range(100):
        data += bytes([byte])


threads = [threading.Thread(target=work, args=(65 + k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(data))
print(sorted(set(data)), [data.count(65 + k) for k in range(4)])
