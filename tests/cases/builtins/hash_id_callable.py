print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False), hash(()) == hash(()))
print(hash(10 ** 30) == hash(10 ** 30), hash((1, "a")) == hash((1, "a")), hash(-1) == -2)
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), a is b)
print(callable(print), callable(len), callable(1), callable("x"), callable(lambda: 0), callable(int), callable(None))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as err:
        print("TypeError:", err)
