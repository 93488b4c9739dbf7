import sys
print("a", "b", sep="")
print("a", "b", sep=None, end=None)
print(1, 2, 3, sep=" | ", end=" END\n")
print()
print("no newline", end="")
print(" continued")
print(*range(5), sep=", ")
print("x", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
print(None, True, 1.0, [None], {"k": None}, sep="\t")
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc"), "<- count")
try:
    print("a", sep=5)
except TypeError as e:
    print(e)
try:
    print("a", end=[])
except TypeError as e:
    print(e)
class S:
    def __str__(self): return "S-str"
    def __repr__(self): return "S-repr"
print(S(), [S()], (S(),), {S(): S()} if False else "", f"{S()}", f"{S()!r}", str(S()), "%s %r" % (S(), S()))
class Bad:
    def __str__(self): return 5
try:
    print(Bad())
except TypeError as e:
    print(e)
print("unicode: \u00e9 \u4e2d \U0001F40D", "tab\there", "bell?\x07".encode())
print(repr("\x00\x1f\x7f\x80\xa0\xad"), "\N{GREEK SMALL LETTER ALPHA}")
sys.stdout.writelines(["l1\n", "l2\n"])
print(sys.stdout.encoding, sys.stdout.name)
