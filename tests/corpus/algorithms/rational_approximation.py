from fractions import Fraction
import math


def continued_fraction(x, terms=10):
    out = []
    for _ in range(terms):
        whole = math.floor(x)
        out.append(whole)
        x -= whole
        if x < 1e-12:
            break
        x = 1 / x
    return out


def convergents(cf):
    h, h_prev, k, k_prev = 1, 0, 0, 1
    for a in cf:
        h, h_prev = a * h + h_prev, h
        k, k_prev = a * k + k_prev, k
        yield Fraction(h, k)


cf = continued_fraction(math.pi, 6)
print(cf, [str(f) for f in convergents(cf)])
print(Fraction(math.pi).limit_denominator(1000), Fraction("3.1415926535").limit_denominator(100))
golden = continued_fraction((1 + 5 ** 0.5) / 2, 12)
print(golden, [str(f) for f in list(convergents(golden))[-3:]])
