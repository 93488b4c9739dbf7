cases = [Exception(), Exception("a"), Exception("a", 1), Exception(None), Exception(""), ValueError([1, 2]),
         KeyError("k"), KeyError(), KeyError(1, 2), IndexError(3), OSError("plain"), OSError(2, "ENOENT"),
         OSError(2, "ENOENT", "file.txt"), FileNotFoundError(2, "No such", "a", None, "b"), StopIteration(7),
         SystemExit(), SystemExit(2), UnicodeError("u"), AssertionError(False), RuntimeError(ValueError("inner"))]
for e in cases:
    print(f"{type(e).__name__:20} str={str(e)!r:30} repr={e!r} args={e.args}")
e = ValueError("x")
e.args = ("changed", 2)
print(str(e), repr(e))
e.custom = 5
print(e.custom, hasattr(e, "__dict__"), e.__dict__)
class E(Exception):
    def __init__(self, a, b="d"):
        self.a, self.b = a, b
print(repr(E(1)), str(E(1, 2)), E(1).args)
class F(Exception):
    def __init__(self, msg):
        super().__init__(msg, "extra")
print(repr(F("m")), str(F("m")))
