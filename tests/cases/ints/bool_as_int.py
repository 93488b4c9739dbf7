# bool is a subclass of int.
print(True + 1, False + 1, True * 10, True / 2, -True, ~True, ~False)
print(sum([True, True, False, True]), sum(x > 2 for x in range(6)))
print(True == 1, True == 1 == 1.0, int(True), int(False), float(True))
print(str(True), repr(False), bool(1), bool(0), bool(-1), bool(2 ** 100))
print(True & True, True | False, True ^ True, False ^ True)
print(type(True & True).__name__, type(True + True).__name__, type(True & 1).__name__)
print([10, 20][True], [10, 20][False], {True: "yes", False: "no"}[1 > 0])
print(isinstance(True, int), isinstance(1, bool), bool.__mro__)
print(True << 4, True >> 1, divmod(True, 2), pow(True, 10), abs(-True))
print(hash(True) == hash(1), {1: "int", True: "bool"}, {True, 1, 1.0})
print(max(True, 0), min(False, -1), sorted([True, False, 2, -1]))
print(f"{True:d} {False:5} {True!r}", "%d %s" % (True, False))
for a in (False, True):
    for b in (False, True):
        print(a, b, a and b, a or b, a + b, a - b, a * b, a == b, a < b)
print(True.real, True.numerator, (True).bit_length(), True.__class__.__name__)
print(int.__add__(True, True), bool.__name__, bool(None), bool("") , bool("False"))
