import sys

sys.stdout.write("written with sys.stdout.write\n")
n = sys.stdout.write("returns the count\n")
print(n)
print("to stdout explicitly", file=sys.stdout)
lines = ["alpha", "beta", "gamma"]
sys.stdout.writelines(line + "\n" for line in lines)
print(sys.argv[0].endswith("input_free_io.py"), type(sys.argv).__name__)
print(sys.maxsize > 2 ** 31, sys.version_info[0], sys.version_info >= (3, 13))
print(sys.getrecursionlimit(), sys.byteorder in ("little", "big"))
