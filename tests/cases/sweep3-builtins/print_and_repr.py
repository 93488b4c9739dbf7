# print() arguments and repr of nested and special values.
import sys
print("a", "b", "c", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print(*range(5), sep=", ")
print()
print("", end="")
print("x", end="")
print("y")
print(None, True, False, ..., NotImplemented)
print(1, 1.0, 1j, -0.0, 1e100, 1.5e-7, 10**20, 2**-1)
print([1, 'two', 3.0, None, (4,), {5: 'five'}, {6}, frozenset()])
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('tab\there'), repr('nl\n'))
print(repr('\x00\x7f\x80\xff'), repr('\u200b'), repr('é'), repr('\U0001F600'))
print(repr(b'\x00abc\xff\n\t\'"'), repr(bytearray(b'xyz')))
print(str([1, 'a']), str(('a',)), str({'k': 'v'}), str(set()), str(()), str([]), str({}))
l = [1, 2]
l.append(l)
print(l)
d = {'a': 1}
d['self'] = d
print(d)
print(print.__name__, sys.stdout.write("direct\n"))
print("multi\nline", "text", sep="\n---\n")
print(f"{'nested'!r:>10}|{3.5!s:<6}|{'x'!a}")
print(sep="-", end="!\n")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", foo=1)
except TypeError as e:
    print("TypeError:", e)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
class Weird:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "Weird()"
w = Weird()
print(w, [w], (w,), {w: w} if False else {1: w}, str(w), repr(w), f"{w} {w!r}")
