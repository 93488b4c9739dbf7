class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return f"V{self.text}"


vs = [Version(t) for t in ["1.10", "1.2", "1.2.1", "0.9", "1.2.0"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") < Version("1.10"), Version("2.0") > Version("1.99"), Version("1.0") >= Version("1.0"))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"), Version("1") == "1")
print(len({Version("1.0"), Version("1.0"), Version("1.1")}))
try:
    Version("1.0") < 1
except TypeError as err:
    print("TypeError:", err)


class Reflected:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        print(f"  Reflected.__gt__({self.n}, {other})")
        return self.n > other


print(5 < Reflected(10), 50 < Reflected(10))
