# Threads reading and writing files: one file object used from several
# threads, and many files read at once (file I/O releases the GIL).
import os
import tempfile
import threading

folder = tempfile.mkdtemp()
shared = os.path.join(folder, "shared.txt")
with open(shared, "w") as f:
    for k in range(40):
        f.write(f"line {k}\n")

lines = []
lock = threading.Lock()
f = open(shared)


def reader():
    while True:
        with lock:
            line = f.readline()
        if not line:
            return
        lines.append(line)


threads = [threading.Thread(target=reader) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
f.close()
print(len(lines), sorted(lines) == sorted(f"line {k}\n" for k in range(40)))

out = open(os.path.join(folder, "out.txt"), "w")


def writer(k):
    for i in range(10):
        with lock:
            out.write(f"{k}:{i}\n")


threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
out.close()
with open(os.path.join(folder, "out.txt")) as g:
    written = g.read().splitlines()
print(len(written), sorted(written) == sorted(f"{k}:{i}" for k in range(4) for i in range(10)))

# Without a lock of its own: the file object serialises its readers, so
# every line goes to exactly one thread.
f = open(shared)
lines = []


def unlocked_reader():
    for line in f:
        lines.append(line)


threads = [threading.Thread(target=unlocked_reader) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
f.close()
print(len(lines), sorted(lines) == sorted(f"line {k}\n" for k in range(40)))

for name in os.listdir(folder):
    os.remove(os.path.join(folder, name))
os.rmdir(folder)
