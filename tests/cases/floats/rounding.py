# round() uses round-half-even on the exact binary value.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e16 + 1, 2.675, 1.005, 0.125, 0.375]:
    print(repr(v), round(v), round(v, 1), round(v, 2))
for v in [1234.5678, -1234.5678, 0.0001234, 98765.4321]:
    print(v, round(v, -2), round(v, -1), round(v, 0), round(v, 3), round(v, 10))
print(type(round(1.5)), type(round(1.5, 0)), round(1.5, None))
print(round(2.5) + round(3.5), int(2.5), int(-2.5), int(2.999999))
import math
print(math.floor(2.5), math.ceil(2.5), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.floor(-0.0), math.ceil(-0.5), type(math.floor(2.5)).__name__)
print(f"{2.675:.2f}", f"{1.005:.2f}", f"{0.125:.2f}", f"{0.375:.2f}", f"{2.5:.0f}", f"{3.5:.0f}")
print("%.2f" % 2.675, "%.1f" % 0.25, "%.1f" % 0.35, "%.0f" % 0.5, "%.0f" % 1.5)
