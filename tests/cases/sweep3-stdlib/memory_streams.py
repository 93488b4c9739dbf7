# In-memory text and binary streams: io.StringIO and io.BytesIO.
import io
s = io.StringIO()
s.write("hello\n"); print("x", file=s); s.writelines(["a\n", "b"])
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(s.readline(), s.read(3), s.readlines())
s = io.StringIO("line1\nline2\nline3")
for line in s: print(repr(line))
s.seek(2); s.write("XY"); print(s.getvalue())
s.truncate(4); print(repr(s.getvalue()))
s.close()
try: s.read()
except ValueError as e: print(e)
b = io.BytesIO(b"abc")
b.seek(0, 2); b.write(b"def"); print(b.getvalue(), b.tell()); b.seek(1); print(b.read(2), b.read())
print(type(io.StringIO()).__name__, type(io.StringIO()).__module__, io.SEEK_END)
with io.StringIO("ctx") as f: print(f.read())
print(f.closed)
try: io.StringIO().write(5)
except TypeError as e: print(e)
import sys
old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
v = sys.stdout.getvalue()
sys.stdout = old
print(repr(v))
b = io.BytesIO()
b.write(b"line one\nline two\n")
b.seek(0)
print(b.readline(), b.readlines(), b.read(), b.tell(), b.getbuffer().tobytes() if hasattr(b.getbuffer(), "tobytes") else b.getvalue())
s = io.StringIO("a\nb\nc")
print(s.readlines(), s.read(), s.seek(0), s.read(1), s.seekable(), s.readable(), s.writable())
s.seek(10)
s.write("Z")
print(repr(s.getvalue()))
for bad in [lambda: io.StringIO(5), lambda: io.BytesIO().write("text"), lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1)]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__ + ":", e)
