# tempfile: mkdtemp, mkstemp, TemporaryDirectory, NamedTemporaryFile.
import os
import tempfile

print(os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix())
d = tempfile.mkdtemp(prefix="pre_", suffix="_suf")
name = os.path.basename(d)
print(os.path.isabs(d), os.path.isdir(d), name.startswith("pre_"), name.endswith("_suf"), len(name))
fd, p = tempfile.mkstemp(suffix=".txt", dir=d)
print(os.path.dirname(p) == d, p.endswith(".txt"), os.path.isfile(p))
print(os.write(fd, b"raw bytes"))
os.close(fd)
with open(p) as f:
    print(f.read())
os.remove(p)
os.rmdir(d)

with tempfile.TemporaryDirectory() as t:
    print(os.path.isdir(t))
    os.mkdir(os.path.join(t, "nested"))
    with open(os.path.join(t, "nested", "a.txt"), "w") as f:
        f.write("a")
    kept = t
print(os.path.exists(kept))

td = tempfile.TemporaryDirectory()
print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
td.cleanup()
print(os.path.exists(td.name))

with tempfile.NamedTemporaryFile("w+") as f:
    f.write("named")
    f.seek(0)
    print(f.read(), os.path.exists(f.name))
print(os.path.exists(f.name))
