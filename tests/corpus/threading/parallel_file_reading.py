import os
import tempfile
import threading

directory = tempfile.mkdtemp()
paths = []
for i in range(4):
    path = os.path.join(directory, f"part{i}.txt")
    with open(path, "w") as f:
        f.write("line\n" * (100 * (i + 1)))
    paths.append(path)

sizes = [0] * len(paths)


def measure(index, path):
    with open(path) as f:
        sizes[index] = sum(len(line) for line in f)


threads = [threading.Thread(target=measure, args=(i, p)) for i, p in enumerate(paths)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sizes)
for p in paths:
    os.remove(p)
os.rmdir(directory)
