import io
import sys

out = io.StringIO()
print("line 1", file=out)
print("line", 2, sep="-", end="!\n", file=out)
out.write("raw write\n")
print(repr(out.getvalue()))
reader = io.StringIO("alpha\nbeta\n\ngamma")
print(reader.readline(), end="")
print(reader.read(3), reader.tell())
print(reader.readlines())
binary = io.BytesIO()
binary.write(b"\x00\x01")
binary.write("é".encode())
print(binary.getvalue(), binary.seek(0), binary.read(1))
sys.stdout.write("written directly\n")
print("flushed", flush=True)
