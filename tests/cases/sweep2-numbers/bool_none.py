print(True and 0, 0 or "x", None or [], [] and 1, not None, not [0], bool([0]), bool(""), bool(" "))
print(True == 1, "skip", hash(True), True + 0.5, ~True, -True, True << 3)
print(str(True), repr(None), type(None).__name__, type(True).__mro__, bool.__bases__)
print(None == False, None is None, [] == [], [] is [] if False else "s", 0 == -0, 0.0 == -0.0)
class C:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class B:
    def __bool__(self):
        return 1
print(bool(C()), bool(L()), not C(), "t" if L() else "f")
try:
    bool(B())
except TypeError as e:
    print(e)
print(all([]), any([]), all([1, "a", [0]]), any([0, "", None]), all(x > 0 for x in [1, 2, -1]))
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True + True).__name__)
print(sorted([True, False, 2, 0.5, -1]), max(False, 0), [False, True].index(1), 1)
print(isinstance(None, object), issubclass(type(None), object), None.__class__.__name__)
try:
    class X(bool):
        pass
except TypeError as e:
    print(e)
