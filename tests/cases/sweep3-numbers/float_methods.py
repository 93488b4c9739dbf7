# float methods, special values, and hex conversion.
for x in [0.0, -0.0, 0.5, 1.0, -2.5, 3.75, 1e300, 1e-300, 0.1, 1/3]:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x, x.real, x.imag, x.conjugate())
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'), float.fromhex('0x.8'), float.fromhex('inf'), float.fromhex('1'))
inf, nan = float('inf'), float('nan')
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, nan == nan, nan != nan, inf == inf, -inf < 0 < inf)
print(inf.hex(), nan.hex() if False else 'nan', inf.is_integer(), (-inf).as_integer_ratio.__name__)
print(1e308 * 10, -1e308 * 10, 5e-324, 5e-324 / 2, 2.2250738585072014e-308)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, round(0.1 + 0.2, 10) == 0.3)
print(1.0 / 3, 2.0 / 3, 10.0 / 3, 100.0 / 7, 1e16 + 1, 1e16 + 2, 9007199254740993.0)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), 5 % 0.3)
print(2 ** 0.5, 2 ** -1, (-8) ** (1/3) if False else 'skip', 10 ** -2, 4 ** 0.5, 0.0 ** 0, 0 ** 0)
print(float('1e-400'), float('-0'), -0.0 == 0.0, str(-0.0), repr(-0.0 + 0.0), (-0.0) * -1)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(0.125, 2), round(0.375, 2), round(1e20, -19))
print(round(123.456, -1), round(123.456, 1), round(-123.456, 0), type(round(1.5)), type(round(1.5, 0)))
print(int(1e20), int(-1.9), int(2.5e-3), float(2**1023) * 2 if False else float(2**1023))
print(3.0 == 3, 3.1 > 3, 2**60 + 0.0 == 2**60, 2**60 + 1 == float(2**60 + 1), 1e400 == inf)
print(hash(1.5) == hash(1.5), hash(2.0) == hash(2), hash(inf), hash(-inf), hash(0.0) == hash(-0.0))
print(max(1.0, nan), min(nan, 1.0), sorted([3.0, 1.0, 2.0]), sum([0.1] * 3), 0.1 * 3)
import math
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.copysign(1, -0.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.25))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
try:
    float.fromhex('0xg')
except ValueError as e:
    print("ValueError:", e)
try:
    (1.5).hex(1)
except TypeError as e:
    print("TypeError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
