# Text files: write, read, readline, readlines, iteration, tell/seek, append.
import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "notes.txt")

with open(path, "w") as f:
    print(f.write("first line\n"), f.write("second line\n"))
    f.writelines(["third\n", "fourth"])
    print(f.tell(), f.closed, f.mode, f.encoding)
print(f.closed)

with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(path) as f:
    for n, line in enumerate(f):
        print(n, repr(line))
with open(path) as f:
    print(repr(f.read(5)), f.tell())
    print(f.seek(0), repr(f.read(5)))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(11), repr(f.readline()))

with open(path, "a") as f:
    print(f.tell())
    f.write("\nappended")
with open(path, "r+") as f:
    f.write("FIRST")
    print(f.tell(), repr(f.readline()))
with open(path) as f:
    print(f.read().splitlines())
with open(path, "w+") as f:
    f.write("rewritten")
    f.seek(0)
    print(f.read(), f.readable(), f.writable(), f.seekable())

print(list(open(path)))
os.remove(path)
os.rmdir(folder)
print(os.path.exists(folder))
