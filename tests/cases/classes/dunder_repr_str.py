class Both:
    def __repr__(self):
        return "Both(repr)"

    def __str__(self):
        return "Both(str)"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "OnlyStr as str"


b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, r, s)
print(repr(b), repr(r), str(b), str(r), f"{b} {b!r} {r}", [b, r], (b,), {"k": b})
print("%s %r" % (b, b), "{} {!r}".format(b, b), str([s]).startswith("[<__main__.OnlyStr object at "))
print(repr(s).startswith("<__main__.OnlyStr object at 0x"), format(b), format(r, ""))


class Money:
    def __init__(self, amount, currency):
        self.amount, self.currency = amount, currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def __format__(self, spec):
        return format(str(self), spec)


m = Money(12.5, "EUR")
print(m, repr(m), f"[{m:>14}]", [m])


class Tree:
    def __init__(self, value, children=()):
        self.value, self.children = value, list(children)

    def __repr__(self):
        if not self.children:
            return f"Tree({self.value!r})"
        return f"Tree({self.value!r}, {self.children!r})"


t = Tree("root", [Tree("a"), Tree("b", [Tree("c")])])
print(t)
print(repr(t) == str(t), [t.children[0]], {"t": Tree(1)})


class Weird:
    def __repr__(self):
        return "multi\nline repr"


print(Weird(), [Weird()])


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as err:
    print("TypeError:", err)
