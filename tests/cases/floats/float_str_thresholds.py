# Where repr switches to exponent notation: below 1e-4 and from 1e16 up.
for exp in range(-7, 20):
    v = 10.0 ** exp
    print(exp, repr(v), repr(1.5 * v), repr(-v))
for v in [0.0001, 0.00009999, 9999999999999998.0, 1e16, 12345678901234567890.0, 0.000123456789]:
    print(v)
