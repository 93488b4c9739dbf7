# Subclasses of bytearray: with and without their own __init__ and
# __new__, extra attributes, overridden methods, and what the inherited
# operations return.
class Plain(bytearray):
    pass


class Doubled(bytearray):
    def __init__(self, data):
        super().__init__(data * 2)
        self.note = "doubled"


class Loud(bytearray):
    def append(self, byte):
        super().append(byte)
        super().append(33)

    def __repr__(self):
        return "Loud!" + bytearray.__repr__(self)


p = Plain(b"abc")
d = Doubled(b"xy")
loud = Loud(b"hi")
loud.append(63)
print(p, d, d.note, loud, repr(loud))
print(type(p + b"!").__name__, type(p.copy()).__name__, type(p[1:]).__name__, type(p * 2).__name__)
p += b"def"
print(p, type(p).__name__, len(p), p == b"abcdef", isinstance(d, bytearray))
p.extend([1, 2])
p[0] = 65
del p[-1]
print(p, bytes(p), list(Plain(3)), Plain("é", "utf-8"))
d.attr = 5
print(d.attr, vars(d), hash(type(d)) is not None)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(bytearray.__hash__ is None, Plain.__hash__ is None)
