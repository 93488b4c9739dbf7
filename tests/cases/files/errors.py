# The errors of open() and of file objects, with CPython's messages.
import io
import os
import tempfile


def attempt(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", str(e).replace(folder, "DIR"))


folder = tempfile.mkdtemp()
path = os.path.join(folder, "x.txt")
with open(path, "w") as f:
    f.write("text")

attempt(lambda: open("missing.txt"))
try:
    open("missing.txt")
except OSError as e:
    print(e.errno, e.strerror, e.filename, type(e).__name__)
attempt(lambda: open(path, "x"))
attempt(lambda: open(folder))
attempt(lambda: open(folder, "w"))
attempt(lambda: open(os.path.join(folder, "missing", "dir.txt"), "w"))
for mode in ["q", "rw", "b", "bt", "rr", "+", "wa"]:
    attempt(lambda: open(path, mode))
attempt(lambda: open(path, "rb", encoding="utf-8"))
attempt(lambda: open(path, "rb", errors="strict"))
attempt(lambda: open(path, "rb", newline=""))
attempt(lambda: open(path, "r", newline="x"))
attempt(lambda: open(path, "r", buffering=0))
attempt(lambda: open(path, "r", encoding="nope"))
attempt(lambda: open(path, 5))
attempt(lambda: open(path, "r", encoding=5))
attempt(lambda: open(1.5))
attempt(lambda: open(path, closefd=False))

f = open(path, "w")
attempt(lambda: f.read())
attempt(lambda: f.write(b"bytes"))
attempt(lambda: f.write(5))
f.close()
for name in ["read", "readline", "readlines", "flush", "tell", "__enter__", "__next__", "fileno", "seekable"]:
    attempt(getattr(f, name))
attempt(lambda: f.write("x"))
attempt(lambda: f.seek(0))
print(f.close(), f.closed)

f = open(path)
attempt(lambda: f.write("x"))
attempt(lambda: f.seek(1, 1))
attempt(lambda: f.seek(1, 2))
attempt(lambda: f.seek(-1))
attempt(lambda: f.read("a"))
print(isinstance(io.UnsupportedOperation("x"), OSError), isinstance(io.UnsupportedOperation("x"), ValueError))
f.close()

f = open(path, "rb")
attempt(lambda: f.write(b"x"))
attempt(lambda: f.seek(-1))
f.close()
for name in ["read", "readline", "fileno", "tell"]:
    attempt(getattr(f, name))
attempt(lambda: f.seek(0))

f = open(path, "wb")
attempt(lambda: f.read())
attempt(lambda: f.write("str"))
f.close()

attempt(lambda: os.remove("missing.txt"))
attempt(lambda: os.rmdir("missing"))
attempt(lambda: os.mkdir(folder))
sub = os.path.join(folder, "sub")
os.mkdir(sub)
with open(os.path.join(sub, "inner.txt"), "w"):
    pass
attempt(lambda: os.rmdir(sub))
attempt(lambda: os.listdir(path))
print(sorted(os.listdir(folder)), os.listdir(sub))
os.remove(os.path.join(sub, "inner.txt"))
os.rmdir(sub)
os.remove(path)
os.rmdir(folder)
print(os.path.exists(folder))

try:
    open("missing.txt")
except OSError as e:
    print(e.args, repr(e), e.filename2)
print(OSError(2, "x"), type(OSError(13, "y")).__name__, OSError("plain"), OSError(1, 2, 3, 4, 5, 6))
print(OSError(17, "File exists", "a", None, "b"))
