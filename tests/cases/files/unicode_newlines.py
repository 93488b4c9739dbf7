# UTF-8 text, universal newlines and the newline argument.
import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "u.txt")

with open(path, "w", encoding="utf-8") as f:
    print(f.write("héllo wörld ✓ 𝄞\n"), f.tell())
with open(path, encoding="utf-8") as f:
    print(f.read(3), f.tell(), f.read(4), repr(f.read()))
with open(path, "rb") as f:
    print(f.read())

with open(path, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour\r\n")
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readlines())
with open(path, newline="") as f:
    print(f.readlines())
with open(path, newline="\r\n") as f:
    print(f.readlines())
with open(path, newline="\r") as f:
    print(f.readlines())
with open(path, newline="\n") as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.read(4)), repr(f.read(4)))

with open(path, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path, "rb") as f:
    print(f.read())

with open(path, "wb") as f:
    f.write(b"ok \xff\xfe bad")
try:
    with open(path) as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
with open(path, encoding="latin-1") as f:
    print(repr(f.read()))
os.remove(path)
os.rmdir(folder)
