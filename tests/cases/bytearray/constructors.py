# The forms of bytearray(): nothing, a size, an iterable of ints, str with an
# encoding, bytes, another bytearray, and the errors CPython raises.
print(bytearray())
print(bytearray(0), bytearray(3))
print(bytearray([65, 66, 67]), bytearray((0, 255)), bytearray(range(97, 100)))
print(bytearray("héllo", "utf-8"), bytearray("abc", encoding="ascii"))
print(bytearray(b"xyz"), bytearray(bytearray(b"copy")))
print(bytearray(x for x in [104, 105]))
print(bytearray(memoryview(b"mv")) if "memoryview" in dir(__builtins__) else bytearray(b"mv"))
a = bytearray(b"abc")
b = bytearray(a)
b[0] = 122
print(a, b, a is b)
print(bytes(bytearray(b"back")), type(bytes(bytearray(b"x"))).__name__)
print(bytes(bytearray()), bytes(bytearray([1, 2])))
for bad in [([256],), ([-1],), (-1,), ("text",), (3.5,), (["a"],), (b"x", "utf-8"), ("x", 5)]:
    try:
        bytearray(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(bytearray()).__name__, type(bytearray()) is bytearray)
print(isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes), isinstance(b"", bytearray))
print(issubclass(bytearray, object), bytearray.__name__)
