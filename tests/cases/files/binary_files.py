# Binary files: bytes in and out, positions, repr, FileIO.
import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.bin")

with open(path, "wb") as f:
    print(type(f).__name__, f.mode, f.write(bytes(range(10))), f.write(b"\nline two\n"), f.tell())
    print(repr(f).replace(path, "PATH"))
with open(path, "rb") as f:
    print(type(f).__name__, repr(f).replace(path, "PATH"))
    print(f.read(4), f.tell(), f.read(0))
    print(f.readline(), f.readline(), f.readline())
    print(f.seek(-3, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(2))
with open(path, "rb") as f:
    print(list(f))
with open(path, "r+b") as f:
    print(type(f).__name__, f.mode)
    f.seek(2)
    f.write(b"XY")
    print(f.tell(), f.read(3))
with open(path, "ab") as f:
    print(f.mode, f.tell(), f.write(b"end"))
with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, repr(f).replace(path, "PATH"), f.read())
print(repr(f))
with open(path, "wb") as f:
    f.write(b"from bytes")
with open(path, "rb") as f:
    print(f.read(), f.read())
print(os.path.getsize(path))
with open(path, "w+b") as f:
    print(f.mode, f.write(b"12345"), f.truncate(2), f.seek(0), f.read())
os.remove(path)
os.rmdir(folder)
