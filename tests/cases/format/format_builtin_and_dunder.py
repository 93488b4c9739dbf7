class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        amount = self.cents / 100
        return f"${amount:{spec or ',.2f'}}"

    def __str__(self):
        return "Money(str)"

    def __repr__(self):
        return "Money(repr)"


m = Money(1234567)
print(f"{m}", f"{m:short}", f"{m:>15,.2f}", f"{m!s}", f"{m!r}", format(m, ".0f"), "{:short}".format(m))
print(format(42), format(42, ""), format("s", ""), format(None, ""), format([1], ""))


class Plain:
    def __repr__(self):
        return "Plain()"


p = Plain()
print(f"{p}", f"{p!r}", format(p, ""), f"{p!s:>10}")
try:
    format(p, ">10")
except TypeError as err:
    print("TypeError:", err)
print(f"{3:{'>'}{5}}", f"{'x':{'^'}{3}}", f"{1.5:{'.'}{3}{'f'}}")


class Percent:
    def __init__(self, fraction):
        self.fraction = fraction

    def __format__(self, spec):
        digits = int(spec) if spec else 0
        return f"{self.fraction * 100:.{digits}f}%"


p = Percent(0.12345)
print(f"{p}", f"{p:2}", format(p, "4"), "{:1}".format(p))
print(format(1234.5, ",.1f"), format(-7, "+04d"), format("x", "^5"), format(True, ""), format(1 + 2j, ".1f"))
print(format(0.000012345, ".3g"), format(123456789, "_"), format(3, "b"), format(1e100, ".2e"))
