# Operators on bytearray: + * in == < with bytes, iteration, len, bool, hash.
a = bytearray(b"abc")
b = b"abc"
print(a + b, b + a, a + a, type(a + b).__name__, type(b + a).__name__)
print(a * 2, 2 * a, a * 0, type(a * 2).__name__)
print(a == b, b == a, a == bytearray(b"abc"), a != b"abd", a == "abc", a == [97, 98, 99])
print(a < b"abd", a <= b"abc", a > b"ab", a >= bytearray(b"b"), b"abc" < bytearray(b"abcd"))
print(98 in a, 120 in a, b"bc" in a, bytearray(b"ca") in a, b"" in a, bytearray(b"b") in b"abc")
print(list(a), [x for x in a], sorted(bytearray(b"cab")), len(a), len(bytearray()))
print(bool(bytearray()), bool(bytearray(b"\x00")), not bytearray())
print(max(a), min(a), sum(a), list(reversed(a)), list(enumerate(bytearray(b"xy"))))
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    {a: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    {bytearray()}
except TypeError as e:
    print("TypeError:", e)
for expr in ("a + 'x'", "a + 1", "'x' + a", "a * 'x'", "a < 'x'", "'x' in a", "300 in a", "a - a"):
    try:
        print(eval(expr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
it = iter(bytearray(b"hi"))
print(type(it).__name__, next(it), next(it), next(it, "end"))
print(bytearray(b"x") == b"x", b"x" == bytearray(b"x"), bytearray(b"x") is not bytes(1))
print(a.__len__(), a.__contains__(97), a.__getitem__(1), a.__eq__(b"abc"))
