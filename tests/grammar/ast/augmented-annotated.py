a += 1
a -= 1
a *= 1
a @= 1
a /= 1
a %= 1
a &= 1
a |= 1
a ^= 1
a <<= 1
a >>= 1
a **= 1
a //= 1
a.b += 1
a[0] += 1
(a) += 1
x: int
x: int = 1
(x): int = 1
x.y: str
x.y: str = "s"
x[0]: int = 1
x: list[int] = []
x: "forward" = None
x: int = yield_
