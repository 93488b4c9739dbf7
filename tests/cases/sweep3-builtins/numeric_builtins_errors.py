# Numeric built-ins applied to the wrong things.
cases = [
    lambda: abs(None), lambda: round(1.5, 'x'), lambda: round(None), lambda: divmod(1, 0),
    lambda: divmod(1.0, 0), lambda: pow(0, -1), lambda: pow(2, 2, 0), lambda: pow(2.0, 2, 3),
    lambda: pow(2, -1, 4), lambda: int('12', base=1), lambda: int(12, 10), lambda: float('1,5'),
    lambda: complex('1+'), lambda: complex('x'), lambda: int(None), lambda: float(None),
    lambda: sum(['a', 'b']), lambda: sum(['a'], ''), lambda: sum([1], start='x'), lambda: max([]),
    lambda: min(1), lambda: max(1, 2, key=None, default=0), lambda: chr(-1), lambda: chr(0x110000),
    lambda: ord('ab'), lambda: ord(b''), lambda: hex(1.5), lambda: oct(None), lambda: bin('1'),
    lambda: (1).__round__('a'), lambda: 1.5.as_integer_ratio(1), lambda: float('inf').as_integer_ratio(),
    lambda: float('nan').as_integer_ratio(), lambda: int(float('inf')), lambda: round(float('inf')),
    lambda: round(float('nan')), lambda: 10 ** 5000 * 1.0, lambda: 2.0 ** 5000, lambda: 1 / 0,
    lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 // 0, lambda: 1.0 % 0.0, lambda: 0 ** -1, lambda: 0.0 ** -1,
    lambda: (-8) ** 0.5, lambda: complex(1, 'a'), lambda: 1j < 2j, lambda: int('9' * 5000),
]
import math
for i, f in enumerate(cases):
    try:
        r = f()
        print(i, "->", r)
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
