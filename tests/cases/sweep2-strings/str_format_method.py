# str.format: positional, keyword, attributes, indexing, nested specs, conversions
class P:
    def __init__(self):
        self.x, self.y = 3, [10, 20]
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
p = P()
print("{} {} {}".format(1, "a", 2.5))
print("{1} {0} {1}".format("a", "b"))
print("{x} {y[1]} {0.x} {0.y[0]}".format(p, x=1, y=[5, 6]))
print("{0!r} {0!s} {0:abc} {0}".format(p))
print("{:>{w}.{p}f}|".format(3.14159, w=10, p=2))
print("{d[key]} {d[0]}".format(d={"key": "v", 0: "zero"}))
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=11))
print("{{}} {{{}}}".format(7))
print("{0:{1}}".format(42, "08b"))
print("{:,} {:_x} {:e}".format(10**9, 2**40, 255))
print(format(12.5, "^10"), format("s", ""), format(3), repr(format(None, "")))
print("{!a}".format("naïve ☃"))
print("{:%Y}".format(type("D", (), {"__format__": lambda s, f: f.replace("%Y", "2024")})()))
for bad in ["{", "}", "{0!x}", "{:d}", "{0[}", "{1}", "{a}", "{0:=s}", "{:,s}"]:
    try:
        print(bad.format("s"))
    except Exception as e:
        print(bad, type(e).__name__, e)
print("{0}{1}{0}".format(*"ab"))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Missing(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {zz}".format_map(Missing(a=1)))
print(format(1234.5, ",.2f"), format(-0.5, ".0%"), format(2**100, ","))
